"""What the GUI shows of an option's cost, and consistent document copies for worker threads.

The figures come from :mod:`designer.estimate.live` (money as ``Decimal`` from the bill to the
label); :mod:`designer.gui.live_costs` keeps them current off the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from designer.model.document import Document

if TYPE_CHECKING:
    from designer.estimate.live import OptionFigures

    # The docks' name for an option's figures (total, per household, monthly repayment, by bill).
    CostSummary = OptionFigures

__all__ = ["CostSummary", "snapshot"]


def __getattr__(name: str) -> Any:
    # CostSummary is looked up when first used: the cost engine is not imported to open a window.
    if name == "CostSummary":
        from designer.estimate.live import OptionFigures

        return OptionFigures
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def snapshot(doc: Document) -> Document:
    """Return an independent Document with the same (immutable) records, for a worker thread."""
    return doc.copy()
