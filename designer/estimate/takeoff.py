"""The one bridge from the design model to costing: a Document's option → ``costing`` Elements.

``option_batches(doc, option_id)`` measures every intervention of an option from its drawn
geometry (lengths, areas, perimeters in local metres, vectorised with shapely) and its attributes,
and returns ``costing.takeoff.elements.ElementBatch`` columns per kind (and ``Element`` values for
houses) — the only input the estimating library needs; ``option_elements`` gives the same as one
Element per thing. It also reads the people side: households, savings groups, and the option's funding mix and
community-labour parameters (``option_finance_inputs``).

What is costed: the option's own entities (scope = option id). Paths that widen an existing path
carry the old width; demolitions, relocations and house improvements are measured on the existing
building they refer to. Context measures come from the settlement *as the option would leave it*
(``Document.option_view``): the surface along a water main or sewer is the surface of the nearest
path (within ``ROUTE_SURFACE_DISTANCE_M``), a water point's connection length is the distance to
the nearest water main, a grid street light's cable is the distance to the nearest other grid light.
"""

from __future__ import annotations

import math
import threading
import tomllib
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import chain, groupby
from operator import attrgetter, is_
from typing import Any, cast, overload

import numpy as np
import shapely

from costing.boq.settings import CommunityContribution
from costing.finance.funding import FundingMix, HouseholdInfo, SavingsGroupInfo
from costing.takeoff.elements import Categories, Element, ElementBatch
from designer.model.assumed_households import household_count
from designer.model.document import Document
from designer.model.entities import (
    Building,
    CoreHouse,
    Demolition,
    Drain,
    Entity,
    HouseImprovement,
    Manhole,
    Path,
    PathKind,
    Plot,
    PowerSource,
    Relocation,
    Sewer,
    StreetLight,
    Toilet,
    WaterMain,
    WaterPoint,
)
from designer.model.people import SavingsGroup
from designer.model.pipes import find_pipe
from designer.model.project import Option
from designer.model.records import EXISTING

__all__ = [
    "COSTED_KINDS",
    "ROUTE_SURFACE_DISTANCE_M",
    "MeasureContext",
    "OptionFinanceInputs",
    "entity_batches",
    "entity_elements",
    "household_counts",
    "option_batches",
    "option_community",
    "option_elements",
    "option_finance_inputs",
    "plots_sharing_corners",
]

ROUTE_SURFACE_DISTANCE_M = 3.0
"""A pipe within this distance of a path's centreline is taken to run under that path's surface."""

COSTED_KINDS = frozenset(
    {
        "water_main",
        "sewer",
        "drain",
        "path",
        "water_point",
        "toilet",
        "manhole",
        "street_light",
        "core_house",
        "building",
        "house_improvement",
        "demolition",
        "relocation",
        "plot",
    }
)
"""Entity kinds that produce elements when an option proposes them."""


@lru_cache(maxsize=1)
def _house_types() -> dict[str, dict[str, float]]:
    from designer.resources import resource_path

    with resource_path("costing", "house_types.toml").open("rb") as fh:
        return {k: {n: float(v) for n, v in t.items()} for k, t in tomllib.load(fh)["types"].items()}


def _linestrings(items: Sequence[Any]) -> Any:
    """The shapely lines of records with a ``route``: the coordinates read into one array first (no list of
    routes: a young list of thousands is walked by every garbage collection the new lines set off)."""
    counts = np.fromiter(map(len, map(_ROUTE, items)), dtype=np.int64, count=len(items))
    flat = np.fromiter(
        chain.from_iterable(chain.from_iterable(map(_ROUTE, items))), dtype=float, count=int(counts.sum()) * 2
    )
    return shapely.linestrings(flat.reshape(-1, 2), indices=np.repeat(np.arange(len(items)), counts))


_ROUTE = attrgetter("route")


def _polygons(rings: Sequence[Sequence[tuple[float, float]]]) -> Any:
    closed = [(*r, r[0]) for r in rings]
    counts = np.fromiter((len(r) for r in closed), dtype=np.int64, count=len(closed))
    flat = np.fromiter(
        chain.from_iterable(chain.from_iterable(closed)), dtype=float, count=int(counts.sum()) * 2
    )
    rings_geom = shapely.linearrings(flat.reshape(-1, 2), indices=np.repeat(np.arange(len(closed)), counts))
    return shapely.polygons(rings_geom)


class _Labels(Sequence[str]):
    """An element batch's labels, written only when one is read (an error message, an Element built
    from the batch): thousands of f-strings per costing that nobody reads otherwise."""

    def __init__(self, count: int, label: Callable[[int], str]) -> None:
        self._count = count
        self._label = label

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self._label(j) for j in range(self._count)[i]]
        if not -self._count <= i < self._count:
            raise IndexError(i)
        return self._label(i % self._count)


def _geometry(rec: Any) -> Any:
    if isinstance(rec, StreetLight | WaterPoint):
        return shapely.points(rec.position)
    return shapely.linestrings(rec.route)


