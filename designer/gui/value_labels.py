"""Translated names of the model's vocabulary values (surfaces, materials, kinds) for editors."""

from __future__ import annotations

from enum import Enum

from designer.gui.i18n import translate
from designer.tools.base import QT_TRANSLATE_NOOP

__all__ = ["value_label"]

_VALUES = {
    "public": QT_TRANSLATE_NOOP("values", "public"),
    "private": QT_TRANSLATE_NOOP("values", "private"),
    "functional": QT_TRANSLATE_NOOP("values", "functional"),
    "customers": QT_TRANSLATE_NOOP("values", "customers only"),
    "broken": QT_TRANSLATE_NOOP("values", "broken"),
    "ablution_block": QT_TRANSLATE_NOOP("values", "ablution block"),
    "asphalt": QT_TRANSLATE_NOOP("values", "asphalt"),
    "block": QT_TRANSLATE_NOOP("values", "block"),
    "brick": QT_TRANSLATE_NOOP("values", "brick"),
    "budget": QT_TRANSLATE_NOOP("values", "budget"),
    "busy": QT_TRANSLATE_NOOP("values", "busy"),
    "cement": QT_TRANSLATE_NOOP("values", "cement"),
    "communal": QT_TRANSLATE_NOOP("values", "communal"),
    "concrete": QT_TRANSLATE_NOOP("values", "concrete"),
    "condominial": QT_TRANSLATE_NOOP("values", "condominial"),
    "conventional": QT_TRANSLATE_NOOP("values", "conventional"),
    "covered": QT_TRANSLATE_NOOP("values", "covered"),
    "dumpsite": QT_TRANSLATE_NOOP("values", "dumpsite"),
    "earth": QT_TRANSLATE_NOOP("values", "earth"),
    "ecosan": QT_TRANSLATE_NOOP("values", "ecosan"),
    "female": QT_TRANSLATE_NOOP("values", "female"),
    "flood": QT_TRANSLATE_NOOP("values", "flood"),
    "flush_sewer": QT_TRANSLATE_NOOP("values", "flush to sewer"),
    "footbridge": QT_TRANSLATE_NOOP("values", "footbridge"),
    "footpath": QT_TRANSLATE_NOOP("values", "footpath"),
    "gravel": QT_TRANSLATE_NOOP("values", "gravel"),
    "grid": QT_TRANSLATE_NOOP("values", "grid"),
    "handpump": QT_TRANSLATE_NOOP("values", "hand pump"),
    "head": QT_TRANSLATE_NOOP("values", "head above datum"),
    "household": QT_TRANSLATE_NOOP("values", "household"),
    "improvement": QT_TRANSLATE_NOOP("values", "improvement"),
    "iron_sheet": QT_TRANSLATE_NOOP("values", "iron sheet"),
    "kiosk": QT_TRANSLATE_NOOP("values", "kiosk"),
    "landslide": QT_TRANSLATE_NOOP("values", "landslide"),
    "lane": QT_TRANSLATE_NOOP("values", "lane"),
    "light": QT_TRANSLATE_NOOP("values", "light"),
    "male": QT_TRANSLATE_NOOP("values", "male"),
    "mud": QT_TRANSLATE_NOOP("values", "mud"),
    "murram": QT_TRANSLATE_NOOP("values", "murram"),
    "new": QT_TRANSLATE_NOOP("values", "new"),
    "open": QT_TRANSLATE_NOOP("values", "open"),
    "other": QT_TRANSLATE_NOOP("values", "other"),
    "owner": QT_TRANSLATE_NOOP("values", "owner"),
    "pavers": QT_TRANSLATE_NOOP("values", "pavers"),
    "pedestrian": QT_TRANSLATE_NOOP("values", "pedestrian"),
    "piped": QT_TRANSLATE_NOOP("values", "piped"),
    "pit_latrine": QT_TRANSLATE_NOOP("values", "pit latrine"),
    "plastic": QT_TRANSLATE_NOOP("values", "plastic"),
    "pour_flush": QT_TRANSLATE_NOOP("values", "pour flush"),
    "power_line": QT_TRANSLATE_NOOP("values", "power line"),
    "pressure": QT_TRANSLATE_NOOP("values", "pressure above ground"),
    "rail": QT_TRANSLATE_NOOP("values", "railway"),
    "ranking": QT_TRANSLATE_NOOP("values", "ranking"),
    "rent_free": QT_TRANSLATE_NOOP("values", "rent free"),
    "road": QT_TRANSLATE_NOOP("values", "road"),
    "shared": QT_TRANSLATE_NOOP("values", "shared"),
    "single": QT_TRANSLATE_NOOP("values", "single choice"),
    "solar": QT_TRANSLATE_NOOP("values", "solar"),
    "standpipe": QT_TRANSLATE_NOOP("values", "standpipe"),
    "stone": QT_TRANSLATE_NOOP("values", "stone"),
    "structure_owner": QT_TRANSLATE_NOOP("values", "structure owner"),
    "tank": QT_TRANSLATE_NOOP("values", "tank"),
    "tenant": QT_TRANSLATE_NOOP("values", "tenant"),
    "thatch": QT_TRANSLATE_NOOP("values", "thatch"),
    "tile": QT_TRANSLATE_NOOP("values", "tile"),
    "timber": QT_TRANSLATE_NOOP("values", "timber"),
    "unknown": QT_TRANSLATE_NOOP("values", "unknown"),
    "vip_latrine": QT_TRANSLATE_NOOP("values", "VIP latrine"),
    "well": QT_TRANSLATE_NOOP("values", "well"),
    "yard_tap": QT_TRANSLATE_NOOP("values", "yard tap"),
    "zebra": QT_TRANSLATE_NOOP("values", "zebra crossing"),
}


def value_label(value: Enum) -> str:
    """Return the translated name of an enum value (the value, tidied, if it has none)."""
    text = _VALUES.get(str(value.value))
    return translate("values", text) if text else str(value.value).replace("_", " ")
