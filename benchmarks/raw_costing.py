"""The raw baseline of the costing benchmark: the option's geometric measurement in plain shapely and numpy.

It does the same geometric work as Jamii's take-off (``designer.estimate.takeoff``) for the kinds the
synthetic option holds (water mains, water points, toilets, street lights, paths), in the most direct
vectorised way and with no Jamii code, from a drawing already held as numpy arrays (``raw_inputs``,
not timed, as a GIS script would have read its layers: coordinates, numbers, text as category codes):

* water mains: length; the surface of the nearest path within 3 m of the midpoint ("earth" if none;
  candidates within reach, then the nearest, the same algorithm as the product: ``query_nearest``
  took four times as long and would have made the baseline do more work than the product);
  the length under asphalt roads (each road buffered to its width, flat ends, all unioned); which main
  connects to the utility (nearest the existing mains, else the smallest id); the pipe catalogue row
  (material, size, class; an empty class takes the material's default row; matched once per distinct
  pipe), named as the bill names it;
* water points: distance to the nearest main (existing or the option's; 0 when there is none);
* toilets: distance to the nearest sewer (-1 when there is none);
* street lights: for grid lights, the distance to the nearest other grid light (0 when alone);
* the option's paths: length, area (length × width), length of drawn drains within the path's
  half-width + 1.5 m.

``raw_measures`` maps the result back to entity ids, so a test can check that the baseline measures
what the product measures (tests/estimate/test_raw_costing_baseline.py): a baseline that did less work
than the product would flatter it, one that did more would hide its overhead.
"""

from __future__ import annotations

import csv
from pathlib import Path as FilePath
from typing import Any

import numpy as np

__all__ = ["raw_inputs", "raw_measure", "raw_measures"]

ROUTE_SURFACE_DISTANCE_M = 3.0  # as designer.estimate.takeoff.ROUTE_SURFACE_DISTANCE_M
DRAIN_ALONG_PATH_M = 1.5  # as designer.estimate.takeoff.DRAIN_ALONG_PATH_M
CATALOGUE_CSV = FilePath(__file__).resolve().parent.parent / "resources" / "pipes" / "catalogue.csv"


def _lines(items: list[Any]) -> tuple[np.ndarray, np.ndarray]:
    counts = [len(e.route) for e in items]
    coords = np.asarray([p for e in items for p in e.route], dtype=float).reshape(-1, 2)
    return coords, np.repeat(np.arange(len(items)), counts)


def _points(items: list[Any]) -> np.ndarray:
    return np.asarray([e.position for e in items], dtype=float).reshape(-1, 2)


def _catalogue() -> dict[str, np.ndarray]:
    """The pipe catalogue file as columns (material and class case-folded for matching)."""
    with CATALOGUE_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return {
        "material": np.asarray([r["material"].strip().casefold() for r in rows]),
        "nominal_mm": np.asarray([int(r["nominal_mm"]) for r in rows]),
        "class": np.asarray([r["pressure_class"].strip().casefold() for r in rows]),
        "default": np.asarray(
            [r["default_class"].strip().lower() == "yes" or not r["pressure_class"].strip() for r in rows]
        ),
        "labels": np.asarray(
            [f"{r['pressure_class'].strip()}, bore {float(r['internal_mm']):g} mm" for r in rows],
            dtype=object,
        ),
    }