class _Layer:
    """Entities of one kind with their shapely geometries, updatable one at a time.

    Look-ups of a few geometries compare against all of them (vectorised); larger batches build an
    STRtree once. Both break ties between equally near entities by the smaller id, so an edit and a
    full re-measure always pick the same neighbour.
    """

    BRUTE_FORCE_MAX = 16

    def __init__(self, items: list[Any], geoms: Any) -> None:
        self.items = items  # the layer's own list (built for it)
        # The geometries as built (an array); a list once an edit puts or drops one.
        self._list: list[Any] | None = None if isinstance(geoms, np.ndarray) else list(geoms)
        self._index: dict[str, int] | None = None
        self._array: Any = geoms if isinstance(geoms, np.ndarray) else None
        self._tree: Any = None
        self._surfaces: tuple[list[str], Any] | None = None

    @property
    def index(self) -> dict[str, int]:
        """Position of each item by id (built on first use: a full costing mostly does not need it)."""
        if self._index is None:
            self._index = dict(zip(map(attrgetter("id"), self.items), range(len(self.items)), strict=True))
        return self._index

    @property
    def geoms(self) -> list[Any]:
        """The geometries as a list (to change one)."""
        if self._list is None:
            self._list = list(self._array)
        return self._list

    def _changed(self) -> None:  # after ``geoms`` changed
        self._array = None
        self._tree = None
        self._surfaces = None

    def surfaces(self) -> tuple[list[str], Any]:
        """Return the items' surfaces (paths) numbered: the distinct texts and one number per item."""
        if self._surfaces is None:
            values = list(map(attrgetter("surface"), self.items))
            names: dict[str, int] = {}
            number = {v: names.setdefault(str(v), len(names)) for v in dict.fromkeys(values)}  # a few values
            codes = np.fromiter(map(number.__getitem__, values), dtype=np.intp, count=len(values))
            self._surfaces = (list(names), codes)
        return self._surfaces

    def tree(self) -> Any:
        if self._tree is None:
            self._tree = shapely.STRtree(self.array())
        return self._tree

    def nearest_distances(self, queries: Any) -> Any:
        """Return each query geometry's distance to the nearest item (``inf`` when there is none): which item
        is nearest does not matter here, so no tie between equally near ones needs breaking."""
        dist = np.full(len(queries), np.inf)
        if not self.items or not len(queries):
            return dist
        if len(queries) <= self.BRUTE_FORCE_MAX:
            arr = self.array()
            for qi, q in enumerate(queries):
                dist[qi] = float(shapely.distance(q, arr).min())
            return dist
        (query, _), found = self.tree().query_nearest(queries, return_distance=True, all_matches=False)
        dist[query] = found
        return dist

    def array(self) -> Any:
        if self._array is None:
            self._array = np.asarray(self.geoms, dtype=object) if self.geoms else np.empty(0, dtype=object)
        return self._array

    def put(self, item: Any) -> None:
        i = self.index.get(item.id)
        if i is None:
            self.index[item.id] = len(self.items)
            self.items.append(item)
            self.geoms.append(_geometry(item))
        else:
            self.items[i] = item
            self.geoms[i] = _geometry(item)
        self._changed()

    def drop(self, item_id: str) -> None:
        i = self.index.pop(item_id, None)
        if i is None:
            return
        last = len(self.items) - 1
        if i != last:
            self.items[i], self.geoms[i] = self.items[last], self.geoms[last]
            self.index[self.items[i].id] = i
        self.items.pop()
        self.geoms.pop()
        self._changed()

    def nearest_arrays(self, queries: Any, max_distance: float | None = None) -> tuple[Any, Any]:
        """Return per query geometry the index of the nearest item (-1: none within ``max_distance``) and
        the distance (``inf`` when none), as arrays."""
        found = np.full(len(queries), -1, dtype=np.int64)
        best_d = np.full(len(queries), np.inf)
        if not self.items or not len(queries):
            return found, best_d
        arr = self.array()
        if len(queries) <= self.BRUTE_FORCE_MAX:
            for qi, q in enumerate(queries):
                d = shapely.distance(q, arr)
                best = float(d.min())
                if max_distance is not None and best > max_distance:
                    continue
                ties = np.flatnonzero(d == best)
                found[qi] = min(ties.tolist(), key=lambda j: self.items[j].id)
                best_d[qi] = best
            return found, best_d
        if max_distance is not None:
            # Within a known reach, the candidates from a "dwithin" query and their exact distances are about
            # 4x faster than STRtree.query_nearest for 2,000 pipes among 3,000 paths; same nearest, same ties.
            pairs = self.tree().query(queries, predicate="dwithin", distance=max_distance)
            dist = shapely.distance(np.asarray(queries, dtype=object)[pairs[0]], arr[pairs[1]])
        else:
            pairs, dist = self.tree().query_nearest(queries, return_distance=True, all_matches=True)
        if not len(dist):
            return found, best_d
        # Per query, the nearest candidate (vectorised); equally near ones go to the smaller id.
        order = np.lexsort((dist, pairs[0]))
        query, item, dist = pairs[0][order], pairs[1][order], dist[order]
        first = np.flatnonzero(np.r_[True, query[1:] != query[:-1]])
        counts = np.diff(np.r_[first, len(query)])
        tied = dist == np.repeat(dist[first], counts)
        ties = np.flatnonzero(np.add.reduceat(tied.astype(np.int64), first) > 1)
        best = item[first]
        for g in ties.tolist():
            group = item[first[g] : first[g] + counts[g]][tied[first[g] : first[g] + counts[g]]]
            best[g] = min(group.tolist(), key=lambda j: self.items[j].id)
        found[query[first]] = best
        best_d[query[first]] = dist[first]
        return found, best_d


