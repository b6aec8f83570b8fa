"""Reference values for the model evaluation gate's differential tests, from scikit-learn.

Reads a JSON list of cases on stdin and writes a JSON list of {metric: value or null} on stdout.
A metric is null exactly when scikit-learn raises, warns (UndefinedMetricWarning, "No positive
class found in y_true") or returns a non-finite value: the gate reports those as not measurable.

Run by test/unit/gates/model-evaluation/sklearn-differential.test.ts with Debian's
/usr/bin/python3 (apt install python3-sklearn); no other dependency.
"""

import json
import math
import sys
import warnings

import numpy as np
from sklearn import metrics as skm
from sklearn.preprocessing import label_binarize


def guarded(fn):
    """fn() under warnings-as-errors; None when scikit-learn objects in any way."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            value = float(fn())
        except Exception:  # noqa: BLE001 - any refusal (ValueError, IndexError, a warning) means "not measurable"
            return None
    return value if math.isfinite(value) else None


def ratio(num, den):
    return None if den == 0 else float(num / den)


def binary(case):
    y = np.array(case["y_true"], dtype=object)
    yhat = np.array(case["y_pred"], dtype=object)
    pos = case["positive"]
    w = None if case["weight"] is None else np.array(case["weight"], dtype=float)
    y01 = (y == pos).astype(int)
    p01 = (yhat == pos).astype(int)
    out = {
        "accuracy": guarded(lambda: skm.accuracy_score(y, yhat, sample_weight=w)),
        "balanced_accuracy": guarded(lambda: skm.balanced_accuracy_score(y, yhat, sample_weight=w)),
        "precision": guarded(lambda: skm.precision_score(y, yhat, pos_label=pos, sample_weight=w)),
        "recall": guarded(lambda: skm.recall_score(y, yhat, pos_label=pos, sample_weight=w)),
        "f1": guarded(lambda: skm.f1_score(y, yhat, pos_label=pos, sample_weight=w)),
    }
    for avg in ("macro", "micro", "weighted"):
        out["precision_" + avg] = guarded(lambda: skm.precision_score(y, yhat, average=avg, sample_weight=w))
        out["recall_" + avg] = guarded(lambda: skm.recall_score(y, yhat, average=avg, sample_weight=w))
        out["f1_" + avg] = guarded(lambda: skm.f1_score(y, yhat, average=avg, sample_weight=w))
    tn, fp, fn, tp = skm.confusion_matrix(y01, p01, labels=[0, 1], sample_weight=w).ravel()
    out.update(tn=float(tn), fp=float(fp), fn=float(fn), tp=float(tp))
    out["true_negative_rate"] = ratio(tn, tn + fp)
    out["false_positive_rate"] = ratio(fp, tn + fp)
    out["false_negative_rate"] = ratio(fn, fn + tp)
    # Fairlearn's selection_rate: np.dot(selected, w) / w.sum()
    sw = np.ones(len(y)) if w is None else w
    out["selection_rate"] = ratio(np.dot(p01, sw), sw.sum())
    if case["score"] is not None:
        s = np.array(case["score"], dtype=float)
        out["roc_auc"] = guarded(lambda: skm.roc_auc_score(y01, s, sample_weight=w))
        out["pr_auc"] = guarded(lambda: skm.average_precision_score(y01, s, sample_weight=w))
        if case["score_kind"] == "probability":
            out["log_loss"] = guarded(lambda: skm.log_loss(y01, s, labels=[0, 1], sample_weight=w))
            out["brier"] = guarded(lambda: skm.brier_score_loss(y01, s, sample_weight=w, pos_label=1))
        else:
            # The gate's own rule, not sklearn's: margins are not probabilities, so no log loss
            # (sklearn would clip them into [eps, 1 - eps]) and no Brier score (sklearn raises).
            out["log_loss"] = None
            out["brier"] = None
    return out


def multiclass(case):
    numeric = case["numeric_classes"]
    conv = float if numeric else str
    classes = [conv(c) for c in case["classes"]]
    y = np.array([conv(v) for v in case["y_true"]], dtype=float if numeric else object)
    yhat = np.array([conv(v) for v in case["y_pred"]], dtype=float if numeric else object)
    w = None if case["weight"] is None else np.array(case["weight"], dtype=float)
    out = {
        "accuracy": guarded(lambda: skm.accuracy_score(y, yhat, sample_weight=w)),
        "balanced_accuracy": guarded(lambda: skm.balanced_accuracy_score(y, yhat, sample_weight=w)),
    }
    for avg in ("macro", "micro", "weighted"):
        out["precision_" + avg] = guarded(lambda: skm.precision_score(y, yhat, average=avg, sample_weight=w))
        out["recall_" + avg] = guarded(lambda: skm.recall_score(y, yhat, average=avg, sample_weight=w))
        out["f1_" + avg] = guarded(lambda: skm.f1_score(y, yhat, average=avg, sample_weight=w))
    if case["proba"] is not None:
        p = np.array(case["proba"], dtype=float)
        labels = np.array(classes)
        out["roc_auc"] = guarded(
            lambda: skm.roc_auc_score(y, p, multi_class="ovr", labels=labels, average="macro", sample_weight=w)
        )
        out["roc_auc_weighted"] = guarded(
            lambda: skm.roc_auc_score(y, p, multi_class="ovr", labels=labels, average="weighted", sample_weight=w)
        )
        if w is not None and w.sum() == 0:
            # sklearn returns 0 when the class supports sum to zero (_average_binary_score:
            # "if np.isclose(average_weight.sum(), 0.0): return 0") without computing any area;
            # the gate reports "not measurable", as for the macro average. A deliberate deviation.
            out["roc_auc_weighted"] = None
        out["pr_auc"] = guarded(
            lambda: skm.average_precision_score(
                label_binarize(y, classes=labels), p, average="macro", sample_weight=w
            )
        )
        out["log_loss"] = guarded(lambda: skm.log_loss(y, p, labels=labels, sample_weight=w))
    return out


def regression(case):
    y = np.array(case["y_true"], dtype=float)
    yhat = np.array(case["y_pred"], dtype=float)
    w = None if case["weight"] is None else np.array(case["weight"], dtype=float)
    return {
        "mae": guarded(lambda: skm.mean_absolute_error(y, yhat, sample_weight=w)),
        "mse": guarded(lambda: skm.mean_squared_error(y, yhat, sample_weight=w)),
        "rmse": guarded(lambda: skm.mean_squared_error(y, yhat, sample_weight=w, squared=False)),
        "r2": guarded(lambda: skm.r2_score(y, yhat, sample_weight=w)),
        "mape": guarded(lambda: skm.mean_absolute_percentage_error(y, yhat, sample_weight=w)),
    }


def main():
    cases = json.load(sys.stdin)
    handlers = {
        "binary-classification": binary,
        "multiclass-classification": multiclass,
        "regression": regression,
    }
    results = [handlers[case["task"]](case) for case in cases]
    json.dump({"sklearn": __import__("sklearn").__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
