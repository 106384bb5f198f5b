"""Coordinate reference systems of imports: read any CRS, choose the project's, check where data lands.

* :func:`parse_crs` takes what users have: ``EPSG:32737``, ``ESRI:102022``, a bare code, a PROJ string,
  WKT (1 or 2), PROJJSON or the path of a ``.prj`` file. A CRS without an EPSG code is used as it is.
* :func:`project_target` chooses the project CRS for a source: projects are metric, conformal and
  north-up, so geographic, Web Mercator and other non-conformal sources go to the local UTM zone;
  a south-oriented Transverse Mercator (the EPSG "Lo" codes) becomes its north-up twin; a local TM
  (or any metric conformal north-up CRS) is kept.
* :func:`check_placement` refuses data that lands outside the CRS's area of use, off land, or at
  coordinates implausible for the CRS (UTM eastings outside 100–900 km), naming where it would land
  and candidate CRSs that put it on land; :func:`landing` says where accepted data landed.

pyproj is imported inside functions (``import designer.io`` stays light).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.io.errors import ImportBaseError
from designer.model.errors import Message

if TYPE_CHECKING:
    from pyproj import CRS

    from designer.model.project import ProjectInfo

__all__ = [
    "CrsPlacementError",
    "Landing",
    "check_placement",
    "crs_fields",
    "crs_label",
    "landing",
    "neighbour_crs",
    "parse_crs",
    "project_crs",
    "project_target",
    "to_lonlat",
    "utm_crs_for",
]

_CONFORMAL_METHODS = (
    "transverse mercator",
    "lambert conic conformal",
    "oblique stereographic",
    "polar stereographic",
    "hotine oblique mercator",
    "oblique mercator",
    "universal transverse mercator",
)
"""Projection methods whose scale is the same in every direction (angles and shapes kept)."""

UTM_EASTING_M = (100_000.0, 900_000.0)
"""Plausible UTM eastings: a zone is 6° wide, at most ~334 km either side of the 500 km false easting."""
UTM_NORTHING_M = (0.0, 10_000_000.0)
LAND_MARGIN_DEG = 0.25
"""The land mask is coarse (1:110m): a point this close to its coast counts as on land (~25 km)."""


class CrsPlacementError(ImportBaseError):
    """Data that would land in the wrong place: outside the CRS's area of use, at sea, or off its grid."""

    def __init__(self, reason: str | Message) -> None:
        self.message = reason if isinstance(reason, Message) else None  # the measured values, for a screen
        super().__init__(str(reason))


@dataclass(frozen=True)
class Landing:
    """Where data landed: centre in degrees, extent in metres of the project CRS."""

    lon: float
    lat: float
    width_m: float
    height_m: float

    def describe(self) -> str:
        return (
            f"landed at {abs(self.lat):.5f}°{'N' if self.lat >= 0 else 'S'} "
            f"{abs(self.lon):.5f}°{'E' if self.lon >= 0 else 'W'}, "
            f"{self.width_m:,.0f} × {self.height_m:,.0f} m"
        )


def parse_crs(text: str | int) -> CRS:
    """Read a CRS as users write it: EPSG/ESRI code, bare code, PROJ string, WKT, PROJJSON or a .prj path.

    Raises:
        ImportBaseError: nothing PROJ recognises as a coordinate reference system.
    """
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    value = str(text).strip()
    if not value:
        raise ImportBaseError(
            "an empty CRS was given; write it like EPSG:32737, a PROJ string, WKT or a .prj file"
        )
    source = value
    if value.isdigit():
        value = f"EPSG:{value}"
    elif value.lower().endswith(".prj") or _is_file(value):
        path = Path(value)
        try:
            value = path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError as exc:
            raise ImportBaseError(f"{path}: the CRS file cannot be read ({exc.strerror or exc})") from None
        source = str(path)
    try:
        crs = CRS.from_user_input(value)
    except CRSError as exc:
        reason = str(exc).splitlines()[0][:160]
        raise ImportBaseError(
            f"{source[:120]!r} is not a coordinate reference system PROJ knows ({reason}); "
            "give an EPSG/ESRI code, a PROJ string, WKT or a .prj file"
        ) from None
    if crs.is_bound:
        crs = crs.source_crs or crs
    if crs.is_compound and crs.sub_crs_list:
        crs = crs.sub_crs_list[0]
    return crs


