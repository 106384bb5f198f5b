"""House plans as DXF: every level of each house type in model space, one A3 layout per type at 1:50 or 1:100.

Conventions (``../shared/CONVENTIONS.md``, ``reference/conventions.md`` §1): R2013, 1 unit = 1 m,
``$INSUNITS`` = 6, ``$LUNITS`` = 2, ``$LTSCALE`` = scale ÷ 1000; layers and their colour, linetype and
lineweight from ``resources/house_drawing.toml`` (entities BYLAYER). Walls on ``A-WALL-<status>``,
doors on ``A-DOOR-<status>``, windows on ``A-GLAZ-<status>``, where the status is ``N`` for stage 1
(the programme's core) and the phase digit for later stages, whose layers are dashed, phantom, … so
the stage shows by linetype. Room names and clear areas on ``A-AREA-IDEN`` (TEXT), dimensions in
metres on ``A-ANNO-DIMS`` with the ``EZ_M_<scale>_H25_M`` style, always rendered.

The plans are drawn in the house frame (x along the frontage, y into the plot), not in project
coordinates: a house type is not anywhere until it is placed. Placed houses' footprints belong on the
site plan (their ``CoreHouse`` outlines).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.model.housing import HouseCategory, HouseType
from designer.render.house_plan import Plan, house_plan

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "HouseDrawingStyle",
    "HouseDxfResult",
    "load_drawing_style",
    "write_house_plans_dxf",
]


@dataclass(frozen=True)
class HouseDrawingStyle:
    """The house drawing profile (``resources/house_drawing.toml``)."""

    text_height_mm: float
    small_text_height_mm: float
    title_height_mm: float
    scales: tuple[int, ...]
    sheet_mm: tuple[float, float]
    gap_m: float
    stages: tuple[dict[str, str], ...]
    staged: dict[str, dict[str, Any]]
    plain: dict[str, dict[str, Any]]

    def stage_status(self, stage: int) -> tuple[str, str, str]:
        """Return (status suffix, linetype, description) of a stage."""
        if stage <= len(self.stages):
            s = self.stages[stage - 1]
            return s["status"], s["linetype"], s["description"]
        last = self.stages[-1]
        return str(stage), last["linetype"], f"stage {stage}, added by the family"

    def layer(self, key: str, stage: int) -> str:
        if key in self.staged:
            return f"{self.staged[key]['base']}-{self.stage_status(max(stage, 1))[0]}"
        return str(self.plain[key]["name"])


def load_drawing_style(path: str | os.PathLike[str] | None = None) -> HouseDrawingStyle:
    """Read the house drawing profile (default ``resources/house_drawing.toml``)."""
    from designer.resources import resource_path

    file = Path(path) if path is not None else resource_path("house_drawing.toml")
    with open(file, "rb") as fh:
        data = tomllib.load(fh)
    d = data["drawing"]
    return HouseDrawingStyle(
        text_height_mm=float(d["text_height_mm"]),
        small_text_height_mm=float(d["small_text_height_mm"]),
        title_height_mm=float(d["title_height_mm"]),
        scales=tuple(int(s) for s in d["scales"]),
        sheet_mm=(float(d["sheet_width_mm"]), float(d["sheet_height_mm"])),
        gap_m=float(d["gap_m"]),
        stages=tuple(data["stages"]),
        staged=dict(data["staged"]),
        plain=dict(data["plain"]),
    )


@dataclass
class HouseDxfResult:
    """What was written: the file, the scale of each type's layout and the layers used."""

    path: Path
    scales: dict[str, int] = field(default_factory=dict)
    layouts: dict[str, str] = field(default_factory=dict)
    layers: set[str] = field(default_factory=set)


# Paper layout of an A3 sheet, mm: border margin and title block.
_MARGIN_MM = 10.0
_TITLE_W_MM = 170.0
_TITLE_H_MM = 42.0


def _choose_scale(width_m: float, height_m: float, style: HouseDrawingStyle, forced: int | None) -> int:
    if forced:
        return forced
    vp_w = style.sheet_mm[0] - 2 * _MARGIN_MM - 10
    vp_h = style.sheet_mm[1] - 2 * _MARGIN_MM - _TITLE_H_MM - 10
    for scale in sorted(style.scales):
        if width_m * 1000 / scale <= vp_w and height_m * 1000 / scale <= vp_h:
            return scale
    return max(style.scales) * 2


def _plans_of(ht: HouseType, text_height_m: float, up_to_stage: int | None) -> list[Plan]:
    return [house_plan(ht, level, up_to_stage, text_height_m) for level in range(ht.storeys)]


