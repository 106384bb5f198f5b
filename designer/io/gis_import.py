"""Base surveys from GIS files (GeoJSON, Shapefile, GeoPackage, CSV with WKT) and what DXF import shares.

Reading: pyogrio (GDAL). Every layer is reprojected to the project CRS with pyproj. When the
project has no CRS yet: a projected source in metres is kept as it is; a geographic one
(longitude/latitude) gets the UTM zone of the data's centre. A file that does not say its CRS
(a shapefile without ``.prj``, a CSV) is never guessed: the user is told to pass ``--crs``.

Feature types come from layer names and attributes (OSM tags such as ``building``, ``highway``,
``amenity=toilets``), then from geometry: areas → buildings (or plots on a plot/parcel layer),
lines → paths, points → facilities only when a layer or attribute says which. A mapping file
(TOML ``[layers] "NAME" = "building"``) overrides the guess; ``ignore`` drops a layer.

The result is a :class:`BaseSurvey` (features in project CRS metres); :func:`survey_records`
turns it into model records in local metres. Nothing here touches a Document.
"""

from __future__ import annotations

import json
import math
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.io.errors import ImportBaseError, MissingCrsError

if TYPE_CHECKING:
    from designer.model.records import Record

__all__ = [
    "AREA_KINDS",
    "KINDS",
    "LINE_KINDS",
    "POINT_KINDS",
    "BaseSurvey",
    "SurveyFeature",
    "guess_kind",
    "load_mapping",
    "read_gis",
    "survey_records",
]

AREA_KINDS = ("plot", "building")
LINE_KINDS = ("path", "water_main", "sewer", "drain")
POINT_KINDS = ("water_point", "toilet", "street_light", "manhole", "spot_level")
KINDS = (*AREA_KINDS, *LINE_KINDS, *POINT_KINDS, "ignore")

# Topic keywords found in layer names (NCS and everyday names), checked in this order.
_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("building", ("FOOTPRINT", "FOOT_PRINT")),
    (
        "ignore",
        (
            "HAZD",
            "HAZARD",
            "ANNO",
            "TEXT",
            "DIMS",
            "TTLB",
            "NPLT",
            "HATCH",
            "PATT",
            "GRID",
            "VIEWPORT",
            "DEFPOINTS",
        ),
    ),
    ("plot", ("PLOT", "PARCEL", "PROP", "LOTL", "CADAST", "BOUNDARY", "BOUNDRY")),
    ("sewer", ("SSWR", "SEWER", "FOUL", "SANSEW")),
    ("drain", ("STRM", "DRAIN", "DTCH", "DITCH", "STORM", "CULVERT")),
    ("toilet", ("TOILET", "LATRINE", "SANR", "ABLUTION")),
    ("street_light", ("LITE", "LIGHT", "LAMP")),
    ("water", ("WATR", "WATER", "TAP", "STANDPIPE", "KIOSK")),
    (
        "building",
        ("FOOTPRINT", "FOOT_PRINT", "BLDG", "BUILD", "HOUSE", "STRUCT", "ROOF", "SHACK", "DWELL", "WALL"),
    ),
    ("path", ("ROAD", "PATH", "STREET", "WALK", "TRACK", "LANE", "FOOT", "ALLEY", "HIGHWAY", "CNTR", "EDGE")),
    ("manhole", ("MANHOLE", "MNHL", "CHAMBER")),
    ("spot_level", ("SPOT", "LEVEL", "TOPO", "HEIGHT", "ELEV")),
)
_BY_GEOMETRY: dict[str, dict[str, str]] = {
    # topic -> {"area"|"line"|"point": kind}
    "plot": {"area": "plot"},
    "building": {"area": "building"},
    "path": {"line": "path"},
    "water": {"line": "water_main", "point": "water_point"},
    "sewer": {"line": "sewer", "point": "manhole"},
    "drain": {"line": "drain"},
    "toilet": {"point": "toilet", "area": "building"},
    "street_light": {"point": "street_light"},
    "manhole": {"point": "manhole"},
    "spot_level": {"point": "spot_level"},
    "": {"area": "building", "line": "path"},
}


