from __future__ import annotations

import pytest

from churn.data import DataError, labels, load_customers, parse_row, train_test_split

from conftest import make_customer


def test_loads_every_row_with_types(customers):
    assert len(customers) == 48
    first = customers[0]
    assert first.customer_id == "6530-IZELW"
    assert first.tenure_months == 27
    assert first.monthly_charges == pytest.approx(40.46)
    assert first.contract == "one-year"
    assert first.churned is True


def test_blank_total_charges_is_missing_not_zero(customers):
    unbilled = [c for c in customers if c.total_charges is None]
    assert unbilled, "the sample must contain customers who were never billed"
    assert all(c.monthly_charges > 0 for c in unbilled)


def test_missing_column_is_reported(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text("customer_id,tenure_months\nA-1,3\n", encoding="utf-8")
    with pytest.raises(DataError, match="missing columns monthly_charges"):
        load_customers(path)


def test_unknown_contract_names_the_line():
    row = {
        "customer_id": "A-1",
        "tenure_months": "3",
        "monthly_charges": "20.5",
        "total_charges": "61.5",
        "contract": "weekly",
        "support_tickets": "0",
    }
    with pytest.raises(DataError, match="line 7: unknown contract 'weekly'"):
        parse_row(row, line=7)


def test_unlabelled_rows_are_allowed_for_scoring():
    row = {
        "customer_id": " B-2 ",
        "tenure_months": "12",
        "monthly_charges": "55",
        "total_charges": "660",
        "contract": "Two-Year",
        "support_tickets": "1",
    }
    customer = parse_row(row)
    assert customer.customer_id == "B-2"
    assert customer.contract == "two-year"
    assert customer.churned is None


def test_split_is_deterministic_and_disjoint(customers):
    train_a, test_a = train_test_split(customers, test_fraction=0.25, seed=3)
    train_b, test_b = train_test_split(customers, test_fraction=0.25, seed=3)
    assert train_a == train_b and test_a == test_b
    assert len(test_a) == 12 and len(train_a) == 36
    assert not {c.customer_id for c in train_a} & {c.customer_id for c in test_a}


def test_labels_require_a_label():
    assert labels([make_customer(churned=True), make_customer(churned=False)]) == [1, 0]
    with pytest.raises(DataError, match="has no label"):
        labels([make_customer(churned=None)])