def write_house_plans_dxf(
    types: Iterable[HouseType],
    path: str | os.PathLike[str],
    *,
    scale: int | None = None,
    up_to_stage: int | None = None,
    project_name: str = "",
    drawing_number_prefix: str = "H",
    style: HouseDrawingStyle | None = None,
) -> HouseDxfResult:
    """Write the plans of house types to a DXF file and return what was written.

    Args:
        types: the house types (improvement types have no plan and are skipped).
        path: the DXF file to write.
        scale: 50 or 100 (1:50 or 1:100); by default the largest that fits an A3 sheet.
        up_to_stage: draw stages 1 … this (all by default).
        project_name: shown in each title block.
    """
    from ezdxf.enums import TextEntityAlignment
    from ezdxf.tools.standards import setup_dimstyle

    from designer.render.dxf import new_metric_drawing

    st = style or load_drawing_style()
    doc = new_metric_drawing()
    doc.header["$LUNITS"] = 2
    doc.header["$LUPREC"] = 3
    doc.header["$LWDISPLAY"] = 1
    doc.header["$PSLTSCALE"] = 1
    msp = doc.modelspace()
    result = HouseDxfResult(Path(path))
    drawable = [ht for ht in types if ht.category is HouseCategory.NEW and ht.rooms]
    # One scale for the model space linetype scale: the largest used (every type's layout shares it).
    y_cursor = 0.0
    placed: list[tuple[HouseType, list[tuple[Plan, float, float]], int]] = []
    for ht in drawable:
        probe = _plans_of(ht, 0.125, up_to_stage)
        width = sum(p.bounds[2] - p.bounds[0] for p in probe) + st.gap_m * (len(probe) - 1)
        height = max(p.bounds[3] - p.bounds[1] for p in probe)
        sc = _choose_scale(width, height, st, scale)
        text_m = st.text_height_mm * sc / 1000
        plans = _plans_of(ht, text_m, up_to_stage)
        x_cursor = 0.0
        offsets = []
        top = max(p.bounds[3] for p in plans)
        for plan in plans:
            dx = x_cursor - plan.bounds[0]
            dy = y_cursor - top
            offsets.append((plan, dx, dy))
            x_cursor += plan.bounds[2] - plan.bounds[0] + st.gap_m
        placed.append((ht, offsets, sc))
        y_cursor -= max(p.bounds[3] - p.bounds[1] for p in plans) + st.gap_m * 2
    main_scale = max((sc for _, _, sc in placed), default=scale or 50)
    doc.header["$LTSCALE"] = main_scale / 1000
    for sc in sorted({sc for _, _, sc in placed}):
        setup_dimstyle(doc, f"EZ_M_{sc}_H25_M")

    def ensure_layer(key: str, stage: int) -> str:
        name = st.layer(key, stage)
        if name not in doc.layers:
            spec = st.staged.get(key) or st.plain[key]
            if key in st.staged:
                _, linetype, what = st.stage_status(max(stage, 1))
                description = f"{spec['description']}, {what}"
            else:
                linetype = spec.get("linetype", "CONTINUOUS")
                description = spec["description"]
            layer = doc.layers.add(name, color=int(spec["aci"]), linetype=linetype)
            layer.dxf.lineweight = int(spec["lineweight"])
            layer.description = description
            if spec.get("plot") is False:
                layer.dxf.plot = 0
        result.layers.add(name)
        return name

    for ht, offsets, sc in placed:
        text_m = st.text_height_mm * sc / 1000
        heights = {
            "normal": text_m,
            "small": st.small_text_height_mm * sc / 1000,
            "title": st.title_height_mm * sc / 1000,
        }
        dimstyle = f"EZ_M_{sc}_H25_M"
        first, fdx, _fdy = offsets[0]
        top_y = max(p.bounds[3] + dy for p, _, dy in offsets) + heights["title"] * 1.5
        heading = msp.add_text(
            f"{ht.name} ({ht.id})",
            height=heights["title"],
            dxfattribs={"layer": ensure_layer("text", 0), "style": "Standard"},
        )
        heading.set_placement((first.bounds[0] + fdx, top_y), align=TextEntityAlignment.LEFT)
        for plan, dx, dy in offsets:

            def mv(p: tuple[float, float], dx: float = dx, dy: float = dy) -> tuple[float, float]:
                return (p[0] + dx, p[1] + dy)

            for poly in plan.polygons:
                layer = ensure_layer(poly.key, poly.stage)
                msp.add_lwpolyline([mv(p) for p in poly.exterior], close=True, dxfattribs={"layer": layer})
                for hole in poly.holes:
                    msp.add_lwpolyline([mv(p) for p in hole], close=True, dxfattribs={"layer": layer})
            for line in plan.lines:
                msp.add_line(mv(line.a), mv(line.b), dxfattribs={"layer": ensure_layer(line.key, line.stage)})
            for arc in plan.arcs:
                msp.add_arc(
                    mv(arc.centre),
                    arc.radius_m,
                    arc.start_deg,
                    arc.end_deg,
                    dxfattribs={"layer": ensure_layer(arc.key, arc.stage)},
                )
            for text in plan.texts:
                t = msp.add_text(
                    text.text,
                    height=heights[text.size],
                    dxfattribs={"layer": ensure_layer(text.key, text.stage), "style": "Standard"},
                )
                t.set_placement(mv(text.at), align=TextEntityAlignment.MIDDLE_CENTER)
            dims_layer = ensure_layer("dims", 0)
            for dim in plan.dims:
                d = msp.add_linear_dim(
                    base=mv(dim.base),
                    p1=mv(dim.p1),
                    p2=mv(dim.p2),
                    angle=dim.angle_deg,
                    dimstyle=dimstyle,
                    dxfattribs={"layer": dims_layer},
                )
                d.render()
        layout_name = _layout(
            doc,
            ht,
            offsets,
            sc,
            st,
            project_name,
            f"{drawing_number_prefix}{len(result.layouts) + 1:02d}",
            ensure_layer,
        )
        result.scales[ht.id] = sc
        result.layouts[ht.id] = layout_name
    auditor = doc.audit()
    if auditor.has_errors:  # pragma: no cover - a bug in this writer, not a user error
        raise RuntimeError(f"house DXF failed its audit: {[str(e) for e in auditor.errors][:3]}")
    from designer.io.atomic import atomic_write

    atomic_write(result.path, doc.saveas)  # all or nothing: never a 0-byte DXF on a full disk
    return result


