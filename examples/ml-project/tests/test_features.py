from __future__ import annotations

import math

import pytest

from churn.features import (
    FEATURE_NAMES,
    Standardizer,
    build_features,
    charge_trend,
    tickets_per_year,
    total_charges,
)

from conftest import make_customer


def test_vector_follows_feature_names():
    vector = build_features(make_customer(contract="two-year"))
    assert len(vector) == len(FEATURE_NAMES)
    named = dict(zip(FEATURE_NAMES, vector))
    assert named["contract_two_year"] == 1.0
    assert named["contract_one_year"] == 0.0
    assert named["log_total_charges"] == pytest.approx(math.log1p(350.0))


def test_unbilled_total_is_imputed_from_tenure():
    assert total_charges(make_customer(total_charges=None, tenure_months=3, monthly_charges=20.0)) == 60.0


def test_first_month_tickets_are_not_divided_by_zero():
    assert tickets_per_year(make_customer(tenure_months=0, support_tickets=1)) == 12.0


def test_charge_trend_shows_a_price_rise():
    # Billed 50/month on average over 10 months, now paying 75.
    assert charge_trend(make_customer(tenure_months=10, total_charges=500.0, monthly_charges=75.0)) == 1.5
    assert charge_trend(make_customer(total_charges=None)) == 1.0


def test_standardizer_centres_and_scales():
    rows = [[1.0, 5.0], [3.0, 5.0], [5.0, 5.0]]
    scaler = Standardizer().fit(rows)
    scaled = scaler.transform(rows)
    assert [row[0] for row in scaled] == pytest.approx([-1.2247449, 0.0, 1.2247449])
    # The constant second column is centred but not scaled.
    assert scaler.scales[1] == 1.0
    assert [row[1] for row in scaled] == [0.0, 0.0, 0.0]


def test_standardizer_round_trips_through_dict():
    scaler = Standardizer().fit([[1.0, 2.0], [3.0, 8.0]])
    assert Standardizer.from_dict(scaler.to_dict()) == scaler
