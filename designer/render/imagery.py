"""Imagery layers for printed sheets and the DXF: read at the output's resolution from the right overview.

:func:`plan_underlays` gives the plan sheet / poster / PDF bill one reader per visible layer (bottom first);
:func:`write_dxf_image` writes a north-up PNG of a layer in the project CRS beside a DXF, which references it
as an IMAGE (CAD programs do not reproject, and a 2 GB GeoTIFF is no attachment).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from costing.report.data import PlanUnderlay
    from designer.model.background import RasterLayer
    from designer.model.document import Document

__all__ = [
    "DXF_IMAGE_MAX_SIDE_PX",
    "DxfImage",
    "dxf_image",
    "plan_underlays",
    "visible_layers",
    "write_dxf_image",
]

DXF_IMAGE_MAX_SIDE_PX = 8192
"""The image written for a DXF is at most this wide or high (full resolution when smaller): CAD programs
load it whole, and 8k px over a 1 km settlement is 12 cm per pixel, finer than any print of the plan."""


def visible_layers(doc: Document) -> list[RasterLayer]:
    """The visible raster layers, bottom first."""
    from designer.model.background import RasterLayer

    return sorted((r for r in doc.of_type(RasterLayer) if r.visible), key=lambda r: (r.order, r.id))


def _reader(layer: RasterLayer, path: Path, target_wkt: str | None, origin: tuple[float, float]) -> Any:
    def read(bounds_m: tuple[float, float, float, float], width_px: int, height_px: int) -> Any:
        import numpy as np
        from PIL import Image

        from designer.io.raster import RasterSource

        ox, oy = origin
        with RasterSource(path, target_wkt) as src:
            world = (bounds_m[0] + ox, bounds_m[1] + oy, bounds_m[2] + ox, bounds_m[3] + oy)
            col, row, w, h = src.window_of(world)
            rgba = src.read_rgba(
                col, row, w, h, width_px, height_px, brightness=layer.brightness, contrast=layer.contrast
            )
        if layer.opacity < 1.0:
            rgba[..., 3] = (rgba[..., 3].astype(np.float32) * layer.opacity).astype(np.uint8)
        return Image.fromarray(rgba, "RGBA")

    return read


def plan_underlays(doc: Document, project_dir: Path | None) -> tuple[tuple[PlanUnderlay, ...], list[str]]:
    """Readers for the visible layers whose files are there, and a line for each left out."""
    from costing.report.data import PlanUnderlay
    from designer.io.crs import project_crs
    from designer.io.imagery import layer_status
    from designer.io.raster import RasterError, RasterSource

    layers = visible_layers(doc)
    if not layers:
        return (), []
    crs = project_crs(doc.project)
    wkt = crs.to_wkt() if crs is not None else None
    origin = (doc.project.origin_x_m, doc.project.origin_y_m)
    out: list[PlanUnderlay] = []
    notes: list[str] = []
    for layer in layers:
        status = layer_status(layer, project_dir)
        if status.state == "missing" or (project_dir is None and not Path(layer.path).is_absolute()):
            notes.append(f"imagery {layer.name or layer.id} not printed: {status.line}")
            continue
        try:
            with RasterSource(status.path, wkt) as src:
                x0, y0, x1, y1 = src.bounds()
        except RasterError as exc:
            notes.append(f"imagery {layer.name or layer.id} not printed: {exc}")
            continue
        box = (x0 - origin[0], y0 - origin[1], x1 - origin[0], y1 - origin[1])
        out.append(PlanUnderlay(layer.name or layer.id, _reader(layer, status.path, wkt, origin), box))
    return tuple(out), notes


@dataclass(frozen=True)
class DxfImage:
    """A layer's image for a DXF: the file to write beside it, its size and where it lies (local metres)."""

    layer: RasterLayer
    source: Path
    target: Path
    width_px: int
    height_px: int
    bounds_m: tuple[float, float, float, float]


def dxf_image(doc: Document, layer: RasterLayer, source: Path, target: Path) -> DxfImage:
    """Where ``layer`` lies and the size of its image for a DXF (at most DXF_IMAGE_MAX_SIDE_PX a side)."""
    from designer.io.crs import project_crs
    from designer.io.raster import RasterSource

    crs = project_crs(doc.project)
    with RasterSource(source, crs.to_wkt() if crs is not None else None) as src:
        scale = min(1.0, DXF_IMAGE_MAX_SIDE_PX / max(src.width, src.height))
        w, h = max(1, round(src.width * scale)), max(1, round(src.height * scale))
        x0, y0, x1, y1 = src.bounds()
    ox, oy = doc.project.origin_x_m, doc.project.origin_y_m
    return DxfImage(layer, source, target, w, h, (x0 - ox, y0 - oy, x1 - ox, y1 - oy))


def write_dxf_image(doc: Document, image: DxfImage, out: Path) -> None:
    """Write ``image`` as a north-up PNG in the project CRS to ``out`` (read from the right overview)."""
    from PIL import Image

    from designer.io.crs import project_crs
    from designer.io.raster import RasterSource

    crs = project_crs(doc.project)
    layer = image.layer
    with RasterSource(image.source, crs.to_wkt() if crs is not None else None) as src:
        rgba = src.read_rgba(
            0,
            0,
            src.width,
            src.height,
            image.width_px,
            image.height_px,
            brightness=layer.brightness,
            contrast=layer.contrast,
        )
    Image.fromarray(rgba, "RGBA").save(out, format="PNG")
