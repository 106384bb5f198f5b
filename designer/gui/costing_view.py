"""What the GUI shows of an option's cost, computed by the costing bridge (``designer.estimate.pricing``).

The bridge is written by the costing work; until it is installed the GUI says costs are not
available instead of guessing. Everything here runs off the UI thread on a snapshot of the
document (records are immutable, so a shallow copy is a consistent snapshot).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from decimal import Decimal
from types import ModuleType
from typing import Any

from designer.model.document import Document

__all__ = ["CostSummary", "bridge", "compare", "snapshot", "summarise"]


@dataclass(frozen=True)
class CostSummary:
    """An option's cost in plain numbers (project currency).

    Attributes:
        households: households the option serves.
        monthly_repayment: what a household repays per month for its loan share.
    """

    option_id: str
    option_name: str
    currency: str
    total: Decimal
    per_household: Decimal
    monthly_repayment: Decimal
    households: int
    by_bill: tuple[tuple[str, Decimal], ...] = ()


def bridge() -> ModuleType | None:
    """Return the costing bridge module, or None while it is not installed."""
    try:
        return importlib.import_module("designer.estimate.pricing")
    except ImportError:
        return None


def snapshot(doc: Document) -> Document:
    """Return an independent Document with the same (immutable) records, for a worker thread."""
    records = list(doc.records())
    return Document(records[0], records[1:])  # type: ignore[arg-type]


def _dec(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value or 0))


def summarise(doc: Document, option_id: str) -> CostSummary | None:
    """Return the cost summary of one option, or None if the bridge is not installed."""
    mod = bridge()
    if mod is None:
        return None
    option = doc[option_id]
    summary = mod.option_summary(mod.option_finance(doc, option_id))
    return _from_summary(option_id, getattr(option, "name", option_id), summary)


def compare(doc: Document) -> list[CostSummary] | None:
    """Return the cost summary of every option (sorted by id), or None if the bridge is not installed."""
    mod = bridge()
    if mod is None:
        return None
    return [_from_summary(o["id"], o["name"], o) for o in mod.compare_options(doc)]


def _from_summary(option_id: str, name: str, summary: dict[str, Any]) -> CostSummary:
    """Read the bridge's JSON-ready summary (``option_summary`` / ``compare_options`` entries)."""
    from designer.gui.bill_titles import bill_title

    cost, finance = summary["cost"], summary["finance"]
    return CostSummary(
        option_id=option_id,
        option_name=name,
        currency=str(cost["currency"]),
        total=_dec(cost["total"]),
        per_household=_dec(cost["per_household"]),
        monthly_repayment=_dec(finance["monthly_repayment"]),
        households=int(cost["households"]),
        by_bill=tuple(
            (f"{b['bill']} {bill_title(int(b['bill']), str(b['title']))}", _dec(b["total"]))
            for b in cost["by_bill"]
        ),
    )