def _layout(
    doc: Any,
    ht: HouseType,
    offsets: list[tuple[Plan, float, float]],
    sc: int,
    st: HouseDrawingStyle,
    project_name: str,
    number: str,
    ensure_layer: Any,
) -> str:
    """Add an A3 paper-space layout for one type: border, viewport on its plans, title block, stage key."""
    from ezdxf.enums import TextEntityAlignment

    name = f"{ht.id} 1-{sc}"[:255]
    psp = doc.layouts.new(name)
    w_mm, h_mm = st.sheet_mm
    psp.page_setup(size=(w_mm, h_mm), margins=(0, 0, 0, 0), units="mm", scale=(1, 1))
    title_layer = ensure_layer("title", 0)
    noplot = ensure_layer("noplot", 0)
    m = _MARGIN_MM
    psp.add_lwpolyline(
        [(m, m), (w_mm - m, m), (w_mm - m, h_mm - m), (m, h_mm - m)],
        close=True,
        dxfattribs={"layer": title_layer},
    )
    x_min = min(p.bounds[0] + dx for p, dx, _ in offsets)
    x_max = max(p.bounds[2] + dx for p, dx, _ in offsets)
    y_min = min(p.bounds[1] + dy for p, _, dy in offsets)
    y_max = max(p.bounds[3] + dy for p, _, dy in offsets)
    vp_w = w_mm - 2 * m - 10
    vp_h = h_mm - 2 * m - _TITLE_H_MM - 10
    vp = psp.add_viewport(
        center=(w_mm / 2, m + _TITLE_H_MM + 5 + vp_h / 2),
        size=(vp_w, vp_h),
        view_center_point=((x_min + x_max) / 2, (y_min + y_max) / 2),
        view_height=vp_h * sc / 1000,
    )
    vp.dxf.layer = noplot
    # Title block, bottom right (ISO 7200 fields that make sense for a house type sheet).
    tx0, ty0 = w_mm - m - _TITLE_W_MM, m
    psp.add_lwpolyline(
        [(tx0, ty0), (w_mm - m, ty0), (w_mm - m, ty0 + _TITLE_H_MM), (tx0, ty0 + _TITLE_H_MM)],
        close=True,
        dxfattribs={"layer": title_layer},
    )
    rows = [
        (project_name or "Jamii house types", 3.5),
        (f"House type: {ht.name} ({ht.id})", 3.5),
        (f"Plans of all levels - scale 1:{sc} @ A3 - dimensions in metres", 2.5),
        (f"Drawing {number} - rev 0 - {date.today().isoformat()} - participatory design", 2.5),
        ("Drawn: Jamii   Checked: ______   Approved: ______", 2.5),
    ]
    y = ty0 + _TITLE_H_MM - 6
    for text, height in rows:
        t = psp.add_text(text, height=height, dxfattribs={"layer": title_layer, "style": "Standard"})
        t.set_placement((tx0 + 4, y), align=TextEntityAlignment.LEFT)
        y -= height + 3.5
    # Stage key: one sample line per stage on the stage's wall layer, so it shows the linetype.
    kx, ky = m + 5, m + _TITLE_H_MM - 6
    key_title = psp.add_text("Stages", height=3.5, dxfattribs={"layer": title_layer, "style": "Standard"})
    key_title.set_placement((kx, ky), align=TextEntityAlignment.LEFT)
    for stage in ht.stages:
        ky -= 6
        layer = ensure_layer("wall", stage.number)
        psp.add_line((kx, ky + 1), (kx + 25, ky + 1), dxfattribs={"layer": layer, "ltscale": 1000 / sc})
        t = psp.add_text(
            f"{stage.number} {stage.name} - built by {stage.built_by.value} ({layer})",
            height=2.5,
            dxfattribs={"layer": title_layer, "style": "Standard"},
        )
        t.set_placement((kx + 30, ky), align=TextEntityAlignment.LEFT)
    return name
