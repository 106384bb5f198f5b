"""Where a drawing lies on the earth: the project's CRS as WKT and the longitude/latitude of a drawing point.

One place for every renderer that states a position (DXF GEODATA and header, GeoJSON's WGS 84).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from designer.model.project import ProjectInfo

__all__ = ["crs_wkt", "to_lon_lat"]


def crs_wkt(project: ProjectInfo) -> str:
    """Return the project's CRS as OGC WKT 2 (empty when the project has none)."""
    from designer.io.crs import project_crs

    crs = project_crs(project)
    return "" if crs is None else str(crs.to_wkt())


def to_lon_lat(project: ProjectInfo, x: Any, y: Any) -> tuple[Any, Any]:
    """Return WGS 84 (longitude, latitude) of project-CRS coordinates (scalars or arrays).

    Raises:
        ValueError: the project has no CRS.
    """
    from pyproj import Transformer

    from designer.io.crs import project_crs

    crs = project_crs(project)
    if crs is None:
        raise ValueError("the project has no coordinate reference system")
    to_wgs84 = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    lon, lat = to_wgs84.transform(x, y)
    return lon, lat