def _is_file(value: str) -> bool:
    """Whether ``value`` names an existing file (CRS definitions hold brackets, braces or ``+`` signs)."""
    if any(c in value for c in "[{+=\n"):
        return False
    try:
        return Path(value).is_file()
    except OSError:  # e.g. a name too long for the file system
        return False


def crs_label(crs: CRS) -> str:
    """Return ``EPSG:32638 (WGS 84 / UTM zone 38N)`` or ``Lo31 local TM (no EPSG code)``."""
    epsg = _epsg_of(crs)
    return f"EPSG:{epsg} ({crs.name})" if epsg else f"{crs.name} (no EPSG code)"


def crs_fields(crs: CRS) -> tuple[int | None, str]:
    """Return what a project stores of a CRS: its EPSG code when it has one, and its WKT2."""
    return _epsg_of(crs), crs.to_wkt()


def project_crs(project: ProjectInfo) -> CRS | None:
    """Return the project's CRS (from its stored PROJJSON/WKT, else its EPSG code); None for local metres."""
    from pyproj import CRS

    if project.crs_wkt:
        return CRS.from_user_input(project.crs_wkt)
    if project.crs_epsg:
        return CRS.from_epsg(project.crs_epsg)
    return None


def utm_crs_for(lon: float, lat: float) -> CRS:
    """Return the WGS 84 / UTM zone (EPSG 326zz north, 327zz south) containing lon/lat."""
    from pyproj import CRS

    zone = min(60, max(1, math.floor((lon + 180.0) / 6.0) + 1))
    return CRS.from_epsg((32600 if lat >= 0 else 32700) + zone)


def project_target(source: CRS, centre_lonlat: tuple[float, float]) -> tuple[CRS, str]:
    """Choose the project CRS for data in ``source`` centred at lon/lat; return it and why.

    Metric, conformal, north-up sources are kept; a south-oriented TM becomes its north-up twin;
    anything else (geographic, Web Mercator, equal-area, feet) goes to the local UTM zone.
    """
    problem = _unsuitable(source)
    if problem is None:
        return source, "the source's CRS is metric, conformal and north-up, so the project keeps it"
    if problem == "south-oriented":
        twin = _twin(source, None)
        if twin is not None:
            return twin, (
                f"the source's CRS {crs_label(source)} counts westwards and southwards; "
                "the project uses the same Transverse Mercator with east/north axes"
            )
    utm = utm_crs_for(*centre_lonlat)
    return utm, f"the source's CRS {crs_label(source)} is {problem}; reprojected to {crs_label(utm)}"


def _unsuitable(crs: CRS) -> str | None:
    """Return why ``crs`` cannot be a project CRS (None: it can)."""
    if crs.is_geographic:
        return "geographic (degrees)"
    if not crs.is_projected:
        return "not a map projection"
    axes = crs.axis_info
    if not axes or any(a.unit_name not in ("metre", "meter") for a in axes[:2]):
        return "not in metres"
    directions = {a.direction.lower() for a in axes[:2]}
    if directions & {"south", "west"}:
        return "south-oriented"
    method = ((crs.coordinate_operation.method_name if crs.coordinate_operation else "") or "").lower()
    if "pseudo mercator" in method or "popular visualisation" in method:
        return "Web Mercator (areas and lengths grow away from the equator)"
    if not any(m in method for m in _CONFORMAL_METHODS):
        return f"not conformal ({method or 'unknown projection'})"
    return None


