"""A small logistic-regression trainer: batch gradient descent with L2, pure Python.

The churn table has a few thousand rows and a handful of features, so a dependency-free
trainer is fast enough and keeps the scoring container small.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from churn import __version__
from churn.data import Customer, labels, load_customers, train_test_split
from churn.features import FEATURE_NAMES, Standardizer, build_features


def sigmoid(z: float) -> float:
    """The logistic function, written so that large ``|z|`` cannot overflow ``exp``."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    ez = math.exp(z)
    return ez / (1.0 + ez)


def log_loss(y_true: Sequence[int], probabilities: Sequence[float], eps: float = 1e-12) -> float:
    """Mean binary cross-entropy, with probabilities clipped away from 0 and 1."""
    total = 0.0
    for target, p in zip(y_true, probabilities):
        p = min(max(p, eps), 1.0 - eps)
        total -= target * math.log(p) + (1 - target) * math.log(1.0 - p)
    return total / len(y_true)


@dataclass
class LogisticModel:
    """Weights over standardised features, plus what is needed to score a raw customer."""

    weights: list[float]
    bias: float
    standardizer: Standardizer
    version: str = __version__
    # (min, max) of each raw feature in the training data; empty for models from older code.
    feature_ranges: list[tuple[float, float]] = field(default_factory=list)

    def predict_proba(self, customers: Sequence[Customer]) -> list[float]:
        rows = self.standardizer.transform([build_features(c) for c in customers])
        return [sigmoid(self.bias + sum(w * x for w, x in zip(self.weights, row))) for row in rows]

    def predict(self, customers: Sequence[Customer], threshold: float = 0.5) -> list[int]:
        return [int(p >= threshold) for p in self.predict_proba(customers)]

    def out_of_range(self, customer: Customer) -> list[str]:
        """Features of ``customer`` outside the range the model was trained on."""
        values = build_features(customer)
        return [
            name
            for name, value, (low, high) in zip(FEATURE_NAMES, values, self.feature_ranges)
            if not low <= value <= high
        ]

    def to_dict(self) -> dict:
        return {
            "version": self.version,
            "feature_names": list(FEATURE_NAMES),
            "weights": self.weights,
            "bias": self.bias,
            "standardizer": self.standardizer.to_dict(),
            "feature_ranges": [list(r) for r in self.feature_ranges],
        }

    @classmethod
    def from_dict(cls, data: dict) -> LogisticModel:
        names = tuple(data["feature_names"])
        if names != FEATURE_NAMES:
            raise ValueError(f"model was trained on {names}, this code builds {FEATURE_NAMES}")
        return cls(
            weights=list(data["weights"]),
            bias=float(data["bias"]),
            standardizer=Standardizer.from_dict(data["standardizer"]),
            version=data["version"],
            feature_ranges=[tuple(r) for r in data.get("feature_ranges", [])],
        )

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> LogisticModel:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def fit_weights(
    rows: Sequence[Sequence[float]],
    y_true: Sequence[int],
    learning_rate: float = 0.5,
    epochs: int = 300,
    l2: float = 1e-3,
    tol: float = 1e-7,
) -> tuple[list[float], float]:
    """Minimises mean log-loss plus L2 on the weights (not the bias); stops when it flattens."""
    if len(rows) != len(y_true):
        raise ValueError("rows and labels differ in length")
    n, width = len(rows), len(rows[0])
    weights, bias = [0.0] * width, 0.0
    previous = math.inf
    for _ in range(epochs):
        probabilities = [sigmoid(bias + sum(w * x for w, x in zip(weights, row))) for row in rows]
        loss = log_loss(y_true, probabilities)
        if previous - loss < tol:
            break
        previous = loss
        errors = [p - t for p, t in zip(probabilities, y_true)]
        for j in range(width):
            gradient = sum(e * row[j] for e, row in zip(errors, rows)) / n + l2 * weights[j]
            weights[j] -= learning_rate * gradient
        bias -= learning_rate * sum(errors) / n
    return weights, bias


def train(customers: Sequence[Customer], **options: float) -> LogisticModel:
    """Fits the scaler and the weights on labelled customers."""
    y_true = labels(customers)
    if len(set(y_true)) < 2:
        raise ValueError("training data needs both churned and retained customers")
    raw = [build_features(c) for c in customers]
    standardizer = Standardizer().fit(raw)
    weights, bias = fit_weights(standardizer.transform(raw), y_true, **options)
    ranges = [(min(column), max(column)) for column in zip(*raw)]
    return LogisticModel(weights=weights, bias=bias, standardizer=standardizer, feature_ranges=ranges)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``churn-train DATA.csv --out model.json``: trains, prints hold-out metrics, saves."""
    from churn.evaluate import classification_report

    parser = argparse.ArgumentParser(description="Train the churn model.")
    parser.add_argument("data", help="labelled churn CSV")
    parser.add_argument("--out", default="model.json", help="where to write the model")
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0, help="seed of the train/test split")
    parser.add_argument("--max-ece", type=float, default=0.1, help="warn above this calibration error")
    args = parser.parse_args(argv)

    train_set, test_set = train_test_split(load_customers(args.data), seed=args.seed)
    model = train(train_set, epochs=args.epochs)
    report = classification_report(labels(test_set), model.predict_proba(test_set))
    if report["ece"] > args.max_ece:
        print(f"warning: hold-out calibration error {report['ece']:.3f} > {args.max_ece}", file=sys.stderr)
    model.save(args.out)
    json.dump(report, sys.stdout, indent=2, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
