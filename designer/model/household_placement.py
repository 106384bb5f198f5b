"""Placing households surveyed before the plots were drawn: one undoable step per placement."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from designer.model.commands import Command, ReplaceRecord
from designer.model.entities import Plot
from designer.model.errors import JamiiError
from designer.model.people import Household

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = ["place_household", "unplaced_households"]


def unplaced_households(doc: Document) -> list[Household]:
    """Return the households that live on no plot yet (imported without a plot number or GPS point)."""
    return [h for h in doc.of_type(Household) if not h.plot_id]


def place_household(doc: Document, household_id: str, plot_id: str) -> Command:
    """Return the command that puts one household on a plot (push it on the undo stack).

    Raises:
        JamiiError: no such household, or ``plot_id`` is not a plot of the document.
    """
    household = doc.get(household_id)
    if not isinstance(household, Household):
        raise JamiiError(f"no household {household_id!r}")
    if not isinstance(doc.get(plot_id), Plot):
        raise JamiiError(f"{plot_id!r} is not a plot")
    return ReplaceRecord(household, dataclasses.replace(household, plot_id=plot_id), "Place household")
