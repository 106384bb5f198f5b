"""GeoPackage and GeoJSON export: the walker's GIS backend (features with every attribute).

GeoPackage: one layer per feature type (record kind: ``plot``, ``building``, ``path``,
``water_main``, …) in the project CRS (metres), each feature with ``jamii_id``, ``feature_type``,
``status`` (existing/proposed/demolish/move), ``option``, ``dxf_layer`` (the layer the DXF export
puts it on, for round trips) and every attribute of the record. The drawing's decoration (labels,
hatches, road edges, dimensions) is not written: GIS users style their own.

GeoJSON (RFC 7946): one FeatureCollection in WGS 84 longitude/latitude, ≤ 7 decimals (≈ 1 cm),
exterior rings counter-clockwise and holes clockwise, no ``crs`` member; the same properties.
"""

from __future__ import annotations

import dataclasses
import json
import os
import warnings
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.io.errors import ExportError
from designer.render.primitives import (
    DrawingSummary,
    Hatch,
    Label,
    LinearDimension,
    PlanInfo,
    Shape,
    Symbol,
)
from designer.render.symbols import STATUS_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np

    from designer.model.document import Document
    from designer.model.entities import Entity
    from designer.render.profile import LayerProfile

__all__ = ["GEOJSON_DECIMALS", "GisBackend", "export_geojson", "export_gpkg", "record_properties"]

GEOJSON_DECIMALS = 7
_GEOMETRY_FIELDS = {"id", "scope", "outline", "route", "position"}


def record_properties(e: Entity) -> dict[str, Any]:
    """Return the attributes of an entity as GIS-ready values (enums as text, Decimals as text, tuples as JSON)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(e):
        if f.name in _GEOMETRY_FIELDS or f.name in e.PERSONAL:
            continue
        v = getattr(e, f.name)
        if isinstance(v, Enum):
            v = v.value
        elif isinstance(v, Decimal):
            v = str(v)
        elif isinstance(v, tuple):
            v = json.dumps(v, default=str)
        out[f.name] = v
    return out


class _Feature:
    __slots__ = ("coords", "geom_type", "props")

    def __init__(self, geom_type: str, coords: Any, props: dict[str, Any]) -> None:
        self.geom_type = geom_type
        self.coords = coords
        self.props = props


class GisBackend:
    """Collect the walker's record-bearing primitives as features, grouped by feature type."""

    def __init__(self) -> None:
        self.layers: dict[str, list[_Feature]] = {}
        self.plan: PlanInfo | None = None

    def begin(self, plan: PlanInfo) -> None:
        self.plan = plan

    def _add(
        self, e: Entity | None, geom_type: str, coords: Any, status: str, option_id: str | None, layer: str
    ) -> None:
        if e is None:
            return
        props = {
            "jamii_id": e.id,
            "feature_type": e.KIND,
            "status": STATUS_WORDS.get(status, "proposed"),
            "option": option_id or "",
            "dxf_layer": layer,
            **record_properties(e),
        }
        self.layers.setdefault(e.KIND, []).append(_Feature(geom_type, coords, props))

    def shape(self, shape: Shape) -> None:
        self._add(
            shape.record,
            "Polygon" if shape.closed else "LineString",
            shape.points,
            shape.status,
            shape.option_id,
            shape.layer,
        )

    def symbol(self, symbol: Symbol) -> None:
        self._add(symbol.record, "Point", (symbol.x, symbol.y), symbol.status, symbol.option_id, symbol.layer)

    def label(self, label: Label) -> None:
        """Labels are decoration: not written to GIS."""

    def hatch(self, hatch: Hatch) -> None:
        """Hatches are decoration: not written to GIS."""

    def dimension(self, dim: LinearDimension) -> None:
        """Dimensions are decoration: not written to GIS."""

    def finish(self, summary: DrawingSummary) -> None:
        self.summary = summary


def _collect(doc: Document, mode: str, option_id: str | None, profile: LayerProfile | None) -> GisBackend:
    from designer.render.walker import walk

    backend = GisBackend()
    walk(doc, backend, mode=mode, option_id=option_id, profile=profile)
    return backend


def _geometry(feat: _Feature) -> Any:
    import shapely

    if feat.geom_type == "Polygon":
        return shapely.Polygon(feat.coords)
    if feat.geom_type == "LineString":
        return shapely.LineString(feat.coords)
    return shapely.Point(feat.coords)


def _column(values: list[Any]) -> tuple[np.ndarray, np.ndarray | None]:
    """Return a field's values and its null mask (None where every value is known): unknown is NULL, not 0."""
    import numpy as np

    missing = np.array([v is None for v in values], dtype=bool)
    mask = missing if missing.any() else None
    kinds = {type(v) for v in values if v is not None}
    if kinds == {bool}:
        return np.array([bool(v) for v in values], dtype=bool), mask
    if kinds == {int}:
        return np.array([0 if v is None else v for v in values], dtype=np.int64), mask
    if kinds <= {int, float} and kinds:
        return np.array([0.0 if v is None else v for v in values], dtype=np.float64), mask
    return np.array(["" if v is None else str(v) for v in values], dtype=object), mask