_LAYER_TYPES: dict[str, type[Entity]] = {
    "path": Path,
    "water_main": WaterMain,
    "street_light": StreetLight,
    "sewer": Sewer,
    "drain": Drain,
}

DRAIN_ALONG_PATH_M = 1.5
"""A drawn drain within this distance of a path's edge runs along it (it is that path's side drain)."""


class MeasureContext:
    """Spatial look-ups in the settlement as an option would leave it, kept up to date edit by edit.

    Layers (built on first use): the resolved paths, the resolved water mains, the resolved grid
    street lights, and the option's own pipes (mains and sewers, to find those under an edited
    path). ``apply(old, new)`` updates them after one record changed.
    """

    def __init__(self, doc: Document, option_id: str) -> None:
        self.doc = doc
        self.option_id = option_id
        self._layers: dict[str, _Layer] = {}
        self._asphalt: Any = None  # union of the asphalt roads' areas (None: not built yet)
        self._grid: Any = None  # union of the existing water mains
        self._head: str | bool | None = False  # the main connecting to the utility (False: not known yet)
        # While the mains layer is as built (the option's mains first): how many are the option's.
        self._option_mains: int | None = None

    def invalidate(self, kind: str | None = None) -> None:
        """Forget one layer (or all): it is rebuilt from the document on next use."""
        if kind is None:
            self._layers.clear()
        else:
            self._layers.pop(kind, None)

    def _gone(self) -> set[str]:
        return {p.widens for p in self.doc.of_type(Path, self.option_id) if p.widens}

    def _belongs(self, kind: str, rec: Any) -> bool:
        if kind == "option_pipes":
            return isinstance(rec, WaterMain | Sewer) and rec.scope == self.option_id
        cls: type[Entity] = _LAYER_TYPES[kind]
        if not isinstance(rec, cls) or rec.scope not in (EXISTING, self.option_id):
            return False
        if isinstance(rec, StreetLight) and rec.power != PowerSource.GRID:
            return False
        return not (kind == "path" and rec.id in self._gone())

    def layer(self, kind: str) -> _Layer:
        if kind not in self._layers:
            if kind == "option_pipes":
                items: list[Any] = [
                    *self.doc.of_type(WaterMain, self.option_id),
                    *self.doc.of_type(Sewer, self.option_id),
                ]
            elif kind == "water_main":
                # The option's mains first, in the document's order: a costing's own mains are then the
                # layer's first lines (``lines``), found without a look-up by id.
                every = self.doc.of_type(WaterMain)
                items = [e for e in every if e.scope == self.option_id]
                self._option_mains = len(items)
                items += [e for e in every if e.scope == EXISTING]
                del every
            else:
                scopes = (EXISTING, self.option_id)
                items = [e for e in self.doc.of_type(_LAYER_TYPES[kind]) if e.scope in scopes]
                gone = self._gone() if kind == "path" else set()
                if gone:
                    items = [e for e in items if e.id not in gone]
                if kind == "street_light":
                    items = [e for e in items if e.power == PowerSource.GRID]
            if kind == "street_light":
                geoms = shapely.points(np.asarray([s.position for s in items], dtype=float).reshape(-1, 2))
            else:
                geoms = _linestrings(items) if items else []
            self._layers[kind] = _Layer(items, geoms)
        return self._layers[kind]

    def lines(self, kind: str, items: Sequence[Any]) -> Any:
        """Return the shapely lines of ``items`` (records of layer ``kind``): the layer's own geometries when
        it holds these very records (each line is built once per context), else built from the routes."""
        layer = self.layer(kind)
        count = len(items)
        if count <= len(layer.items):
            # The layer's first or last records (a full costing's own mains, the existing ones): no look-up.
            if all(map(is_, items, layer.items)):
                return layer.array()[:count]
            if all(map(is_, items, layer.items[len(layer.items) - count :])):
                return layer.array()[len(layer.items) - count :]
        found = list(map(layer.index.get, map(attrgetter("id"), items)))
        if None not in found:
            at = cast(list[int], found)
            if [layer.items[i] for i in at] == list(items):  # compared by identity first: no field is read
                return layer.array()[at] if at else np.empty(0, dtype=object)
        return _linestrings(items)

    def apply(self, old: Any, new: Any) -> None:
        """Update the layers after ``old`` became ``new`` (either may be None: added / removed)."""
        for rec in (old, new):
            if isinstance(rec, Path) and rec.widens:
                self._layers.pop("path", None)  # which existing path is superseded may have changed
        for kind, layer in self._layers.items():
            if old is not None and old.id in layer.index:
                layer.drop(old.id)
            if new is not None and self._belongs(kind, new):
                layer.put(new)
        if any(isinstance(r, Path) and str(r.surface) == "asphalt" for r in (old, new)):
            self._asphalt = None  # only an asphalt road changes the asphalt area
        if any(isinstance(r, WaterMain) for r in (old, new)):
            self._head = False
            self._option_mains = None  # the layer's order changed
            if any(isinstance(r, WaterMain) and r.scope == EXISTING for r in (old, new)):
                self._grid = None

    def utility_head(self) -> str | None:
        """Return the id of the option's main that connects its network to the utility (cached): the one
        nearest an existing main, the first by id when the project records none; None without mains."""
        if self._head is False:
            layer = self.layer("water_main")
            built = self._option_mains  # None: edited since it was built, the mains are looked up
            mains = self.doc.of_type(WaterMain, self.option_id) if built is None else layer.items[:built]
            if not mains:
                self._head = None
            else:
                if self._grid is None:
                    existing = (
                        self.lines("water_main", self.doc.of_type(WaterMain, EXISTING))
                        if built is None
                        else layer.array()[built:]
                    )
                    self._grid = shapely.union_all(existing) if len(existing) else shapely.Point()
                ids = list(map(attrgetter("id"), mains))
                if self._grid.is_empty:
                    self._head = min(ids)
                else:
                    main_lines = self.lines("water_main", mains) if built is None else layer.array()[:built]
                    dists = shapely.distance(main_lines, self._grid).tolist()
                    self._head = min(zip(dists, ids, strict=True))[1]
        return self._head if isinstance(self._head, str) else None

    def route_surfaces(self, lines: Any) -> Categories:
        """Return the surface of the nearest path to each line's midpoint ("earth" when none is near)."""
        layer = self.layer("path")
        mids = shapely.line_interpolate_point(lines, 0.5, normalized=True) if len(lines) else lines
        found, _ = layer.nearest_arrays(mids, ROUTE_SURFACE_DISTANCE_M)
        names, codes = layer.surfaces() if len(layer.items) else ([], np.empty(0, dtype=np.intp))
        if "earth" not in names:
            names = [*names, "earth"]
        surfaces = np.full(len(found), names.index("earth"), dtype=np.intp)
        near = found >= 0
        surfaces[near] = codes[found[near]]
        return Categories(names, surfaces)

    def distance_to_sewers(self, points: Any) -> Any:
        """Return each point's distance (m) to the nearest sewer (existing or the option's); -1 when none."""
        dist = self.layer("sewer").nearest_distances(points)
        return np.where(np.isfinite(dist), dist, -1.0)

    def drain_lengths_along(self, paths: Sequence[Path]) -> list[float]:
        """Return, per path, the length (m) of drawn drains running along it (within its width plus a margin)."""
        layer = self.layer("drain")
        out = [0.0] * len(paths)
        if not layer.items or not paths:
            return out
        zones = shapely.buffer(
            _linestrings(paths),
            np.asarray([p.width_m / 2 + DRAIN_ALONG_PATH_M for p in paths], dtype=float),
        )
        arr = layer.array()
        pairs = shapely.STRtree(arr).query(zones, predicate="intersects")
        if pairs.size:
            lengths = shapely.length(shapely.intersection(arr[pairs[1]], zones[pairs[0]]))
            for i, length in zip(pairs[0].tolist(), lengths.tolist(), strict=True):
                out[i] += length
        return out

    def asphalt_length(self, lines: Any) -> Any:
        """Return, per line, its length (m) under asphalt paths and roads (their drawn width), as an array."""
        if self._asphalt is None:
            layer = self.layer("path")
            names, codes = layer.surfaces() if len(layer.items) else ([], None)
            if "asphalt" in names:
                at = np.flatnonzero(codes == names.index("asphalt"))
                widths = np.fromiter(
                    (layer.items[i].width_m for i in at.tolist()), dtype=float, count=len(at)
                )
                roads = shapely.buffer(layer.array()[at], widths / 2, cap_style="flat")
                self._asphalt = shapely.union_all(roads)
            else:
                self._asphalt = shapely.Polygon()
            shapely.prepare(self._asphalt)  # tested against every pipe of the option
        out = np.zeros(len(lines))
        if self._asphalt.is_empty or not len(lines):
            return out
        hit = np.flatnonzero(shapely.intersects(lines, self._asphalt))
        if len(hit):
            out[hit] = shapely.length(shapely.intersection(np.asarray(lines)[hit], self._asphalt))
        return out

    def distance_to_mains(self, points: Any) -> Any:
        """Return each point's distance (m) to the nearest water main (0 when there is none)."""
        dist = self.layer("water_main").nearest_distances(points)
        return np.where(np.isfinite(dist), dist, 0.0)

    def grid_light_spacing(self, lights: Sequence[StreetLight]) -> list[float]:
        """Return, for each grid light, the distance (m) to the nearest other grid light (0 if alone)."""
        layer = self.layer("street_light")
        out = [0.0] * len(lights)
        if len(layer.items) < 2:
            return out
        arr = layer.array()
        for i, light in enumerate(lights):
            if light.power != PowerSource.GRID:
                continue
            d = shapely.distance(shapely.points(light.position), arr)
            me = layer.index.get(light.id)
            if me is not None:
                d[me] = np.inf
            best = float(d.min())
            out[i] = best if math.isfinite(best) else 0.0
        return out


