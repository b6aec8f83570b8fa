"""Feature engineering: turns a ``Customer`` into a numeric vector and standardises it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

from churn.data import Customer

FEATURE_NAMES = (
    "tenure_months",
    "monthly_charges",
    "log_total_charges",
    "contract_one_year",
    "contract_two_year",
    "tickets_per_year",
    "charge_trend",
)


def total_charges(customer: Customer) -> float:
    """Billed total, imputed as tenure times monthly charge for customers not billed yet."""
    if customer.total_charges is None:
        return customer.tenure_months * customer.monthly_charges
    return customer.total_charges


def tickets_per_year(customer: Customer) -> float:
    """Support tickets per year of tenure; a customer's first month counts as one month."""
    years = max(customer.tenure_months, 1) / 12.0
    return customer.support_tickets / years


def charge_trend(customer: Customer) -> float:
    """Current monthly charge over the average billed so far; above 1 after a price rise."""
    if customer.total_charges is None or customer.tenure_months == 0:
        return 1.0
    average = customer.total_charges / customer.tenure_months
    return customer.monthly_charges / average if average > 0 else 1.0


def build_features(customer: Customer) -> list[float]:
    """The raw (unscaled) feature vector, in ``FEATURE_NAMES`` order."""
    return [
        float(customer.tenure_months),
        customer.monthly_charges,
        math.log1p(total_charges(customer)),
        1.0 if customer.contract == "one-year" else 0.0,
        1.0 if customer.contract == "two-year" else 0.0,
        tickets_per_year(customer),
        charge_trend(customer),
    ]


@dataclass
class Standardizer:
    """Zero-mean, unit-variance scaling, fitted on the training rows only."""

    means: list[float] = field(default_factory=list)
    scales: list[float] = field(default_factory=list)

    def fit(self, rows: Sequence[Sequence[float]]) -> Standardizer:
        if not rows:
            raise ValueError("cannot fit a standardizer on zero rows")
        n = len(rows)
        width = len(rows[0])
        self.means = [sum(row[j] for row in rows) / n for j in range(width)]
        self.scales = []
        for j in range(width):
            variance = sum((row[j] - self.means[j]) ** 2 for row in rows) / n
            # A constant column would divide by zero; leave it unscaled instead.
            self.scales.append(math.sqrt(variance) if variance > 1e-12 else 1.0)
        return self

    def transform(self, rows: Sequence[Sequence[float]]) -> list[list[float]]:
        if not self.means:
            raise RuntimeError("standardizer is not fitted")
        return [[(v - m) / s for v, m, s in zip(row, self.means, self.scales)] for row in rows]

    def to_dict(self) -> dict[str, list[float]]:
        return {"means": list(self.means), "scales": list(self.scales)}

    @classmethod
    def from_dict(cls, data: dict[str, list[float]]) -> Standardizer:
        return cls(means=list(data["means"]), scales=list(data["scales"]))
