"""Writes the evaluation section of the model card (``MODEL_CARD.md``) from a metrics report.

The registry approval step compares these numbers with the ones it recorded at training
time, so they are written in a fixed order and with fixed precision.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Optional, Sequence

METRIC_LABELS = {
    "accuracy": "Accuracy",
    "precision": "Precision",
    "recall": "Recall",
    "f1": "F1",
    "roc_auc": "ROC AUC",
}
START_MARKER = "<!-- metrics:start -->"
END_MARKER = "<!-- metrics:end -->"


def metrics_table(report: dict[str, float], dataset: str) -> str:
    """A Markdown table of the metrics in ``report`` that the card has a label for."""
    lines = [f"Evaluated on `{dataset}`.", "", "| Metric | Value |", "| --- | --- |"]
    for key, label in METRIC_LABELS.items():
        if key not in report:
            continue
        value = report[key]
        lines.append(f"| {label} | {'n/a' if math.isnan(value) else f'{value:.3f}'} |")
    return "\n".join(lines)


def update_card(card: str, table: str) -> str:
    """Replaces the text between the metrics markers, or appends a section when there are none."""
    start, end = card.find(START_MARKER), card.find(END_MARKER)
    if start == -1 or end == -1:
        return card.rstrip("\n") + f"\n\n## Evaluation\n\n{START_MARKER}\n{table}\n{END_MARKER}\n"
    if end < start:
        raise ValueError("the metrics end marker comes before the start marker")
    return card[: start + len(START_MARKER)] + "\n" + table + "\n" + card[end:]


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``python -m churn.model_card METRICS.json MODEL_CARD.md DATASET``"""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 3:
        print(main.__doc__, file=sys.stderr)
        return 2
    metrics_path, card_path, dataset = args
    report = json.loads(Path(metrics_path).read_text(encoding="utf-8"))
    card = Path(card_path)
    updated = update_card(card.read_text(encoding="utf-8"), metrics_table(report, dataset))
    card.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
