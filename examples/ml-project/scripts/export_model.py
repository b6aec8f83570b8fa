"""Export a trained model as a feature scorecard CSV for the BI team's churn dashboard.

Usage: python scripts/export_model.py model.json scorecard.csv
"""

from __future__ import annotations

import csv
import sys

from churn.train import LogisticModel


def export_scorecard(model_path: str, out_path: str) -> int:
    """Writes one row per feature: its weight, training mean/scale and training range."""
    model = LogisticModel.load(model_path)
    scaler = model.standardizer
    ranges = model.feature_ranges or [(None, None)] * len(model.weights)
    with open(out_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["feature", "weight", "mean", "scale", "train_min", "train_max"])
        for name, weight, mean, scale, (low, high) in zip(
            model.to_dict()["feature_names"], model.weights, scaler.means, scaler.scales, ranges
        ):
            writer.writerow([name, f"{weight:.6f}", f"{mean:.6f}", f"{scale:.6f}", low, high])
        writer.writerow(["(bias)", f"{model.bias:.6f}", "", "", "", ""])
    return len(model.weights)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count = export_scorecard(sys.argv[1], sys.argv[2])
    print(f"wrote {count} features to {sys.argv[2]}")
