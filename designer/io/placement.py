"""Cross-check where an import lands against what the project already knows about its place.

``designer.io.crs.check_placement`` catches data that lands at sea, off its grid or outside its CRS's
area of use. A wrong UTM zone or hemisphere can still land on land, hundreds of kilometres from the
settlement. What the project knows says where it should land: its drawing (any entity), its origin,
its georeferenced imagery, or, for a first import into an empty project, what the user says
(``--near LAT,LON`` or ``--country CC``). Data that lands further than ``max_km`` from that is
refused with one line naming the file, where it landed, how far that is, and a neighbouring UTM
zone or hemisphere that would put it in place (when one does).

pyproj is imported inside functions (``import designer.io`` stays light).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.io.crs import CrsPlacementError, to_lonlat
from designer.io.errors import ImportBaseError

if TYPE_CHECKING:
    from pyproj import CRS

    from designer.model.document import Document

__all__ = [
    "DEFAULT_MAX_KM",
    "Anchor",
    "LayerPlacement",
    "country_anchor",
    "cross_check",
    "near_anchor",
    "parse_near",
    "project_anchor",
    "refuse_layers_apart",
]

DEFAULT_MAX_KM = 50.0
"""Data landing further than this from the project (km) is refused (``--max-distance-km``)."""
EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)


@dataclass(frozen=True)
class LayerPlacement:
    """Where one layer of a source lies: its CRS (as the file or ``--crs`` says) and its bounds.

    Attributes:
        layer: the layer's name ("" for a one-layer source such as a DXF).
        crs: the CRS its coordinates are in (pyproj CRS).
        said: where that CRS came from ("the file", "--crs").
        bounds: xmin, ymin, xmax, ymax in ``crs``.
        target_bounds: the same in the project CRS, after reprojection.
    """

    layer: str
    crs: Any
    said: str
    bounds: tuple[float, float, float, float]
    target_bounds: tuple[float, float, float, float]

    def centre_lonlat(self) -> tuple[float, float]:
        """The centre of the layer in WGS 84 degrees (lon, lat)."""
        xmin, ymin, xmax, ymax = self.bounds
        return to_lonlat(self.crs, (xmin + xmax) / 2, (ymin + ymax) / 2)


@dataclass(frozen=True)
class Anchor:
    """Where the project is known to be: a lon/lat box (degrees, WGS 84) and what says so."""

    west: float
    south: float
    east: float
    north: float
    what: str
    """E.g. "the project's drawing", "--country KE (Kenya)"; used in messages."""

    def distance_km(self, lon: float, lat: float) -> float:
        """Great-circle distance (km) from lon/lat to the nearest point of the box (0 inside it)."""
        near_lon = min(max(lon, self.west), self.east)
        near_lat = min(max(lat, self.south), self.north)
        return _haversine_km(lon, lat, near_lon, near_lat)

    def describe(self) -> str:
        lon, lat = (self.west + self.east) / 2, (self.south + self.north) / 2
        return f"{self.what}, around {_lat_lon(lon, lat)}"


def _haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _lat_lon(lon: float, lat: float) -> str:
    return f"{abs(lat):.4f}°{'N' if lat >= 0 else 'S'} {abs(lon):.4f}°{'E' if lon >= 0 else 'W'}"


def parse_near(text: str) -> tuple[float, float]:
    """Read ``--near "LAT,LON"`` (decimal degrees, latitude first as GPS apps show it); return (lon, lat).

    Raises:
        ImportBaseError: not two numbers, or outside ±90° / ±180°.
    """
    parts = [p.strip() for p in str(text).replace(";", ",").split(",")]
    try:
        lat, lon = (float(p) for p in parts)
    except ValueError:
        raise ImportBaseError(
            f"--near must be latitude,longitude in decimal degrees like -6.80,39.24; got {text!r}"
        ) from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise ImportBaseError(f"--near {text!r} is not a place on the Earth (latitude ±90°, longitude ±180°)")
    return lon, lat


def near_anchor(lon: float, lat: float) -> Anchor:
    """The anchor of ``--near``: one point."""
    return Anchor(lon, lat, lon, lat, f"--near {lat:g},{lon:g}")


def country_anchor(code: str) -> Anchor:
    """The anchor of ``--country``: the country's coarse bounding box (Natural Earth 1:110m).

    Raises:
        ImportBaseError: a code or name the table does not know.
    """
    from designer.io.country import country_named

    country = country_named(str(code))
    if country is None:
        raise ImportBaseError(
            f"--country {code!r} is not a country Jamii knows; give its ISO 3166 code like KE, TZ or DJI"
        )
    west, south, east, north = country.bounds_deg
    return Anchor(west, south, east, north, f"--country {country.iso_a2} ({country.name})")


def project_anchor(doc: Document, project_dir: Path | None = None) -> Anchor | None:
    """Where the project is, from what it holds: its drawing, else its origin, else its imagery.

    None when it knows nothing about its place (empty, or in local metres without a CRS).
    """
    import numpy as np

    from designer.io.crs import project_crs
    from designer.model.entities import Entity

    project = doc.project
    crs = project_crs(project)
    if crs is None:
        return None
    coords = [
        np.asarray(value, dtype=float).reshape(-1, 2)
        for rec in doc.records()
        if isinstance(rec, Entity)
        for _, value in (rec.geometry_spec(),)
        if value is not None and len(value)
    ]
    origin = (project.origin_x_m, project.origin_y_m)
    if coords:
        xy = np.concatenate(coords)
        box = (*(xy.min(axis=0) + origin).tolist(), *(xy.max(axis=0) + origin).tolist())
        return _anchor_of(crs, (box[0], box[1], box[2], box[3]), "the project's drawing")
    if origin != (0.0, 0.0):
        return _anchor_of(crs, (*origin, *origin), "the project's origin")
    return _imagery_anchor(doc, project_dir)


def _anchor_of(crs: CRS, box: tuple[float, float, float, float], what: str) -> Anchor:
    from pyproj import Transformer

    tr = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    xs = [box[0], box[2], box[0], box[2]]
    ys = [box[1], box[1], box[3], box[3]]
    lons, lats = tr.transform(xs, ys)
    return Anchor(min(lons), min(lats), max(lons), max(lats), what)


def _imagery_anchor(doc: Document, project_dir: Path | None) -> Anchor | None:
    """The box of the project's first georeferenced image whose file can be read."""
    from pyproj import CRS

    from designer.io.raster import inspect_raster, resolve_path
    from designer.model.background import RasterLayer
    from designer.model.errors import JamiiError

    for layer in doc.of_type(RasterLayer):
        try:
            info = inspect_raster(resolve_path(layer.path, project_dir))
        except (OSError, ValueError, JamiiError):
            continue  # an unreadable image only means this check has less to go on
        if not info.crs_wkt:
            continue
        a, b, c, d, e, f = info.transform
        w, h = info.width_px, info.height_px
        xs = [c, a * w + c, b * h + c, a * w + b * h + c]
        ys = [f, d * w + f, e * h + f, d * w + e * h + f]
        box = (min(xs), min(ys), max(xs), max(ys))
        return _anchor_of(
            CRS.from_user_input(info.crs_wkt), box, f"the project's image {layer.name or layer.path}"
        )
    return None