def option_batches(
    doc: Document, option_id: str, context: MeasureContext | None = None
) -> list[Element | ElementBatch]:
    """Return the elements of every costed intervention of an option, as batches per kind where measured
    in bulk (see the module docstring); ``costing.takeoff.engine.Takeoff`` takes them as they are."""
    if not isinstance(doc.get(option_id), Option):
        raise KeyError(f"no option {option_id!r}")
    context = context or MeasureContext(doc, option_id)
    return entity_batches(doc.entities(option_id), doc, context)


def option_elements(doc: Document, option_id: str, context: MeasureContext | None = None) -> list[Element]:
    """Return the elements of every costed intervention of an option, one Element each."""
    return _unbatched(option_batches(doc, option_id, context))


def entity_batches(
    entities: Iterable[Entity], doc: Document, context: MeasureContext
) -> list[Element | ElementBatch]:
    """Measure a batch of an option's entities (vectorised per type); skip kinds that are not costed."""
    groups: dict[str, list[Any]] = {}
    for kind, run in groupby(entities, attrgetter("KIND")):  # a document holds its records in runs of a kind
        if kind in COSTED_KINDS:
            groups.setdefault(kind, []).extend(run)
    out: list[Element | ElementBatch] = []
    for kind in sorted(groups):
        out.extend(_MEASURERS[kind](groups[kind], doc, context))
    return out


