"""Who is served, in one plain sentence for the room: the workshop summary and the option cards.

Says when it cannot be told (no water point, no toilet or no path drawn: "0 of N" would be a drawing gap read
as a finding) and when the households are assumed (no survey yet: one per home plot).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.gui.i18n import translate
from designer.tools.base import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from designer.analysis.served import ServedCount

__all__ = ["not_drawn_sentence", "served_sentence"]

_CONTEXT = "ServedWords"
_NOT_DRAWN = {
    frozenset({"water_points", "toilets"}): QT_TRANSLATE_NOOP(
        "ServedWords", "Water points and toilets are not drawn yet: who is served cannot be told."
    ),
    frozenset({"toilets"}): QT_TRANSLATE_NOOP(
        "ServedWords", "Toilets are not drawn yet: who has a toilet within reach cannot be told."
    ),
    frozenset({"water_points"}): QT_TRANSLATE_NOOP(
        "ServedWords", "Water points are not drawn yet: who has water within reach cannot be told."
    ),
    frozenset({"paths"}): QT_TRANSLATE_NOOP(
        "ServedWords", "Paths are not drawn yet: who has water and a toilet within reach cannot be told."
    ),
}
_SERVED = QT_TRANSLATE_NOOP("ServedWords", "Water and a toilet within reach for <b>%1 of %2 households</b>.")
_SERVED_ASSUMED = QT_TRANSLATE_NOOP(
    "ServedWords", "Water and a toilet within reach for <b>%1 of %2 households</b> (assumed, no survey yet)."
)


def not_drawn_sentence(not_drawn: tuple[str, ...]) -> str | None:
    """Return why who is served cannot be told ("water_points", "toilets" not drawn), or None."""
    text = _NOT_DRAWN.get(frozenset(not_drawn))
    return translate(_CONTEXT, text) if text else None


def served_sentence(counts: ServedCount) -> str:
    """Return the served households as rich text, or why that cannot be told."""
    missing = not_drawn_sentence(counts.not_drawn)
    if missing is not None:
        return missing
    text = translate(_CONTEXT, _SERVED_ASSUMED if counts.households_assumed else _SERVED)
    return text.replace("%1", str(counts.served)).replace("%2", str(counts.households))
