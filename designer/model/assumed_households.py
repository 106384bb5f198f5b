"""The one assumption about households where none are recorded: one household per residential plot.

A footprint import or a drawn base has plots but no survey. Until households are recorded, everything
that counts households assumes one household on every residential plot of the existing conditions,
of the project's persons per household on average: the service check (``designer.analysis.layout``),
the costing (``designer.estimate.takeoff``: who shares the cost) and the screens (the workshop
summary). Every place that shows such a count says it is assumed (:attr:`HouseholdCount.assumed`).

Persons: the total is households × ``persons_per_household`` rounded half up (an average of 4.5 over
two plots is 9 persons, not 10); each assumed household has whole persons, the total spread as evenly
as possible (5 and 4), at least one person each.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from designer.model.entities import Plot
from designer.model.people import Household
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = [
    "ASSUMED_ID_PREFIX",
    "HouseholdCount",
    "assumed_household_sizes",
    "assumed_households",
    "household_count",
]

ASSUMED_ID_PREFIX = "assumed-"
"""Id of an assumed household: the prefix and its plot's id (never saved: recorded households have none)."""

RESIDENTIAL = "residential"


@dataclass(frozen=True)
class HouseholdCount:
    """How many households and persons a project counts, and whether that is assumed (no records)."""

    households: int
    persons: int
    assumed: bool


def assumed_household_sizes(households: int, persons_per_household: float) -> list[int]:
    """Return the persons of each of ``households`` assumed households (whole, at least 1, total rounded half up)."""
    if households <= 0:
        return []
    total = max(households, math.floor(households * persons_per_household + 0.5))
    base, extra = divmod(total, households)
    return [base + 1] * extra + [base] * (households - extra)


def _residential(plots: Iterable[Plot]) -> list[Plot]:
    return [p for p in plots if p.land_use == RESIDENTIAL]


def assumed_households(existing_plots: Iterable[Plot], persons_per_household: float) -> list[Household]:
    """Return one assumed household on every residential plot of ``existing_plots`` (the existing conditions)."""
    plots = _residential(existing_plots)
    sizes = assumed_household_sizes(len(plots), persons_per_household)
    return [
        Household(id=f"{ASSUMED_ID_PREFIX}{p.id}", plot_id=p.id, size_persons=size)
        for p, size in zip(plots, sizes, strict=True)
    ]


def household_count(doc: Document) -> HouseholdCount:
    """Return the project's households and persons: the recorded ones, else the assumed ones."""
    recorded = doc.households
    if recorded:
        return HouseholdCount(len(recorded), sum(h.size_persons for h in recorded), False)
    n = len(_residential(doc.of_type(Plot, EXISTING)))
    return HouseholdCount(n, sum(assumed_household_sizes(n, doc.project.persons_per_household)), True)