def entity_elements(entities: Iterable[Entity], doc: Document, context: MeasureContext) -> list[Element]:
    """Measure some of an option's entities, one Element each (see ``entity_batches``)."""
    return _unbatched(entity_batches(entities, doc, context))


def _unbatched(parts: Iterable[Element | ElementBatch]) -> list[Element]:
    return [e for p in parts for e in (p.elements() if isinstance(p, ElementBatch) else (p,))]


# ---------------------------------------------------------------------- per kind


_PIPE_KEY = attrgetter("material", "diameter_mm", "pressure_class")


def _pipe_class(material: str, diameter_mm: int, pressure_class: str) -> str:
    """The pipe class named on the bill: the same catalogue row the pressure check used."""
    spec = find_pipe(material, diameter_mm, pressure_class)
    if spec is None:
        return f"{pressure_class or 'class unknown'}, not in the pipe catalogue"
    return f"{spec.pressure_class}, bore {spec.internal_mm:g} mm"


def _numbered(values: list[Any]) -> tuple[list[Any], Any]:
    """Return the distinct values (in order of appearance) and each value's number among them."""
    if values and values.count(values[0]) == len(values):  # one value for all (one material, one class)
        return values[:1], np.zeros(len(values), dtype=np.intp)
    number = {v: i for i, v in enumerate(dict.fromkeys(values))}
    return list(number), np.fromiter(map(number.__getitem__, values), dtype=np.intp, count=len(values))


def _pipe_columns(items: list[WaterMain], diameters: Any) -> tuple[Categories, Categories]:
    """Return the mains' material and pipe class (named as the bill names it), numbered: one catalogue
    look-up per distinct (material, size, class), not per pipe; ``diameters`` as an array."""
    materials, material_codes = _numbered(list(map(attrgetter("material"), items)))
    classes, class_codes = _numbered(list(map(attrgetter("pressure_class"), items)))
    sizes, size_codes = np.unique(diameters, return_inverse=True)
    combined = (material_codes * len(sizes) + size_codes.reshape(-1)) * len(classes) + class_codes
    _, first, pipe_codes = np.unique(combined, return_index=True, return_inverse=True)
    pipe_classes = [_pipe_class(*_PIPE_KEY(items[i])) for i in first.tolist()]
    return Categories(materials, material_codes), Categories(pipe_classes, pipe_codes.reshape(-1))


def _pipes(items: list[Any], doc: Document, ctx: MeasureContext) -> list[ElementBatch]:  # noqa: ARG001 (one signature for all measurers)
    kind = items[0].KIND
    lines = ctx.lines(kind, items)
    lengths = shapely.length(lines)
    ids = [e.id for e in items]
    diameters = [e.diameter_mm for e in items]
    diameter_mm = np.asarray(diameters, dtype=float)
    measures: dict[str, Any] = {
        "length_m": lengths,
        "diameter_mm": diameter_mm,
        "depth_m": [e.depth_m for e in items],
        "asphalt_crossing_m": ctx.asphalt_length(lines),
    }
    attrs: dict[str, Any] = {"surface": ctx.route_surfaces(lines)}
    if kind == "sewer":
        attrs["material"] = [e.material for e in items]
        attrs["sewer_kind"] = [str(e.sewer_kind) for e in items]
    else:
        connection = np.zeros(len(items))
        head = ctx.utility_head()
        if head in ids:
            connection[ids.index(head)] = 1.0
        measures["utility_connection"] = connection
        attrs["material"], attrs["pipe_class"] = _pipe_columns(items, diameter_mm)
    name = "Water main" if kind == "water_main" else "Sewer"
    labels = _Labels(len(ids), lambda i: f"{name} {ids[i]} ({diameters[i]} mm, {lengths[i]:.1f} m)")
    return [ElementBatch(kind, ids, measures, attrs, labels)]


def _drains(items: list[Drain], doc: Document, ctx: MeasureContext) -> list[ElementBatch]:  # noqa: ARG001 (one signature for all measurers)
    lengths = shapely.length(_linestrings(items))
    ids = [e.id for e in items]
    return [
        ElementBatch(
            "drain",
            ids,
            {"length_m": lengths, "width_m": [e.width_m for e in items]},
            {"drain_kind": [str(e.drain_kind) for e in items], "lined": [bool(e.lined) for e in items]},
            _Labels(len(ids), lambda i: f"Drain {ids[i]} ({lengths[i]:.1f} m)"),
        )
    ]