def _categories(values: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """A text column as a numpy script holds it: category names and one code per row."""
    names, codes = np.unique(np.asarray(values, dtype=str), return_inverse=True)
    return names, codes.reshape(-1)


def raw_inputs(doc: Any, option_id: str) -> dict[str, Any]:
    """Return the drawing of ``option_id`` as arrays (coordinates, attributes, ids) plus the pipe catalogue."""
    from designer.model import Drain, Path, PowerSource, Sewer, StreetLight, Toilet, WaterMain, WaterPoint
    from designer.model.records import EXISTING

    def scoped(cls: type) -> list[Any]:
        return [e for e in doc.of_type(cls) if e.scope in (EXISTING, option_id)]

    widened = {p.widens for p in doc.of_type(Path, option_id) if p.widens}
    paths = [p for p in scoped(Path) if p.id not in widened]
    option_paths = doc.of_type(Path, option_id)
    mains = doc.of_type(WaterMain, option_id)
    existing_mains = doc.of_type(WaterMain, EXISTING)
    lights = doc.of_type(StreetLight, option_id)
    grid = [s for s in scoped(StreetLight) if s.power == PowerSource.GRID]
    return {
        "paths": _lines(paths),
        "path_width_m": np.asarray([p.width_m for p in paths], dtype=float),
        "path_surface": np.asarray([str(p.surface) for p in paths]),
        "option_paths": _lines(option_paths),
        "option_path_width_m": np.asarray([p.width_m for p in option_paths], dtype=float),
        "option_path_ids": [p.id for p in option_paths],
        # the option's mains first, then the existing ones: all of them are "the nearest main" of a tap
        "mains": _lines([*mains, *existing_mains]),
        "n_option_mains": len(mains),
        "main_ids": np.asarray([m.id for m in mains]),
        "main_material": _categories([m.material for m in mains]),
        "main_nominal_mm": np.asarray([m.diameter_mm for m in mains], dtype=np.int64),
        "main_class": _categories([m.pressure_class for m in mains]),
        "sewers": _lines(scoped(Sewer)),
        "drains": _lines(scoped(Drain)),
        "taps": _points(doc.of_type(WaterPoint, option_id)),
        "tap_ids": [e.id for e in doc.of_type(WaterPoint, option_id)],
        "toilets": _points(doc.of_type(Toilet, option_id)),
        "toilet_ids": [e.id for e in doc.of_type(Toilet, option_id)],
        "lights": _points(lights),
        "light_ids": [e.id for e in lights],
        "light_is_grid": np.asarray([s.power == PowerSource.GRID for s in lights], dtype=bool),
        "grid_lights": _points(grid),
        "grid_light_ids": np.asarray([s.id for s in grid]),
        "catalogue": _catalogue(),
    }


def _linestrings(lines: tuple[np.ndarray, np.ndarray]) -> Any:
    import shapely

    coords, index = lines
    return shapely.linestrings(coords, indices=index) if len(coords) else np.empty(0, dtype=object)


def _pipe_classes(inp: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Return each option main's catalogue row (-1: not in it) and the class named on the bill, vectorised:
    one match against the catalogue per distinct (material, size, class), first matching row wins."""
    cat = inp["catalogue"]
    material_names, material_codes = inp["main_material"]
    class_names, class_codes = inp["main_class"]
    combos, inverse = np.unique(
        np.stack([material_codes, inp["main_nominal_mm"], class_codes], axis=1), axis=0, return_inverse=True
    )
    material = np.char.lower(np.char.strip(material_names[combos[:, 0]]))
    given = np.char.strip(class_names[combos[:, 2]])
    klass = np.char.lower(given)
    has_class = np.char.str_len(klass) > 0
    same = (material[:, None] == cat["material"][None, :]) & (combos[:, 1:2] == cat["nominal_mm"][None, :])
    match = np.where(
        has_class[:, None], same & (klass[:, None] == cat["class"][None, :]), same & cat["default"][None, :]
    )
    found = match.any(axis=1)
    rows = np.where(found, match.argmax(axis=1), -1)
    unknown = np.char.add(np.where(has_class, given, "class unknown"), ", not in the pipe catalogue")
    names = np.where(found, cat["labels"][rows], unknown.astype(object))
    inverse = inverse.reshape(-1)
    return rows[inverse], names[inverse]


def _mains(inp: dict[str, Any], paths: Any, pipes: Any, existing_mains: Any) -> dict[str, Any]:
    """Water mains: length, surface of the nearest path at the midpoint, length under asphalt, the
    utility connection, the catalogue row."""
    import shapely

    n_mains = len(pipes)
    surface = np.full(n_mains, "earth", dtype=object)
    if len(paths) and n_mains:
        # The nearest path within reach: candidates within the distance, then the nearest per pipe (as
        # fast a way as shapely offers; STRtree.query_nearest takes about 4x as long here).
        mids = shapely.line_interpolate_point(pipes, 0.5, normalized=True)
        pipe_i, path_i = shapely.STRtree(paths).query(
            mids, predicate="dwithin", distance=ROUTE_SURFACE_DISTANCE_M
        )
        order = np.lexsort((shapely.distance(mids[pipe_i], paths[path_i]), pipe_i))
        pipe_i, path_i = pipe_i[order], path_i[order]
        first = np.r_[True, pipe_i[1:] != pipe_i[:-1]]
        surface[pipe_i[first]] = inp["path_surface"][path_i[first]]
    asphalt_m = np.zeros(n_mains)
    is_asphalt = inp["path_surface"] == "asphalt"
    if is_asphalt.any() and n_mains:
        roads = shapely.buffer(paths[is_asphalt], inp["path_width_m"][is_asphalt] / 2, cap_style="flat")
        area = shapely.union_all(roads)
        shapely.prepare(area)
        hit = np.flatnonzero(shapely.intersects(pipes, area))
        asphalt_m[hit] = shapely.length(shapely.intersection(pipes[hit], area))
    # The main connecting the option's network to the utility: nearest the existing mains, else the first id.
    connection = np.zeros(n_mains)
    if n_mains:
        ids = inp["main_ids"]
        if len(existing_mains):
            dist = shapely.distance(pipes, shapely.union_all(existing_mains))
            connection[np.lexsort((ids, dist))[0]] = 1.0
        else:
            connection[np.argmin(ids)] = 1.0
    rows, classes = _pipe_classes(inp)
    return {
        "main_length_m": shapely.length(pipes),
        "main_surface": surface,
        "main_asphalt_m": asphalt_m,
        "main_utility_connection": connection,
        "main_catalogue_row": rows,
        "main_pipe_class": classes,
    }


def _nearest_distance(
    tree_geoms: Any, queries: Any, missing: float, *, exclusive: bool = False
) -> np.ndarray:
    """Each query's distance to the nearest tree geometry (``missing`` when there is none)."""
    import shapely

    out = np.full(len(queries), missing)
    if len(queries) and len(tree_geoms):
        (qi, _), dist = shapely.STRtree(tree_geoms).query_nearest(
            queries, return_distance=True, exclusive=exclusive, all_matches=False
        )
        out[qi] = dist
    return out


def _option_paths(inp: dict[str, Any]) -> dict[str, Any]:
    """The option's paths: length, area, drawn drains along them."""
    import shapely

    option_paths = _linestrings(inp["option_paths"])
    length = shapely.length(option_paths)
    drains = _linestrings(inp["drains"])
    along = np.zeros(len(option_paths))
    if len(option_paths) and len(drains):
        zones = shapely.buffer(option_paths, inp["option_path_width_m"] / 2 + DRAIN_ALONG_PATH_M)
        zone_i, drain_i = shapely.STRtree(drains).query(zones, predicate="intersects")
        pieces = shapely.length(shapely.intersection(drains[drain_i], zones[zone_i]))
        along = np.bincount(zone_i, weights=pieces, minlength=len(option_paths))
    return {
        "path_length_m": length,
        "path_area_m2": length * inp["option_path_width_m"],
        "path_drawn_drain_m": along,
    }


def raw_measure(inp: dict[str, Any]) -> dict[str, Any]:
    """Measure the option (see the module docstring); return per kind the arrays of measures."""
    import shapely

    paths = _linestrings(inp["paths"])
    all_mains = _linestrings(inp["mains"])
    n_mains = inp["n_option_mains"]
    out = _mains(inp, paths, all_mains[:n_mains], all_mains[n_mains:])
    out["tap_connection_m"] = _nearest_distance(all_mains, shapely.points(inp["taps"]), 0.0)
    out["toilet_sewer_m"] = _nearest_distance(
        _linestrings(inp["sewers"]), shapely.points(inp["toilets"]), -1.0
    )
    # Grid street lights: cable to the nearest other grid light (0 when alone or not on the grid).
    cable_m = np.zeros(len(inp["lights"]))
    grid = inp["light_is_grid"]
    if grid.any() and len(inp["grid_lights"]) > 1:
        cable_m[grid] = _nearest_distance(
            shapely.points(inp["grid_lights"]), shapely.points(inp["lights"][grid]), 0.0, exclusive=True
        )
    out["light_cable_m"] = cable_m
    out.update(_option_paths(inp))
    return out


def raw_measures(doc: Any, option_id: str) -> dict[str, dict[str, Any]]:
    """Return the raw baseline's measures per entity id, named as the product's Element measures."""
    inp = raw_inputs(doc, option_id)
    got = raw_measure(inp)
    out: dict[str, dict[str, Any]] = {}
    for i, mid in enumerate(inp["main_ids"].tolist()):
        out[mid] = {
            "length_m": float(got["main_length_m"][i]),
            "asphalt_crossing_m": float(got["main_asphalt_m"][i]),
            "utility_connection": float(got["main_utility_connection"][i]),
            "surface": str(got["main_surface"][i]),
            "pipe_class": got["main_pipe_class"][i],
        }
    for i, tid in enumerate(inp["tap_ids"]):
        out[tid] = {"connection_length_m": float(got["tap_connection_m"][i])}
    for i, wid in enumerate(inp["toilet_ids"]):
        out[wid] = {"sewer_distance_m": float(got["toilet_sewer_m"][i])}
    for i, lid in enumerate(inp["light_ids"]):
        out[lid] = {"cable_length_m": float(got["light_cable_m"][i])}
    for i, pid in enumerate(inp["option_path_ids"]):
        out[pid] = {
            "length_m": float(got["path_length_m"][i]),
            "area_m2": float(got["path_area_m2"][i]),
            "drawn_drain_m": float(got["path_drawn_drain_m"][i]),
        }
    return out
