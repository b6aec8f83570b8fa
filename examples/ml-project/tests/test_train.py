from __future__ import annotations

import pytest

from churn.data import labels
from churn.evaluate import roc_auc
from churn.train import LogisticModel, sigmoid, train

from conftest import make_customer


@pytest.mark.parametrize("z", [-800.0, -3.0, 0.0, 3.0, 800.0])
def test_sigmoid_is_stable_and_symmetric(z):
    assert 0.0 <= sigmoid(z) <= 1.0
    assert sigmoid(z) + sigmoid(-z) == pytest.approx(1.0)


def test_model_separates_the_training_data(model, customers):
    scores = model.predict_proba(customers)
    assert roc_auc(labels(customers), scores) > 0.75


def test_risk_moves_with_tenure_and_tickets(model):
    loyal = make_customer(tenure_months=60, contract="two-year", support_tickets=0, total_charges=4200.0)
    unhappy = make_customer(tenure_months=2, support_tickets=6, total_charges=140.0)
    low, high = model.predict_proba([loyal, unhappy])
    assert low < 0.5 < high
    assert model.predict([loyal, unhappy]) == [0, 1]


def test_save_and_load_give_the_same_predictions(model, customers, tmp_path):
    path = tmp_path / "model.json"
    model.save(path)
    loaded = LogisticModel.load(path)
    assert loaded.predict_proba(customers[:5]) == pytest.approx(model.predict_proba(customers[:5]))


def test_loading_refuses_a_model_with_other_features(model):
    data = model.to_dict()
    data["feature_names"] = data["feature_names"][:-1]
    with pytest.raises(ValueError, match="model was trained on"):
        LogisticModel.from_dict(data)


def test_training_needs_both_classes():
    with pytest.raises(ValueError, match="both churned and retained"):
        train([make_customer(churned=True), make_customer(customer_id="2", churned=True)])