def cross_check(
    placements: list[LayerPlacement],
    anchor: Anchor | None,
    source: str | Path,
    max_km: float = DEFAULT_MAX_KM,
) -> list[str]:
    """Refuse a source any of whose layers (``placements``) lands further than ``max_km`` from ``anchor``.

    Returns:
        One note saying what the placement was checked against, or why it could not be.

    Raises:
        CrsPlacementError: one line: the file (and layer), where it landed, how far from the
            project, and the neighbouring UTM zone or hemisphere that would put it in place.
    """
    if not placements:
        return ["placement not cross-checked: the data has no CRS (local metres)"]
    if anchor is None:
        return [
            "placement not cross-checked: the project is empty (pass --near LAT,LON or --country CC "
            "to check where the data lands)"
        ]
    worst = 0.0
    for placed in placements:
        lon, lat = placed.centre_lonlat()
        far_km = anchor.distance_km(lon, lat)
        worst = max(worst, far_km)
        if far_km <= max_km:
            continue
        from designer.io.crs import crs_label

        layer = f" (layer {placed.layer})" if len(placements) > 1 and placed.layer else ""
        fixes = _fixes(placed, anchor, max_km)
        hint = (
            f"; {', '.join(fixes)} would put it in place (pass --crs)"
            if fixes
            else "; no neighbouring UTM zone or hemisphere puts it there: check the source's CRS (--crs)"
        )
        raise CrsPlacementError(
            f"{source}{layer}: in {crs_label(placed.crs)} (CRS from {placed.said}) the data lands at "
            f"{_lat_lon(lon, lat)}, {far_km:,.0f} km from {anchor.describe()} (more than {max_km:g} km)"
            f"{hint}"
        )
    return [f"placement cross-checked against {anchor.what}: within {max(worst, 0.0):,.1f} km"]


