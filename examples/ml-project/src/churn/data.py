"""Loading and splitting the customer churn table.

The table is a CSV export from the billing warehouse, one row per customer. Numbers arrive
as text, ``total_charges`` is blank for customers who have not been billed yet, and the
``churned`` label is absent from scoring extracts.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

CONTRACTS = ("month-to-month", "one-year", "two-year")
REQUIRED_COLUMNS = (
    "customer_id",
    "tenure_months",
    "monthly_charges",
    "total_charges",
    "contract",
    "support_tickets",
)
LABEL_COLUMN = "churned"


class DataError(ValueError):
    """A row or file that does not match the churn table layout."""


@dataclass(frozen=True)
class Customer:
    """One customer as the model sees it."""

    customer_id: str
    tenure_months: int
    monthly_charges: float
    total_charges: Optional[float]
    contract: str
    support_tickets: int
    churned: Optional[bool] = None


def _parse_bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "yes", "true"):
        return True
    if lowered in ("0", "no", "false"):
        return False
    raise DataError(f"not a boolean: {value!r}")


def parse_row(row: dict[str, str], line: int = 0) -> Customer:
    """Turns one CSV row into a ``Customer``; raises ``DataError`` naming the line."""
    try:
        contract = row["contract"].strip().lower()
        if contract not in CONTRACTS:
            raise DataError(f"unknown contract {contract!r}")
        total = row["total_charges"].strip()
        label = row.get(LABEL_COLUMN)
        return Customer(
            customer_id=row["customer_id"].strip(),
            tenure_months=int(row["tenure_months"]),
            monthly_charges=float(row["monthly_charges"]),
            total_charges=float(total) if total else None,
            contract=contract,
            support_tickets=int(row["support_tickets"]),
            churned=_parse_bool(label) if label else None,
        )
    except (KeyError, ValueError) as exc:
        raise DataError(f"line {line}: {exc}") from exc


def load_customers(path: str | Path) -> list[Customer]:
    """Reads the churn CSV at ``path``. The label column is optional."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [column for column in REQUIRED_COLUMNS if column not in header]
        if missing:
            raise DataError(f"{path}: missing columns {', '.join(missing)}")
        return [parse_row(row, line=reader.line_num) for row in reader]


def train_test_split(
    records: Sequence[Customer], test_fraction: float = 0.25, seed: int = 0
) -> tuple[list[Customer], list[Customer]]:
    """Shuffles with a fixed seed and splits; the test part keeps at least one record."""
    if not 0.0 < test_fraction < 1.0:
        raise ValueError("test_fraction must be between 0 and 1")
    shuffled = list(records)
    random.Random(seed).shuffle(shuffled)
    n_test = max(1, round(len(shuffled) * test_fraction))
    return shuffled[n_test:], shuffled[:n_test]


def labels(records: Iterable[Customer]) -> list[int]:
    """The 0/1 labels of labelled records; raises ``DataError`` on an unlabelled one."""
    out = []
    for record in records:
        if record.churned is None:
            raise DataError(f"customer {record.customer_id} has no label")
        out.append(int(record.churned))
    return out
