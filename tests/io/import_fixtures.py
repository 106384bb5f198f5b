"""Small GIS files that reproduce real-world import failures (written with pyogrio in each test)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyogrio.raw
import shapely
from pyproj import Transformer

LO31_NORTH_UP = (
    'PROJCS["Hartebeesthoek94_Lo31_local",GEOGCS["GCS_Hartebeesthoek_1994",DATUM["D_Hartebeesthoek_1994",'
    'SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],'
    'PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],'
    'PARAMETER["Central_Meridian",31.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],'
    'UNIT["Meter",1.0]]'
)
"""A South African "Lo31" zone as surveyors' .prj files write it: east/north axes, no EPSG code."""

DURBAN_LONLAT = (30.98, -29.86)
DAR_LONLAT = (39.24, -6.80)


def write_layer(
    path: Any,
    geoms: list[Any],
    fields: dict[str, list[Any]] | None = None,
    crs: str | None = None,
    *,
    layer: str | None = None,
    driver: str | None = None,
) -> Any:
    """Write geometries with attribute columns; return the path."""
    fields = fields or {"name": [f"f{i}" for i in range(len(geoms))]}
    pyogrio.raw.write(
        path,
        shapely.to_wkb(np.array(geoms, dtype=object)),
        [np.array(v, dtype=object) for v in fields.values()],
        list(fields),
        layer=layer,
        driver=driver,
        geometry_type=geoms[0].geom_type,
        crs=crs,
    )
    return path


def squares_at(crs: str, lonlat: tuple[float, float], n: int = 3, size_m: float = 10.0) -> list[Any]:
    """``n`` squares of ``size_m`` side, 20 m apart, around lon/lat, in ``crs`` coordinates."""
    x, y = Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(*lonlat)
    return [shapely.box(x + 20 * i, y, x + 20 * i + size_m, y + size_m) for i in range(n)]
