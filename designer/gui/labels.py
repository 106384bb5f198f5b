"""Translated names of feature kinds, for the Layers dock, Properties dock and legends."""

from __future__ import annotations

from designer.gui.i18n import translate
from designer.tools.base import QT_TRANSLATE_NOOP

__all__ = ["kind_label"]

_KINDS = {
    "plot": QT_TRANSLATE_NOOP("kinds", "Plots"),
    "hazard": QT_TRANSLATE_NOOP("kinds", "Hazard areas"),
    "path": QT_TRANSLATE_NOOP("kinds", "Paths and roads"),
    "building": QT_TRANSLATE_NOOP("kinds", "Buildings"),
    "core_house": QT_TRANSLATE_NOOP("kinds", "New houses"),
    "drain": QT_TRANSLATE_NOOP("kinds", "Drains"),
    "sewer": QT_TRANSLATE_NOOP("kinds", "Sewers"),
    "water_main": QT_TRANSLATE_NOOP("kinds", "Water mains"),
    "water_point": QT_TRANSLATE_NOOP("kinds", "Water points"),
    "toilet": QT_TRANSLATE_NOOP("kinds", "Toilets"),
    "manhole": QT_TRANSLATE_NOOP("kinds", "Manholes"),
    "street_light": QT_TRANSLATE_NOOP("kinds", "Street lights"),
    "supply_point": QT_TRANSLATE_NOOP("kinds", "City water supply"),
    "spot_level": QT_TRANSLATE_NOOP("kinds", "Ground levels"),
    "demolition": QT_TRANSLATE_NOOP("kinds", "Demolitions"),
    "relocation": QT_TRANSLATE_NOOP("kinds", "Relocations"),
    "house_improvement": QT_TRANSLATE_NOOP("kinds", "House improvements"),
    "option": QT_TRANSLATE_NOOP("kinds", "Option"),
    "household": QT_TRANSLATE_NOOP("kinds", "Household"),
    "project": QT_TRANSLATE_NOOP("kinds", "Project"),
}


def kind_label(kind: str) -> str:
    """Return the translated plural name of a record kind (the kind itself if it has none)."""
    text = _KINDS.get(kind)
    return translate("kinds", text) if text else kind.replace("_", " ")
