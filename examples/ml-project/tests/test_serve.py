from __future__ import annotations

import pytest

from churn.serve import Predictor, validate_request


def request(**overrides):
    body = {
        "customer_id": "7795-CFOCW",
        "tenure_months": 4,
        "monthly_charges": 89.1,
        "total_charges": 356.4,
        "contract": "month-to-month",
        "support_tickets": 3,
    }
    body.update(overrides)
    return body


@pytest.fixture
def predictor(model):
    return Predictor(model, threshold=0.5)


def test_valid_request_is_scored(predictor, model):
    status, body = predictor.handle(request())
    assert status == 200
    assert body["customer_id"] == "7795-CFOCW"
    assert 0.0 <= body["churn_probability"] <= 1.0
    assert body["will_churn"] == (body["churn_probability"] >= 0.5)
    assert body["model_version"] == model.version
    assert "warnings" not in body


def test_request_outside_training_range_is_scored_with_a_warning(predictor):
    status, body = predictor.handle(request(tenure_months=480, total_charges=42_768.0))
    assert status == 200
    assert "tenure_months is outside the training range" in body["warnings"]


def test_total_charges_is_optional():
    assert validate_request(request(total_charges=None)).total_charges is None


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"customer_id": "  "}, "customer_id", "non-empty string"),
        ({"contract": "weekly"}, "contract", "must be one of"),
        ({"tenure_months": None}, "tenure_months", "is required"),
        ({"tenure_months": True}, "tenure_months", "must be a number, got bool"),
        ({"tenure_months": 2.5}, "tenure_months", "whole number"),
        ({"monthly_charges": "89.10"}, "monthly_charges", "got str"),
        ({"support_tickets": -1}, "support_tickets", "between 0 and 1000"),
    ],
)
def test_invalid_fields_are_rejected(predictor, overrides, field, message):
    status, body = predictor.handle(request(**overrides))
    assert status == 400
    assert body["field"] == field
    assert message in body["error"]


def test_batch_reports_bad_items_by_index(predictor):
    status, body = predictor.handle_batch({"customers": [request(), request(contract="weekly")]})
    assert status == 200
    good, bad = body["predictions"]
    assert "churn_probability" in good
    assert bad["index"] == 1 and bad["field"] == "contract"


def test_batch_needs_a_customers_list(predictor):
    assert predictor.handle_batch({"customers": "all"})[0] == 400
