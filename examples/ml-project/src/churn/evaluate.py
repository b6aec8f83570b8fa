"""Classification metrics for the churn model, computed without third-party libraries."""

from __future__ import annotations

from typing import Sequence


def confusion_counts(y_true: Sequence[int], y_pred: Sequence[int]) -> dict[str, int]:
    """True/false positives and negatives; churn (1) is the positive class."""
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred differ in length")
    counts = {"tp": 0, "fp": 0, "tn": 0, "fn": 0}
    for target, predicted in zip(y_true, y_pred):
        if predicted:
            counts["tp" if target else "fp"] += 1
        else:
            counts["fn" if target else "tn"] += 1
    return counts


def _ratio(numerator: float, denominator: float) -> float:
    """``numerator / denominator``, or 0.0 when nothing was counted (no NaNs in reports)."""
    return numerator / denominator if denominator else 0.0


def accuracy(y_true: Sequence[int], y_pred: Sequence[int]) -> float:
    c = confusion_counts(y_true, y_pred)
    return _ratio(c["tp"] + c["tn"], len(y_true))


def precision(y_true: Sequence[int], y_pred: Sequence[int]) -> float:
    c = confusion_counts(y_true, y_pred)
    return _ratio(c["tp"], c["tp"] + c["fp"])


def recall(y_true: Sequence[int], y_pred: Sequence[int]) -> float:
    c = confusion_counts(y_true, y_pred)
    return _ratio(c["tp"], c["tp"] + c["fn"])


def f1_score(y_true: Sequence[int], y_pred: Sequence[int]) -> float:
    p, r = precision(y_true, y_pred), recall(y_true, y_pred)
    return _ratio(2 * p * r, p + r)


def roc_auc(y_true: Sequence[int], scores: Sequence[float]) -> float:
    """Area under the ROC curve from the rank-sum (Mann-Whitney U) statistic.

    Tied scores share their average rank, which counts each tied positive/negative pair
    as half a correct ordering.
    """
    positives = sum(y_true)
    negatives = len(y_true) - positives
    if positives == 0 or negatives == 0:
        raise ValueError("ROC AUC needs both classes in y_true")
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and scores[order[end + 1]] == scores[order[start]]:
            end += 1
        for k in range(start, end + 1):
            ranks[order[k]] = (start + end) / 2 + 1
        start = end + 1
    rank_sum = sum(rank for rank, target in zip(ranks, y_true) if target)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def brier_score(y_true: Sequence[int], scores: Sequence[float]) -> float:
    """Mean squared error of the predicted probabilities; 0 is perfect, 0.25 is a coin flip."""
    if not y_true:
        raise ValueError("Brier score of an empty sample")
    return sum((s - t) ** 2 for t, s in zip(y_true, scores)) / len(y_true)


def expected_calibration_error(y_true: Sequence[int], scores: Sequence[float], bins: int = 10) -> float:
    """Gap between predicted and observed churn rate, weighted over equal-width score bins."""
    buckets: list[list[tuple[int, float]]] = [[] for _ in range(bins)]
    for target, score in zip(y_true, scores):
        buckets[min(int(score * bins), bins - 1)].append((target, score))
    error = 0.0
    for bucket in buckets:
        if bucket:
            observed = sum(t for t, _ in bucket) / len(bucket)
            predicted = sum(s for _, s in bucket) / len(bucket)
            error += len(bucket) / len(y_true) * abs(observed - predicted)
    return error


def classification_report(
    y_true: Sequence[int], scores: Sequence[float], threshold: float = 0.5
) -> dict[str, float]:
    """The metrics the model card and the registry gate read, at one decision threshold."""
    y_pred = [int(s >= threshold) for s in scores]
    report = {
        "accuracy": accuracy(y_true, y_pred),
        "precision": precision(y_true, y_pred),
        "recall": recall(y_true, y_pred),
        "f1": f1_score(y_true, y_pred),
        "brier": brier_score(y_true, scores),
        "ece": expected_calibration_error(y_true, scores),
    }
    # A hold-out split of a small table can hold a single class; AUC is undefined there.
    report["roc_auc"] = roc_auc(y_true, scores) if 0 < sum(y_true) < len(y_true) else float("nan")
    return report