def _crossings(items: list[Path], lengths: list[float]) -> ElementBatch:
    """A crossing is not a path: priced by its own rules (resources/costing/rules/crossing.toml)."""
    return ElementBatch(
        "crossing",
        [e.id for e in items],
        {"length_m": lengths, "width_m": [e.width_m for e in items]},
        {"crossing_kind": [str(e.path_kind) for e in items]},
        [
            f"{e.path_kind.value.capitalize()} {e.id} ({length:.1f} m)"
            for e, length in zip(items, lengths, strict=True)
        ],
    )


def _paths(items: list[Path], doc: Document, ctx: MeasureContext) -> list[ElementBatch]:
    is_crossing = [e.path_kind in (PathKind.ZEBRA, PathKind.FOOTBRIDGE) for e in items]
    lengths = shapely.length(_linestrings(items)).tolist()
    out = []
    if any(is_crossing):
        out.append(
            _crossings(
                [e for e, c in zip(items, is_crossing, strict=True) if c],
                [n for n, c in zip(lengths, is_crossing, strict=True) if c],
            )
        )
        lengths = [n for n, c in zip(lengths, is_crossing, strict=True) if not c]
        items = [e for e, c in zip(items, is_crossing, strict=True) if not c]
    if not items:
        return out
    along = ctx.drain_lengths_along(items)
    widened_from = []
    for e in items:
        old = doc.get(e.widens) if e.widens else None
        widened_from.append(old.width_m if isinstance(old, Path) else 0.0)
    out.append(
        ElementBatch(
            "path",
            [e.id for e in items],
            {
                "length_m": lengths,
                "width_m": [e.width_m for e in items],
                "area_m2": [length * e.width_m for e, length in zip(items, lengths, strict=True)],
                "widened_from_width_m": widened_from,
                # drawn drains along it are billed as drains, not again as its side drain
                "drawn_drain_m": along,
            },
            {
                "surface": [str(e.surface) for e in items],
                "path_kind": [str(e.path_kind) for e in items],
                "lit": [bool(e.lit) for e in items],
            },
            [
                f"{'Widened path' if w else 'Path'} {e.id} ({e.width_m} m × {length:.1f} m)"
                for e, length, w in zip(items, lengths, widened_from, strict=True)
            ],
        )
    )
    return out


def _positions(items: Sequence[Any]) -> Any:
    return shapely.points(np.asarray([e.position for e in items], dtype=float).reshape(-1, 2))


def _water_points(items: list[WaterPoint], doc: Document, ctx: MeasureContext) -> list[ElementBatch]:  # noqa: ARG001 (one signature for all measurers)
    ids = [e.id for e in items]
    return [
        ElementBatch(
            "water_point",
            ids,
            {
                "taps": [float(e.taps or 0) for e in items],
                "storage_m3": [e.storage_m3 for e in items],
                "connection_length_m": ctx.distance_to_mains(_positions(items)),
            },
            {"point_kind": [str(e.point_kind) for e in items]},
            _Labels(len(items), lambda i: f"{items[i].point_kind} {items[i].id} ({items[i].taps} taps)"),
        )
    ]


def _toilets(items: list[Toilet], doc: Document, ctx: MeasureContext) -> list[ElementBatch]:  # noqa: ARG001 (one signature for all measurers)
    return [
        ElementBatch(
            "toilet",
            [e.id for e in items],
            {
                "seats": [float(e.seats_total) for e in items],
                "seats_female": [float(e.seats_female) for e in items],
                "seats_male": [float(e.seats_male) for e in items],
                "sewer_distance_m": ctx.distance_to_sewers(_positions(items)),
            },
            {
                "toilet_kind": [str(e.toilet_kind) for e in items],
                "access": [str(e.access) for e in items],
                "handwashing": [bool(e.handwashing) for e in items],
            },
            _Labels(
                len(items), lambda i: f"{items[i].toilet_kind} {items[i].id} ({items[i].seats_total} seats)"
            ),
        )
    ]


def _manholes(items: list[Manhole], doc: Document, ctx: MeasureContext) -> list[ElementBatch]:  # noqa: ARG001 (one signature for all measurers)
    return [
        ElementBatch(
            "manhole",
            [e.id for e in items],
            {"depth_m": [e.depth_m for e in items], "diameter_mm": [float(e.diameter_mm) for e in items]},
            {},
            _Labels(len(items), lambda i: f"Manhole {items[i].id}"),
        )
    ]


def _lights(items: list[StreetLight], doc: Document, ctx: MeasureContext) -> list[ElementBatch]:  # noqa: ARG001 (one signature for all measurers)
    return [
        ElementBatch(
            "street_light",
            [e.id for e in items],
            {
                "height_m": [e.height_m for e in items],
                "lamp_w": [float(e.lamp_w) for e in items],
                "cable_length_m": ctx.grid_light_spacing(items),
            },
            {"power": [str(e.power) for e in items]},
            _Labels(len(items), lambda i: f"Street light {items[i].id} ({items[i].power})"),
        )
    ]


