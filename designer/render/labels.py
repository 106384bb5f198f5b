"""Label placement without overlaps: text boxes in model metres, kept in a grid of cells.

The walker places labels in priority order — plot numbers first (residents find their plot by its
number), then the symbols' own name, then pipe, drain and path labels — and asks for each candidate
position whether it is free. A plot number is always placed (smaller if its place is taken); a symbol's
name is hidden where it would overlap (its value stays in the block's attributes and the feature data);
a line label tries the middle of its longest segments on both sides and is left out when all collide.
"""

from __future__ import annotations

import math

__all__ = ["CHAR_WIDTH", "LINE_HEIGHT", "Box", "LabelPlacer", "text_box"]

Box = tuple[float, float, float, float]
CHAR_WIDTH = 0.8
"""Advance of a character as a share of the text height: ezdxf measures 0.7–0.8 for the Standard style's font
on plot numbers and pipe labels (capitals and digits)."""
LINE_HEIGHT = 1.4
"""Height of a text's box as a share of its height (ascenders, descenders and a little air)."""


def text_box(
    x: float, y: float, text: str, height: float, rotation_deg: float = 0.0, *, anchor: str = "center"
) -> Box:
    """The axis-aligned box (xmin, ymin, xmax, ymax) of a one-line text at (x, y).

    ``anchor``: ``"center"`` (middle centre) or ``"left"`` (baseline left, as block attributes sit).
    """
    w, h = max(len(text), 1) * CHAR_WIDTH * height, LINE_HEIGHT * height
    if anchor == "left":
        d = (h - height) / 2  # the baseline sits above the descenders
        corners = [(0.0, -d), (w, -d), (w, h - d), (0.0, h - d)]
    else:
        corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    c, s = math.cos(math.radians(rotation_deg)), math.sin(math.radians(rotation_deg))
    xs = [x + u * c - v * s for u, v in corners]
    ys = [y + u * s + v * c for u, v in corners]
    return min(xs), min(ys), max(xs), max(ys)


class LabelPlacer:
    """Boxes already taken, in square cells of ``cell_m`` for quick overlap tests."""

    def __init__(self, cell_m: float) -> None:
        self.cell = max(cell_m, 1e-6)
        self._cells: dict[tuple[int, int], list[Box]] = {}
        self.placed = 0
        self.skipped = 0

    def _keys(self, box: Box) -> list[tuple[int, int]]:
        i0, j0 = math.floor(box[0] / self.cell), math.floor(box[1] / self.cell)
        i1, j1 = math.floor(box[2] / self.cell), math.floor(box[3] / self.cell)
        return [(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]

    def free(self, box: Box) -> bool:
        """Say whether ``box`` overlaps no box taken so far."""
        for key in self._keys(box):
            for b in self._cells.get(key, ()):
                if box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]:
                    return False
        return True

    def take(self, box: Box) -> None:
        """Mark ``box`` as taken (by a label or a symbol)."""
        for key in self._keys(box):
            self._cells.setdefault(key, []).append(box)
