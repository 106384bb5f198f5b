"""Tiles of a large image for the canvas: which level and tiles a view needs, and a cache bounded in bytes.

Qt-free, so the arithmetic is tested without a screen. A tile is ``TILE_PX`` × ``TILE_PX`` output pixels at
level ``z``, covering ``TILE_PX · 2**z`` source pixels a side: level 0 is full resolution, level z is read
from the overview nearest 1/2**z (GDAL chooses it), so a view never reads more pixels than it shows.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["TILE_PX", "TileCache", "TileKey", "level_for", "max_level", "tile_window", "tiles_in"]

TILE_PX = 256


@dataclass(frozen=True, slots=True)
class TileKey:
    """One tile of one layer as drawn with given settings (brightness/contrast change the pixels)."""

    layer: str
    settings: tuple[float, float]
    z: int
    tx: int
    ty: int


def max_level(width_px: int, height_px: int) -> int:
    """The coarsest level: the whole image in one tile."""
    return max(0, math.ceil(math.log2(max(width_px, height_px, 1) / TILE_PX)))


def level_for(screen_px_per_source_px: float, top: int) -> int:
    """The level whose pixels are at least as fine as the screen's: 2**z source pixels per screen pixel."""
    if screen_px_per_source_px <= 0:
        return top
    z = math.floor(math.log2(1.0 / screen_px_per_source_px)) if screen_px_per_source_px < 1 else 0
    return min(max(z, 0), top)


def tile_window(
    z: int, tx: int, ty: int, width_px: int, height_px: int
) -> tuple[int, int, int, int, int, int]:
    """Source window (col, row, width, height) of a tile, clipped to the image, and its output size (w, h)."""
    span = TILE_PX << z
    col, row = tx * span, ty * span
    w, h = min(span, width_px - col), min(span, height_px - row)
    return col, row, w, h, max(1, math.ceil(w / (1 << z))), max(1, math.ceil(h / (1 << z)))


def tiles_in(
    z: int, rect: tuple[float, float, float, float], width_px: int, height_px: int
) -> Iterator[tuple[int, int]]:
    """The tiles (tx, ty) at level ``z`` that cover ``rect`` (x0, y0, x1, y1 in source pixels), centre first."""
    span = TILE_PX << z
    x0, y0 = max(rect[0], 0.0), max(rect[1], 0.0)
    x1, y1 = min(rect[2], float(width_px)), min(rect[3], float(height_px))
    if x1 <= x0 or y1 <= y0:
        return
    txs = range(int(x0 // span), math.ceil(x1 / span))
    tys = range(int(y0 // span), math.ceil(y1 / span))
    cx, cy = (x0 + x1) / 2 / span, (y0 + y1) / 2 / span
    yield from sorted(
        ((tx, ty) for ty in tys for tx in txs), key=lambda t: (t[0] + 0.5 - cx) ** 2 + (t[1] + 0.5 - cy) ** 2
    )


class TileCache:
    """Least-recently-used tiles, at most ``max_bytes`` of pixels; shared by the loader threads and painting."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._tiles: OrderedDict[TileKey, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._tiles)

    def get(self, key: TileKey) -> Any | None:
        with self._lock:
            hit = self._tiles.get(key)
            if hit is None:
                return None
            self._tiles.move_to_end(key)
            return hit[0]

    def __contains__(self, key: TileKey) -> bool:
        with self._lock:
            return key in self._tiles

    def put(self, key: TileKey, tile: Any, size_bytes: int) -> None:
        """Keep ``tile``; drop the least recently used ones beyond the budget."""
        with self._lock:
            old = self._tiles.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._tiles[key] = (tile, size_bytes)
            self._bytes += size_bytes
            while self._bytes > self.max_bytes and len(self._tiles) > 1:
                _, (_, dropped) = self._tiles.popitem(last=False)
                self._bytes -= dropped

    def drop_layer(self, layer: str) -> None:
        """Forget every tile of a layer (its file was re-linked or it was removed)."""
        with self._lock:
            for key in [k for k in self._tiles if k.layer == layer]:
                self._bytes -= self._tiles.pop(key)[1]
