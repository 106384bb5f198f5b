"""A georeferenced image on the canvas, drawn from tiles read on a worker thread (see ``raster_tiles``).

The item's own coordinates are the image's pixel grid (in the project CRS, warped when the file's CRS
differs); its transform is the geotransform less the project origin, so the scene stays in local metres.
Painting draws the cached tiles of the level that matches the zoom and asks the loader for the missing
ones, drawing a coarser cached tile meanwhile; the loader reads them in windows from the right overview
and calls ``update`` when each arrives. Memory is the tile cache's budget, whatever the file's size.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from designer.canvas.raster_tiles import TileCache, TileKey, level_for, max_level, tile_window, tiles_in

if TYPE_CHECKING:
    from pyproj import CRS

    from designer.model.background import RasterLayer

__all__ = ["SHARED_TILE_CACHE", "RasterItem", "TileLoader", "TileNotifier"]

TILE_CACHE_MB = 256
"""Tiles kept for all imagery layers together: ~1,000 tiles of 256 px, several screens at every zoom."""

SHARED_TILE_CACHE = TileCache(TILE_CACHE_MB * 1024 * 1024)

_MAX_WISHES = 256
"""Tiles waiting to be read per layer: about three 4K screens."""


class TileNotifier(QObject):
    """Carries 'a tile is ready' (a TileKey) and 'a layer failed' ((layer id, line)) from the loader threads
    to the GUI thread (queued signals). Owned by the scene, which hands each tile to its item by layer id:
    a signal never holds an item Qt may already have deleted."""

    ready = Signal(object)
    failed = Signal(object)


class TileLoader:
    """Reads wanted tiles of one layer on its own thread, newest wish first; stale wishes are dropped."""

    def __init__(
        self,
        path: Path,
        target_wkt: str | None,
        layer: RasterLayer,
        cache: TileCache,
        size: tuple[int, int],
        notifier: TileNotifier,
    ) -> None:
        self.path, self.target_wkt, self.layer, self.cache = path, target_wkt, layer, cache
        self.width, self.height = size
        # When the scene (and its notifier) goes, the thread stops: its emits would fail anyway.
        self.notifier = notifier
        self.notifier.destroyed.connect(self.stop)
        self._wanted: list[TileKey] = []
        self._cond = threading.Condition()
        self._stop = False
        self._busy = False
        self._thread = threading.Thread(target=self._run, name=f"tiles-{layer.id}", daemon=True)
        self._thread.start()

    def want(self, keys: list[TileKey]) -> None:
        """Put ``keys`` first on the wish list (those cached are skipped).

        Earlier wishes of the same level and settings stay behind them (a paint of one arrived tile's rect
        must not cancel the rest of the screen); wishes of another zoom level are dropped, and the list is
        capped so a long pan does not queue tiles long scrolled away.
        """
        if not keys:
            return
        fresh = [k for k in keys if k not in self.cache]
        if not fresh:
            return
        newest = set(fresh)
        with self._cond:
            older = [
                k
                for k in self._wanted
                if k not in newest and k.z == fresh[0].z and k.settings == fresh[0].settings
            ]
            self._wanted = (fresh + older)[:_MAX_WISHES]
            self._cond.notify()

    def idle(self) -> bool:
        with self._cond:
            return not self._wanted and not self._busy

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify()

    def _emit(self, signal_name: str, value: object) -> bool:
        """Send to the GUI thread; False when the notifier is gone (the scene was closed)."""
        try:
            getattr(self.notifier, signal_name).emit(value)
        except RuntimeError:  # the C++ object was deleted with its scene
            return False
        return True

    def _run(self) -> None:
        from designer.io.raster import RasterError, RasterSource

        try:
            source = RasterSource(self.path, self.target_wkt)
        except RasterError as exc:
            self._emit("failed", (self.layer.id, str(exc)))
            return
        try:
            while True:
                with self._cond:
                    while not self._wanted and not self._stop:
                        self._busy = False
                        self._cond.wait()
                    if self._stop:
                        return
                    key = self._wanted.pop(0)
                    self._busy = True
                if key in self.cache:
                    continue
                col, row, w, h, out_w, out_h = tile_window(key.z, key.tx, key.ty, self.width, self.height)
                rgba = source.read_rgba(
                    col, row, w, h, out_w, out_h, brightness=key.settings[0], contrast=key.settings[1]
                )
                image = QImage(rgba.data, out_w, out_h, out_w * 4, QImage.Format.Format_RGBA8888).copy()
                self.cache.put(key, image, out_w * out_h * 4)
                if not self._emit("ready", key):
                    return
        except Exception as exc:  # a read error mid-file (truncated after it was added): report, stop
            self._emit("failed", (self.layer.id, f"{self.path}: {exc}"))
        finally:
            with self._cond:
                self._busy = False
                self._wanted.clear()
            source.close()


class RasterItem(QGraphicsItem):
    """One imagery layer: bounding rect in pixels, transform to local metres, tiles painted as they come."""

    def __init__(
        self,
        layer: RasterLayer,
        path: Path,
        target_crs: CRS | None,
        origin: tuple[float, float],
        notifier: TileNotifier,
        cache: TileCache = SHARED_TILE_CACHE,
    ) -> None:
        from designer.io.raster import RasterSource

        super().__init__()
        self.layer = layer
        with RasterSource(path, target_crs) as src:  # the grid only; pixels are read by the loader
            self.width_px, self.height_px = src.width, src.height
            t = src.transform
        self.setTransform(QTransform(t.a, t.d, t.b, t.e, t.c - origin[0], t.f - origin[1]))
        self.cache = cache
        self.top_level = max_level(self.width_px, self.height_px)
        target_wkt = target_crs.to_wkt() if target_crs is not None else None  # pyproj stays on this thread
        self.loader = TileLoader(path, target_wkt, layer, cache, (self.width_px, self.height_px), notifier)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setOpacity(layer.opacity)
        self.setVisible(layer.visible)
        self.setZValue(-10.0 + layer.order / 1000.0)
        self._settings = (layer.brightness, layer.contrast)

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, float(self.width_px), float(self.height_px))

    def _key(self, z: int, tx: int, ty: int) -> TileKey:
        return TileKey(self.layer.id, self._settings, z, tx, ty)

    def _tile_rect(self, z: int, tx: int, ty: int) -> QRectF:
        col, row, w, h, _, _ = tile_window(z, tx, ty, self.width_px, self.height_px)
        return QRectF(col, row, w, h)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        del widget  # tiles are painted the same on every view
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        z = level_for(lod, self.top_level)
        r = option.exposedRect.intersected(self._device_rect(painter))
        wanted: list[TileKey] = []
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, lod < 2.0)
        for tx, ty in tiles_in(z, (r.left(), r.top(), r.right(), r.bottom()), self.width_px, self.height_px):
            key = self._key(z, tx, ty)
            image = self.cache.get(key)
            if image is None:
                wanted.append(key)
                self._paint_coarser(painter, z, tx, ty)
            else:
                painter.drawImage(self._tile_rect(z, tx, ty), image)
        if wanted:
            self.loader.want(wanted)

    def _device_rect(self, painter: QPainter) -> QRectF:
        """The part of the image the paint device can show (item pixels): Qt may expose the whole item
        (``QGraphicsView.render``, a first paint), and reading all of a 20,000 px image is what tiles avoid."""
        device = painter.device()
        inverse, ok = painter.worldTransform().inverted()
        if device is None or not ok:
            return self.boundingRect()
        shown = QRectF(0.0, 0.0, float(device.width()), float(device.height()))
        clip = painter.clipBoundingRect()
        if painter.hasClipping() and not clip.isEmpty():
            return inverse.mapRect(painter.worldTransform().mapRect(clip).intersected(shown))
        return inverse.mapRect(shown)

    def _paint_coarser(self, painter: QPainter, z: int, tx: int, ty: int) -> None:
        """Fill a tile still loading with the part of the nearest coarser cached tile (blurry, not blank)."""
        target = self._tile_rect(z, tx, ty)
        for up in range(z + 1, self.top_level + 1):
            shift = up - z
            ptx, pty = tx >> shift, ty >> shift
            image = self.cache.get(self._key(up, ptx, pty))
            if image is None:
                continue
            parent = self._tile_rect(up, ptx, pty)
            sx, sy = image.width() / parent.width(), image.height() / parent.height()
            source = QRectF(
                (target.left() - parent.left()) * sx,
                (target.top() - parent.top()) * sy,
                target.width() * sx,
                target.height() * sy,
            )
            painter.drawImage(target, image, source)
            return

    def restyle(self, layer: RasterLayer) -> None:
        """Take the layer's new settings; new brightness/contrast asks for new tiles (the old stay cached)."""
        self.layer = layer
        self.loader.layer = layer
        settings = (layer.brightness, layer.contrast)
        if settings != self._settings:
            self._settings = settings
            self.update()

    def tile_ready(self, key: TileKey) -> None:
        """Repaint where a tile of the current settings arrived."""
        if key.settings == self._settings:
            self.update(self._tile_rect(key.z, key.tx, key.ty))

    def ready(self) -> bool:
        """True when no tile is waiting to be read (tests and the benchmark wait for this)."""
        return self.loader.idle()

    def dispose(self) -> None:
        """Stop the loader thread and forget the layer's tiles (the item is leaving the scene)."""
        self.loader.stop()
        self.cache.drop_layer(self.layer.id)