@dataclass
class SurveyFeature:
    """One feature of a base survey: its kind, shapely geometry in project CRS metres, attributes."""

    kind: str
    geometry: Any
    attributes: dict[str, Any]
    layer: str


@dataclass
class BaseSurvey:
    """What an importer read: features in the target CRS, that CRS, and notes for the user."""

    source: str
    crs: Any
    """The CRS of ``features`` (pyproj CRS), None for local metres."""
    features: list[SurveyFeature] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    guessed: dict[str, str] = field(default_factory=dict)
    """The layer → kind mapping used (guessed or from the mapping file), for ``--write-mapping``."""

    def counts(self) -> Counter[str]:
        return Counter(f.kind for f in self.features)

    @property
    def crs_epsg(self) -> int | None:
        """The EPSG code of the survey's CRS, when it has one."""
        from designer.io.crs import crs_fields

        return None if self.crs is None else crs_fields(self.crs)[0]


def load_mapping(path: str | Path | None) -> dict[str, str]:
    """Read a mapping file: TOML with a ``[layers]`` table of layer name → kind (or ``ignore``).

    Raises:
        ImportBaseError: unreadable file or an unknown kind.
    """
    if path is None:
        return {}
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ImportBaseError(f"mapping file {str(path)!r} cannot be read ({exc})") from None
    layers = data.get("layers")
    if not isinstance(layers, dict):
        raise ImportBaseError(f"mapping file {str(path)!r} needs a [layers] table of layer name = kind")
    out = {}
    for name, kind in layers.items():
        if kind not in KINDS:
            raise ImportBaseError(
                f"mapping file {str(path)!r}: layer {name!r} maps to {kind!r}; use one of {', '.join(KINDS)}"
            )
        out[str(name)] = str(kind)
    return out


def write_mapping(mapping: dict[str, str], path: str | Path) -> None:
    """Write a mapping file for the user to confirm or correct (same format as ``load_mapping``)."""
    lines = [
        "# Layer -> feature type for `jamii import-base --mapping`. Kinds: " + ", ".join(KINDS),
        "[layers]",
        *(f"{json.dumps(name)} = {json.dumps(kind)}" for name, kind in sorted(mapping.items())),
    ]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _topic(name: str) -> str:
    up = name.upper()
    for topic, words in _TOPICS:
        if any(w in up for w in words):
            return topic
    return ""


def guess_kind(layer: str, geom_class: str, attributes: dict[str, Any] | None = None) -> str | None:
    """Guess the feature kind of a feature from its layer name, attributes and geometry class.

    Args:
        layer: layer name.
        geom_class: ``"area"``, ``"line"`` or ``"point"``.
        attributes: OSM-style tags, if any (``building``, ``highway``, ``amenity``, ``man_made``).

    Returns:
        A kind from ``KINDS`` minus ignore, or None when it cannot be told (the feature is skipped).
    """
    a = attributes or {}
    if a:
        if geom_class == "area" and a.get("building") not in (None, "", "no"):
            return "building"
        if geom_class == "line" and a.get("highway"):
            return "path"
        if geom_class == "point":
            amenity, man_made = a.get("amenity"), a.get("man_made")
            if amenity == "toilets":
                return "toilet"
            if amenity in ("drinking_water", "water_point") or man_made in ("water_tap", "water_well"):
                return "water_point"
            if a.get("highway") == "street_lamp":
                return "street_light"
            if man_made == "manhole":
                return "manhole"
    topic = _topic(layer)
    if topic == "ignore":
        return None
    return _BY_GEOMETRY.get(topic, {}).get(geom_class)


def _geom_class(geom_type: str) -> str:
    if "Polygon" in geom_type:
        return "area"
    if "Line" in geom_type:
        return "line"
    return "point"


