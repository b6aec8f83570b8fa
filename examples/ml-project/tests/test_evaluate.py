from __future__ import annotations

import math

import pytest

from churn.evaluate import (
    accuracy,
    brier_score,
    classification_report,
    expected_calibration_error,
    confusion_counts,
    f1_score,
    precision,
    recall,
    roc_auc,
)

Y_TRUE = [1, 0, 1, 1, 0, 0, 1, 0]
Y_PRED = [1, 0, 0, 1, 1, 0, 1, 0]


def test_confusion_counts():
    assert confusion_counts(Y_TRUE, Y_PRED) == {"tp": 3, "fp": 1, "tn": 3, "fn": 1}


def test_threshold_metrics():
    assert accuracy(Y_TRUE, Y_PRED) == 0.75
    assert precision(Y_TRUE, Y_PRED) == 0.75
    assert recall(Y_TRUE, Y_PRED) == 0.75
    assert f1_score(Y_TRUE, Y_PRED) == pytest.approx(0.75)


def test_no_positive_predictions_give_zero_not_nan():
    assert precision([1, 0], [0, 0]) == 0.0
    assert f1_score([1, 0], [0, 0]) == 0.0


def test_roc_auc_known_values():
    assert roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75
    assert roc_auc([0, 1], [0.2, 0.9]) == 1.0
    # All scores tied: every pair counts half.
    assert roc_auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]) == 0.5


def test_roc_auc_needs_both_classes():
    with pytest.raises(ValueError, match="both classes"):
        roc_auc([1, 1], [0.3, 0.6])


def test_brier_score():
    assert brier_score([1, 0], [0.8, 0.4]) == pytest.approx((0.04 + 0.16) / 2)


def test_calibration_error_of_calibrated_and_overconfident_scores():
    # Half of the customers scored 0.5 churned: perfectly calibrated.
    assert expected_calibration_error([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5]) == 0.0
    # Everyone scored 0.95, half churned: off by 0.45.
    assert expected_calibration_error([1, 0], [0.95, 0.95]) == pytest.approx(0.45)


def test_report_has_every_metric():
    report = classification_report([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    assert set(report) == {"accuracy", "precision", "recall", "f1", "brier", "ece", "roc_auc"}
    assert report["roc_auc"] == 0.75
    assert report["accuracy"] == 0.75


def test_report_on_single_class_holdout_has_nan_auc():
    assert math.isnan(classification_report([0, 0], [0.2, 0.7])["roc_auc"])
