"""The words of a house plan in a report language: room names, stages, areas, fittings, levels, dimensions.

The house sheet speaks the project's language as the plan sheet does (``plan_pdf.plan_locale``): the fixed
words come from ``resources/reports/strings.toml`` (keys ``house_*``), numbers are written as the language
writes them ("2,40" in French), and the room names of the shipped house types from
``resources/reports/room_names.toml``. A name a user gave a room is the residents' own word and is printed
as written.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from designer.render.house_plan import HousePlanWords

if TYPE_CHECKING:
    from costing.report.locale import ReportLocale
    from designer.model.document import Document

__all__ = ["LocalHousePlanWords", "house_plan_words", "house_sheet_locale"]


@cache
def _room_names(language: str) -> dict[str, str]:
    """English room name → the language's, for the rooms of the shipped house types."""
    from designer.resources import resource_path

    with open(resource_path("reports", "room_names.toml"), "rb") as fh:
        table = tomllib.load(fh)
    return {str(k): str(v) for k, v in table.get(language, {}).items()}


class LocalHousePlanWords(HousePlanWords):
    """A house plan's words in ``loc``'s language, numbers in its number format."""

    def __init__(self, loc: ReportLocale) -> None:
        self.loc = loc

    def _n(self, value: float, decimals: int) -> str:
        return self.loc.number(Decimal(f"{value:.{decimals}f}"), decimals)

    def room_name(self, name: str) -> str:
        return _room_names(self.loc.language).get(name, name)

    def room_label(self, name: str, stage: int) -> str:
        shown = self.room_name(name)
        return shown if stage == 1 else self.loc.text("house_room_stage", name=shown, n=stage)

    def area_m2(self, area_m2: float) -> str:
        return self.loc.text("house_area_m2", area=self._n(area_m2, 2))

    def fitting(self, kind: str) -> str:
        return self.loc.text(f"house_fitting_{kind}")

    def level(self, level: int) -> str:
        key = f"house_level_{level}" if level <= 3 else "house_level_n"
        return self.loc.text(key, n=level)

    def length_m(self, length_m: float) -> str:
        return self._n(length_m, 2)


def house_plan_words(doc: Document | None) -> HousePlanWords:
    """The words of a project's house plans: its language (English when unset or without a project)."""
    if doc is None or (doc.project.language or "en") == "en":
        return HousePlanWords()
    from designer.render.plan_pdf import plan_locale

    return LocalHousePlanWords(plan_locale(doc))


def house_sheet_locale(doc: Document | None) -> ReportLocale:
    """The words and number format of a project's house sheets: the plan sheet's (English without a project)."""
    from costing.report.locale import report_locale

    if doc is None:
        return report_locale("en")
    from designer.render.plan_pdf import plan_locale

    return plan_locale(doc)