def read_gis(
    path: str | Path,
    *,
    target_crs: Any,
    source_crs: Any = None,
    mapping: dict[str, str] | None = None,
    layer: str | None = None,
    force_kind: str | None = None,
    mapping_out: dict[str, str] | None = None,
) -> BaseSurvey:
    """Read a GIS file into a BaseSurvey in ``target_crs`` (chosen from the data when None).

    Args:
        path: GeoJSON, Shapefile, GeoPackage, or CSV with a WKT ``geometry``/``wkt`` column.
        target_crs: the project CRS (pyproj CRS); None to choose (see ``crs.project_target``).
        source_crs: the CRS of the source (``--crs``, pyproj CRS); overrides what the file says.
        mapping: layer name → kind overrides.
        layer: read only this layer.
        force_kind: every feature of this file is of this kind (``--as``).
        mapping_out: filled with the layer → kind mapping used, also when the import fails.

    Raises:
        MissingCrsError: the file does not say its CRS and ``source_crs`` is None.
        CrsPlacementError: in its CRS the data would land outside its area of use or at sea.
        ImportBaseError: the file cannot be read, or has nothing to import.
    """
    import numpy as np
    import pyogrio
    import shapely
    from pyogrio.errors import DataLayerError, DataSourceError

    from designer.io.crs import check_placement, crs_label, project_target

    src = Path(path)
    if not src.exists():
        raise ImportBaseError(f"{src}: no such file")
    if force_kind is not None and force_kind not in KINDS:
        raise ImportBaseError(f"unknown feature type {force_kind!r}; use one of {', '.join(KINDS)}")
    mapping = mapping or {}
    layers_data: list[tuple[str, str | None, np.ndarray, dict[str, Any]]] = []
    try:
        if src.suffix.lower() == ".csv":
            layers_data.append(_read_wkt_csv(src))
        else:
            names = [str(n) for n, _ in pyogrio.list_layers(src)]
            if layer is not None:
                if layer not in names:
                    raise ImportBaseError(f"{src} has no layer {layer!r}; its layers: {', '.join(names)}")
                names = [layer]
            for name in names:
                meta, _, wkb, fields = pyogrio.raw.read(src, layer=name)
                if wkb is None:
                    continue
                attrs = {str(f): fields[i] for i, f in enumerate(meta["fields"])}
                layers_data.append((name, meta["crs"], shapely.from_wkb(wkb), attrs))
    except (DataSourceError, DataLayerError) as exc:
        raise ImportBaseError(f"{src} cannot be read as GIS data ({str(exc).splitlines()[0]})") from None
    survey = BaseSurvey(source=str(src), crs=target_crs)
    if mapping_out is not None:
        survey.guessed = mapping_out
    for name, crs_text, layer_geoms, attrs in layers_data:
        geoms = np.asarray(layer_geoms, dtype=object)
        ok = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
        if not ok.any():
            continue
        if source_crs is not None:
            from_crs, said = source_crs, "--crs"
        else:
            from_crs, said = _layer_crs(src, name, crs_text, geoms[ok]), "the file"
        where = f"{src} (layer {name}, CRS from {said})"
        landed = check_placement(from_crs, tuple(shapely.total_bounds(geoms[ok])), where)
        if survey.crs is None:
            survey.crs, why = project_target(from_crs, (landed.lon, landed.lat))
            survey.notes.append(f"project CRS {crs_label(survey.crs)}: {why} (source CRS from {said})")
        projected = _reproject(geoms, from_crs, survey.crs)
        _collect(survey, name, projected, attrs, ok, mapping, force_kind)
    if not survey.features:
        raise ImportBaseError(f"{src}: found no plots, buildings, paths or facilities to import")
    return survey