def _proj4(crs: CRS) -> str:
    """PROJ string of ``crs`` ('' if none), without pyproj's lossy-conversion warning (we only read it)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return crs.to_proj4() or ""


def _twin(crs: CRS, axis: str | None) -> CRS | None:
    """The same Transverse Mercator with ``axis`` ('wsu' south-oriented, None east/north)."""
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    text = _proj4(crs).replace("+type=crs", "").replace("+axis=wsu", "").strip()
    if "+proj=tmerc" not in text:
        return None
    try:
        return CRS.from_proj4(text + (f" +axis={axis}" if axis else ""))
    except CRSError:
        return None


def _epsg_of(crs: CRS) -> int | None:
    epsg = crs.to_epsg(min_confidence=90)
    return int(epsg) if epsg else None


@cache
def _land() -> Any:
    import shapely

    from designer.resources import resource_path

    land = shapely.from_wkt(resource_path("geo", "land.wkt").read_text(encoding="utf-8"))
    shapely.prepare(land)
    return land


def on_land(lon: float, lat: float) -> bool:
    """Return whether lon/lat lies on land or within ``LAND_MARGIN_DEG`` of it (coarse mask)."""
    import shapely

    return bool(shapely.dwithin(_land(), shapely.Point(lon, lat), LAND_MARGIN_DEG))


def to_lonlat(crs: CRS, x: float, y: float) -> tuple[float, float]:
    """Return the WGS 84 degrees (lon, lat) of the point x, y in ``crs``."""
    from pyproj import Transformer

    lon, lat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform(x, y)
    return float(lon), float(lat)


def _problem(
    crs: CRS, bounds: tuple[float, float, float, float]
) -> tuple[Message | None, tuple[float, float]]:
    """Return (what is wrong or None, centre lon/lat) for data with ``bounds`` in ``crs``."""
    xmin, ymin, xmax, ymax = bounds
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    lon, lat = to_lonlat(crs, cx, cy)
    if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lat) > 90 or abs(lon) > 180:
        return Message("its coordinates are not on the Earth in this CRS"), (lon, lat)
    if crs.is_geographic and not (-180 <= xmin <= xmax <= 180 and -90 <= ymin <= ymax <= 90):
        return Message("its coordinates are not longitudes/latitudes"), (lon, lat)
    utm = crs.utm_zone
    if utm and not crs.is_geographic:
        if not (UTM_EASTING_M[0] <= cx <= UTM_EASTING_M[1]):
            eastings = Message(
                "its eastings ({km} km) are outside the 100–900 km of a UTM zone",
                {"km": cx / 1000},
                {"km": ",.0f"},
            )
            return eastings, (lon, lat)
        if not (UTM_NORTHING_M[0] <= cy <= UTM_NORTHING_M[1]):
            northings = Message(
                "its northings ({km} km) are outside the 0–10,000 km of a UTM zone",
                {"km": cy / 1000},
                {"km": ",.0f"},
            )
            return northings, (lon, lat)
    area = crs.area_of_use
    if area is not None:
        w, s, e, n = area.bounds
        inside_lon = w <= lon <= e if w <= e else (lon >= w or lon <= e)  # areas crossing 180°
        if not (inside_lon and s - 0.5 <= lat <= n + 0.5):
            outside = Message(
                "that is outside the area of use of {crs} ({area})",
                {"crs": crs_label(crs), "area": area.name},
            )
            return outside, (lon, lat)
    if not on_land(lon, lat):
        return Message("that is at sea"), (lon, lat)
    return None, (lon, lat)


def check_placement(source: CRS, bounds: tuple[float, float, float, float], where: str) -> Landing:
    """Check that data with ``bounds`` (source CRS units) lands on land inside ``source``'s area of use.

    Args:
        source: the CRS the coordinates are said to be in (from the file or ``--crs``).
        bounds: xmin, ymin, xmax, ymax of the data in that CRS.
        where: the file (and how its CRS was known), for the message.

    Returns:
        Where it landed (centre lon/lat; extent is filled in later in project metres).

    Raises:
        CrsPlacementError: with the reason, the lon/lat of the centre and candidate CRSs.
    """
    problem, (lon, lat) = _problem(source, bounds)
    if problem is None:
        return Landing(lon, lat, 0.0, 0.0)
    at = (
        Message(
            "{lat}°{ns} {lon}°{ew}",
            {
                "lat": abs(lat),
                "ns": "N" if lat >= 0 else "S",
                "lon": abs(lon),
                "ew": "E" if lon >= 0 else "W",
            },
            {"lat": ".4f", "lon": ".4f"},
        )
        if math.isfinite(lon) and math.isfinite(lat) and abs(lat) <= 90
        else Message("nowhere on the Earth")
    )
    candidates = _candidates(source, bounds)
    hint = (
        Message("; candidate CRSs that put it on land: {crss}", {"crss": ", ".join(candidates)})
        if candidates
        else Message("; check the CRS of the source (pass --crs with the right one)")
    )
    raise CrsPlacementError(
        Message(
            "{where}: in {crs} the data would land at {at}, and {problem}{hint}",
            {"where": where, "crs": crs_label(source), "at": at, "problem": problem, "hint": hint},
        )
    )


def _candidates(source: CRS, bounds: tuple[float, float, float, float]) -> list[str]:
    """Return CRSs (labels) that usual mistakes point to and that put the data on land in their area of use."""
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    tried: list[CRS] = []
    xmin, ymin, xmax, ymax = bounds
    if -180 <= xmin <= xmax <= 180 and -90 <= ymin <= ymax <= 90:
        tried.append(CRS.from_epsg(4326))
    tried += neighbour_crs(source)
    zone = source.utm_zone
    out = []
    if zone:
        out.append(_utm_zones_on_land(bounds))
    for crs in tried:
        try:
            problem, _ = _problem(crs, bounds)
        except CRSError:
            continue
        if problem is None:
            epsg = _epsg_of(crs)
            out.append(f"EPSG:{epsg}" if epsg else repr(_proj4(crs).replace(" +type=crs", "")))
    return [c for c in out if c][:5]


def neighbour_crs(source: CRS) -> list[CRS]:
    """The CRSs a usual mistake confuses with ``source``: for a UTM zone the other hemisphere and the
    neighbouring zones (±1, ±2); for a Transverse Mercator its south-oriented (or north-up) twin."""
    from pyproj import CRS

    out: list[CRS] = []
    zone = source.utm_zone
    if zone:
        number, hemi = int(zone[:-1]), zone[-1].upper()
        base = 32600 if hemi == "N" else 32700
        other = 32700 if hemi == "N" else 32600
        out.append(CRS.from_epsg(other + number))
        for dz in (-1, 1, -2, 2):
            out.append(CRS.from_epsg(base + (number + dz - 1) % 60 + 1))
        for dz in (-1, 1):
            out.append(CRS.from_epsg(other + (number + dz - 1) % 60 + 1))
    twin = _twin(source, None if "+axis=wsu" in _proj4(source) else "wsu")
    if twin is not None:
        out.append(twin)
    return out


def _utm_zones_on_land(bounds: tuple[float, float, float, float]) -> str:
    """Summarise the WGS 84 UTM zones in which these easting/northing numbers land on land, e.g. 29S–37S."""
    from pyproj import CRS

    found: list[tuple[str, int]] = []
    for hemi, base in (("N", 32600), ("S", 32700)):
        for number in range(1, 61):
            if _problem(CRS.from_epsg(base + number), bounds)[0] is None:
                found.append((hemi, number))
    runs: list[str] = []
    for hemi, number in found:
        if runs and runs[-1].endswith(f"{number - 1}{hemi}"):
            start = runs[-1].split("–")[0]
            runs[-1] = f"{start}–{number}{hemi}"
        else:
            runs.append(f"{number}{hemi}")
    return f"UTM zones {', '.join(runs)} (EPSG:326zz north, 327zz south)" if runs else ""


def landing(crs: CRS | None, bounds: tuple[float, float, float, float]) -> Landing | None:
    """Return where data with ``bounds`` in the project CRS lies (None without a CRS)."""
    if crs is None:
        return None
    xmin, ymin, xmax, ymax = bounds
    lon, lat = to_lonlat(crs, (xmin + xmax) / 2, (ymin + ymax) / 2)
    return Landing(lon, lat, xmax - xmin, ymax - ymin)
