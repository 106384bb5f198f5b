"""Imagery layers of a project: add a georeferenced raster, check its file, re-link a moved one.

One set of functions for ``jamii import-base`` / ``jamii imagery`` and the GUI: each returns new records and
lines for the user and never changes a Document (the CLI saves a new one, the GUI pushes one undo step).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from designer.io.raster import RasterError, file_sha256, inspect_raster, resolve_path, stored_path

if TYPE_CHECKING:
    from pyproj import CRS

    from designer.io.raster import RasterInfo
    from designer.model.background import RasterLayer
    from designer.model.document import Document
    from designer.model.project import ProjectInfo

__all__ = ["AddedLayer", "LayerStatus", "add_raster_layer", "layer_status", "relink_layer"]


@dataclass(frozen=True)
class AddedLayer:
    """A raster layer to add, the project record (CRS/origin set when it had none) and lines for the user."""

    project: ProjectInfo
    layer: RasterLayer
    lines: list[str]


@dataclass(frozen=True)
class LayerStatus:
    """Whether a layer's file is where the project says and unchanged."""

    state: str  # "ok", "missing", "changed"
    path: Path
    line: str


def _bounds_in(info: RasterInfo) -> tuple[float, float, float, float]:
    a, b, c, d, e, f = info.transform
    xs = [a * col + b * row + c for col in (0, info.width_px) for row in (0, info.height_px)]
    ys = [d * col + e * row + f for col in (0, info.width_px) for row in (0, info.height_px)]
    return min(xs), min(ys), max(xs), max(ys)


def _project_bounds(
    source: CRS, target: CRS, bounds: tuple[float, float, float, float], where: str
) -> tuple[float, float, float, float]:
    """The raster's extent in the project CRS, or RasterError when it cannot be carried there."""
    from pyproj import Transformer
    from pyproj.exceptions import ProjError

    try:
        out = Transformer.from_crs(source, target, always_xy=True).transform_bounds(*bounds, densify_pts=21)
    except ProjError as exc:
        raise RasterError(f"{where}: cannot be placed in the project's CRS ({exc})") from None
    if not all(math.isfinite(v) for v in out):
        raise RasterError(f"{where}: cannot be placed in the project's CRS (its corners do not transform)")
    return (float(out[0]), float(out[1]), float(out[2]), float(out[3]))


