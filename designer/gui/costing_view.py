"""What the GUI shows of an option's cost, and consistent document copies for worker threads.

The figures come from :mod:`designer.estimate.live` (money as ``Decimal`` from the bill to the
label); :mod:`designer.gui.live_costs` keeps them current off the UI thread.
"""

from __future__ import annotations

from designer.estimate.live import OptionFigures
from designer.model.document import Document

__all__ = ["CostSummary", "snapshot"]

# The docks' name for an option's figures (total, per household, monthly repayment, by bill).
CostSummary = OptionFigures


def snapshot(doc: Document) -> Document:
    """Return an independent Document with the same (immutable) records, for a worker thread."""
    return doc.copy()