def _read_wkt_csv(src: Path) -> tuple[str, str | None, Any, dict[str, Any]]:
    import csv

    import numpy as np
    import shapely

    csv.field_size_limit(1 << 30)
    with open(src, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    if not rows:
        raise ImportBaseError(f"{src}: the CSV is empty")
    col = next((c for c in rows[0] if c and c.lower() in ("geometry", "wkt", "geom", "the_geom")), None)
    if col is None:
        raise ImportBaseError(f"{src}: a CSV needs a WKT column named geometry or wkt")
    try:
        geoms = shapely.from_wkt([r[col] for r in rows])
    except shapely.errors.GEOSException as exc:
        raise ImportBaseError(f"{src}: column {col!r} is not WKT ({exc})") from None
    attrs = {c: np.array([r[c] for r in rows], dtype=object) for c in rows[0] if c and c != col}
    return src.stem, None, geoms, attrs


def _layer_crs(src: Path, layer: str, crs_text: str | None, geoms: Any) -> Any:
    """The CRS a layer says it is in (its own WKT, EPSG code or not); never guessed."""
    from designer.io.crs import parse_crs

    if not crs_text:
        import shapely

        xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
        hint = ""
        if -180 <= xmin <= xmax <= 180 and -90 <= ymin <= ymax <= 90:
            hint = " The numbers look like longitude/latitude (then it is EPSG:4326), but only you can confirm it."
        what = "a shapefile without its .prj file" if src.suffix.lower() == ".shp" else "no CRS in the file"
        raise MissingCrsError(
            f"{src} (layer {layer}) does not say its coordinate reference system ({what}); "
            f"Jamii does not guess it — pass --crs EPSG:xxxx (or a PROJ string, WKT or .prj file).{hint}"
        )
    return parse_crs(crs_text)


def _reproject(geoms: Any, from_crs: Any, to_crs: Any) -> Any:
    import numpy as np
    import shapely
    from pyproj import Transformer

    if from_crs == to_crs:
        return geoms
    tr = Transformer.from_crs(from_crs, to_crs, always_xy=True)

    def apply(xy: np.ndarray) -> np.ndarray:
        x, y = tr.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geoms, apply)


def _collect(
    survey: BaseSurvey,
    layer: str,
    geoms: Any,
    attrs: dict[str, Any],
    ok: Any,
    mapping: dict[str, str],
    force_kind: str | None,
) -> None:
    import shapely

    skipped: Counter[str] = Counter()
    names = list(attrs)
    for i, geom in enumerate(geoms):
        if not ok[i]:
            skipped["empty geometry"] += 1
            continue
        row = {n: _plain(attrs[n][i]) for n in names}
        for part in shapely.get_parts(geom):
            gclass = _geom_class(part.geom_type)
            kind = force_kind or mapping.get(layer) or guess_kind(layer, gclass, row)
            if layer not in survey.guessed and kind:
                survey.guessed[layer] = kind
            if kind == "ignore":
                continue
            if kind is None:
                skipped[f"{gclass}s of unknown type"] += 1
                continue
            if (kind in AREA_KINDS) != (gclass == "area") or (kind in POINT_KINDS) != (gclass == "point"):
                skipped[f"{gclass}s on a layer mapped to {kind}"] += 1
                continue
            survey.features.append(SurveyFeature(kind, part, row, layer))
    for reason, n in skipped.items():
        survey.notes.append(f"layer {layer}: skipped {n} {reason} (a mapping file can say what they are)")


def _plain(v: Any) -> Any:
    """Turn numpy scalars and NaN into plain Python values."""
    if v is None:
        return None
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


# ---------------------------------------------------------------------------- records


def _note(feature: SurveyFeature, used: set[str]) -> str:
    """Keep the source attributes nobody mapped, as ``key=value`` text in the record's note."""
    kept = [f"{k}={v}" for k, v in feature.attributes.items() if v not in (None, "") and k not in used]
    text = f"from {feature.layer}" + (": " + "; ".join(kept) if kept else "")
    return text[:500]


def _num(a: dict[str, Any], *keys: str) -> float | None:
    for k in keys:
        v = a.get(k)
        if v in (None, ""):
            continue
        try:
            f = float(str(v).split()[0].replace(",", "."))
        except ValueError:
            continue
        if math.isfinite(f):
            return f
    return None


