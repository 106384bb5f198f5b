"""Imagery on the canvas over a generated 20,000 × 20,000 px RGB GeoTIFF (1.2 GB, 5 cm pixels, 1 km²).

The file is written to a temporary folder and deleted afterwards. Rows (issue 19):

* ``imagery overview build``: ``designer.io.raster_overviews.build_overviews`` (child process, progress,
  cancellable, sidecar .ovr) vs rasterio's own ``build_overviews`` with the same factors and resampling on a
  copy of the file (the ``gdaladdo -r average`` equivalent); target ≤ 1.5×.
* ``imagery first paint, whole image`` / ``at 1:200``: a 1920 × 1080 view, from an empty tile cache until
  every visible tile is read and painted; target ≤ 0.3 s each (absolute: no raw library paints tiles).
* ``imagery pan frame at 1:200``: one 200 px pan step and its repaint on the GUI thread (tiles not yet read
  are asked for and drawn from a coarser level meanwhile); median of 30; target ≤ 0.05 s.
* ``imagery memory above baseline``: resident memory after the paints and pans less before the file was
  opened, in MB (the ``median_s`` column holds MB for this row; ``unit`` says so); target ≤ 500 MB.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import row

SIDE_PX = 20_000
PIXEL_M = 0.05
W, H = 1920, 1080
UTM = 32636


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def write_big_geotiff(path: Path, side_px: int = SIDE_PX) -> Path:
    """A tiled RGB GeoTIFF of a gradient with a grid, written in 1024-row strips (never whole in memory)."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window

    profile = {
        "driver": "GTiff", "width": side_px, "height": side_px, "count": 3, "dtype": "uint8",
        "tiled": True, "blockxsize": 512, "blockysize": 512, "photometric": "RGB", "bigtiff": "yes",
        "crs": f"EPSG:{UTM}", "transform": from_origin(452_000.0, 36_000.0, PIXEL_M, PIXEL_M),
    }  # fmt: skip
    cols = np.arange(side_px, dtype=np.uint32)
    with rasterio.open(path, "w", **profile) as ds:
        for row0 in range(0, side_px, 1024):
            rows = np.arange(row0, min(row0 + 1024, side_px), dtype=np.uint32)[:, None]
            r = ((cols[None, :] * 255) // side_px).astype(np.uint8).repeat(len(rows), 0)
            g = np.broadcast_to(((rows * 255) // side_px).astype(np.uint8), r.shape)
            b = (((cols[None, :] // 200) + (rows // 200)) % 2 * 120).astype(np.uint8)
            ds.write(np.stack([r, g, b]), window=Window(0, row0, side_px, len(rows)))
    return path


def _scene_with(path: Path) -> tuple[Any, Any, Any]:
    from pyproj import CRS
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    from designer.canvas.raster_item import RasterItem, TileNotifier
    from designer.canvas.raster_tiles import TileCache
    from designer.model.background import RasterLayer

    scene = QGraphicsScene()
    layer = RasterLayer(
        id="img-bench", path=str(path), sha256="0" * 64, size_bytes=0, width_px=SIDE_PX, height_px=SIDE_PX,
        crs_wkt=CRS.from_epsg(UTM).to_wkt(),
    )  # fmt: skip
    notifier = TileNotifier(scene)
    item = RasterItem(
        layer, path, CRS.from_epsg(UTM), (452_000.0, 35_000.0), notifier, cache=TileCache(256 * 1024 * 1024)
    )
    notifier.ready.connect(item.tile_ready)
    scene.addItem(item)
    view = QGraphicsView(scene)
    view.resize(W, H)
    view.setHorizontalScrollBarPolicy(view.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(view.verticalScrollBarPolicy().ScrollBarAlwaysOff)
    view.scale(1.0, -1.0)  # y up, as the plan view
    view.show()  # the viewport takes its size; the scene indexes the item (as in the window)
    _app().processEvents()
    return scene, item, view


def _render(view: Any) -> None:
    from PySide6.QtGui import QImage, QPainter

    img = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(img)
    view.render(painter)
    painter.end()


def _paint_until_complete(app: Any, view: Any, item: Any) -> float:
    t0 = time.perf_counter()
    _render(view)
    while not item.ready():
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    _render(view)
    return time.perf_counter() - t0


def _first_paint(app: Any, path: Path, at_200: bool) -> float:
    """Seconds from an empty cache to a complete paint, median of 3 fresh scenes."""
    import statistics

    times = []
    for _ in range(3):
        scene, item, view = _scene_with(path)
        rect = item.sceneBoundingRect()
        if at_200:  # 1:200 on a 96 dpi screen: 1 m is 5 mm, 18.9 px
            view.scale(96 / 25.4 * 5, 96 / 25.4 * 5)
            view.centerOn(rect.center())
        else:
            view.fitInView(rect)
        times.append(_paint_until_complete(app, view, item))
        item.dispose()
        scene.deleteLater()
        app.processEvents()
    return statistics.median(times)


def _pan_frames(app: Any, path: Path) -> tuple[float, Any]:
    import statistics

    scene, item, view = _scene_with(path)
    view.scale(96 / 25.4 * 5, 96 / 25.4 * 5)
    view.centerOn(item.sceneBoundingRect().center())
    _paint_until_complete(app, view, item)
    frames = []
    for step in range(30):
        t0 = time.perf_counter()
        view.translate(-200 / view.transform().m11() * (1 if step % 10 < 5 else -1), 0)
        _render(view)
        app.processEvents()
        frames.append(time.perf_counter() - t0)
    return statistics.median(frames), (scene, item, view)


def _overview_build(folder: Path, source: Path) -> tuple[float, float]:
    import rasterio
    from rasterio.enums import Resampling

    from designer.io.raster_overviews import build_overviews, overview_factors_for

    copy = folder / "copy.tif"
    shutil.copyfile(source, copy)
    t0 = time.perf_counter()
    build_overviews(source)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    with rasterio.open(copy, "r+") as ds:
        ds.build_overviews(overview_factors_for(SIDE_PX, SIDE_PX), Resampling.average)
    raw = time.perf_counter() - t0
    copy.unlink()
    return ours, raw


def run(size: int) -> list[dict[str, Any]]:
    del size  # the image is always 20,000 px a side (issue 19)
    folder = Path(tempfile.mkdtemp(prefix="jamii-bench-imagery-"))
    try:
        app = _app()
        path = write_big_geotiff(folder / "drone.tif")
        ours, raw = _overview_build(folder, path)
        rows = [row("imagery overview build 20k px", SIDE_PX, ours, raw, 1.5)]
        baseline = _rss_mb()
        whole = _first_paint(app, path, at_200=False)
        close = _first_paint(app, path, at_200=True)
        pan, keep = _pan_frames(app, path)
        memory = _rss_mb() - baseline
        keep[1].dispose()
        rows += [
            row("imagery first paint, whole image (≤0.3 s)", SIDE_PX, whole),
            row("imagery first paint at 1:200 (≤0.3 s)", SIDE_PX, close),
            row("imagery pan frame at 1:200 (≤0.05 s)", SIDE_PX, pan),
            {
                **row("imagery memory above baseline MB (≤500)", SIDE_PX, memory, timing="memory"),
                "unit": "MB",
            },
        ]
        return rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    for r in run(0):
        print(r)