def add_raster_layer(
    doc: Document,
    source: Path,
    project_path: Path,
    *,
    name: str | None = None,
    date: str | None = None,
    sha256: str | None = None,
) -> AddedLayer:
    """Check ``source`` and return the layer that places it by its own georeference (``doc`` is not changed).

    ``sha256``: the file's checksum when already computed (the GUI reads it on a worker thread).
    A project without a CRS takes one from the image (the local UTM zone for a geographic image) when it has
    no drawing yet; with a drawing in plain local metres a georeferenced image cannot be placed.

    Raises:
        RasterError: not a raster, corrupt or too large, no georeference, or a CRS that cannot be placed.
    """
    from pyproj import CRS

    from designer.io.country import choose_currency
    from designer.io.crs import check_placement, crs_fields, crs_label, project_crs, project_target
    from designer.model.background import RasterLayer
    from designer.model.entities import Entity
    from designer.model.records import new_id

    source = Path(source)
    info = inspect_raster(source)
    if not info.georeferenced:
        raise RasterError(
            f"{source}: has no georeference (no CRS or geotransform); place it by two points "
            "(--ref1 PX,PY=X,Y --ref2 PX,PY=X,Y)"
        )
    src_crs = CRS.from_wkt(info.crs_wkt)
    native = _bounds_in(info)
    landing = check_placement(src_crs, native, f"{source} (CRS from the file)")
    project = doc.project
    lines: list[str] = []
    target = project_crs(project)
    if target is None:
        if any(isinstance(r, Entity) for r in doc.records()):
            raise RasterError(
                f"{source}: the project's drawing has no CRS (plain local metres), so a georeferenced image "
                "cannot be placed on it; set the project's CRS or place the image by two points"
            )
        target, why = project_target(src_crs, (landing.lon, landing.lat))
        epsg, wkt = crs_fields(target)
        project = dataclasses.replace(project, crs_epsg=epsg, crs_wkt=wkt)
        lines.append(f"note: the project takes its CRS from the image: {why}")
    bounds = _project_bounds(src_crs, target, native, str(source))
    if (project.origin_x_m, project.origin_y_m) == (0.0, 0.0) and not any(
        isinstance(r, Entity) for r in doc.records()
    ):
        origin = (math.floor(bounds[0] / 100.0) * 100.0, math.floor(bounds[1] / 100.0) * 100.0)
        project = dataclasses.replace(project, origin_x_m=origin[0], origin_y_m=origin[1])
    # A new project's currency follows the country the image lies in, as a survey import's does.
    project, currency_lines = choose_currency(
        project, landing.lon, landing.lat, has_drawing=any(isinstance(r, Entity) for r in doc.records())
    )
    lines += currency_lines
    order = 1 + max((getattr(r, "order", 0) for r in doc.of_kind("raster_layer")), default=0)
    layer = RasterLayer(
        id=new_id("img"),
        path=stored_path(source, project_path),
        sha256=sha256 or file_sha256(source),
        size_bytes=info.size_bytes,
        width_px=info.width_px,
        height_px=info.height_px,
        crs_wkt=info.crs_wkt,
        name=name or source.stem,
        date=date if date is not None else info.date,
        order=order,
    )
    reprojected = "" if src_crs == target else f", reprojected from {crs_label(src_crs)}"
    lines.insert(
        0,
        f"added imagery {source.name}: {info.width_px:,} × {info.height_px:,} px, "
        f"{bounds[2] - bounds[0]:,.1f} × {bounds[3] - bounds[1]:,.1f} m in {crs_label(target)}{reprojected}; "
        f"{landing.lat:.5f}°, {landing.lon:.5f}°",
    )
    if not info.overview_factors and max(info.width_px, info.height_px) > 4096:
        lines.append(
            f"note: {source.name} has no overviews; build them for smooth panning: jamii imagery overviews "
            f"{project_path} {layer.id}"
        )
    if not layer.date:
        lines.append("note: the image does not say when it was taken; set it with jamii imagery set --date")
    return AddedLayer(project, layer, lines)


def layer_status(layer: RasterLayer, project_dir: Path | None, *, verify: bool = False) -> LayerStatus:
    """Whether the layer's file is there and the same (size always; checksum when ``verify``)."""
    path = resolve_path(layer.path, project_dir)
    if not path.is_file():
        return LayerStatus(
            "missing",
            path,
            f"{layer.name or layer.id}: image file missing at {path}; re-link it (jamii imagery relink)",
        )
    changed = path.stat().st_size != layer.size_bytes or (verify and file_sha256(path) != layer.sha256)
    if changed:
        return LayerStatus(
            "changed",
            path,
            f"{layer.name or layer.id}: {path} is not the file that was added (checksum differs)",
        )
    return LayerStatus("ok", path, f"{layer.name or layer.id}: {path}")


def relink_layer(layer: RasterLayer, source: Path, project_path: Path) -> tuple[RasterLayer, list[str]]:
    """Point ``layer`` at ``source`` (a moved or renamed copy); return the new record and lines.

    Raises:
        RasterError: ``source`` is not a usable raster, or not the same image (size or CRS differ).
    """
    from pyproj import CRS

    source = Path(source)
    info = inspect_raster(source)
    if (info.width_px, info.height_px) != (layer.width_px, layer.height_px):
        raise RasterError(
            f"{source}: {info.width_px} × {info.height_px} px, but the layer's image is "
            f"{layer.width_px} × {layer.height_px} px; add it as a new layer instead"
        )
    if not info.georeferenced or CRS.from_wkt(info.crs_wkt) != CRS.from_wkt(layer.crs_wkt):
        raise RasterError(f"{source}: not in the layer's CRS; add it as a new layer instead")
    sha = file_sha256(source)
    lines = [f"re-linked {layer.name or layer.id} to {source}"]
    if sha != layer.sha256:
        lines.append(
            "note: the file's checksum differs from the one added (same size and CRS; pixels changed)"
        )
    new = dataclasses.replace(
        layer, path=stored_path(source, project_path), sha256=sha, size_bytes=info.size_bytes
    )
    return new, lines