def _house_measures(
    area_m2: float, perimeter_m: float, storeys: int, rooms: int, house_type: str
) -> dict[str, float]:
    t = _house_types().get(house_type) or _house_types()["default"]
    storeys = max(storeys, 1)
    rooms = max(rooms, 1)
    rooms_per_storey = math.ceil(rooms / storeys)
    # One partition across the house per extra room on a storey, each as long as the side of the footprint.
    internal_len_m = (rooms_per_storey - 1) * math.sqrt(area_m2)
    height = t["storey_height_m"]
    foundation_len = perimeter_m + internal_len_m
    windows = t["windows_per_room"] * rooms
    party = t["party_wall_share"]
    return {
        "floor_area_m2": area_m2 * storeys,
        "storeys": float(storeys),
        "foundation_length_m": foundation_len,
        "foundation_volume_m3": foundation_len * t["foundation_width_m"] * t["foundation_depth_m"],
        # Net of openings, as the house-type takeoff gives them (doors taken as 0.9 × 2.0 m).
        "wall_area_external_m2": max(
            perimeter_m * (1 - party) * height * storeys
            - windows * t["window_area_m2"]
            - t["doors_per_room"] * rooms * 1.8,
            0.0,
        ),
        "wall_area_internal_m2": internal_len_m * height * storeys,
        "wall_area_party_m2": perimeter_m * party * height * storeys,
        "roof_area_m2": area_m2 * t["roof_factor"],
        "door_count": t["doors_per_room"] * rooms,
        "window_count": windows,
        "window_area_m2": windows * t["window_area_m2"],
        "wc_count": t["wc_count"],
        "shower_count": t["shower_count"],
        "kitchen_count": t["kitchen_count"],
    }


def _houses(items: list[Any], doc: Document, ctx: MeasureContext) -> list[Element]:
    """Core houses are measured from their house type's plan (one Element per built stage, party walls
    shared with neighbours); a new building without a type is estimated from its footprint."""
    from designer.estimate.house_takeoff import house_elements
    from designer.io.house_library import load_library

    library = load_library(doc)  # shipped, user and project types
    planned = {e.id for e in items if isinstance(e, CoreHouse) and e.house_type in library}
    out: list[Element] = house_elements(doc, ctx.option_id, library, only=planned) if planned else []
    others = [e for e in items if e.id not in planned]
    if not others:
        return out
    polys = _polygons([e.outline for e in others])
    areas, perims = shapely.area(polys).tolist(), shapely.length(polys).tolist()
    for e, a, p in zip(others, areas, perims, strict=True):
        if isinstance(e, CoreHouse):
            # A type the house library does not know: estimated from the footprint (see house_types.toml).
            htype, stage = e.house_type, 1
            label = f"Core house {e.id} ({e.house_type}, estimated from its footprint)"
        else:
            htype, stage, label = "default", 1, f"New building {e.id} ({e.use})"
        out.append(
            Element(
                "house",
                e.id,
                _house_measures(a, p, e.storeys, e.rooms, htype),
                {"house_type": htype, "stage": int(stage)},
                f"{label}, {a:.1f} m2",
                provenance="formula",
            )
        )
    return out


def _on_buildings(items: list[Any], doc: Document, ctx: MeasureContext) -> list[Element]:
    """Demolitions and relocations from the building's footprint; improvements from their house type."""
    from designer.estimate.house_takeoff import house_elements

    improvements = {e.id for e in items if isinstance(e, HouseImprovement)}
    out: list[Element] = house_elements(doc, ctx.option_id, only=improvements) if improvements else []
    items = [e for e in items if not isinstance(e, HouseImprovement)]
    targets = [doc.get(e.building_id) for e in items]
    found = [(e, b) for e, b in zip(items, targets, strict=True) if isinstance(b, Building)]
    if not found:
        return out
    polys = _polygons([b.outline for _, b in found])
    areas = shapely.area(polys).tolist()
    for (e, b), a in zip(found, areas, strict=True):
        wall = str(b.wall_material)
        if isinstance(e, Demolition):
            out.append(
                Element(
                    "demolition",
                    e.id,
                    {"floor_area_m2": a, "storeys": float(b.storeys)},
                    {"wall_material": wall},
                    f"Demolish {b.id} ({a:.1f} m2)",
                )
            )
        elif isinstance(e, Relocation):
            out.append(
                Element(
                    "relocation",
                    e.id,
                    {"floor_area_m2": a * b.storeys},
                    {"wall_material": wall},
                    f"Relocate {b.id} ({a:.1f} m2)",
                )
            )
    return out


def _plots(items: list[Plot], doc: Document, ctx: MeasureContext) -> list[ElementBatch]:  # noqa: ARG001 (one signature for all measurers)
    polys = _polygons([e.outline for e in items])
    areas, perims = shapely.area(polys).tolist(), shapely.length(polys).tolist()
    shares = beacon_shares(list(doc.of_type(Plot, items[0].scope)))
    return [
        ElementBatch(
            "plot",
            [e.id for e in items],
            {"area_m2": areas, "perimeter_m": perims, "beacons": [shares.get(e.id, 0.0) for e in items]},
            {},
            _Labels(len(items), lambda i: f"Plot {items[i].number or items[i].id} ({areas[i]:.1f} m2)"),
        )
    ]


