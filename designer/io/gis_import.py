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
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.io.errors import ImportBaseError, MissingCrsError
from designer.io.placement import LayerPlacement

if TYPE_CHECKING:
    from designer.io.source_attributes import FieldMapping
    from designer.model.records import Record

__all__ = [
    "AREA_KINDS",
    "KINDS",
    "LINE_KINDS",
    "POINT_KINDS",
    "BaseSurvey",
    "ImportMapping",
    "SurveyFeature",
    "guess_fields",
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
            "NOTE",
            "FOOTING",
            "FOUNDATION",
            "DIMENSION",
            "FURN",
            "DOOR",
            "WINDOW",
            "STAIR",
            "COLUMN",
            "SECTION",
            "DETAIL",
        ),
    ),
    ("plot", ("PLOT", "PARCEL", "PROP", "LOTL", "CADAST", "BOUNDARY", "BOUNDRY")),
    ("sewer", ("SSWR", "SEWER", "FOUL", "SANSEW")),
    ("drain", ("STRM", "DRAIN", "DTCH", "DITCH", "STORM", "CULVERT")),
    ("toilet", ("TOILET", "LATRINE", "SANR", "ABLUTION")),
    ("street_light", ("LITE", "LIGHT", "LAMP")),
    ("water", ("WATR", "WATER", "TAP", "STANDPIPE", "KIOSK", "JM_TANK")),
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
    # A layer whose name says nothing: areas may be footprints (or plots, by their sizes); lines are
    # not guessed (notes, footings, dimensions would become paths) — a mapping file says what they are.
    "": {"area": "building"},
}


@dataclass
class SurveyFeature:
    """One feature of a base survey: its kind, shapely geometry in project CRS metres, attributes."""

    kind: str
    geometry: Any
    attributes: dict[str, Any]
    layer: str
    name: str = ""
    """How the user knows it: the source's number or id, else layer and position."""
    record: dict[str, Any] | None = None
    """A Jamii DXF's own record of this feature (kind, scope, fields; see ``dxf_records``)."""


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
    fields: dict[str, list[str]] = field(default_factory=dict)
    """Source field names per layer (for the dry run and ``--write-mapping``)."""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """Features not imported: (feature name, reason)."""
    slivers: int = 0
    repeats: int = 0
    """Features left out because one already imported has the same kind and outline (``repeat_keys``)."""
    origin: tuple[float, float] | None = None
    """The project origin a Jamii drawing records (CRS metres), used when it starts a new project."""
    options: list[dict[str, Any]] = field(default_factory=list)
    """Options a Jamii drawing records (id, name): its records' scopes."""
    placements: list[LayerPlacement] = field(default_factory=list)
    """Each layer's own CRS and bounds (none when the data has no CRS), for the placement checks."""

    def counts(self) -> Counter[str]:
        return Counter(f.kind for f in self.features)

    @property
    def crs_epsg(self) -> int | None:
        """The EPSG code of the survey's CRS, when it has one."""
        from designer.io.crs import crs_fields

        return None if self.crs is None else crs_fields(self.crs)[0]


