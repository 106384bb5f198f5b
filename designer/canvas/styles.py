"""How each feature type looks on the plan: pens, brushes, symbols and stacking order.

Colours follow the Okabe–Ito colour-blind-safe palette and every kind also differs by shape or line
style, so a resident with colour-blindness (or a washed-out projector) can still tell water from
sewer. Existing utilities are thin and dashed, proposed ones solid and heavy (CONVENTIONS.md, DXF).
Pens are cosmetic (constant width in pixels at any zoom) except path bodies, which are drawn at
their real width in metres.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

__all__ = ["KIND_ORDER", "STYLES", "Status", "Style", "brush_for", "muted", "pen_for", "style_for"]


class Status(StrEnum):
    """How an entity relates to the option being shown."""

    EXISTING = "existing"  # surveyed, no option shown: normal colours
    MUTED = "muted"  # surveyed, drawn under an option: faded
    PROPOSED = "proposed"  # part of the option shown: strong colours


@dataclass(frozen=True)
class Style:
    """Drawing style of one kind: colours, pixel widths, z order and the symbol of point kinds."""

    stroke: str
    fill: str | None = None
    width_px: float = 1.0
    proposed_width_px: float = 2.0
    z: float = 0.0
    dashed_existing: bool = False
    symbol: str = ""  # for point kinds: circle, square, diamond, triangle, star, cross, drop
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern


# Okabe–Ito: blue #0072B2, sky #56B4E9, green #009E73, yellow #F0E442, orange #E69F00,
# vermilion #D55E00, purple #CC79A7, black.
STYLES: dict[str, Style] = {
    "plot": Style("#7a6f5a", "#f4efe1", 1.0, 2.0, 0.0),
    "hazard": Style("#D55E00", "#D55E00", 1.5, 2.0, 1.0, pattern=Qt.BrushStyle.BDiagPattern),
    "path": Style("#8c8c8c", "#d9d6cf", 1.0, 1.0, 2.0),
    "building": Style("#5b4a33", "#c9b79c", 1.0, 2.0, 3.0),
    "core_house": Style("#8a4b00", "#E69F00", 1.5, 2.5, 3.5),
    "drain": Style("#56B4E9", None, 1.5, 3.0, 4.0, dashed_existing=True),
    "sewer": Style("#8c510a", None, 1.5, 3.0, 4.1, dashed_existing=True),
    "water_main": Style("#0072B2", None, 1.5, 3.0, 4.2, dashed_existing=True),
    "water_point": Style("#0072B2", "#56B4E9", 1.5, 2.0, 6.0, symbol="drop"),
    "toilet": Style("#00563f", "#009E73", 1.5, 2.0, 6.0, symbol="square"),
    "manhole": Style("#8c510a", "#ffffff", 1.5, 2.0, 5.5, symbol="cross"),
    "street_light": Style("#7a6a00", "#F0E442", 1.5, 2.0, 6.0, symbol="star"),
    "supply_point": Style("#0072B2", "#ffffff", 2.0, 2.0, 6.0, symbol="triangle"),
    "spot_level": Style("#555555", None, 1.0, 1.0, 5.0, symbol="plus"),
    # Marks sit above the survey's buildings but under new houses built in their place, so a new
    # house on a cleared site is not read as "to be demolished".
    "demolition": Style("#D55E00", None, 3.0, 3.0, 3.2),
    "relocation": Style("#CC79A7", None, 3.0, 3.0, 3.2),
}

KIND_ORDER = [
    "plot",
    "hazard",
    "path",
    "building",
    "core_house",
    "drain",
    "sewer",
    "water_main",
    "water_point",
    "toilet",
    "manhole",
    "street_light",
    "supply_point",
    "spot_level",
    "demolition",
    "relocation",
]
"""Kinds in the order the Layers dock lists them (bottom of the plan first)."""

MUTED_OPACITY = 0.45


def style_for(kind: str) -> Style:
    """Return the style of a kind (a neutral grey for kinds without one)."""
    return STYLES.get(kind, Style("#666666", None))


_PENS: dict[tuple[str, Status], QPen] = {}
_BRUSHES: dict[tuple[str, Status], QBrush] = {}


def muted(colour: QColor) -> QColor:
    """Return a colour faded towards white, for existing conditions drawn under an option."""
    w = MUTED_OPACITY
    return QColor.fromRgbF(
        colour.redF() * w + (1 - w), colour.greenF() * w + (1 - w), colour.blueF() * w + (1 - w)
    )


def pen_for(kind: str, status: Status) -> QPen:
    """Return the shared cosmetic outline pen of a kind in a status (cached: one QPen per style)."""
    key = (kind, status)
    pen = _PENS.get(key)
    if pen is None:
        s = style_for(kind)
        width = s.proposed_width_px if status is Status.PROPOSED else s.width_px
        colour = QColor(s.stroke)
        pen = QPen(muted(colour) if status is Status.MUTED else colour, width)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if s.dashed_existing and status is not Status.PROPOSED:
            pen.setStyle(Qt.PenStyle.DashLine)
        _PENS[key] = pen
    return pen


def brush_for(kind: str, status: Status) -> QBrush:
    """Return the shared fill brush of a kind in a status (no brush for line kinds)."""
    key = (kind, status)
    brush = _BRUSHES.get(key)
    if brush is None:
        s = style_for(kind)
        if s.fill is None:
            brush = QBrush(Qt.BrushStyle.NoBrush)
        else:
            colour = QColor(s.fill)
            if kind == "plot" and status is Status.PROPOSED:
                colour = QColor("#fff7d6")  # re-plotted plots read as new
            elif status is Status.MUTED:
                colour = muted(colour)
            brush = QBrush(colour, s.pattern)
        _BRUSHES[key] = brush
    return brush
