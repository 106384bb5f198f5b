"""Ground levels at any point of the plan: from a terrain model (DEM GeoTIFF) and the surveyed spot levels.

Order of trust, per point:

1. the project's terrain model (``ProjectInfo.terrain_dem``, a GeoTIFF in any CRS): the point is put in
   the project CRS (local metres + origin), reprojected into the raster's CRS (pyproj) and the raster
   is interpolated bilinearly; a point outside the raster or next to a nodata cell gets nothing here;
2. the project's contour lines (``ProjectInfo.terrain_contours``, any GIS file pyogrio reads, with an
   elevation field ``elev``/``elevation``/``level``/``z``/``height``/``contour``), reprojected to the
   project CRS: a point takes the level between the two nearest contours of different levels, linearly
   by its distances to them (on a contour, that contour's level); points further than
   ``CONTOUR_REACH_M`` from every contour get nothing here;
3. the spot levels drawn on the plan, inverse-distance weighted (power 2; one level: everywhere);
4. nothing: the level is unknown, and the caller says so (the pressure check then takes the site as flat
   at 0 m and warns).

Every source used, and every point left to a weaker one, is reported in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from designer.model.errors import JamiiError

__all__ = [
    "CONTOUR_REACH_M",
    "DemSource",
    "TerrainLevels",
    "contour_levels",
    "dem_levels",
    "idw_levels",
    "terrain_levels",
]

CONTOUR_REACH_M = 200.0
"""Beyond this distance from every contour line a point's level is not taken from the contours."""
_ELEVATION_FIELDS = ("elev", "elevation", "level", "z", "height", "contour", "altitude")


@dataclass(frozen=True)
class DemSource:
    """Where a terrain model is and how the plan's local metres map to the project CRS."""

    path: str
    crs_epsg: int | None
    origin_x_m: float = 0.0
    origin_y_m: float = 0.0
    contours: str = ""  # contour lines (a GIS file), used where the raster gives nothing
    crs_wkt: str = ""  # the project CRS when it has no EPSG code


def _project_crs(dem: DemSource, what: str) -> Any:
    """Return the project's pyproj CRS (EPSG code, else WKT), or raise naming ``what`` cannot be placed."""
    from pyproj import CRS

    if dem.crs_epsg is not None:
        return CRS.from_epsg(dem.crs_epsg)
    if dem.crs_wkt:
        return CRS.from_wkt(dem.crs_wkt)
    raise JamiiError(f"{what}: the project has no CRS, so it cannot be placed")


@dataclass
class TerrainLevels:
    """Ground level (m above datum) per point, NaN where unknown, and what the levels rest on."""

    level_m: np.ndarray
    from_dem: np.ndarray  # bool per point
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def idw_levels(xy: np.ndarray, spots: list[tuple[float, float, float]]) -> np.ndarray:
    """Return inverse-distance-weighted levels (power 2) at ``xy``; NaN without spot levels."""
    if not spots:
        return np.full(len(xy), np.nan)
    s = np.asarray(spots, dtype=float)
    if len(s) == 1:
        return np.full(len(xy), s[0, 2])
    d2 = ((xy[:, None, :] - s[None, :, :2]) ** 2).sum(axis=2)
    exact = d2 < 1e-12
    w = 1.0 / np.where(exact, 1.0, d2)
    z = (w * s[None, :, 2]).sum(axis=1) / w.sum(axis=1)
    hit = exact.any(axis=1)
    z[hit] = s[np.argmax(exact[hit], axis=1), 2]
    return np.asarray(z, dtype=float)


def dem_levels(dem: DemSource, xy: np.ndarray) -> np.ndarray:
    """Return the terrain model's level at each local point (bilinear), NaN outside it or near nodata.

    Raises:
        JamiiError: the file cannot be read, or the project has no CRS to place it with.
    """
    project_crs = _project_crs(dem, f"terrain model {dem.path}")
    path = Path(dem.path)
    if not path.is_file():
        raise JamiiError(f"terrain model {dem.path}: no such file")
    try:
        import rasterio
    except ImportError as exc:  # a declared dependency, but say what is missing rather than fail later
        raise JamiiError(
            f"terrain model {dem.path}: reading it needs rasterio (pip install rasterio)"
        ) from exc
    from pyproj import CRS, Transformer

    try:
        src = rasterio.open(path)
    except rasterio.errors.RasterioIOError as exc:
        raise JamiiError(f"terrain model {dem.path}: not a readable raster ({exc})") from exc
    with src:
        if src.crs is None:
            raise JamiiError(f"terrain model {dem.path}: the raster says no CRS")
        to_dem = Transformer.from_crs(project_crs, CRS.from_wkt(src.crs.to_wkt()), always_xy=True)
        east, north = to_dem.transform(xy[:, 0] + dem.origin_x_m, xy[:, 1] + dem.origin_y_m)
        band = src.read(1, masked=True)
        inv = ~src.transform
        col, row = inv * (np.asarray(east), np.asarray(north))
    values = np.ma.filled(band.astype(float), np.nan)
    # Pixel centres sit at +0.5: bilinear between the four centres around the point.
    fx, fy = np.asarray(col) - 0.5, np.asarray(row) - 0.5
    x0, y0 = np.floor(fx).astype(np.int64), np.floor(fy).astype(np.int64)
    tx, ty = fx - x0, fy - y0
    h, w = values.shape
    inside = (x0 >= 0) & (y0 >= 0) & (x0 + 1 < w) & (y0 + 1 < h)
    out = np.full(len(xy), np.nan)
    if inside.any():
        i = np.flatnonzero(inside)
        a, b = y0[i], x0[i]
        z00, z01 = values[a, b], values[a, b + 1]
        z10, z11 = values[a + 1, b], values[a + 1, b + 1]
        u, v = tx[i], ty[i]
        out[i] = (z00 * (1 - u) + z01 * u) * (1 - v) + (z10 * (1 - u) + z11 * u) * v  # NaN if any is nodata
    return out