def _no_progress(_fraction: float) -> None:
    """Nobody watches this export (the CLI)."""


def export_gpkg(
    doc: Document,
    path: str | os.PathLike[str],
    *,
    mode: str = "option",
    option_id: str | None = None,
    profile: LayerProfile | None = None,
    progress: Callable[[float], None] | None = None,
) -> dict[str, int]:
    """Write a GeoPackage with one layer per feature type in the project CRS; return features per layer.

    A project without a CRS is written without one (local metres), and GIS will say so. ``progress`` is
    told how far the export is (0–1) between layers; if it raises, nothing is written.
    """
    import numpy as np
    import pyogrio.raw
    import shapely

    from designer.io.atomic import atomic_write

    report = progress or _no_progress
    report(0.05)
    backend = _collect(doc, mode, option_id, profile)
    from designer.render.georef import crs_wkt

    wkt = crs_wkt(doc.project)

    if not backend.layers:
        raise ExportError("nothing to export: the drawing has no plots, buildings, paths or facilities")
    counts: dict[str, int] = {}

    def write(tmp: Path) -> None:
        layers = sorted(backend.layers.items())
        for i, (kind, feats) in enumerate(layers):
            report(0.3 + 0.65 * i / len(layers))
            geoms = np.array([_geometry(f) for f in feats], dtype=object)
            names = list(feats[0].props)
            columns, masks = zip(*(_column([f.props[n] for f in feats]) for n in names), strict=True)
            with warnings.catch_warnings():
                # Without a project CRS the layers are in local metres and the export's own message says
                # so ("no CRS"); pyogrio's "'crs' was not provided" would only repeat it as a raw warning.
                warnings.filterwarnings("ignore", message="'crs' was not provided", category=UserWarning)
                pyogrio.raw.write(
                    tmp,
                    shapely.to_wkb(geoms),
                    list(columns),
                    names,
                    field_mask=list(masks) if any(m is not None for m in masks) else None,
                    layer=kind,
                    driver="GPKG",
                    geometry_type=feats[0].geom_type,
                    crs=wkt or None,
                    append=i > 0,
                    # GeoPackage 1.2: what QGIS 3.x and GDAL ≥ 2.2 read without a version warning.
                    dataset_options={"VERSION": "1.2"} if i == 0 else None,
                )
            counts[kind] = len(feats)
        report(0.95)

    atomic_write(path, write, create=False)  # GDAL creates the file itself
    return counts


def export_geojson(
    doc: Document,
    path: str | os.PathLike[str],
    *,
    mode: str = "option",
    option_id: str | None = None,
    profile: LayerProfile | None = None,
    progress: Callable[[float], None] | None = None,
) -> int:
    """Write an RFC 7946 GeoJSON FeatureCollection (WGS 84 lon/lat) of the drawing; return the feature count.

    ``progress`` is told how far the export is (0–1) between steps; if it raises, nothing is written.

    Raises:
        ExportError: the project has no CRS, so its metres cannot be placed on the globe.
    """
    import numpy as np

    from designer.io.crs import project_crs
    from designer.render.georef import to_lon_lat

    if project_crs(doc.project) is None:
        raise ExportError(
            "GeoJSON is in longitude/latitude, but the project has no coordinate reference system; "
            "set one first (jamii import-base … --crs EPSG:xxxx)"
        )
    report = progress or _no_progress
    report(0.05)
    backend = _collect(doc, mode, option_id, profile)
    report(0.4)
    features = []
    for kind in sorted(backend.layers):
        for f in backend.layers[kind]:
            xy = np.atleast_2d(np.asarray(f.coords, dtype=np.float64))
            lon, lat = to_lon_lat(doc.project, xy[:, 0], xy[:, 1])
            ll = np.round(np.column_stack([lon, lat]), GEOJSON_DECIMALS)
            if f.geom_type == "Point":
                geometry = {"type": "Point", "coordinates": ll[0].tolist()}
            elif f.geom_type == "LineString":
                geometry = {"type": "LineString", "coordinates": ll.tolist()}
            else:
                ring = np.vstack([ll, ll[:1]])
                if _signed_area(ring) < 0:  # right-hand rule: exterior counter-clockwise
                    ring = ring[::-1]
                geometry = {"type": "Polygon", "coordinates": [ring.tolist()]}
            features.append({"type": "Feature", "geometry": geometry, "properties": f.props})
    data = {"type": "FeatureCollection", "features": features}
    from designer.io.atomic import atomic_write

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        report(0.95)

    atomic_write(path, write)
    return len(features)


def _signed_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return float((x[:-1] * y[1:] - x[1:] * y[:-1]).sum() / 2.0)
