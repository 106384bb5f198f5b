"""Base surveys from DXF: layers → feature types, closed polylines → plots/buildings, lines → paths, inserts → facilities.

* Reading: ``ezdxf.readfile`` (ASCII and binary DXF); a file ezdxf cannot parse is read again in
  recover mode (``ezdxf.recover``) and the user is told how many problems were repaired. Anything
  that still fails ends in one ImportBaseError naming the file and the reason, never a traceback.
* Units: ``$INSUNITS`` (or ``units=`` / ``--units``) converts drawing units to metres. The drawing's
  extents are then checked: a plan whose header says millimetres but whose numbers are clearly
  metres (or inches, or metres but really millimetres) would come out absurdly small or large, and
  the user is told which ``--units`` to pass.
* Layers: guessed from their names (NCS ``C-BLDG-…``, everyday ``Buildings``, ``Roads``, …),
  inserts also by block name; a mapping file overrides (see ``gis_import.load_mapping``).
* Coordinates: DXF carries no usable CRS (GDAL ignores GEODATA too). The numbers are taken to be in
  the CRS given by ``source_epsg`` (``--crs``), else in the project's CRS; a new project without
  ``--crs`` stays in local metres and the user is told so.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import Any

from designer.io.errors import ImportBaseError
from designer.io.gis_import import (
    AREA_KINDS,
    POINT_KINDS,
    BaseSurvey,
    SurveyFeature,
    guess_kind,
)
from designer.io.placement import LayerPlacement

__all__ = ["PLAUSIBLE_SIZE_M", "UNITS_TO_M", "read_dxf"]

UNITS_TO_M: dict[int, float] = {
    1: 0.0254,
    2: 0.3048,
    3: 1609.344,
    4: 0.001,
    5: 0.01,
    6: 1.0,
    7: 1000.0,
    10: 0.9144,
    14: 0.1,
}
_UNIT_NAMES = {
    0: "no units",
    1: "inches",
    2: "feet",
    3: "miles",
    4: "millimetres",
    5: "centimetres",
    6: "metres",
    7: "kilometres",
    10: "yards",
    14: "decimetres",
}
UNIT_OPTIONS = {"mm": 4, "cm": 5, "dm": 14, "m": 6, "km": 7, "in": 1, "ft": 2, "yd": 10}
PLAUSIBLE_SIZE_M = (2.0, 20_000.0)
"""A settlement base plan is between a few metres (one compound) and 20 km across."""

_LINEAR = {"LWPOLYLINE", "POLYLINE", "LINE", "ARC", "CIRCLE", "ELLIPSE", "SPLINE"}


def _open(path: Path) -> tuple[Any, list[str]]:
    import logging

    # ezdxf logs every repaired handle as a warning; the user gets one summary note instead.
    log = logging.getLogger("ezdxf")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        return _open_quietly(path)
    finally:
        log.setLevel(level)


def _open_quietly(path: Path) -> tuple[Any, list[str]]:
    from ezdxf import recover
    from ezdxf.filemanagement import readfile

    notes: list[str] = []
    if not path.exists():
        raise ImportBaseError(f"{path}: no such file")
    try:
        return readfile(path), notes
    except OSError as exc:
        raise ImportBaseError(f"{path} cannot be opened ({exc.strerror or exc})") from None
    except Exception as first:
        reason = str(first).splitlines()[0] if str(first) else type(first).__name__
    try:
        doc, auditor = recover.readfile(path)
    except Exception as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ImportBaseError(
            f"{path} is not a DXF file Jamii can read, even in recover mode ({detail})"
        ) from None
    fixed = len(auditor.fixes) + len(auditor.errors)
    notes.append(f"{path.name} is damaged ({reason}); read in recover mode, {fixed} problem(s) repaired")
    return doc, notes


def _outline(e: Any) -> tuple[list[tuple[float, float]], bool] | None:
    """Return (xy vertices, closed) of a linear entity in WCS drawing units, curves flattened."""
    from ezdxf import path as ezpath

    kind = e.dxftype()
    if kind == "POLYLINE" and (e.is_poly_face_mesh or e.is_polygon_mesh):
        return None
    try:
        p = ezpath.make_path(e)
    except (TypeError, ValueError):
        return None
    # Flatten arcs to within 1/200 of the entity's size (units differ between files).
    (x0, y0, _), (x1, y1, _) = _bbox(p)
    tol = max(abs(x1 - x0), abs(y1 - y0)) / 200.0 or 1e-3
    pts = [(v.x, v.y) for v in p.flattening(tol)]
    closed = kind in ("CIRCLE",) or (
        kind == "ELLIPSE" and e.dxf.start_param == 0 and abs(e.dxf.end_param - math.tau) < 1e-9
    )
    if kind == "LWPOLYLINE":
        closed = closed or e.closed
    elif kind == "POLYLINE":
        closed = closed or e.is_closed
    if len(pts) >= 3 and math.dist(pts[0], pts[-1]) <= 1e-9 * max(1.0, abs(pts[0][0]) + abs(pts[0][1])):
        closed = True
    if closed and len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    return pts, closed


def _bbox(p: Any) -> tuple[Any, Any]:
    from ezdxf.math import BoundingBox

    box = BoundingBox(p.control_vertices())
    return box.extmin, box.extmax


def read_dxf(
    path: str | Path,
    *,
    target_crs: Any,
    source_crs: Any = None,
    mapping: dict[str, str] | None = None,
    units: str | None = None,
    mapping_out: dict[str, str] | None = None,
) -> BaseSurvey:
    """Read a DXF base survey into a BaseSurvey (features in target CRS metres).

    Args:
        path: the DXF (ASCII or binary, any version ezdxf reads).
        target_crs: the project CRS (pyproj CRS; None: the drawing's coordinates stay, CRS = ``source_crs``).
        source_crs: the CRS the drawing's coordinates are in (``--crs``); default: the project's.
        mapping: layer name → kind overrides (``ignore`` drops a layer).
        mapping_out: filled with the layer → kind mapping used, also when the import fails.
        units: override of ``$INSUNITS`` (``"m"``, ``"mm"``, ``"cm"``, ``"ft"``, ``"in"``, …).

    Raises:
        ImportBaseError: unreadable file, implausible units, or nothing to import.
    """
    import numpy as np
    import shapely

    src = Path(path)
    doc, notes = _open(src)
    from designer.io.dxf_records import read_project

    jamii = read_project(doc)
    if jamii is not None:
        return _read_jamii_drawing(src, doc, jamii, target_crs, source_crs, notes, mapping_out)
    mapping = mapping or {}
    header_units = int(doc.header.get("$INSUNITS", 0) or 0)
    if units is not None:
        if units not in UNIT_OPTIONS:
            raise ImportBaseError(f"unknown unit {units!r}; use one of {', '.join(UNIT_OPTIONS)}")
        code = UNIT_OPTIONS[units]
    else:
        code = header_units
    factor = UNITS_TO_M.get(code, 1.0)
    raw: list[tuple[str, str, list[tuple[float, float]], str]] = []  # layer, class, points, block/kind hint
    handles: list[str] = []  # each raw entry's DXF handle: how a skipped entity is named to the user
    attribs: list[dict[str, str]] = []  # block attributes of each raw entry (KIND, TAPS, DIAM_MM, LEVEL …)
    seen_layers: Counter[str] = Counter()
    for e in doc.modelspace():
        kind = e.dxftype()
        layer = e.dxf.get("layer", "0")
        if kind in _LINEAR:
            got = _outline(e)
            if got is None or len(got[0]) < 2:
                continue
            pts, closed = got
            gclass = "area" if closed and len(pts) >= 3 else "line"
            raw.append((layer, gclass, pts, ""))
        elif kind == "INSERT":
            ins = e.dxf.insert
            raw.append((layer, "point", [(ins.x, ins.y)], e.dxf.name))
        elif kind == "POINT":
            loc = e.dxf.location
            raw.append((layer, "point", [(loc.x, loc.y)], ""))
        else:
            continue
        handles.append(str(e.dxf.get("handle", "")))
        attribs.append(
            {str(a.dxf.tag): str(a.dxf.text) for a in e.attribs if a.dxf.text not in ("", "unknown")}
            if kind == "INSERT"
            else {}
        )
        seen_layers[f"{layer} ({raw[-1][1]})"] += 1
    if not raw:
        raise ImportBaseError(f"{src}: the model space has no lines, polylines, blocks or points to import")
    coords = np.array([p for _, _, pts, _ in raw for p in pts], dtype=np.float64)
    finite = np.isfinite(coords).all(axis=1)
    if not finite.all():
        raise ImportBaseError(f"{src}: the drawing has coordinates that are not numbers")
    span = float(max(np.ptp(coords[:, 0]), np.ptp(coords[:, 1])))
    _check_size(src, span, factor, code, header_units, units is not None, notes)
    # Coordinates and CRS.
    from designer.io.crs import check_placement, crs_label, project_target

    crs = target_crs
    transform = None
    if source_crs is not None:
        xy_all = coords * factor
        bounds = (*xy_all.min(axis=0).tolist(), *xy_all.max(axis=0).tolist())
        landed = check_placement(
            source_crs, (bounds[0], bounds[1], bounds[2], bounds[3]), f"{src} (CRS from --crs)"
        )
        if target_crs is None:
            crs, why = project_target(source_crs, (landed.lon, landed.lat))
            notes.append(f"project CRS {crs_label(crs)}: {why}")
        if crs != source_crs:
            from pyproj import Transformer

            transform = Transformer.from_crs(source_crs, crs, always_xy=True)
    if crs is None:
        notes.append(
            "the drawing's coordinates are kept as local metres (no CRS); pass --crs to place it on the map"
        )
    elif source_crs is None:
        notes.append(
            f"the drawing's coordinates are taken to be in the project CRS {crs_label(crs)} (pass --crs if not)"
        )
    survey = BaseSurvey(source=str(src), crs=crs, notes=notes)
    if crs is not None:
        survey.placements.append(
            _placement(coords * factor, source_crs or crs, transform, source_crs is not None)
        )
    if mapping_out is not None:
        survey.guessed = mapping_out
    skipped: Counter[str] = Counter()
    for (layer, gclass, pts, block), handle, block_attrs in zip(raw, handles, attribs, strict=True):
        if block.startswith("JM_") and layer not in mapping:
            kind = guess_kind(block, gclass)  # Jamii's own symbol says what it is (JM_SUPPLY: no import kind)
        else:
            kind = (
                mapping.get(layer)
                or guess_kind(layer, gclass)
                or (guess_kind(block, gclass) if block else None)
            )
        if layer not in survey.guessed:
            survey.guessed[layer] = kind or "ignore"
        if kind in (None, "ignore"):
            if kind is None:
                skipped[f"{gclass}s on layer {layer} of unknown type"] += 1
            continue
        if (kind in AREA_KINDS) != (gclass == "area") or (kind in POINT_KINDS) != (gclass == "point"):
            skipped[f"{gclass}s on layer {layer} (mapped to {kind})"] += 1
            continue
        xy = np.asarray(pts, dtype=np.float64) * factor
        if transform is not None:
            x, y = transform.transform(xy[:, 0], xy[:, 1])
            xy = np.column_stack([x, y])
        if gclass == "area":
            geom = shapely.Polygon(xy)
            if not geom.is_valid:
                parts = [p for p in shapely.get_parts(shapely.make_valid(geom)) if p.geom_type == "Polygon"]
                if not parts:
                    skipped[f"degenerate outlines on layer {layer}"] += 1
                    continue
                geom = max(parts, key=lambda p: p.area)
        elif gclass == "line":
            geom = shapely.LineString(xy)
        else:
            geom = shapely.Point(xy[0])
        name = f"layer {layer} entity {handle}" if handle else f"layer {layer}"
        attrs = {"block": block, **block_attrs} if block else {}
        survey.features.append(SurveyFeature(kind, geom, attrs, layer, name))
    for why, n in skipped.items():
        survey.notes.append(f"skipped {n} {why}")
    if not survey.features:
        layers = ", ".join(f"{k}: {n}" for k, n in seen_layers.most_common(8))
        raise ImportBaseError(
            f"{src}: nothing Jamii recognises as plots, buildings, paths or facilities (layers: {layers}); "
            "say what each layer is in a mapping file (--mapping, see --write-mapping)"
        )
    return survey


def _placement(xy: Any, crs: Any, transform: Any, from_option: bool) -> LayerPlacement:
    """Where the drawing lies in ``crs`` (its own coordinates) and in the project CRS."""
    bounds = (*xy.min(axis=0).tolist(), *xy.max(axis=0).tolist())
    target = bounds
    if transform is not None:
        xs, ys = transform.transform([bounds[0], bounds[2]], [bounds[1], bounds[3]])
        target = (min(xs), min(ys), max(xs), max(ys))
    said = "--crs" if from_option else "the project"
    return LayerPlacement("", crs, said, (bounds[0], bounds[1], bounds[2], bounds[3]), target)


def _read_jamii_drawing(
    src: Path,
    doc: Any,
    info: dict[str, Any],
    target_crs: Any,
    source_crs: Any,
    notes: list[str],
    mapping_out: dict[str, str] | None,
) -> BaseSurvey:
    """Read a drawing Jamii wrote: every record from its XDATA, the CRS and origin from its XRECORD.

    Decoration (labels, road edges, hatches, title blocks) carries no record and is not imported.
    """
    import shapely

    from designer.io.crs import crs_label, parse_crs
    from designer.io.dxf_records import read_entity_record

    recorded_crs = None
    if info.get("crs_wkt"):
        recorded_crs = parse_crs(str(info["crs_wkt"]))
    elif info.get("crs_epsg"):
        recorded_crs = parse_crs(f"EPSG:{info['crs_epsg']}")
    from_crs = source_crs or recorded_crs
    # Local drawings hold local metres: the project origin turns them back into CRS metres.
    po = info.get("project_origin") or [0.0, 0.0]
    dx, dy = (float(po[0]), float(po[1])) if info.get("local_coordinates") else (0.0, 0.0)
    crs = target_crs if target_crs is not None else from_crs
    transform = None
    if from_crs is not None and crs is not None and from_crs != crs:
        from pyproj import Transformer

        transform = Transformer.from_crs(from_crs, crs, always_xy=True)
    survey = BaseSurvey(source=str(src), crs=crs, notes=notes)
    if mapping_out is not None:
        survey.guessed = mapping_out
    if isinstance(po, list) and len(po) == 2 and transform is None:
        survey.origin = (float(po[0]), float(po[1]))
    survey.options = [
        o for o in info.get("options", []) if isinstance(o, dict) and o.get("id") and o.get("name")
    ]
    decoration = 0
    for e in doc.modelspace():
        rec = read_entity_record(e)
        if rec is None:
            decoration += 1
            continue
        layer = e.dxf.get("layer", "0")
        kind = e.dxftype()
        if kind == "INSERT":
            xy = [(e.dxf.insert.x + dx, e.dxf.insert.y + dy)]
        elif kind == "LWPOLYLINE":
            xy = [(x + dx, y + dy) for x, y in e.get_points("xy")]
        else:
            continue
        if transform is not None:
            xs, ys = transform.transform([p[0] for p in xy], [p[1] for p in xy])
            xy = list(zip(xs, ys, strict=True))
        closed = kind == "LWPOLYLINE" and bool(e.closed)
        geom = (
            shapely.Polygon(xy) if closed else shapely.LineString(xy) if len(xy) > 1 else shapely.Point(xy[0])
        )
        name = f"{rec['kind']} {rec['fields'].get('id', '')}".strip()
        survey.features.append(SurveyFeature(str(rec["kind"]), geom, {}, layer, name, record=rec))
        survey.guessed.setdefault(layer, str(rec["kind"]))
    if crs is not None and survey.features:
        box = tuple(shapely.total_bounds([f.geometry for f in survey.features]).tolist())
        said = "--crs" if source_crs is not None else "the drawing's record"
        survey.placements.append(LayerPlacement("", crs, said, box, box))
    notes.append(
        f"read as a Jamii drawing: {len(survey.features)} records with all their attributes"
        + (
            f", CRS {crs_label(recorded_crs)} from the drawing's record"
            if recorded_crs is not None and source_crs is None
            else ""
        )
        + (
            f"; {decoration} decoration entities (labels, road edges, title blocks) not imported"
            if decoration
            else ""
        )
    )
    if not survey.features:
        raise ImportBaseError(f"{src}: a Jamii drawing without any drawn records")
    return survey


def _check_size(
    src: Path, span: float, factor: float, code: int, header: int, forced: bool, notes: list[str]
) -> None:
    lo, hi = PLAUSIBLE_SIZE_M
    size_m = span * factor
    said = _UNIT_NAMES.get(code, f"unit code {code}")
    if lo <= size_m <= hi:
        if code == 0 and not forced:
            notes.append(
                "the drawing does not say its units ($INSUNITS=0); read as metres — pass --units if not"
            )
        return
    if span == 0:
        return  # a single point or block: nothing to judge
    preferred = ("m", "mm", "cm", "ft", "in", "dm", "yd", "km")
    fits = [name for name in preferred if lo <= span * UNITS_TO_M[UNIT_OPTIONS[name]] <= hi]
    source = "you gave" if forced else f"its header ($INSUNITS={header}) says"
    hint = f" — if it is drawn in {' or '.join(fits[:3])}, pass --units {fits[0]}" if fits else ""
    raise ImportBaseError(
        f"{src}: {source} {said}, but then the plan would be {_size(size_m)} across, "
        f"which is not a settlement plan{hint}"
    )


def _size(m: float) -> str:
    if m >= 1000:
        return f"{m / 1000:,.1f} km"
    if m >= 1:
        return f"{m:,.1f} m"
    return f"{m * 1000:,.1f} mm"
