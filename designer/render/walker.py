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
from dataclasses import dataclass, replace
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
from designer.render.labels import LabelPlacer, text_box
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
from designer.render.symbols import BLOCKS, STATUS_WORDS

if TYPE_CHECKING:
    import numpy as np

    from designer.model.document import Document

__all__ = ["MODES", "LabelWords", "feature_of", "walk"]

MODES = ("existing", "option", "all")
_LEVEL_RADIUS_M = 100.0  # spot levels farther than this do not tell the ground level at a point
_SEWER_BED_M = 0.1  # bed under a sewer pipe (resources/costing/rules/sewer.toml's bedding: 100 mm below)

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
    replaced_in: tuple[int, ...] = ()  # all-options drawing: options whose own plots/paths supersede it


class LabelWords:
    """The words and numbers of the plan's labels, in English as CAD drawings carry them.

    A backend for readers of another language (the PDF plan sheet) passes its own subclass to :func:`walk`.
    """

    def drain(self, kind: str, width_mm: float) -> str:
        """A drain's label: its kind ("open", "covered", "piped") and width."""
        return f"{kind} drain {width_mm:.0f}"

    def invert(self, il1_m: float, il2_m: float, grade_1_in: float | None, uphill: bool) -> str:
        """A sewer's invert levels at both ends and its grade (None: level)."""
        grade = "level" if grade_1_in is None else f"1:{grade_1_in:.0f}" + (" uphill" if uphill else "")
        return f" IL {il1_m:.2f}/{il2_m:.2f} {grade}"

    def improve(self, works: list[str], extra_rooms: int) -> str:
        """A house improvement: the works ("roof", "floor", "walls") and rooms added."""
        named = list(works)
        if extra_rooms:
            named.append(f"+{extra_rooms} room{'s' if extra_rooms > 1 else ''}")
        return "improve: " + ", ".join(named)


