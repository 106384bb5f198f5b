"""The column mapping of a household survey import, saved with the project so a re-import reuses it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from designer.model.errors import InvalidRecordError
from designer.model.records import Record, register

__all__ = ["HOUSEHOLD_FIELDS", "SOURCES", "HouseholdMapping", "mapping_id"]

SOURCES = ("kobo", "odk", "plain")
"""Survey export kinds, told apart by their header signature."""

HOUSEHOLD_FIELDS = (
    "household_id",
    "plot_number",
    "geopoint",
    "latitude",
    "longitude",
    "precision_m",
    "easting_m",
    "northing_m",
    "size_persons",
    "children",
    "income_per_month",
    "income_band",
    "tenure",
    "head_sex",
    "savings_group",
    "savings_balance",
    "monthly_savings",
    "willingness_to_pay_per_month",
    "disability",
    "name",
    "phone",
    "member_age",
)
"""Targets of a mapping: Household fields plus the survey's key, plot number and position.

``geopoint`` is a combined "lat lon alt acc" column; ``easting_m``/``northing_m`` are coordinates in the
project CRS (plain tables); ``member_age`` is a column of a repeat (one row per person).
"""


def mapping_id(source: str) -> str:
    """Return the record id of the saved mapping of one source kind, e.g. ``hhmap-kobo``."""
    return f"hhmap-{source}"


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class HouseholdMapping(Record):
    """How the columns of one kind of survey export map to the household schema.

    Attributes:
        source: ``kobo``, ``odk`` or ``plain``.
        columns: ``(target field, source column)`` pairs; a target appears at most once.
        values: ``(target field, value in the file, value in the model)`` recodings, e.g.
            ``("head_sex", "1", "female")``; matched case-insensitively after trimming.
        max_precision_m: GPS points whose reported precision is worse than this are reported.
        personal_questions / public_questions: the user's marks on survey questions (see survey_answers).
    """

    KIND: ClassVar[str] = "household_mapping"
    ID_PREFIX: ClassVar[str] = "hhmap"
    source: str = "plain"
    columns: tuple[tuple[str, str], ...] = ()
    values: tuple[tuple[str, str, str], ...] = ()
    max_precision_m: float = 10.0
    personal_questions: tuple[str, ...] = ()
    """Survey questions marked personal (never exported) beyond names, phones and free text."""
    public_questions: tuple[str, ...] = ()
    """Free-text questions marked safe to export (e.g. a material "other, specify")."""

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise InvalidRecordError(self.id, self.KIND, f"source must be one of {', '.join(SOURCES)}")
        targets = [t for t, _ in self.columns]
        for t in targets:
            if t not in HOUSEHOLD_FIELDS:
                raise InvalidRecordError(self.id, self.KIND, f"{t!r} is not a household field")
        if len(set(targets)) != len(targets):
            raise InvalidRecordError(self.id, self.KIND, "a household field is mapped twice")
        if not self.max_precision_m > 0:
            raise InvalidRecordError(self.id, self.KIND, "the precision limit must be positive")

    def column_for(self, target: str) -> str | None:
        """Return the source column mapped to ``target``, or None."""
        for t, col in self.columns:
            if t == target:
                return col
        return None

    def value_map(self, target: str) -> dict[str, str]:
        """Return the recodings of one target, keys folded to lower case."""
        return {src.strip().casefold(): dst for t, src, dst in self.values if t == target}