def _fixes(placed: LayerPlacement, anchor: Anchor, max_km: float) -> list[str]:
    """Labels of the usual mistakes' CRSs (neighbouring UTM zones, the other hemisphere, swapped
    latitude/longitude, the south-oriented twin) that put this layer within ``max_km`` of ``anchor``."""
    from pyproj import CRS
    from pyproj.exceptions import CRSError, ProjError

    from designer.io.crs import crs_label, neighbour_crs

    xmin, ymin, xmax, ymax = placed.bounds
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    out: list[str] = []
    for crs in neighbour_crs(placed.crs):
        try:
            lon, lat = to_lonlat(crs, cx, cy)
        except (CRSError, ProjError):
            continue
        if math.isfinite(lon) and math.isfinite(lat) and anchor.distance_km(lon, lat) <= max_km:
            out.append(crs_label(crs))
    if placed.crs.is_geographic and -90 <= cx <= 90 and anchor.distance_km(cy, cx) <= max_km:
        out.append(f"{crs_label(CRS.from_epsg(4326))} with latitude and longitude swapped")
    return out[:3]


LAYERS_APART_M = 5_000.0
"""Layers of one source in different CRSs further apart than this (once reprojected) are refused."""


def refuse_layers_apart(source: str | Path, placements: list[LayerPlacement]) -> None:
    """Refuse a multi-layer source whose layers, said to be in different CRSs, land far apart.

    Each layer was reprojected from its own CRS to the project CRS; if two of them then neither
    overlap nor lie within ``LAYERS_APART_M``, one of them most likely says the wrong CRS.

    Raises:
        CrsPlacementError: one line naming the file, both layers, their CRSs and the distance.
    """
    from designer.io.crs import crs_label

    if len({crs_label(p.crs) for p in placements}) < 2:
        return
    for i, a in enumerate(placements):
        for b in placements[i + 1 :]:
            if a.crs == b.crs:
                continue
            gap_m = _gap_m(a.target_bounds, b.target_bounds)
            if gap_m > LAYERS_APART_M:
                far = f"{gap_m / 1000:,.0f} km" if math.isfinite(gap_m) else "too far to measure"
                (alon, alat), (blon, blat) = a.centre_lonlat(), b.centre_lonlat()
                raise CrsPlacementError(
                    f"{source}: layer {a.layer!r} ({crs_label(a.crs)}, at {_lat_lon(alon, alat)}) and layer "
                    f"{b.layer!r} ({crs_label(b.crs)}, at {_lat_lon(blon, blat)}) lie {far} apart; one of "
                    "them most likely says the wrong CRS — fix it in the file, or import the layers one at a "
                    "time (--layer NAME, with --crs if needed)"
                )


def _gap_m(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Distance between two boxes (0 where they overlap); inf when a box is not finite."""
    if not all(math.isfinite(v) for v in (*a, *b)):
        return math.inf
    dx = max(0.0, b[0] - a[2], a[0] - b[2])
    dy = max(0.0, b[1] - a[3], a[1] - b[3])
    return math.hypot(dx, dy)
