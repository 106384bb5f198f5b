"""A small PNG of an option's plan for the phone cards, drawn from the one drawing walker with Pillow.

Existing plots and buildings in grey, what the option builds in its colour, demolitions in red,
facilities as dots: enough for a resident to recognise the place and what changes, at phone size.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from designer.render.walker import walk

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.render.primitives import (
        DrawingSummary,
        Hatch,
        Label,
        LinearDimension,
        PlanInfo,
        Shape,
        Symbol,
    )

__all__ = ["plan_thumbnail_png"]

EXISTING_GREY = (150, 150, 150)
DEMOLISH_RED = (200, 30, 30)
BACKGROUND = (255, 255, 255)


class _Collector:
    """Walker backend that keeps the shapes and symbols to draw once the extents are known."""

    def __init__(self) -> None:
        self.shapes: list[Shape] = []
        self.symbols: list[Symbol] = []
        self.extents: tuple[float, float, float, float] | None = None

    def begin(self, plan: PlanInfo) -> None:
        pass

    def shape(self, shape: Shape) -> None:
        self.shapes.append(shape)

    def symbol(self, symbol: Symbol) -> None:
        self.symbols.append(symbol)

    def label(self, label: Label) -> None:
        pass

    def hatch(self, hatch: Hatch) -> None:
        pass

    def dimension(self, dim: LinearDimension) -> None:
        pass

    def finish(self, summary: DrawingSummary) -> None:
        self.extents = summary.extents


def _rgb(colour: str) -> tuple[int, int, int]:
    text = colour.lstrip("#")
    try:
        return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
    except (ValueError, IndexError):
        return (31, 120, 180)


def plan_thumbnail_png(doc: Document, option_id: str, width_px: int = 360, height_px: int = 240) -> bytes:
    """Return a PNG (bytes) of ``option_id``'s plan fitted into ``width_px`` × ``height_px``."""
    from PIL import Image, ImageDraw

    option = next(o for o in doc.options if o.id == option_id)
    collector = _Collector()
    walk(doc, collector, mode="option", option_id=option_id, local_coordinates=True)
    image = Image.new("RGB", (width_px, height_px), BACKGROUND)
    if collector.extents is None:
        return _png(image)
    x0, y0, x1, y1 = collector.extents
    margin_px = 6
    scale = min(
        (width_px - 2 * margin_px) / max(x1 - x0, 1e-6), (height_px - 2 * margin_px) / max(y1 - y0, 1e-6)
    )
    off_x = (width_px - (x1 - x0) * scale) / 2
    off_y = (height_px - (y1 - y0) * scale) / 2

    def px(x: float, y: float) -> tuple[float, float]:
        return (off_x + (x - x0) * scale, height_px - (off_y + (y - y0) * scale))  # y up on the ground

    draw = ImageDraw.Draw(image)
    new_rgb = _rgb(option.colour)

    def colour_of(status: str) -> tuple[int, int, int]:
        if status == "D":
            return DEMOLISH_RED
        return EXISTING_GREY if status == "E" else new_rgb

    # Existing first, so what the option changes is drawn on top.
    for shape in sorted(collector.shapes, key=lambda s: s.status != "E"):
        points: list[Any] = [px(float(x), float(y)) for x, y in shape.points]
        if len(points) < 2:
            continue
        rgb = colour_of(shape.status)
        if shape.closed:
            draw.polygon(points, outline=rgb, width=1 if shape.status == "E" else 2)
        else:
            draw.line(points, fill=rgb, width=1 if shape.status == "E" else 3)
    for symbol in collector.symbols:
        cx, cy = px(symbol.x, symbol.y)
        r = 2 if symbol.status == "E" else 4
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour_of(symbol.status))
    return _png(image)


def _png(image: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