def walk(
    doc: Document,
    backend: DrawingBackend,
    *,
    mode: str = "option",
    option_id: str | None = None,
    profile: LayerProfile | None = None,
    local_coordinates: bool = False,
    words: LabelWords | None = None,
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
        words: the labels' words and numbers (English by default).

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
        sheets.append(
            Sheet(
                option_id, f"Option: {drawn_options[0].name}", option_id, 1, drawing_no=options.index(opt) + 1
            )
        )
    else:
        if len(options) > 9:
            raise ExportError(
                f"the project has {len(options)} options; layer status digits allow 9 on one drawing — "
                "export options one at a time"
            )
        drawn_options = options
        replaced_in = _superseded_by_option(doc, options)
        items = [_Item(e, "E", None, None, replaced_in.get(e.id, ())) for e in doc.entities(EXISTING)]
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
    w = _Walker(prof, backend, origin, plan, words or LabelWords())
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
            others |= {n for n, ks in w.layer_replaced.items() if k in ks}
            sheets.append(
                Sheet(opt.id, f"Option {k}: {opt.name}", opt.id, k, tuple(sorted(others)), drawing_no=k)
            )
    summary.sheets = sheets
    backend.finish(summary)
    return summary


def _superseded_by_option(doc: Document, options: list[Any]) -> dict[str, tuple[int, ...]]:
    """Return, per existing id, the numbers of the options whose new plots replace it or new paths widen it.

    On an all-options drawing those existing plots and paths go on their own layers, frozen on the
    sheets of those options, so each option's sheet shows only the plots that stand after it.
    """
    out: dict[str, list[int]] = {}
    for k, opt in enumerate(options, 1):
        for e in doc.entities(opt.id):
            gone = (
                e.replaces if isinstance(e, Plot) else (e.widens,) if isinstance(e, Path) and e.widens else ()
            )
            for old in gone:
                out.setdefault(old, []).append(k)
    return {old: tuple(sorted(set(ks))) for old, ks in out.items()}


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
        self,
        profile: LayerProfile,
        backend: DrawingBackend,
        origin: tuple[float, float],
        plan: PlanInfo,
        words: LabelWords,
    ):
        self.profile = profile
        self.words = words
        self.backend = backend
        self.ox, self.oy = origin
        self.plan = plan
        self.layers: dict[str, LayerSpec] = dict(profile.layers)
        self.layer_option: dict[str, int | None] = {}
        self.layer_replaced: dict[str, tuple[int, ...]] = {}
        self.counts: dict[str, int] = {}
        self.bounds: list[tuple[float, float, float, float]] = []
        self.text_h = profile.label_height_m
        self.symbol_r = 0.4 * self.text_h  # the JM_* blocks' radius (designer.render.dxf)
        self.placer = LabelPlacer(4 * self.text_h)

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

    def _replaced_layer(self, layer: str, replaced_in: tuple[int, ...]) -> str:
        """The variant of an existing layer for records superseded by options ``replaced_in`` (all-options)."""
        if not replaced_in:
            return layer
        base = self.layers[layer]
        digits = "".join(str(k) for k in replaced_in)
        name = f"{base.name[: 31 - len(digits) - 2]}-R{digits}"
        if name not in self.layers:
            which = ", ".join(str(k) for k in replaced_in)
            self.layers[name] = replace(
                base, name=name, description=f"{base.description} — replaced in option {which}"
            )
            self.layer_replaced[name] = replaced_in
        return name

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
        self.levels: list[tuple[float, float, float]] = [
            (*it.entity.position, it.entity.level_m)  # type: ignore[attr-defined]
            for it in by_type.get(SpotLevel, ())
        ]
        # Symbols are drawn last but no label may cover them: reserve their place first.
        r = self.symbol_r
        for cls in _POINT_ORDER:
            for it in by_type.get(cls, ()):
                x, y = it.entity.position  # type: ignore[attr-defined]
                self.placer.take((x + self.ox - r, y + self.oy - r, x + self.ox + r, y + self.oy + r))
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
            layer = self._replaced_layer(self._layer(feature, it.status, it.option_no), it.replaced_in)
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
                layer = self._replaced_layer(
                    self._key_layer("plot.label", items[i].option_no), items[i].replaced_in
                )
                number = items[i].entity.number  # type: ignore[attr-defined]
                be.label(
                    Label(layer, number, x, y, self._plot_label_height(number, x, y), 0.0, items[i].entity.id)
                )
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
            layer = self._replaced_layer(self._layer(feature, it.status, it.option_no), it.replaced_in)
            be.shape(Shape(layer, pts, False, feature, it.status, e, it.option_id))
            self._count(layer)
            if feature == "road" and self.profile.has(f"road_edge.{it.status}"):
                edge_jobs.append((it, pts))
            text = _line_label(e, self.words)
            if isinstance(e, Sewer):
                text += self._invert_text(e)
            if text:
                key = {"water_main": "water_main.label", "sewer": "sewer.label"}.get(feature, "drain.label")
                if isinstance(e, Path):
                    key = "text"
                if self.profile.has(key):
                    label_layer = self._replaced_layer(self._key_layer(key, it.option_no), it.replaced_in)
                    self._label_along(label_layer, text, pts, e.id)
        if edge_jobs:
            self._road_edges(edge_jobs)

    def ground_level(self, x: float, y: float) -> float | None:
        """Ground level (m) at a local point from the drawn spot levels within 100 m, inverse-distance
        weighted (power 2); None where no spot level is that near: the level is unknown there."""
        near: list[tuple[float, float]] = [
            (math.hypot(px - x, py - y), float(z)) for px, py, z in self.levels
        ]
        near = sorted((d, z) for d, z in near if d <= _LEVEL_RADIUS_M)[:4]
        if not near:
            return None
        if near[0][0] < 1e-6:
            return near[0][1]
        weights = [1.0 / d**2 for d, _ in near]
        return sum(w * z for w, (_, z) in zip(weights, near, strict=True)) / sum(weights)

    def _invert_text(self, e: Sewer) -> str:
        """`` IL 1620.35/1619.90 1:150`` from the ground levels at the sewer's ends, or "" when unknown.

        Invert level = ground − trench depth + the 100 mm bed under the pipe (the sewer measurement rule's
        bedding); the grade is the fall along the run as drawn (start to end).
        """
        (x1, y1), (x2, y2) = e.route[0], e.route[-1]
        g1, g2 = self.ground_level(x1, y1), self.ground_level(x2, y2)
        if g1 is None or g2 is None:
            return ""
        il1, il2 = g1 - e.depth_m + _SEWER_BED_M, g2 - e.depth_m + _SEWER_BED_M
        length = sum(math.dist(a, b) for a, b in zip(e.route, e.route[1:], strict=False))
        fall = il1 - il2
        grade = None if abs(fall) < 1e-3 else length / abs(fall)
        return self.words.invert(il1, il2, grade, fall < 0)

    def _symbol_name_place(self, x: float, y: float, name: str) -> tuple[bool, tuple[float, float] | None]:
        """Where a symbol's name goes: right of it (the block's own place), else left, above or below.

        Returns (shown, start) with start None for the block's own place; (False, None) when all are taken.
        """
        r, h = self.symbol_r, 0.8 * self.text_h
        width = text_box(0.0, 0.0, name, h, anchor="left")[2]
        places = [
            (x + 1.5 * r, y + 0.2 * r),  # the ATTDEF's own place
            (x - 1.5 * r - width, y + 0.2 * r),
            (x - width / 2, y + 1.3 * r),
            (x - width / 2, y - 1.3 * r - h),
        ]
        for i, (px, py) in enumerate(places):
            box = text_box(px, py, name, h, anchor="left")
            if self.placer.free(box):
                self.placer.take(box)
                return True, None if i == 0 else (px, py)
        self.placer.skipped += 1
        return False, None

    def _plot_label_height(self, number: str, x: float, y: float) -> float:
        """A plot number is always placed: at the label height, or smaller where that would overlap."""
        for h in (self.text_h, 0.7 * self.text_h):
            box = text_box(x, y, number, h)
            if self.placer.free(box):
                self.placer.take(box)
                return h
        self.placer.take(text_box(x, y, number, 0.7 * self.text_h))
        return 0.7 * self.text_h

    def _label_along(self, layer: str, text: str, pts: np.ndarray, record_id: str) -> None:
        """Label a line beside the middle of one of its three longest segments, wherever that is free."""
        seg = pts[1:] - pts[:-1]
        lengths = (seg**2).sum(axis=1)
        h = self.text_h * 0.8
        off = 0.6 * self.text_h
        for i in sorted(range(len(lengths)), key=lambda k: -lengths[k])[:3]:
            (x1, y1), (x2, y2) = pts[i], pts[i + 1]
            angle = math.degrees(math.atan2(y2 - y1, x2 - x1))
            if angle > 90.0:
                angle -= 180.0
            elif angle <= -90.0:
                angle += 180.0
            # Sit the text just beside the line so it does not strike through it (either side).
            nx, ny = -math.sin(math.radians(angle)), math.cos(math.radians(angle))
            for side in (1.0, -1.0):
                x = (x1 + x2) / 2 + side * nx * off
                y = (y1 + y2) / 2 + side * ny * off
                box = text_box(x, y, text, h, angle)
                if self.placer.free(box):
                    self.placer.take(box)
                    self.backend.label(Label(layer, text, x, y, h, angle, record_id))
                    self._count(layer)
                    return
        self.placer.skipped += 1

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
                layer = self._replaced_layer(
                    self._layer("road_edge", it.status, it.option_no), it.replaced_in
                )
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
            shown, label_at = self._symbol_name_place(x, y, attrs[BLOCKS[block].visible])
            self.backend.symbol(
                Symbol(layer, block, x, y, attrs, feature, it.status, e, it.option_id, shown, label_at)
            )
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
            if not works and not e.extra_rooms:
                continue
            n = len(house.outline)
            x = sum(p[0] for p in house.outline) / n + self.ox
            y = sum(p[1] for p in house.outline) / n + self.oy
            layer = self._key_layer("text", option_no)
            text = self.words.improve(works, e.extra_rooms)
            h = self.text_h * 0.6
            for dy in (
                0.0,
                -1.6 * h,
                1.6 * h,
                -3.2 * h,
                3.2 * h,
            ):  # the house's centre, else just below/above
                box = text_box(x, y + dy, text, h)
                if self.placer.free(box):
                    self.placer.take(box)
                    self.backend.label(Label(layer, text, x, y + dy, h, 0.0, e.id))
                    self._count(layer)
                    break
            else:
                self.placer.skipped += 1

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


def _line_label(e: Entity, words: LabelWords) -> str:
    """Return the label text of a line entity: pipe size and material, drain size, path name."""
    if isinstance(e, WaterMain | Sewer):
        return f"DN{e.diameter_mm} {e.material}".strip()
    if isinstance(e, Drain):
        return words.drain(e.drain_kind.value, e.width_m * 1000)
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
