"""Simple vector pictograms for the workshop poster (house, coins, calendar, tap, toilet, walker, people).

Each draws into a square box of side ``s`` points with its lower-left corner at (x, y) on a reportlab canvas.
Plain shapes only, so they print clearly in black and white and need no image files.
"""

from __future__ import annotations

from typing import Any

__all__ = ["PICTOGRAMS", "draw_pictogram"]


def _house(c: Any, x: float, y: float, s: float) -> None:
    c.rect(x + s * 0.18, y + s * 0.12, s * 0.64, s * 0.45, stroke=1, fill=1)
    p = c.beginPath()
    p.moveTo(x + s * 0.08, y + s * 0.55)
    p.lineTo(x + s * 0.5, y + s * 0.88)
    p.lineTo(x + s * 0.92, y + s * 0.55)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.rect(x + s * 0.43, y + s * 0.12, s * 0.14, s * 0.25, stroke=0, fill=1)


def _coins(c: Any, x: float, y: float, s: float) -> None:
    for i in range(3):
        c.ellipse(
            x + s * 0.55, y + s * (0.08 + i * 0.1), x + s * 0.95, y + s * (0.2 + i * 0.1), stroke=1, fill=1
        )


def _cost(c: Any, x: float, y: float, s: float) -> None:
    _house(c, x - s * 0.08, y + s * 0.05, s * 0.85)
    c.setFillColorRGB(0.95, 0.72, 0.15)
    _coins(c, x + s * 0.05, y, s)


def _calendar(c: Any, x: float, y: float, s: float) -> None:
    c.rect(x + s * 0.12, y + s * 0.1, s * 0.76, s * 0.72, stroke=1, fill=0)
    c.rect(x + s * 0.12, y + s * 0.66, s * 0.76, s * 0.16, stroke=1, fill=1)
    for i in range(3):
        for j in range(4):
            c.rect(x + s * (0.18 + j * 0.17), y + s * (0.16 + i * 0.15), s * 0.1, s * 0.09, stroke=0, fill=1)
    c.setFillColorRGB(0.95, 0.72, 0.15)
    c.circle(x + s * 0.8, y + s * 0.15, s * 0.14, stroke=1, fill=1)


def _walker(c: Any, x: float, y: float, s: float) -> None:
    c.setLineWidth(max(s * 0.05, 1))
    c.setLineCap(1)
    c.circle(x + s * 0.5, y + s * 0.86, s * 0.08, stroke=0, fill=1)
    c.line(x + s * 0.5, y + s * 0.76, x + s * 0.45, y + s * 0.45)  # body
    c.line(x + s * 0.45, y + s * 0.45, x + s * 0.3, y + s * 0.08)  # back leg
    c.line(x + s * 0.45, y + s * 0.45, x + s * 0.6, y + s * 0.08)  # front leg
    c.line(x + s * 0.49, y + s * 0.68, x + s * 0.32, y + s * 0.5)  # arm
    c.line(x + s * 0.49, y + s * 0.68, x + s * 0.64, y + s * 0.52)


def _tap(c: Any, x: float, y: float, s: float) -> None:
    c.rect(x + s * 0.1, y + s * 0.62, s * 0.55, s * 0.12, stroke=1, fill=1)
    c.rect(x + s * 0.53, y + s * 0.42, s * 0.12, s * 0.22, stroke=1, fill=1)
    c.rect(x + s * 0.3, y + s * 0.74, s * 0.06, s * 0.1, stroke=1, fill=1)
    c.setFillColorRGB(0.1, 0.45, 0.85)
    p = c.beginPath()
    cx, cy, r = x + s * 0.59, y + s * 0.2, s * 0.1
    p.moveTo(cx, cy + r * 1.9)
    p.curveTo(cx + r, cy + r * 0.5, cx + r, cy - r, cx, cy - r)
    p.curveTo(cx - r, cy - r, cx - r, cy + r * 0.5, cx, cy + r * 1.9)
    c.drawPath(p, stroke=0, fill=1)


def _water(c: Any, x: float, y: float, s: float) -> None:
    _walker(c, x - s * 0.2, y, s * 0.8)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    _tap(c, x + s * 0.35, y + s * 0.1, s * 0.65)


def _toilet_icon(c: Any, x: float, y: float, s: float) -> None:
    c.rect(x + s * 0.2, y + s * 0.55, s * 0.2, s * 0.35, stroke=1, fill=1)  # cistern
    p = c.beginPath()  # bowl
    p.moveTo(x + s * 0.2, y + s * 0.55)
    p.lineTo(x + s * 0.85, y + s * 0.55)
    p.curveTo(x + s * 0.85, y + s * 0.3, x + s * 0.65, y + s * 0.25, x + s * 0.6, y + s * 0.25)
    p.lineTo(x + s * 0.62, y + s * 0.05)
    p.lineTo(x + s * 0.32, y + s * 0.05)
    p.lineTo(x + s * 0.34, y + s * 0.28)
    p.curveTo(x + s * 0.25, y + s * 0.32, x + s * 0.2, y + s * 0.45, x + s * 0.2, y + s * 0.55)
    p.close()
    c.drawPath(p, stroke=1, fill=1)


def _toilet(c: Any, x: float, y: float, s: float) -> None:
    _walker(c, x - s * 0.2, y, s * 0.8)
    c.setFillColorRGB(0.42, 0.11, 0.6)
    _toilet_icon(c, x + s * 0.38, y + s * 0.1, s * 0.62)


def _people(c: Any, x: float, y: float, s: float) -> None:
    for i, dx in enumerate((0.0, 0.3, 0.6)):
        scale = 0.4 if i != 1 else 0.45
        _house(c, x + s * dx - s * 0.02, y + s * 0.1, s * scale)


PICTOGRAMS = {"cost": _cost, "calendar": _calendar, "water": _water, "toilet": _toilet, "people": _people}


def draw_pictogram(canv: Any, name: str, x: float, y: float, s: float, colour: str = "#263238") -> None:
    """Draw pictogram ``name`` (cost, calendar, water, toilet, people) in an s × s box at (x, y)."""
    from reportlab.lib import colors

    canv.saveState()
    canv.setStrokeColor(colors.HexColor(colour))
    canv.setFillColor(colors.HexColor(colour))
    canv.setLineWidth(max(s * 0.02, 0.8))
    PICTOGRAMS[name](canv, x, y, s)
    canv.restoreState()