@dataclass
class ImportMapping:
    """A mapping file: layer → kind, source field → model attribute, and source value words per attribute."""

    layers: dict[str, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def field_mapping(self) -> FieldMapping:
        from designer.io.source_attributes import FieldMapping

        return FieldMapping(fields=dict(self.fields), values={k: dict(v) for k, v in self.values.items()})


MAPPABLE_ATTRIBUTES = (
    "number",
    "land_use",
    "storeys",
    "rooms",
    "wall_material",
    "roof_material",
    "name",
    "operator",
    "opening_hours",
    "operational_status",
    "access",
    "fee",
    "charge",
    "price_per_litre",
    "users_per_day",
    "taps",
    "width",
    "surface",
    "highway",
    "level",
    "diameter",
)
"""Attributes a mapping file's [fields] may name (see resources/import/source_tags.toml [fields])."""


def load_mapping(path: str | Path | None) -> ImportMapping:
    """Read a mapping file (TOML): ``[layers]`` name → kind, ``[fields]`` source field → attribute,
    ``[values.ATTRIBUTE]`` source word → model word (e.g. ``"OS" = "open_space"`` for land_use).

    Raises:
        ImportBaseError: unreadable file, an unknown kind or attribute.
    """
    if path is None:
        return ImportMapping()
    from designer.model.toml_data import TomlDataError, read_toml

    try:
        data = read_toml(path)  # strict: NaN and infinity refused too
    except (OSError, TomlDataError) as exc:
        raise ImportBaseError(f"mapping file {str(path)!r} cannot be read ({exc})") from None
    layers = data.get("layers", {})
    fields = data.get("fields", {})
    values = data.get("values", {})
    if not isinstance(layers, dict) or not isinstance(fields, dict) or not isinstance(values, dict):
        raise ImportBaseError(f"mapping file {str(path)!r}: [layers], [fields] and [values] must be tables")
    if not layers and not fields:
        raise ImportBaseError(f"mapping file {str(path)!r} needs a [layers] table of layer name = kind")
    out = ImportMapping()
    for name, kind in layers.items():
        if kind not in KINDS:
            raise ImportBaseError(
                f"mapping file {str(path)!r}: layer {name!r} maps to {kind!r}; use one of {', '.join(KINDS)}"
            )
        out.layers[str(name)] = str(kind)
    for name, attr in fields.items():
        if attr not in MAPPABLE_ATTRIBUTES and attr != "ignore":
            raise ImportBaseError(
                f"mapping file {str(path)!r}: field {name!r} maps to {attr!r}; use one of "
                f"{', '.join(MAPPABLE_ATTRIBUTES)} or ignore"
            )
        out.fields[str(name)] = str(attr)
    for attr, words in values.items():
        if not isinstance(words, dict):
            raise ImportBaseError(
                f"mapping file {str(path)!r}: [values.{attr}] must be a table of word = word"
            )
        out.values[str(attr)] = {str(k): str(v) for k, v in words.items()}
    return out


def guess_fields(fields: list[str]) -> dict[str, str]:
    """Return source field → attribute for the fields the shipped aliases recognise (for --write-mapping)."""
    from designer.io.source_attributes import rules

    aliases = rules().fields
    out = {}
    for f in fields:
        for attr, names in aliases.items():
            if f.lower() in names:
                out[f] = attr
                break
    return out


def write_mapping(
    mapping: dict[str, str], path: str | Path, fields: dict[str, list[str]] | None = None
) -> None:
    """Write a mapping file for the user to confirm or correct (same format as ``load_mapping``)."""
    from designer.io.atomic import atomic_write

    lines = [
        "# Layer -> feature type for `jamii import-base --mapping`. Kinds: " + ", ".join(KINDS),
        "[layers]",
        *(f"{json.dumps(name)} = {json.dumps(kind)}" for name, kind in sorted(mapping.items())),
    ]
    names = sorted({f for layer_fields in (fields or {}).values() for f in layer_fields})
    if names:
        guessed = guess_fields(names)
        lines += [
            "",
            "# Source field -> attribute (" + ", ".join(MAPPABLE_ATTRIBUTES) + ", or ignore).",
            "# Fields left commented out are kept as tags of each feature.",
            "[fields]",
            *(
                f"{json.dumps(n)} = {json.dumps(guessed[n])}" if n in guessed else f'# {json.dumps(n)} = ""'
                for n in names
            ),
            "",
            "# Source words -> Jamii words per attribute, e.g.",
            '# [values.land_use]\n# "OS" = "open_space"',
        ]
    text = "\n".join(lines) + "\n"
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


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
        attributes: OSM-style tags, if any (see ``resources/import/source_tags.toml`` [kinds]).

    Returns:
        A kind from ``KINDS`` minus ignore, or None when it cannot be told (the feature is skipped).
    """
    if attributes:
        from designer.io.source_attributes import kind_from_tags

        tagged = kind_from_tags({str(k): str(v) for k, v in attributes.items() if v is not None}, geom_class)
        if tagged is not None:
            return tagged
    topic = _topic(layer)
    if topic == "ignore":
        return None
    return _BY_GEOMETRY.get(topic, {}).get(geom_class)


_GEOM_CLASS = {1: "line", 2: "line", 3: "area", 5: "line", 6: "area"}
"""Shapely type id -> geometry class (LineString, LinearRing, Polygon and their multi-forms; else point)."""


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
            # A zip of shapefiles (as HOT and many portals ship them): each member is a layer.
            sources = [(f"/vsizip/{src}/{m}", Path(m).stem) for m in _zip_members(src)] or [(str(src), "")]
            names = [(path, str(n)) for path, _ in sources for n, _ in pyogrio.list_layers(path)]
            if layer is not None:
                if layer not in [n for _, n in names]:
                    found = ", ".join(n for _, n in names)
                    raise ImportBaseError(f"{src} has no layer {layer!r}; its layers: {found}")
                names = [(p, n) for p, n in names if n == layer]
            for layer_path, name in names:
                meta, _, wkb, fields = pyogrio.raw.read(layer_path, layer=name)
                if wkb is None:
                    continue
                attrs = {str(f): fields[i] for i, f in enumerate(meta["fields"])}
                layers_data.append((name, meta["crs"], shapely.from_wkb(wkb), attrs))
    except (DataSourceError, DataLayerError) as exc:
        raise ImportBaseError(f"{src} cannot be read as GIS data ({str(exc).splitlines()[0]})") from None
    survey = BaseSurvey(source=str(src), crs=target_crs)
    if mapping_out is not None:
        survey.guessed = mapping_out
    if source_crs is None:
        _refuse_layers_without_crs(src, layers_data)
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
        bounds = tuple(shapely.total_bounds(geoms[ok]).tolist())
        landed = check_placement(from_crs, bounds, where)
        if survey.crs is None:
            survey.crs, why = project_target(from_crs, (landed.lon, landed.lat))
            survey.notes.append(f"project CRS {crs_label(survey.crs)}: {why} (source CRS from {said})")
        projected = _reproject(geoms, from_crs, survey.crs)
        target_bounds = tuple(shapely.total_bounds(projected[ok]).tolist())
        survey.placements.append(LayerPlacement(name, from_crs, said, bounds, target_bounds))
        _collect(survey, name, projected, attrs, ok, mapping, force_kind)
    from designer.io.placement import refuse_layers_apart

    refuse_layers_apart(src, survey.placements)
    if not survey.features:
        raise ImportBaseError(f"{src}: found no plots, buildings, paths or facilities to import")
    return survey


def _refuse_layers_without_crs(src: Path, layers_data: list[tuple[str, str | None, Any, Any]]) -> None:
    """Refuse a source some of whose layers say their CRS and some do not (never guess they share one)."""
    import shapely

    said = [
        (name, crs) for name, crs, geoms, _ in layers_data if len(geoms) and not shapely.is_empty(geoms).all()
    ]
    with_crs = [(name, crs) for name, crs in said if crs]
    without = [name for name, crs in said if not crs]
    if with_crs and without:
        from designer.io.crs import crs_label, parse_crs

        other, crs_text = with_crs[0]
        raise ImportBaseError(
            f"{src}: layer {without[0]!r} has no CRS while layer {other!r} is in "
            f"{crs_label(parse_crs(str(crs_text)))}; Jamii does not guess that they share one — "
            f"give the layer its CRS, or import the layers one at a time (--layer, with --crs for {without[0]!r})"
        )


def _zip_members(src: Path) -> list[str]:
    """The GIS files inside a zip (shapefiles, GeoJSON, GeoPackage); [] when ``src`` is not a zip."""
    import zipfile

    if src.suffix.lower() != ".zip":
        return []
    try:
        with zipfile.ZipFile(src) as z:
            names = z.namelist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportBaseError(f"{src} is not a zip file Jamii can open ({exc})") from None
    wanted = (".shp", ".geojson", ".json", ".gpkg")
    return sorted(n for n in names if n.lower().endswith(wanted) and not n.startswith("__MACOSX"))


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

    from designer.io.source_attributes import kind_keys, normalise_columns

    kind_tags = kind_keys()
    kind_of: dict[tuple[str, tuple[tuple[str, str], ...]], str | None] = {}

    skipped: Counter[str] = Counter()
    names = list(attrs)
    rows, personal = normalise_columns(attrs, len(geoms))
    area_kind = None
    if force_kind is None and layer not in mapping:
        area_kind = _area_layer_kind(survey, layer, geoms[ok], names)
    # The parts of every feature at once (one shapely call, not one per feature).
    all_parts, part_of = shapely.get_parts(geoms, return_index=True)
    classes = [_GEOM_CLASS.get(t, "point") for t in shapely.get_type_id(all_parts).tolist()]
    parts_of: list[list[tuple[Any, str]]] = [[] for _ in range(len(geoms))]
    for part, i, gclass in zip(all_parts.tolist(), part_of.tolist(), classes, strict=True):
        parts_of[i].append((part, gclass))
    for i, present in enumerate(ok.tolist()):
        if not present:
            skipped["empty geometries"] += 1
            survey.skipped.append((_feature_name(layer, i, rows[i]), "empty geometry"))
            continue
        row = rows[i]
        for part, gclass in parts_of[i]:
            kind = force_kind or mapping.get(layer)
            if not kind:
                # Guessed once per distinct set of the tags a kind can come from, not per feature.
                tagged = (gclass, tuple(item for item in row.items() if item[0].lower() in kind_tags))
                if tagged not in kind_of:
                    kind_of[tagged] = guess_kind(layer, gclass, dict(tagged[1]))
                kind = kind_of[tagged]
            if kind == "building" and area_kind == "plot" and not _tagged_building(row):
                kind = "plot"
            if kind is None and gclass == "area" and area_kind:
                kind = area_kind
            if layer not in survey.guessed and kind:
                survey.guessed[layer] = kind
            if kind == "ignore":
                continue
            if kind is None:
                skipped[f"{gclass}s of unknown type"] += 1
                survey.skipped.append((_feature_name(layer, i, row), f"{gclass} of unknown type"))
                continue
            if (kind in AREA_KINDS) != (gclass == "area") or (kind in POINT_KINDS) != (gclass == "point"):
                skipped[f"{gclass}s on a layer mapped to {kind}"] += 1
                survey.skipped.append((_feature_name(layer, i, row), f"{gclass} on a layer mapped to {kind}"))
                continue
            survey.features.append(SurveyFeature(kind, part, row, layer, _feature_name(layer, i, row)))
    kinds_here = {f.kind for f in survey.features if f.layer == layer}
    if len(kinds_here) > 1 and layer not in mapping and force_kind is None:
        # Kinds came from each feature's tags: a layer-wide mapping would force them all to one kind.
        survey.guessed.pop(layer, None)
        survey.notes.append(
            f"layer {layer}: kinds read from each feature's tags ({', '.join(sorted(kinds_here))})"
        )
    survey.fields.setdefault(layer, [n for n in names if n.lower() not in ("meta", "relations")])
    if personal:
        survey.notes.append(
            f"layer {layer}: left out {personal} personal values (contributor names, ids and changesets, "
            "phone numbers, e-mail addresses); they are never stored"
        )
    for reason, n in skipped.items():
        survey.notes.append(f"layer {layer}: skipped {n} {reason} (a mapping file can say what they are)")


def _tagged_building(row: dict[str, str]) -> bool:
    b = row.get("building")
    return b is not None and b.lower() != "no"


_PLOT_FIELDS = ("number", "plot_no", "plot_number", "parcel", "parcel_no", "stand_no", "erf", "lot", "lr_no")
PARCEL_MEDIAN_M2 = 250.0
"""Median polygon area above which an untyped area layer reads as plots: huts and shacks are smaller."""


def _area_layer_kind(survey: BaseSurvey, layer: str, geoms: Any, fields: list[str]) -> str | None:
    """Guess plots vs buildings for an untyped area layer from its sizes and field names; say why."""
    import numpy as np
    import shapely

    if _topic(layer) not in ("", "building") or not len(geoms):
        return None
    areas = shapely.area(geoms[np.isin(shapely.get_type_id(geoms), (3, 6))])
    if not len(areas):
        return None
    median = float(np.median(areas))
    numbered = [f for f in fields if f.lower() in _PLOT_FIELDS]
    if _topic(layer) == "building" and not numbered:
        return None
    if numbered or median >= PARCEL_MEDIAN_M2:
        why = ", ".join(
            [*([f"a plot-number field {numbered[0]}"] if numbered else []), f"median area {median:,.0f} m²"]
        )
        survey.notes.append(
            f"layer {layer}: read as plots ({why}); pass --as building or a mapping file if they are buildings"
        )
        return "plot"
    return None


def _feature_name(layer: str, index: int, row: dict[str, str]) -> str:
    """How to name a feature to the user: its number or id from the source, else its position in the layer."""
    lower = {k.lower(): (k, v) for k, v in row.items()}
    for key in ("number", "plot_no", "parcel", "stand_no", "erf", "@id", "osm_id", "id", "fid", "name"):
        if key in lower and lower[key][1]:
            original, value = lower[key]
            return f"{layer} {original} {value}"
    return f"{layer} feature {index + 1}"


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

SLIVER_M2 = 1.0
"""Areas below this (m²) are slivers: reported, never imported (a configurable threshold)."""
REPAIR_MIN_AREA_SHARE = 0.99
"""An invalid polygon is repaired with make_valid only when the repair keeps this share of its area."""


def _repaired_polygon(g: Any) -> tuple[Any | None, str]:
    """Return (valid polygon, "") or (None, why): make_valid kept when it keeps ≥ 99 % of the area."""
    import shapely

    if g.is_valid:
        return g, ""
    fixed = shapely.make_valid(g)
    parts = [p for p in shapely.get_parts(fixed) if p.geom_type == "Polygon" and p.area > 0]
    if not parts:
        return None, "its outline crosses itself and encloses no area"
    best = max(parts, key=lambda p: p.area)
    # The area the outline meant: all the pieces make_valid found (a bow-tie's two halves), or its
    # signed ring area where that is larger. Keeping only the largest piece must keep ≥ 99 % of it.
    meant = max(sum(p.area for p in parts), abs(shapely.area(shapely.Polygon(g.exterior))))
    if best.area < REPAIR_MIN_AREA_SHARE * meant:
        return (
            None,
            f"repairing its self-crossing outline keeps only {100 * best.area / meant:.0f} % of its area",
        )
    return best, "repaired"


def _jamii_record(f: SurveyFeature, ox: float, oy: float) -> Record | None:
    """Rebuild the record a Jamii DXF carries for this feature: its fields, the entity's geometry."""
    import shapely

    from designer.model.codec import DecodeError, decode_record
    from designer.model.records import record_types

    assert f.record is not None
    cls = record_types().get(str(f.record["kind"]))
    if cls is None:
        return None
    data = dict(f.record["fields"])
    xy = [[x - ox, y - oy] for x, y in shapely.get_coordinates(f.geometry).tolist()]
    field_names = set(getattr(cls, "__dataclass_fields__", {}))
    if "outline" in field_names:
        data["outline"] = xy[:-1] if len(xy) > 1 and xy[0] == xy[-1] else xy
    elif "route" in field_names:
        data["route"] = xy
    elif "position" in field_names:
        data["position"] = xy[0]
    try:
        return decode_record(cls.KIND, data, f.name)
    except DecodeError:
        return None


REPEAT_ROUNDING_DIGITS = 3
"""Outlines are compared for repeats after rounding coordinates to this many decimals of a metre (1 mm)."""


def repeat_keys(kinds: list[str], geoms: Any) -> list[bytes]:
    """A key per feature, equal for features of one kind with the same geometry to the millimetre.

    Built in bulk (one shapely call each), so finding repeats is a dictionary look-up per feature, not a
    pairwise comparison. Polygons are normalised (ring start and direction do not matter); lines keep
    their direction (a sewer drawn the other way flows the other way); heights are compared too.
    """
    import numpy as np
    import shapely

    def rounded(xy: np.ndarray) -> np.ndarray:
        return np.round(xy, REPEAT_ROUNDING_DIGITS) + 0.0  # + 0.0 turns -0.0 into 0.0 (same bytes)

    geoms = np.asarray(geoms, dtype=object)
    flat = shapely.transform(geoms, rounded)
    areas = np.isin(shapely.get_type_id(flat), (3, 6))
    flat[areas] = shapely.normalize(flat[areas])
    wkb = shapely.to_wkb(flat, output_dimension=2).tolist()
    keys = [kind.encode() + b"\0" + w for kind, w in zip(kinds, wkb, strict=True)]
    for i in np.flatnonzero(shapely.has_z(geoms)).tolist():
        heights = rounded(shapely.get_coordinates(geoms[i], include_z=True)[:, 2])
        keys[i] += b"\0" + heights.tobytes()
    return keys


def _repeat_notes(repeats: list[tuple[str, str, str, list[str]]]) -> list[str]:
    """Notes naming features left out as repeats and, apart, those whose read values disagree."""
    if not repeats:
        return []
    per_kind = Counter(kind for kind, *_ in repeats)
    counted = " and ".join(
        f"{n} {'footprints' if kind == 'building' else kind.replace('_', ' ') + 's'}"
        for kind, n in per_kind.items()
    )
    named = [f"{name} = {first}" for _, name, first, _ in repeats]
    shown = "; ".join(named[:5]) + (f"; … {len(named) - 5} more" if len(named) > 5 else "")
    notes = [f"left out {counted} repeated in another layer or feature: {shown}"]
    disagree = [(name, first, diff) for _, name, first, diff in repeats if diff]
    if disagree:
        on = sorted({d.split(" ")[0] for *_, diff in disagree for d in diff})
        told = [f"{name} {', '.join(diff)} (kept: {first})" for name, first, diff in disagree]
        shown = "; ".join(told[:5]) + (f"; … {len(told) - 5} more" if len(told) > 5 else "")
        notes.append(
            f"of which {len(disagree)} disagree on {'/'.join(on)}: the first feature's values kept; {shown}"
        )
    return notes


def _differences(kept: dict[str, Any], repeat: dict[str, Any]) -> list[str]:
    """What a repeat says differently from the kept feature: "attribute repeat's value ≠ kept's value"."""

    def said(values: dict[str, Any], k: str) -> str:
        return "(not given)" if k not in values else "unknown" if values[k] is None else str(values[k])

    return [
        f"{k} {said(repeat, k)} ≠ {said(kept, k)}"
        for k in sorted(set(kept) | set(repeat))
        if said(repeat, k) != said(kept, k)
    ]


def refused_outlines(pending: list[Record]) -> dict[str, str]:
    """Record id -> reason for each record of a failed bulk geometry check (checked one by one)."""
    from designer.model.errors import InvalidRecordError
    from designer.model.geometry import validate_many

    refused: dict[str, str] = {}
    for rec in pending:
        try:
            validate_many([rec])
        except InvalidRecordError as exc:
            refused[rec.id] = exc.reason
    return refused


def survey_records(
    survey: BaseSurvey,
    origin: tuple[float, float],
    *,
    fields: FieldMapping | None = None,
    sliver_m2: float = SLIVER_M2,
) -> tuple[list[Record], list[str]]:
    """Turn a survey into model records in local metres (CRS − origin); return records and notes.

    Attributes come from the source's tags and fields (``source_attributes``); what it does not say is
    stored as unknown. Invalid polygons are repaired when the repair keeps ≥ 99 % of the area;
    features that cannot be imported and slivers below ``sliver_m2`` are named in the notes.
    """
    import shapely

    from designer.io.source_attributes import AttributeReader
    from designer.model.entities import (
        Building,
        Drain,
        Manhole,
        Path,
        Plot,
        Sewer,
        SpotLevel,
        StreetLight,
        Toilet,
        WaterMain,
        WaterPoint,
    )
    from designer.model.errors import InvalidRecordError
    from designer.model.geometry import deferred_validation
    from designer.model.records import new_id

    classes: dict[str, Any] = {
        "plot": Plot,
        "building": Building,
        "path": Path,
        "water_main": WaterMain,
        "sewer": Sewer,
        "drain": Drain,
        "water_point": WaterPoint,
        "toilet": Toilet,
        "street_light": StreetLight,
        "manhole": Manhole,
        "spot_level": SpotLevel,
    }
    ox, oy = origin
    attributes_for = AttributeReader(fields)
    records: list[Record] = []
    notes: list[str] = []
    repaired = 0
    holes = 0
    slivers: list[str] = []
    first_of: dict[
        bytes, tuple[str, dict[str, Any]]
    ] = {}  # repeat key -> first imported feature's name, values
    repeats: list[tuple[str, str, str, list[str]]] = []  # kind, name, first's name, what differs
    attr_notes: Counter[str] = Counter()
    source_name: dict[str, str] = {}  # record id -> feature name, to name records the bulk check refuses
    try:
        # Outlines are checked together (vectorised) when the loop ends, not one shapely object each.
        with deferred_validation() as pending:
            # Repeated vertices dropped and validity tested for all features at once.
            cleaned = shapely.remove_repeated_points([f.geometry for f in survey.features], tolerance=0.02)
            valid = shapely.is_valid(cleaned).tolist()
            keys = repeat_keys([f.kind for f in survey.features], cleaned)
            for f, clean, clean_valid, key in zip(
                survey.features, cleaned.tolist(), valid, keys, strict=True
            ):
                g = clean
                if f.record is not None:
                    rec = _jamii_record(f, ox, oy)
                    if rec is None:
                        survey.skipped.append((f.name, "its Jamii record does not fit the model"))
                    else:
                        records.append(rec)
                    continue
                attrs, kept, more = attributes_for(f.kind, f.attributes)
                assumed = attrs.pop("_assumed", None)
                # What the feature says: the model's values and the source tags kept beside them.
                values = {**attrs, **({"width_assumed": assumed} if assumed else {}), **dict(kept)}
                if key in first_of:  # the same outline again (overlapping layers): never imported twice
                    first_name, first_values = first_of[key]
                    repeats.append((f.kind, f.name, first_name, _differences(first_values, values)))
                    continue
                for n in more:
                    attr_notes[n] += 1
                if assumed:
                    kept = (*kept, ("width_assumed", str(assumed)))
                cls = classes[f.kind]
                try:
                    if f.kind in AREA_KINDS:
                        g, how = (g, "") if clean_valid else _repaired_polygon(g)
                        if g is None:
                            survey.skipped.append((f.name, how))
                            continue
                        repaired += how == "repaired"
                        if g.area < sliver_m2:
                            slivers.append(f"{f.name} ({g.area:.3f} m²)")
                            continue
                        if g.interiors:
                            holes += 1
                        xy = (shapely.get_coordinates(g.exterior)[:-1] - (ox, oy)).tolist()
                        rec = cls(id=new_id(cls.ID_PREFIX), outline=tuple(map(tuple, xy)), tags=kept, **attrs)
                        source_name[rec.id] = f.name
                    elif f.kind in LINE_KINDS:
                        route = tuple((x - ox, y - oy) for x, y in shapely.get_coordinates(g))
                        rec = cls(id=new_id(cls.ID_PREFIX), route=route, tags=kept, **attrs)
                    else:
                        if f.kind == "spot_level" and "level_m" not in attrs:
                            if not g.has_z:
                                survey.skipped.append((f.name, "a spot level without a level"))
                                continue
                            attrs["level_m"] = float(shapely.get_coordinates(g, include_z=True)[0][2])
                        rec = cls(id=new_id(cls.ID_PREFIX), position=(g.x - ox, g.y - oy), tags=kept, **attrs)
                except InvalidRecordError as exc:
                    survey.skipped.append((f.name, exc.reason.split(" near")[0]))
                    continue
                records.append(rec)
                first_of[key] = (f.name, values)
    except InvalidRecordError:
        refused = refused_outlines(pending)
        records = [r for r in records if r.id not in refused]
        survey.skipped.extend((source_name[i], why.split(" near")[0]) for i, why in refused.items())
    if repaired:
        notes.append(f"repaired {repaired} self-crossing outlines (make_valid kept ≥ 99 % of each area)")
    if holes:
        notes.append(f"{holes} outlines had holes; the model keeps the outer ring only")
    if slivers:
        shown = "; ".join(slivers[:5]) + (f"; … {len(slivers) - 5} more" if len(slivers) > 5 else "")
        notes.append(f"left out {len(slivers)} slivers below {sliver_m2:g} m²: {shown}")
    notes += _repeat_notes(repeats)
    for n, count in attr_notes.most_common():
        notes.append(n if count == 1 else f"{n} (and {count - 1} more like it)")
    survey.slivers = len(slivers)
    survey.repeats = len(repeats)
    return records, notes