def contour_levels(dem: DemSource, xy: np.ndarray) -> np.ndarray:
    """Return the level at each local point from the contour file (see the module), NaN where none.

    Raises:
        JamiiError: the file cannot be read, has no elevation field, or the project has no CRS.
    """
    import pyogrio
    import shapely
    from pyogrio.errors import DataLayerError, DataSourceError
    from pyproj import CRS, Transformer

    path = Path(dem.contours)
    project_crs = _project_crs(dem, f"contours {path}")
    if not path.is_file():
        raise JamiiError(f"contours {path}: no such file")
    try:
        meta, _, wkb, fields = pyogrio.raw.read(path)
    except (DataSourceError, DataLayerError) as exc:
        raise JamiiError(f"contours {path}: not readable as GIS data ({str(exc).splitlines()[0]})") from None
    names = [str(f) for f in meta["fields"]]
    col = next((i for i, n in enumerate(names) if n.lower() in _ELEVATION_FIELDS), None)
    if col is None or wkb is None:
        raise JamiiError(
            f"contours {path}: no elevation field ({', '.join(_ELEVATION_FIELDS)}); its fields: {', '.join(names)}"
        )
    if not meta["crs"]:
        raise JamiiError(f"contours {path}: the file says no CRS")
    lines = shapely.from_wkb(wkb)
    levels = np.asarray(fields[col], dtype=float)
    to_local = Transformer.from_crs(CRS.from_user_input(meta["crs"]), project_crs, always_xy=True)
    lines = shapely.transform(lines, lambda c: np.column_stack(to_local.transform(c[:, 0], c[:, 1])))
    lines = shapely.transform(lines, lambda c: c - np.array([dem.origin_x_m, dem.origin_y_m]))
    pts = shapely.points(xy)
    distinct = np.unique(levels[np.isfinite(levels)])
    if not len(distinct):
        return np.full(len(xy), np.nan)
    # Distance from every point to the contours of each level.
    d = np.column_stack([shapely.distance(pts, shapely.union_all(lines[levels == z])) for z in distinct])
    order = np.argsort(d, axis=1)
    rows = np.arange(len(xy))
    d1, d2 = d[rows, order[:, 0]], d[rows, order[:, min(1, len(distinct) - 1)]]
    z1, z2 = distinct[order[:, 0]], distinct[order[:, min(1, len(distinct) - 1)]]
    with np.errstate(invalid="ignore", divide="ignore"):
        z = np.where(d1 + d2 > 0, (z1 * d2 + z2 * d1) / (d1 + d2), z1)
    z[d1 < 1e-9] = z1[d1 < 1e-9]
    z[d1 > CONTOUR_REACH_M] = np.nan
    return np.asarray(z, dtype=float)


def terrain_levels(
    xy: np.ndarray, spots: list[tuple[float, float, float]], dem: DemSource | None
) -> TerrainLevels:
    """Return the ground level at every point from the terrain model, then the spot levels (see the module)."""
    n = len(xy)
    z = np.full(n, np.nan)
    from_dem = np.zeros(n, bool)
    res = TerrainLevels(z, from_dem)
    if dem is not None and dem.path:
        try:
            z[:] = dem_levels(dem, xy)
        except JamiiError as exc:
            res.warnings.append(f"ground levels: {exc}")
        from_dem[:] = np.isfinite(z)
        if from_dem.any():
            res.notes.append(
                f"ground levels: terrain model {Path(dem.path).name} at {int(from_dem.sum())} of {n} points (bilinear)"
            )
        if n and not from_dem.all():
            res.warnings.append(
                f"ground levels: {int((~from_dem).sum())} of {n} points lie outside the terrain model or on "
                "its nodata cells"
            )
    if dem is not None and dem.contours and (~from_dem).any():
        todo = np.flatnonzero(~from_dem)
        try:
            zc = contour_levels(dem, xy[todo])
        except JamiiError as exc:
            res.warnings.append(f"ground levels: {exc}")
            zc = np.full(len(todo), np.nan)
        got = np.isfinite(zc)
        z[todo[got]] = zc[got]
        if got.any():
            res.notes.append(
                f"ground levels: contours {Path(dem.contours).name} at {int(got.sum())} of {n} points "
                "(between the two nearest contours)"
            )
    rest = ~from_dem & ~np.isfinite(z)
    if rest.any() and spots:
        z[rest] = idw_levels(xy[rest], spots)
        res.notes.append(
            f"ground levels: {'one spot level' if len(spots) == 1 else f'{len(spots)} spot levels, inverse-distance weighted,'} "
            f"at {int(rest.sum())} points"
        )
    return res
