"""A priced bill as the CLI prints it: unit labels of the bill's label set and the values-only CSV.

Thin wrappers over ``costing`` so that ``designer.cli`` prints bills without importing ``costing``
itself (only ``designer.estimate`` does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from costing.boq.model import BillOfQuantities

__all__ = ["bill_csv_text", "unit_label"]


def unit_label(unit: str, label_set: str) -> str:
    """Return the label of a canonical unit in a label set ("nrm", "east_africa", "india")."""
    from costing.boq.units import unit_label as _label

    return _label(unit, label_set)


def bill_csv_text(boq: BillOfQuantities, *, with_summary: bool = False) -> str:
    """Return the values-only CSV of the bill's lines (the columns of ``jamii export --csv``)."""
    from costing.report.csv import boq_csv_text

    return boq_csv_text(boq, with_summary=with_summary)
