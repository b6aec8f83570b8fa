"""Shared fixtures: the sample churn table and a model trained on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from churn.data import Customer, load_customers
from churn.train import train

DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def sample_csv() -> Path:
    return DATA_DIR / "customers.csv"


@pytest.fixture(scope="session")
def customers(sample_csv: Path) -> list[Customer]:
    return load_customers(sample_csv)


@pytest.fixture(scope="session")
def model(customers: list[Customer]):
    return train(customers, epochs=200)


def make_customer(**overrides) -> Customer:
    """A plausible month-to-month customer; tests override the fields they care about."""
    fields = {
        "customer_id": "0001-TEST",
        "tenure_months": 5,
        "monthly_charges": 70.0,
        "total_charges": 350.0,
        "contract": "month-to-month",
        "support_tickets": 2,
        "churned": True,
    }
    fields.update(overrides)
    return Customer(**fields)
