"""Fairlearn's disparity metrics, computed as Fairlearn computes them, with scikit-learn only.

Fairlearn is not installable here, so this replays its definitions: selection_rate is
np.dot(y_pred == 1, w) / w.sum() (fairlearn/metrics/_selection_rate.py); true_positive_rate and
false_positive_rate read sklearn's confusion_matrix(..., normalize="true")
(fairlearn/metrics/_extra_metrics.py); a MetricFrame's difference(method="between_groups") is
max − min over groups and ratio() is min / max (fairlearn/metrics/_fairness_metrics.py).
Reads {y, yhat, group, weight} on stdin, writes the four disparities.
"""

import json
import sys

import numpy as np
from sklearn.metrics import confusion_matrix


def rates(y, yhat, w):
    cm = confusion_matrix(y, yhat, labels=[0, 1], sample_weight=w, normalize="true")
    tnr, fpr, fnr, tpr = cm.ravel()
    return float(tpr), float(fpr)


def main():
    case = json.load(sys.stdin)
    y, yhat, g = np.array(case["y"]), np.array(case["yhat"]), np.array(case["group"])
    w = np.array(case["weight"], dtype=float)
    sel, tpr, fpr = [], [], []
    for value in sorted(set(case["group"])):
        m = g == value
        sel.append(float(np.dot(yhat[m] == 1, w[m]) / w[m].sum()))
        t, f = rates(y[m], yhat[m], w[m])
        tpr.append(t)
        fpr.append(f)
    out = {
        "demographic_parity_difference": max(sel) - min(sel),
        "demographic_parity_ratio": min(sel) / max(sel),
        "equalized_odds_difference": max(max(tpr) - min(tpr), max(fpr) - min(fpr)),
        "equalized_odds_ratio": min(min(tpr) / max(tpr), min(fpr) / max(fpr)),
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