def survey_records(survey: BaseSurvey, origin: tuple[float, float]) -> tuple[list[Record], list[str]]:
    """Turn a survey into model records in local metres (CRS − origin); return records and notes.

    Features whose geometry the model rejects (self-crossing, degenerate) are skipped and counted.
    """
    import shapely

    from designer.model.entities import (
        Building,
        Drain,
        Manhole,
        Path,
        PathKind,
        Plot,
        Sewer,
        SpotLevel,
        StreetLight,
        Toilet,
        WaterMain,
        WaterPoint,
    )
    from designer.model.errors import InvalidRecordError
    from designer.model.records import new_id

    ox, oy = origin
    records: list[Record] = []
    rejected: Counter[str] = Counter()
    for f in survey.features:
        g = shapely.remove_repeated_points(f.geometry, tolerance=0.02)
        a = {str(k).lower(): v for k, v in f.attributes.items()}
        used: set[str] = set()
        try:
            if f.kind in AREA_KINDS:
                if g.interiors:
                    rejected[f"{f.kind} holes dropped"] += 1
                ring = tuple((x - ox, y - oy) for x, y in shapely.get_coordinates(g.exterior)[:-1])
                if f.kind == "plot":
                    number = next(
                        (str(a[k]) for k in ("number", "plot_no", "plot", "parcel", "id") if a.get(k)), ""
                    )
                    used.update(("number", "plot_no", "plot", "parcel"))
                    records.append(Plot(id=new_id("plot"), outline=ring, number=number, note=_note(f, used)))
                else:
                    levels = _num(a, "building:levels", "levels", "storeys", "floors")
                    used.update(("building:levels", "levels", "storeys", "floors"))
                    use = str(a.get("building") or "residential")
                    use = "residential" if use in ("yes", "house", "residential") else use
                    records.append(
                        Building(
                            id=new_id("bldg"),
                            outline=ring,
                            storeys=max(1, round(levels)) if levels else 1,
                            use=use,
                            note=_note(f, used),
                        )
                    )
            elif f.kind in LINE_KINDS:
                route = tuple((x - ox, y - oy) for x, y in shapely.get_coordinates(g))
                name = str(a.get("name") or "")
                used.add("name")
                if f.kind == "path":
                    hw = str(a.get("highway") or "")
                    kind = (
                        PathKind.ROAD
                        if hw in ("primary", "secondary", "tertiary", "trunk", "residential", "unclassified")
                        else PathKind.LANE
                        if hw in ("service", "living_street", "track")
                        else PathKind.FOOTPATH
                    )
                    width = _num(a, "width", "width_m") or {PathKind.ROAD: 6.0, PathKind.LANE: 3.0}.get(
                        kind, 1.5
                    )
                    used.update(("highway", "width", "width_m"))
                    records.append(
                        Path(
                            id=new_id("path"),
                            route=route,
                            width_m=width,
                            path_kind=kind,
                            name=name,
                            note=_note(f, used),
                        )
                    )
                elif f.kind == "water_main":
                    d = _num(a, "diameter_mm", "diameter", "diam_mm", "dn")
                    records.append(
                        WaterMain(
                            id=new_id("wm"), route=route, diameter_mm=int(d) if d else 63, note=_note(f, used)
                        )
                    )
                elif f.kind == "sewer":
                    d = _num(a, "diameter_mm", "diameter", "diam_mm", "dn")
                    records.append(
                        Sewer(
                            id=new_id("sw"),
                            route=route,
                            diameter_mm=int(d) if d else 110,
                            note=_note(f, used),
                        )
                    )
                else:
                    records.append(Drain(id=new_id("dr"), route=route, note=_note(f, used)))
            else:
                pos = (g.x - ox, g.y - oy)
                name = str(a.get("name") or a.get("id") or "")
                used.update(("name",))
                if f.kind == "water_point":
                    records.append(WaterPoint(id=new_id("wp"), position=pos, name=name, note=_note(f, used)))
                elif f.kind == "toilet":
                    records.append(Toilet(id=new_id("wc"), position=pos, name=name, note=_note(f, used)))
                elif f.kind == "street_light":
                    records.append(StreetLight(id=new_id("sl"), position=pos, note=_note(f, used)))
                elif f.kind == "manhole":
                    records.append(Manhole(id=new_id("mh"), position=pos, note=_note(f, used)))
                else:
                    z = _num(a, "level", "level_m", "elevation", "ele", "z", "height")
                    if z is None and g.has_z:
                        z = float(shapely.get_coordinates(g, include_z=True)[0][2])
                    records.append(
                        SpotLevel(id=new_id("lvl"), position=pos, level_m=z or 0.0, note=_note(f, used))
                    )
        except InvalidRecordError as exc:
            rejected[f"{f.kind}s with unusable geometry ({exc.reason.split(' near')[0]})"] += 1
    notes = [f"skipped {n} {why}" if "dropped" not in why else f"{n} {why}" for why, n in rejected.items()]
    return records, notes
