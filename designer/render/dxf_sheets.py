"""Paper space of a Jamii DXF: sheets an engineer can issue.

For every sheet of the drawing (one per option, or the existing conditions) and every paper size:

* the sheet scale is the layer profile's (1:500 by default), so text and symbols drawn at the profile's
  paper heights read at those heights on every sheet; a site larger than one viewport at that scale is
  cut into as many sheets as needed, in a grid, each with match lines naming its neighbours, plus a key
  plan of the whole site at the largest standard scale that fits, with the grid and the sheet numbers;
* one locked viewport (zoom locked, so a click cannot change the scale), a frame, north arrow, scale bar,
  legend and the title block as the attributed block ``JM_TITLE`` (project, drawing, option, drawing
  number, revision, date, scale, CRS, drawn, checked, approved, sheet);
* drawing numbers ``JM-<option>-[S<sheet>|KEY]-<paper>``, where ``<option>`` is the option's number in the
  project (options by id; 00 for the existing conditions), the same whichever way the option is exported;
* the plot style table ``acad.ctb`` (plot in the layers' colours) and no empty default layout.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from designer.render.primitives import Sheet

__all__ = [
    "PAPER_SIZES_MM",
    "STANDARD_SCALES",
    "TITLE_BLOCK",
    "SheetFrame",
    "Tile",
    "draw_sheets",
    "plan_tiles",
]

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {"A1": (841.0, 594.0), "A3": (420.0, 297.0)}
STANDARD_SCALES = (100, 200, 250, 500, 1000, 1250, 2000, 2500, 5000, 10000, 20000, 25000, 50000, 100000)
TITLE_BLOCK = "JM_TITLE"
PLOT_STYLE_TABLE = "acad.ctb"
_VIEWPORT_ZOOM_LOCKED = 16384  # VIEWPORT group 90 bit: "viewport zoom locking"

# The title block at A1 (f = 1): column width and height in mm; rows of (label, attribute tag).
_TB_W, _TB_H = 175.0, 110.0
_TB_ROWS = (
    ("Project", "PROJECT"),
    ("Drawing", "DRAWING"),
    ("Option", "OPTION"),
    ("Drawing no.", "DWG_NO"),
    ("Revision", "REVISION"),
    ("Date", "DATE"),
    ("Scale", "SCALE"),
    ("CRS", "CRS"),
    ("Drawn", "DRAWN"),
    ("Checked", "CHECKED"),
    ("Approved", "APPROVED"),
    ("Sheet", "SHEET"),
)
_TB_VALUE_H = 3.0
_TB_FIT = int((_TB_W - 34.0) / (0.85 * _TB_VALUE_H))  # characters of a value that fit the column


@dataclass(frozen=True)
class SheetFrame:
    """The fixed geometry of a sheet on one paper size (mm): frame, right-hand column and viewport."""

    paper: str
    width: float
    height: float
    f: float  # A3 draws the A1 column at 0.6
    margin: float

    @property
    def col_w(self) -> float:
        return _TB_W * self.f

    @property
    def col_x(self) -> float:
        return self.width - self.margin - self.col_w

    @property
    def gap(self) -> float:
        return 5.0 * self.f

    @property
    def vp_size(self) -> tuple[float, float]:
        return self.col_x - self.margin - 2 * self.gap, self.height - 2 * self.margin - 2 * self.gap

    @property
    def vp_center(self) -> tuple[float, float]:
        w, h = self.vp_size
        return self.margin + self.gap + w / 2, self.margin + self.gap + h / 2


def frame(paper: str) -> SheetFrame:
    width, height = PAPER_SIZES_MM[paper]
    return SheetFrame(paper, width, height, 1.0 if paper == "A1" else 0.6, 10.0 if paper == "A1" else 7.0)


@dataclass(frozen=True)
class Tile:
    """One sheet of a site cut into a grid at the sheet scale (model metres)."""

    number: int  # 1-based, row by row from the top left
    col: int
    row: int  # 0 = top row
    center: tuple[float, float]
    size: tuple[float, float]

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        (cx, cy), (w, h) = self.center, self.size
        return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


def fitting_scale(ext: tuple[float, float, float, float], fr: SheetFrame) -> int:
    """The largest standard scale at which the whole extent fits the viewport (with a 5 % margin)."""
    vp_w, vp_h = fr.vp_size
    ext_w, ext_h = max(ext[2] - ext[0], 1.0), max(ext[3] - ext[1], 1.0)
    return next(
        (s for s in STANDARD_SCALES if ext_w * 1.05 * 1000 / s <= vp_w and ext_h * 1.05 * 1000 / s <= vp_h),
        STANDARD_SCALES[-1],
    )


def plan_tiles(
    ext: tuple[float, float, float, float], fr: SheetFrame, denom: int, drawn_xy: Any = None
) -> list[Tile]:
    """Cut the extent into viewport-sized tiles at 1:denom; one tile when it fits (with a 5 % margin).

    ``drawn_xy`` ((n, 2) vertices of everything drawn): a tile on which nothing is drawn is not a sheet
    (a settlement is rarely a rectangle); the others are numbered row by row.
    """
    import numpy as np

    vp_w, vp_h = fr.vp_size
    tw, th = vp_w * denom / 1000.0, vp_h * denom / 1000.0
    ext_w, ext_h = max(ext[2] - ext[0], 1.0), max(ext[3] - ext[1], 1.0)
    if ext_w * 1.05 <= tw and ext_h * 1.05 <= th:
        return [Tile(1, 0, 0, ((ext[0] + ext[2]) / 2, (ext[1] + ext[3]) / 2), (tw, th))]
    nx, ny = math.ceil(ext_w / tw), math.ceil(ext_h / th)
    x0 = (ext[0] + ext[2]) / 2 - nx * tw / 2
    y_top = (ext[1] + ext[3]) / 2 + ny * th / 2
    used: set[tuple[int, int]] | None = None
    if drawn_xy is not None and len(drawn_xy):
        cols = np.clip(((drawn_xy[:, 0] - x0) // tw).astype(int), 0, nx - 1)
        rows = np.clip(((y_top - drawn_xy[:, 1]) // th).astype(int), 0, ny - 1)
        used = set(zip(cols.tolist(), rows.tolist(), strict=True))
    cells = [(c, r) for r in range(ny) for c in range(nx) if used is None or (c, r) in used]
    return [
        Tile(i, c, r, (x0 + (c + 0.5) * tw, y_top - (r + 0.5) * th), (tw, th))
        for i, (c, r) in enumerate(cells, 1)
    ]


def drawing_number(sheet: Sheet, paper: str, part: str = "") -> str:
    """``JM-02-A1``, ``JM-02-S03-A1`` or ``JM-02-KEY-A1`` (see the module docstring)."""
    return f"JM-{sheet.drawing_no:02d}-" + (f"{part}-" if part else "") + paper


def define_title_block(doc: Any, title_layer: str) -> None:
    """Define ``JM_TITLE``: frame, rows and labels as geometry, one attribute per value (drawn at A1)."""
    from ezdxf.enums import TextEntityAlignment

    blk = doc.blocks.new(TITLE_BLOCK, base_point=(0, 0))
    blk.block.dxf.description = "Jamii title block (attributes: project, drawing, option, number, …)"
    a = {"layer": "0", "color": 0, "linetype": "BYBLOCK", "lineweight": -2}
    blk.add_lwpolyline([(0, 0), (_TB_W, 0), (_TB_W, _TB_H), (0, _TB_H)], close=True, dxfattribs=a)
    row_h = (_TB_H - 14.0) / len(_TB_ROWS)
    y = _TB_H
    for label, tag in _TB_ROWS:
        y -= row_h
        blk.add_line((0, y), (_TB_W, y), dxfattribs=a)
        t = blk.add_text(label, height=2.4, dxfattribs={**a, "style": "Standard"})
        t.set_placement((2.0, y + row_h / 2), align=TextEntityAlignment.MIDDLE_LEFT)
        attdef = blk.add_attdef(
            tag, insert=(32.0, y + row_h / 2), text="", dxfattribs={**a, "height": _TB_VALUE_H}
        )
        attdef.dxf.prompt = label
        attdef.set_placement((32.0, y + row_h / 2), align=TextEntityAlignment.MIDDLE_LEFT)
    blk.add_line((30.0, y), (30.0, _TB_H), dxfattribs=a)
    note = blk.add_text(
        "Participatory design option drawn with the community - not for construction.",
        height=2.5,
        dxfattribs={**a, "style": "Standard"},
    )
    note.set_placement((2.0, 7.0), align=TextEntityAlignment.MIDDLE_LEFT)
    del title_layer  # the insert carries the layer; the block's geometry is BYBLOCK on layer 0


def short_text(text: str, n: int) -> str:
    """``text`` cut to ``n`` characters with an ellipsis."""
    return text if len(text) <= n else text[: n - 1] + "…"


def draw_sheets(
    backend: Any,
    sheet: Sheet,
    paper: str,
    ext: tuple[float, float, float, float],
    n: int,
    drawn_xy: Any = None,
) -> None:
    """Make the layouts of one sheet on one paper size: one, or a key plan and a grid of sheets."""
    fr = frame(paper)
    denom = backend.profile.scale_denominator
    tiles = plan_tiles(ext, fr, denom, drawn_xy)
    if len(tiles) == 1:
        one = f"{sheet.number} of {n}"
        _layout(
            backend, sheet, fr, f"{paper}-{sheet.key}", tiles[0], denom, drawing_number(sheet, paper), one
        )
        return
    numbers = {(t.col, t.row): drawing_number(sheet, paper, f"S{t.number:02d}") for t in tiles}
    key_denom = fitting_scale(ext, fr)
    key_tile = Tile(0, 0, 0, ((ext[0] + ext[2]) / 2, (ext[1] + ext[3]) / 2), (0.0, 0.0))
    key = _layout(
        backend,
        sheet,
        fr,
        f"{paper}-{sheet.key}-KEY",
        key_tile,
        key_denom,
        drawing_number(sheet, paper, "KEY"),
        f"key plan of {len(tiles)} sheets",
        part_title="key plan",
        hide_annotation=True,
    )
    _key_grid(backend, key, fr, key_tile, key_denom, tiles, numbers)
    for t in tiles:
        psp = _layout(
            backend,
            sheet,
            fr,
            f"{paper}-{sheet.key}-S{t.number:02d}",
            t,
            denom,
            numbers[(t.col, t.row)],
            f"{t.number} of {len(tiles)}",
            part_title=f"sheet {t.number} of {len(tiles)}",
        )
        _match_lines(backend, psp, fr, t, numbers)


def _layout(
    backend: Any,
    sheet: Sheet,
    fr: SheetFrame,
    name: str,
    tile: Tile,
    denom: int,
    number: str,
    sheet_text: str,
    *,
    part_title: str = "",
    hide_annotation: bool = False,
) -> Any:
    profile = backend.profile
    psp = backend.doc.layouts.new(name[:255])
    backend.layouts.append(name)
    psp.page_setup(
        size=(fr.width, fr.height), margins=(0, 0, 0, 0), units="mm", scale=(1, 1), name=f"ISO_{fr.paper}"
    )
    psp.dxf_layout.dxf.current_style_sheet = PLOT_STYLE_TABLE
    title_layer = profile.layer_name("title")
    a = {"layer": title_layer}
    m, f = fr.margin, fr.f
    psp.add_lwpolyline(
        [(m, m), (fr.width - m, m), (fr.width - m, fr.height - m), (m, fr.height - m)],
        close=True,
        dxfattribs=a,
    )
    psp.add_line((fr.col_x, m), (fr.col_x, fr.height - m), dxfattribs=a)
    vp_w, vp_h = fr.vp_size
    vp = psp.add_viewport(
        center=fr.vp_center,
        size=(vp_w, vp_h),
        view_center_point=tile.center,
        view_height=vp_h * denom / 1000.0,
        dxfattribs={"layer": profile.layer_name("noplot")},
    )
    vp.dxf.flags = vp.dxf.flags | _VIEWPORT_ZOOM_LOCKED
    frozen = set(sheet.frozen_layers)
    if hide_annotation:  # text sized for the sheets would be specks on the key plan
        frozen |= {
            layer
            for key, layer in profile.mapping.items()
            if key.endswith(".label") or key in ("text", "dims")
        }
    if frozen:
        vp.frozen_layers = sorted(frozen)
    top = fr.height - m
    backend.north_arrow(psp, fr.col_x + 25 * f, top - 30 * f, f)
    backend.scale_bar(psp, fr.col_x + 55 * f, top - 35 * f, denom, f, fr.paper)
    _title_block(backend, psp, fr, sheet, denom, number, sheet_text, part_title)
    backend.legend(psp, fr.col_x, m + _TB_H * f, top - 50 * f, sheet, f)
    return psp


def _title_block(
    backend: Any, psp: Any, fr: SheetFrame, sheet: Sheet, denom: int, number: str, sheet_text: str, part: str
) -> None:
    plan, profile = backend.plan, backend.profile
    proj = plan.project
    values = {
        "PROJECT": f"{proj.name}" + (f", {proj.place}" if proj.place else ""),
        "DRAWING": sheet.title + (f" ({part})" if part else ""),
        "OPTION": sheet.option_id or "existing conditions",
        "DWG_NO": number,
        "REVISION": "P1 (for discussion)",
        "DATE": backend.date,
        "SCALE": f"1:{denom} @ {fr.paper}",
        "CRS": backend.crs_text(),
        "DRAWN": backend.drawn_by or "Jamii",
        "CHECKED": backend.checked_by or "—",
        "APPROVED": "—",
        "SHEET": sheet_text,
    }
    ins = psp.add_blockref(
        TITLE_BLOCK,
        (fr.col_x, fr.margin),
        dxfattribs={"layer": profile.layer_name("title"), "xscale": fr.f, "yscale": fr.f},
    )
    ins.add_auto_attribs({tag: short_text(v, _TB_FIT) for tag, v in values.items()})
    for attrib in ins.attribs:
        attrib.dxf.layer = profile.layer_name("title")
    backend.text(
        psp,
        "Coordinates in " + backend.crs_text() + "; grid north up.",
        fr.col_x + 2 * fr.f,
        fr.margin + 3 * fr.f,
        2.0 * fr.f if fr.f < 1 else 2.5,
        "MIDDLE_LEFT",
    )


def _to_paper(fr: SheetFrame, view: Tile, denom: int, x: float, y: float) -> tuple[float, float]:
    cx, cy = fr.vp_center
    k = 1000.0 / denom
    return cx + (x - view.center[0]) * k, cy + (y - view.center[1]) * k


def _key_grid(
    backend: Any, psp: Any, fr: SheetFrame, view: Tile, denom: int, tiles: list[Tile], numbers: dict[Any, str]
) -> None:
    """Draw the sheet grid over the key plan's viewport, each cell with its sheet's drawing number."""
    a = {"layer": backend.profile.layer_name("title")}
    for t in tiles:
        x0, y0, x1, y1 = t.bounds
        p0, p1 = _to_paper(fr, view, denom, x0, y0), _to_paper(fr, view, denom, x1, y1)
        psp.add_lwpolyline([p0, (p1[0], p0[1]), p1, (p0[0], p1[1])], close=True, dxfattribs=a)
        h = min(4.0 * fr.f, (p1[0] - p0[0]) / 6)
        backend.text(
            psp, numbers[(t.col, t.row)], (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2, h, "MIDDLE_CENTER"
        )


def _match_lines(backend: Any, psp: Any, fr: SheetFrame, t: Tile, numbers: dict[Any, str]) -> None:
    """Along each viewport edge with a neighbouring sheet: a match line and the neighbour's number."""
    a = {"layer": backend.profile.layer_name("title"), "lineweight": 50}
    vp_w, vp_h = fr.vp_size
    cx, cy = fr.vp_center
    left, right, bottom, top = cx - vp_w / 2, cx + vp_w / 2, cy - vp_h / 2, cy + vp_h / 2
    inset, h = 4.0 * fr.f, 3.0 * fr.f
    edges = {
        (t.col - 1, t.row): ((left, bottom), (left, top), (left + inset, cy), 90.0),
        (t.col + 1, t.row): ((right, bottom), (right, top), (right - inset, cy), 90.0),
        (t.col, t.row - 1): ((left, top), (right, top), (cx, top - inset), 0.0),
        (t.col, t.row + 1): ((left, bottom), (right, bottom), (cx, bottom + inset), 0.0),
    }
    for neighbour, (p0, p1, (tx, ty), angle) in edges.items():
        if neighbour not in numbers:
            continue
        psp.add_line(p0, p1, dxfattribs=a)
        backend.text(
            psp, f"MATCH LINE - SEE {numbers[neighbour]}", tx, ty, h, "MIDDLE_CENTER", rotation=angle
        )