BEACON_SNAP_M = 0.05
"""Plot corners closer than this are one corner (one beacon)."""


def _corner_keys(outline: Sequence[tuple[float, float]]) -> set[tuple[int, int]]:
    return {(round(x / BEACON_SNAP_M), round(y / BEACON_SNAP_M)) for x, y in outline}


def beacon_shares(plots: Sequence[Plot]) -> dict[str, float]:
    """Return, per plot, its share of the survey beacons: Σ 1/k over its corners, k = plots sharing the corner.

    The shares of all plots add up to the number of distinct corners (one beacon each).
    """
    counts: dict[tuple[int, int], int] = {}
    keys = {p.id: _corner_keys(p.outline) for p in plots}
    for corners in keys.values():
        for c in corners:
            counts[c] = counts.get(c, 0) + 1
    return {pid: math.fsum(1.0 / counts[c] for c in corners) for pid, corners in keys.items()}


def plots_sharing_corners(doc: Document, scope: str, outline: Sequence[tuple[float, float]]) -> list[str]:
    """Return the ids of the plots of ``scope`` with a corner in common with ``outline``."""
    mine = _corner_keys(outline)
    return [p.id for p in doc.of_type(Plot, scope) if mine & _corner_keys(p.outline)]


_MEASURERS: dict[str, Any] = {
    "water_main": _pipes,
    "sewer": _pipes,
    "drain": _drains,
    "path": _paths,
    "water_point": _water_points,
    "toilet": _toilets,
    "manhole": _manholes,
    "street_light": _lights,
    "core_house": _houses,
    "building": _houses,
    "house_improvement": _on_buildings,
    "demolition": _on_buildings,
    "relocation": _on_buildings,
    "plot": _plots,
}


# ---------------------------------------------------------------------- people and money


@dataclass(frozen=True)
class OptionFinanceInputs:
    """What finance needs from the document for one option (no personal data)."""

    funding: FundingMix
    community: CommunityContribution
    households: tuple[HouseholdInfo, ...]
    savings_groups: tuple[SavingsGroupInfo, ...]
    household_count: int
    persons: int
    households_estimated: bool


def _dec(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def option_community(option: Option) -> CommunityContribution:
    """Return an option's community contribution (labour shares, local materials)."""
    by_bill = {}
    for bill, share in option.labour_share_by_bill:
        try:
            by_bill[int(bill)] = _dec(share)
        except ValueError:
            continue
    return CommunityContribution(
        _dec(option.community_labour_share), by_bill, frozenset(option.local_materials)
    )


def household_counts(doc: Document) -> tuple[int, int, bool]:
    """Return (households, persons, estimated).

    When no households are recorded, the count is the one assumption of
    ``designer.model.assumed_households`` (one household per residential plot of the existing
    conditions, persons × the project's persons per household). Kept per document until
    any of its records changes (its signals): every costing of every option asks.
    """
    with _people_lock:
        memo = _people_memos.get(doc)
        if memo is None:
            memo = _people_memos[doc] = _PeopleMemo(doc)
    counts = memo.counts
    if counts is None:
        counts = memo.counts = _count_people(doc)
    return counts


def _count_people(doc: Document) -> tuple[int, int, bool]:
    # The one assumption where no households are recorded (the check and the screens use it too).
    count = household_count(doc)
    return count.households, count.persons, count.assumed


class _PeopleMemo:
    """A document's ``household_counts``, forgotten when any of its records is added, removed or replaced."""

    def __init__(self, doc: Document) -> None:
        self.counts: tuple[int, int, bool] | None = None
        doc.record_added.connect(self.forget)
        doc.record_removed.connect(self.forget)
        doc.record_replaced.connect(self.forget)

    def forget(self, *_changed: Any) -> None:
        self.counts = None


_people_memos: weakref.WeakKeyDictionary[Document, _PeopleMemo] = weakref.WeakKeyDictionary()
_people_lock = threading.Lock()


def option_finance_inputs(doc: Document, option_id: str) -> OptionFinanceInputs:
    """Return an option's funding mix, community contribution, households and savings groups."""
    option = doc.get(option_id)
    if not isinstance(option, Option):
        raise KeyError(f"no option {option_id!r}")
    f = option.funding
    funding = FundingMix(
        savings_share=_dec(f.savings_share),
        subsidy_share=_dec(f.subsidy_share),
        subsidy_cap_per_household=Decimal(f.subsidy_cap_per_household),
        loan_share=_dec(f.loan_share),
        loan_rate_pct_per_year=_dec(f.loan_rate_pct_per_year),
        loan_term_months=int(f.loan_term_months),
        loan_grace_months=int(f.loan_grace_months),
        government_works=Decimal(f.government_works),
    )
    households = tuple(
        HouseholdInfo(h.id, h.size_persons, h.income_per_month, str(h.head_sex), h.savings_balance)
        for h in sorted(doc.households, key=lambda h: h.id)
    )
    groups = tuple(
        SavingsGroupInfo(g.id, g.members_female, g.members_male, g.balance)
        for g in sorted(doc.of_type(SavingsGroup), key=lambda g: g.id)
    )
    count, persons, estimated = household_counts(doc)
    return OptionFinanceInputs(
        funding, option_community(option), households, groups, count, persons, estimated
    )
