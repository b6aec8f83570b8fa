"""Request handling for the churn scoring endpoint.

The retention dashboard posts JSON; this module validates it, scores it and shapes the
response. It knows nothing about HTTP: the web layer calls ``Predictor.handle`` with the
decoded body and turns the returned ``(status, body)`` pair into a response.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Optional, Sequence

from churn.data import CONTRACTS, Customer
from churn.train import LogisticModel

# field -> (type, minimum, maximum)
NUMERIC_FIELDS = {
    "tenure_months": (int, 0, 600),
    "monthly_charges": (float, 0.0, 10_000.0),
    "support_tickets": (int, 0, 1_000),
}
# Larger batches time out behind the gateway; the dashboard client splits to this size.
MAX_BATCH_SIZE = 256


class ValidationError(ValueError):
    """A request body the model cannot score, with the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def _number(payload: dict, name: str, kind: type, low: float, high: float) -> float:
    value = payload.get(name)
    if value is None:
        raise ValidationError(name, "is required")
    # bool is a subclass of int: a JSON `true` must not pass as one month of tenure.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(name, f"must be a number, got {type(value).__name__}")
    if kind is int and value != int(value):
        raise ValidationError(name, "must be a whole number")
    if not low <= value <= high:
        raise ValidationError(name, f"must be between {low} and {high}")
    return kind(value)


def validate_request(payload: Any) -> Customer:
    """Checks one decoded request body and turns it into a ``Customer``."""
    if not isinstance(payload, dict):
        raise ValidationError("body", "must be a JSON object")
    customer_id = payload.get("customer_id")
    if not isinstance(customer_id, str) or not customer_id.strip():
        raise ValidationError("customer_id", "must be a non-empty string")
    contract = payload.get("contract")
    if contract not in CONTRACTS:
        raise ValidationError("contract", f"must be one of {', '.join(CONTRACTS)}")
    numbers = {name: _number(payload, name, *spec) for name, spec in NUMERIC_FIELDS.items()}
    total = None
    if payload.get("total_charges") is not None:
        total = _number(payload, "total_charges", float, 0.0, 10_000_000.0)
    return Customer(customer_id=customer_id.strip(), contract=contract, total_charges=total, **numbers)


class Predictor:
    """Scores validated requests with one loaded model."""

    def __init__(self, model: LogisticModel, threshold: float = 0.5) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError("threshold must be strictly between 0 and 1")
        self.model = model
        self.threshold = threshold

    def score(self, customer: Customer) -> dict[str, Any]:
        probability = self.model.predict_proba([customer])[0]
        body = {
            "customer_id": customer.customer_id,
            "churn_probability": round(probability, 4),
            "will_churn": probability >= self.threshold,
            "model_version": self.model.version,
        }
        # Extrapolating far outside the training data is unreliable: score, but say so.
        unusual = self.model.out_of_range(customer)
        if unusual:
            body["warnings"] = [f"{name} is outside the training range" for name in unusual]
        return body

    def handle(self, payload: Any) -> tuple[int, dict[str, Any]]:
        """One customer: ``(200, prediction)`` or ``(400, error)``."""
        try:
            customer = validate_request(payload)
        except ValidationError as exc:
            return 400, {"error": str(exc), "field": exc.field}
        return 200, self.score(customer)

    def handle_batch(self, payload: Any) -> tuple[int, dict[str, Any]]:
        """Many customers; invalid ones get an error entry with their index, not a failed batch."""
        if not isinstance(payload, dict) or not isinstance(payload.get("customers"), list):
            return 400, {"error": "body must be an object with a 'customers' list"}
        if len(payload["customers"]) > MAX_BATCH_SIZE:
            return 413, {"error": f"at most {MAX_BATCH_SIZE} customers per request"}
        predictions = []
        for index, item in enumerate(payload["customers"]):
            status, body = self.handle(item)
            predictions.append(body if status == 200 else {**body, "index": index})
        return 200, {"predictions": predictions}


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``churn-serve model.json < requests.jsonl``: scores one JSON body per line, for debugging."""
    parser = argparse.ArgumentParser(description="Score JSON request bodies read from stdin.")
    parser.add_argument("model", help="model file written by churn-train")
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args(argv)

    predictor = Predictor(LogisticModel.load(args.model), threshold=args.threshold)
    for line in sys.stdin:
        if not line.strip():
            continue
        status, body = predictor.handle(json.loads(line))
        print(status, json.dumps(body, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
