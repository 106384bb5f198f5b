"""The one model walker: existing conditions, one option or all options → drawing primitives → a backend.

The walker decides *what* is drawn and on which layer (from the layer profile); backends decide
*how* (DXF entities, GeoPackage features, PDF paths). It walks the model once, grouping records by
kind so coordinates are converted to CRS metres in bulk (numpy) and label points are found with
vectorised shapely calls, which keeps a 10,000-plot export close to the cost of ezdxf alone.

Modes:
    ``existing``: existing conditions only, all on E (or survey) layers.
    ``option``:   the settlement as the option would leave it: kept existing on E layers, the
                  option's proposals on N, buildings it demolishes / moves on D / M; existing plots
                  and paths the option supersedes (re-plotting, widening) are left out.
    ``all``:      existing conditions on E layers and every option k (1–9, options sorted by id)
                  on its own digit layers (``…-k``, ``…-DEMO-k``, ``…-MOVE-k``); one sheet per
                  option with the other options' layers frozen in its viewport.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from designer.io.errors import ExportError
from designer.model.entities import (
    Building,
    CoreHouse,
    Demolition,
    Drain,
    DrainKind,
    Entity,
    HazardArea,
    HouseImprovement,
    Manhole,
    Path,
    PathKind,
    Plot,
    Relocation,
    Sewer,
    SpotLevel,
    StreetLight,
    SupplyPoint,
    Toilet,
    WaterMain,
    WaterPoint,
    WaterPointKind,
)
from designer.model.records import EXISTING
from designer.render.primitives import (
    DrawingBackend,
    DrawingSummary,
    Hatch,
    Label,
    LinearDimension,
    PlanInfo,
    Shape,
    Sheet,
    Symbol,
)
from designer.render.profile import LayerProfile, LayerSpec, load_profile
from designer.render.symbols import STATUS_WORDS

if TYPE_CHECKING:
    import numpy as np

    from designer.model.document import Document

__all__ = ["MODES", "feature_of", "walk"]

MODES = ("existing", "option", "all")

_AREA_ORDER: tuple[type[Entity], ...] = (Plot, HazardArea, Building, CoreHouse)
_LINE_ORDER: tuple[type[Entity], ...] = (Path, Drain, Sewer, WaterMain)
_POINT_ORDER: tuple[type[Entity], ...] = (SpotLevel, Manhole, WaterPoint, SupplyPoint, Toilet, StreetLight)


def feature_of(e: Entity) -> str | None:
    """Return the profile feature name of an entity, or None for records that have no drawing."""
    if isinstance(e, Plot):
        return "plot"
    if isinstance(e, Building | CoreHouse):
        return "building"
    if isinstance(e, HazardArea):
        return "hazard"
    if isinstance(e, Path):
        return "road" if e.path_kind in (PathKind.ROAD, PathKind.LANE) else "footpath"
    if isinstance(e, WaterMain):
        return "water_main"
    if isinstance(e, Sewer):
        return "sewer"
    if isinstance(e, Drain):
        return "drain_open" if e.drain_kind == DrainKind.OPEN else "drain_pipe"
    if isinstance(e, WaterPoint):
        return "kiosk" if e.point_kind in (WaterPointKind.KIOSK, WaterPointKind.TANK) else "standpipe"
    if isinstance(e, Toilet):
        return "toilet"
    if isinstance(e, Manhole):
        return "manhole"
    if isinstance(e, StreetLight):
        return "street_light"
    if isinstance(e, SupplyPoint):
        return "supply_point"
    if isinstance(e, SpotLevel):
        return "spot_level"
    return None


@dataclass(slots=True)
class _Item:
    entity: Entity
    status: str
    option_no: int | None
    option_id: str | None


def walk(
    doc: Document,
    backend: DrawingBackend,
    *,
    mode: str = "option",
    option_id: str | None = None,
    profile: LayerProfile | None = None,
    local_coordinates: bool = False,
) -> DrawingSummary:
    """Walk the document once and emit its drawing to ``backend``; return what was drawn.

    Args:
        doc: the project.
        backend: the renderer (DXF, GIS, PDF).
        mode: ``"existing"``, ``"option"`` (needs ``option_id``) or ``"all"``.
        option_id: the option drawn in ``"option"`` mode.
        profile: the layer profile (default: the shipped Jamii-NCS profile).
        local_coordinates: emit local metres (origin not added), for readers that cannot handle
            coordinates of millions of metres (LibreCAD's printer).

    Raises:
        ExportError: unknown mode, missing option, or more than 9 options in ``"all"`` mode.
    """
    if mode not in MODES:
        raise ExportError(f"unknown drawing mode {mode!r}; use one of {', '.join(MODES)}")
    prof = profile or load_profile()
    project = doc.project
    origin = (0.0, 0.0) if local_coordinates else (project.origin_x_m, project.origin_y_m)
    options = sorted(doc.options, key=lambda o: o.id)
    items: list[_Item] = []
    sheets: list[Sheet] = []
    if mode == "existing":
        drawn_options: list[Any] = []
        items = [_Item(e, "E", None, None) for e in doc.entities(EXISTING)]
        sheets.append(Sheet("EXISTING", "Existing conditions", None, 1))
    elif mode == "option":
        if option_id is None:
            raise ExportError("say which option to draw")
        opt = doc.get(option_id)
        if opt is None or opt not in options:
            raise ExportError(f"no option {option_id!r} in the project")
        drawn_options = [opt]
        items = _option_items(doc, option_id, None)
        sheets.append(Sheet(option_id, f"Option: {drawn_options[0].name}", option_id, 1))
    else:
        if len(options) > 9:
            raise ExportError(
                f"the project has {len(options)} options; layer status digits allow 9 on one drawing — "
                "export options one at a time"
            )
        drawn_options = options
        items = [_Item(e, "E", None, None) for e in doc.entities(EXISTING)]
        for k, opt in enumerate(options, 1):
            items.extend(_option_items(doc, opt.id, k))
    plan = PlanInfo(
        project=project,
        profile=prof,
        mode=mode,
        option_ids=tuple(o.id for o in drawn_options),
        option_names=tuple(o.name for o in drawn_options),
        origin=origin,
        local_coordinates=local_coordinates,
    )
    w = _Walker(prof, backend, origin, plan)
    backend.begin(plan)
    w.emit(items)
    if mode == "option" and option_id is not None:
        w.improvements(doc, option_id, None)
    elif mode == "all":
        for k, opt in enumerate(options, 1):
            w.improvements(doc, opt.id, k)
    summary = w.summary()
    if mode == "all":
        for k, opt in enumerate(options, 1):
            others = {n for n, no in w.layer_option.items() if no is not None and no != k}
            sheets.append(Sheet(opt.id, f"Option {k}: {opt.name}", opt.id, k, tuple(sorted(others))))
    summary.sheets = sheets
    backend.finish(summary)
    return summary


def _option_items(doc: Document, option_id: str, option_no: int | None) -> list[_Item]:
    """Items of one option: in option mode (option_no None) the resolved view, else only its own records."""
    proposed = doc.entities(option_id)
    moves: dict[str, str] = {}
    for e in proposed:
        if isinstance(e, Demolition):
            moves[e.building_id] = "D"
        elif isinstance(e, Relocation):
            moves.setdefault(e.building_id, "M")
    out: list[_Item] = []
    if option_no is None:
        gone = doc.option_view(option_id).removed_ids()
        for e in doc.entities(EXISTING):
            if e.id in moves:
                out.append(_Item(e, moves[e.id], None, option_id))
            elif e.id not in gone:
                out.append(_Item(e, "E", None, None))
    else:
        for building_id, status in moves.items():
            building = doc.get(building_id)
            if isinstance(building, Entity):
                out.append(_Item(building, status, option_no, option_id))
    out.extend(
        _Item(e, "N", option_no, option_id)
        for e in proposed
        if not isinstance(e, Demolition | Relocation | HouseImprovement)
    )
    return out


class _Walker:
    """Emission state: layers used, counts per layer, extents."""

    def __init__(
        self, profile: LayerProfile, backend: DrawingBackend, origin: tuple[float, float], plan: PlanInfo
    ):
        self.profile = profile
        self.backend = backend
        self.ox, self.oy = origin
        self.plan = plan
        self.layers: dict[str, LayerSpec] = dict(profile.layers)
        self.layer_option: dict[str, int | None] = {}
        self.counts: dict[str, int] = {}
        self.bounds: list[tuple[float, float, float, float]] = []
        self.text_h = profile.label_height_m

    # ------------------------------------------------------------------ helpers

    def _layer(self, feature: str, status: str, option_no: int | None) -> str:
        return self._key_layer(f"{feature}.{status}", None if status == "E" else option_no)

    def _key_layer(self, key: str, option_no: int | None) -> str:
        names = self.plan.option_names
        opt_name = names[option_no - 1] if option_no is not None and option_no <= len(names) else ""
        spec = self.profile.key_layer(key, option_no, opt_name)
        if spec.name not in self.layers:
            self.layers[spec.name] = spec
            self.layer_option[spec.name] = option_no
        return spec.name

    def _count(self, layer: str) -> None:
        self.counts[layer] = self.counts.get(layer, 0) + 1

    def _arrays(self, seqs: list[tuple[tuple[float, float], ...]]) -> list[np.ndarray]:
        """Convert many point tuples to (n, 2) CRS arrays in one numpy pass."""
        import numpy as np

        if not seqs:
            return []
        counts = [len(s) for s in seqs]
        flat = np.array([p for s in seqs for p in s], dtype=np.float64)
        flat[:, 0] += self.ox
        flat[:, 1] += self.oy
        self.bounds.append((*flat.min(axis=0), *flat.max(axis=0)))
        return np.split(flat, np.cumsum(counts)[:-1])

    # ------------------------------------------------------------------ emission

    def emit(self, items: list[_Item]) -> None:
        by_type: dict[type, list[_Item]] = {}
        for it in items:
            by_type.setdefault(type(it.entity), []).append(it)
        for cls in _AREA_ORDER:
            self._areas(by_type.pop(cls, []))
        for cls in _LINE_ORDER:
            self._lines(by_type.pop(cls, []))
        for cls in _POINT_ORDER:
            self._points(by_type.pop(cls, []))
        # Entity kinds added later by other modules: draw them by geometry type on the annotation layer
        # is wrong for CAD users, so they are left out until the profile names a layer for them.

    def _areas(self, items: list[_Item]) -> None:
        if not items:
            return
        arrays = self._arrays([it.entity.outline for it in items])  # type: ignore[attr-defined]
        be = self.backend
        label_pts = None
        label_items = [i for i, it in enumerate(items) if isinstance(it.entity, Plot) and it.entity.number]
        if label_items and self.profile.has("plot.label"):
            label_pts = _label_points([arrays[i] for i in label_items])
        has_hatch = self.profile.has("building.hatch")
        for it, pts in zip(items, arrays, strict=True):
            e = it.entity
            feature = feature_of(e)
            assert feature is not None
            layer = self._layer(feature, it.status, it.option_no)
            be.shape(Shape(layer, pts, True, feature, it.status, e, it.option_id))
            self._count(layer)
            if has_hatch and it.status == "N" and feature == "building":
                hatch_layer = self._key_layer("building.hatch", it.option_no)
                be.hatch(
                    Hatch(
                        hatch_layer,
                        pts,
                        self.profile.building_hatch_pattern,
                        self.profile.building_hatch_scale,
                        e.id,
                    )
                )
                self._count(hatch_layer)
        if label_pts is not None:
            for i, (x, y) in zip(label_items, label_pts, strict=True):
                layer = self._key_layer("plot.label", items[i].option_no)
                be.label(Label(layer, items[i].entity.number, x, y, self.text_h, 0.0, items[i].entity.id))  # type: ignore[attr-defined]
                self._count(layer)

    def _lines(self, items: list[_Item]) -> None:
        if not items:
            return
        arrays = self._arrays([it.entity.route for it in items])  # type: ignore[attr-defined]
        be = self.backend
        edge_jobs: list[tuple[_Item, np.ndarray]] = []
        for it, pts in zip(items, arrays, strict=True):
            e = it.entity
            feature = feature_of(e)
            assert feature is not None
            layer = self._layer(feature, it.status, it.option_no)
            be.shape(Shape(layer, pts, False, feature, it.status, e, it.option_id))
            self._count(layer)
            if feature == "road" and self.profile.has(f"road_edge.{it.status}"):
                edge_jobs.append((it, pts))
            text = _line_label(e)
            if text:
                key = {"water_main": "water_main.label", "sewer": "sewer.label"}.get(feature, "drain.label")
                if isinstance(e, Path):
                    key = "text"
                if self.profile.has(key):
                    self._label_along(self._key_layer(key, it.option_no), text, pts, e.id)
        if edge_jobs:
            self._road_edges(edge_jobs)

    def _label_along(self, layer: str, text: str, pts: np.ndarray, record_id: str) -> None:
        seg = pts[1:] - pts[:-1]
        lengths = (seg**2).sum(axis=1)
        i = int(lengths.argmax())
        (x1, y1), (x2, y2) = pts[i], pts[i + 1]
        angle = math.degrees(math.atan2(y2 - y1, x2 - x1))
        if angle > 90.0:
            angle -= 180.0
        elif angle <= -90.0:
            angle += 180.0
        # Sit the text just beside the line so it does not strike through it.
        nx, ny = -math.sin(math.radians(angle)), math.cos(math.radians(angle))
        off = 0.6 * self.text_h
        self.backend.label(
            Label(
                layer,
                text,
                (x1 + x2) / 2 + nx * off,
                (y1 + y2) / 2 + ny * off,
                self.text_h * 0.8,
                angle,
                record_id,
            )
        )
        self._count(layer)

    def _road_edges(self, jobs: list[tuple[_Item, np.ndarray]]) -> None:
        import numpy as np
        import shapely

        lines = [shapely.LineString(pts) for _, pts in jobs]
        half = np.array([it.entity.width_m / 2.0 for it, _ in jobs])  # type: ignore[attr-defined]
        for side in (1.0, -1.0):
            curves = shapely.offset_curve(
                lines, side * half, quad_segs=4, join_style="mitre", mitre_limit=3.0
            )
            for (it, _), curve in zip(jobs, curves, strict=True):
                layer = self._layer("road_edge", it.status, it.option_no)
                for part in shapely.get_parts(curve):
                    coords = shapely.get_coordinates(part)
                    if len(coords) >= 2:
                        self.backend.shape(
                            Shape(layer, coords, False, "road_edge", it.status, None, it.option_id)
                        )
                        self._count(layer)
        for it, pts in jobs:
            if it.status != "N":
                continue
            seg = pts[1:] - pts[:-1]
            i = int((seg**2).sum(axis=1).argmax())
            (x1, y1), (x2, y2) = pts[i], pts[i + 1]
            length = math.hypot(x2 - x1, y2 - y1)
            nx, ny = -(y2 - y1) / length, (x2 - x1) / length
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            h = it.entity.width_m / 2.0  # type: ignore[attr-defined]
            dims_layer = self._key_layer("dims", it.option_no)
            self.backend.dimension(
                LinearDimension(
                    dims_layer, (mx + nx * h, my + ny * h), (mx - nx * h, my - ny * h), 0.0, it.entity.id
                )
            )
            self._count(dims_layer)

    def _points(self, items: list[_Item]) -> None:
        if not items:
            return
        xs = [it.entity.position[0] + self.ox for it in items]  # type: ignore[attr-defined]
        ys = [it.entity.position[1] + self.oy for it in items]  # type: ignore[attr-defined]
        self.bounds.append((min(xs), min(ys), max(xs), max(ys)))
        for it, x, y in zip(items, xs, ys, strict=True):
            e = it.entity
            feature = feature_of(e)
            assert feature is not None
            layer = self._layer(feature, it.status, it.option_no)
            block, attrs = symbol_attributes(e, it.status, it.option_id)
            self.backend.symbol(Symbol(layer, block, x, y, attrs, feature, it.status, e, it.option_id))
            self._count(layer)

    def improvements(self, doc: Document, option_id: str, option_no: int | None) -> None:
        """Label each house an option improves (roof, floor, walls, rooms) at the house's centre."""
        if not self.profile.has("text"):
            return
        for e in doc.entities(option_id):
            if not isinstance(e, HouseImprovement):
                continue
            house = doc.get(e.building_id)
            if not isinstance(house, Building):
                continue
            works = [name for name, on in (("roof", e.roof), ("floor", e.floor), ("walls", e.walls)) if on]
            if e.extra_rooms:
                works.append(f"+{e.extra_rooms} room{'s' if e.extra_rooms > 1 else ''}")
            if not works:
                continue
            n = len(house.outline)
            x = sum(p[0] for p in house.outline) / n + self.ox
            y = sum(p[1] for p in house.outline) / n + self.oy
            layer = self._key_layer("text", option_no)
            self.backend.label(
                Label(layer, "improve: " + ", ".join(works), x, y, self.text_h * 0.6, 0.0, e.id)
            )
            self._count(layer)

    def summary(self) -> DrawingSummary:
        extents = None
        if self.bounds:
            extents = (
                min(b[0] for b in self.bounds),
                min(b[1] for b in self.bounds),
                max(b[2] for b in self.bounds),
                max(b[3] for b in self.bounds),
            )
        return DrawingSummary(layers=self.layers, counts=dict(self.counts), extents=extents)


def _fmt(value: float) -> str:
    """Format a number for an attribute: no trailing zeros (``0.9``, ``2``)."""
    return f"{value:.3f}".rstrip("0").rstrip(".")


UNKNOWN_TEXT = "unknown"
"""What a drawing writes for a value the survey did not give (never a default that looks like a fact)."""


def symbol_attributes(e: Entity, status: str, option_id: str | None) -> tuple[str, dict[str, str]]:
    """Return the ``JM_*`` block name and the attribute values (tag → text) of a point entity."""
    shown = getattr(e, "name", "") or e.id
    attrs: dict[str, str] = {"ID": shown, "STATUS": STATUS_WORDS.get(status, "proposed")}
    if isinstance(e, WaterPoint):
        blocks: dict[WaterPointKind | None, str] = {
            WaterPointKind.KIOSK: "JM_KIOSK",
            WaterPointKind.TANK: "JM_TANK",
        }
        block = blocks.get(e.point_kind, "JM_STANDPIPE")
        attrs["KIND"] = e.point_kind.value if e.point_kind else UNKNOWN_TEXT
        attrs["TAPS"] = UNKNOWN_TEXT if e.taps is None else str(e.taps)
        if block == "JM_STANDPIPE":
            attrs["FLOW_LPM"] = UNKNOWN_TEXT if e.flow_l_per_min is None else _fmt(e.flow_l_per_min)
        else:
            attrs["STORAGE_M3"] = _fmt(e.storage_m3)
    elif isinstance(e, Toilet):
        block = "JM_TOILET"
        attrs["KIND"] = e.toilet_kind.value if e.toilet_kind else UNKNOWN_TEXT
        attrs["ACCESS"] = e.access.value if e.access else UNKNOWN_TEXT
        attrs["SEATS"] = str(e.seats_total)
    elif isinstance(e, Manhole):
        block = "JM_MANHOLE"
        attrs["DIAM_MM"] = str(e.diameter_mm)
        attrs["DEPTH"] = _fmt(e.depth_m)
    elif isinstance(e, StreetLight):
        block = "JM_STREETLIGHT"
        attrs["HEIGHT_M"] = _fmt(e.height_m)
        attrs["POWER"] = e.power.value
        attrs["LAMP_W"] = str(e.lamp_w)
    elif isinstance(e, SupplyPoint):
        block = "JM_SUPPLY"
        attrs["HEAD_M"] = _fmt(e.head_m)
    elif isinstance(e, SpotLevel):
        block = "JM_LEVEL"
        attrs["LEVEL"] = f"{e.level_m:+.2f}"
    else:  # pragma: no cover - feature_of() admits only the kinds above
        raise ExportError(f"no symbol for {e.KIND}")
    attrs["OPTION"] = option_id or ""
    attrs["JAMII_ID"] = e.id
    return block, attrs


def _line_label(e: Entity) -> str:
    """Return the label text of a line entity: pipe size and material, drain size, path name."""
    if isinstance(e, WaterMain | Sewer):
        return f"DN{e.diameter_mm} {e.material}".strip()
    if isinstance(e, Drain):
        return f"{e.drain_kind.value} drain {e.width_m * 1000:.0f}"
    if isinstance(e, Path) and e.name:
        return e.name
    return ""


def _label_points(rings: Iterable[np.ndarray]) -> np.ndarray:
    """Return a point inside each ring (shapely point_on_surface), vectorised over all rings."""
    import numpy as np
    import shapely

    rings = list(rings)
    counts = np.fromiter((len(r) for r in rings), dtype=np.int64, count=len(rings))
    coords = np.concatenate(rings)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    closed = np.insert(coords, starts + counts, coords[starts], axis=0)
    index = np.repeat(np.arange(len(rings)), counts + 1)
    polys = shapely.polygons(shapely.linearrings(closed, indices=index))
    points: np.ndarray = shapely.get_coordinates(shapely.point_on_surface(polys))
    return points
