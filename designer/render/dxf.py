"""DXF export: the walker's DXF backend (R2013, metres, project CRS) with layer key and paper layouts.

What engineers get (CONVENTIONS.md "DXF", reference/conventions.md §1):
    * R2013 (AC1027), ``$INSUNITS=6`` (m), ``$LUNITS=2``, ``$LTSCALE`` = scale/1000; 1 unit = 1 m in
      the project CRS (local metres + project origin).
    * Layers from the layer profile with colour, linetype, lineweight and description; colour,
      linetype and lineweight BYLAYER on every entity. A layer key CSV beside the DXF.
    * Closed LWPOLYLINEs for plots, buildings and hazard areas; one open LWPOLYLINE per pipe run or
      path; ``JM_*`` blocks (geometry on layer 0, BYBLOCK) for point facilities, with attributes
      moved onto the insert's layer; TEXT labels; ANSI31 hatches for proposed buildings; widths of
      proposed roads dimensioned in metres (``EZ_M_500_H25_M``).
    * One paper-space layout per sheet (per option) at A1 and A3 with border, title block, legend,
      north arrow, scale bar and the CRS; a not-plotted read-me note in model space.

No GEODATA object is written: without a CS-Map definition of the project CRS ezdxf would record
World Mercator, which is worse than nothing; the CRS is stated in the title block and the note.
"""

from __future__ import annotations

import csv
import datetime as _dt
import gc
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.render.primitives import (
    DrawingSummary,
    Hatch,
    Label,
    LinearDimension,
    PlanInfo,
    Shape,
    Sheet,
    Symbol,
)
from designer.render.symbols import BLOCKS

if TYPE_CHECKING:
    from collections.abc import Callable

    from designer.model.document import Document
    from designer.render.profile import LayerProfile

__all__ = ["PAPER_SIZES_MM", "DxfBackend", "DxfExportResult", "export_dxf", "write_layer_key"]

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {"A1": (841.0, 594.0), "A3": (420.0, 297.0)}
_STANDARD_SCALES = (100, 200, 250, 500, 1000, 1250, 2000, 2500, 5000, 10000, 20000, 25000, 50000, 100000)
_BYBLOCK = {"layer": "0", "color": 0, "linetype": "BYBLOCK", "lineweight": -2}


@dataclass
class DxfExportResult:
    """What ``export_dxf`` wrote: the DXF, the layer key CSV and the drawing summary."""

    dxf_path: Path
    layer_key_path: Path | None
    summary: DrawingSummary
    layouts: list[str]


class DxfBackend:
    """Render the walker's primitives into an ezdxf document (see ``designer.render``)."""

    def __init__(
        self,
        *,
        paper_sizes: tuple[str, ...] = ("A1", "A3"),
        date: str | None = None,
        drawn_by: str = "",
        checked_by: str = "",
    ) -> None:
        self.paper_sizes = paper_sizes
        self.date = date or _dt.date.today().isoformat()
        self.drawn_by = drawn_by
        self.checked_by = checked_by
        self.doc: Any = None
        self.layouts: list[str] = []

    # ------------------------------------------------------------------ walker interface

    def begin(self, plan: PlanInfo) -> None:
        from ezdxf import units
        from ezdxf.filemanagement import new as new_dxf
        from ezdxf.tools.standards import setup_dimstyle

        self.plan = plan
        self.profile: LayerProfile = plan.profile
        doc = new_dxf("R2013", setup=True, units=units.M)
        denom = self.profile.scale_denominator
        doc.header["$LUNITS"] = 2
        doc.header["$LUPREC"] = 3
        doc.header["$LTSCALE"] = denom / 1000.0
        doc.header["$PSLTSCALE"] = 1
        doc.header["$LWDISPLAY"] = 1
        doc.header["$MEASUREMENT"] = 1
        setup_dimstyle(doc, self.profile.dimension_style)
        self.doc = doc
        self.msp = doc.modelspace()
        self._new_entity = self.msp.new_entity
        for spec in self.profile.layers.values():
            self._add_layer(spec)
        self._define_blocks()

    def shape(self, shape: Shape) -> None:
        import numpy as np

        pts = shape.points
        # Fast path: hand ezdxf its own vertex array (x, y, start width, end width, bulge) instead of
        # tuples it would parse one by one; measured 2x faster for the build half of the export.
        values = np.zeros((len(pts), 5), dtype=np.float64)
        values[:, :2] = pts
        e: Any = self._new_entity("LWPOLYLINE", {"layer": shape.layer})
        e.lwpoints.values = values
        if shape.closed:
            e.closed = True

    def symbol(self, symbol: Symbol) -> None:
        ins = self.msp.add_blockref(symbol.block, (symbol.x, symbol.y), dxfattribs={"layer": symbol.layer})
        ins.add_auto_attribs(symbol.attributes)
        # add_auto_attribs copies the ATTDEF's layer "0"; CAD users expect them on the insert's layer.
        for attrib in ins.attribs:
            attrib.dxf.layer = symbol.layer

    def label(self, label: Label) -> None:
        from ezdxf.enums import TextEntityAlignment

        text = self.msp.add_text(
            label.text,
            height=label.height_m,
            rotation=label.rotation_deg,
            dxfattribs={"layer": label.layer, "style": "Standard"},
        )
        text.set_placement((label.x, label.y), align=TextEntityAlignment.MIDDLE_CENTER)

    def hatch(self, hatch: Hatch) -> None:
        h = self.msp.add_hatch(dxfattribs={"layer": hatch.layer})
        h.set_pattern_fill(hatch.pattern, scale=hatch.scale)
        h.paths.add_polyline_path([(float(x), float(y)) for x, y in hatch.points], is_closed=True)

    def dimension(self, dim: LinearDimension) -> None:
        d = self.msp.add_aligned_dim(
            p1=dim.p1,
            p2=dim.p2,
            distance=dim.offset_m,
            dimstyle=self.profile.dimension_style,
            dxfattribs={"layer": dim.layer},
        )
        d.render()

    def finish(self, summary: DrawingSummary) -> None:
        self.summary = summary
        for spec in summary.layers.values():
            if spec.name not in self.doc.layers:
                self._add_layer(spec)
        ext = summary.extents or (
            self.plan.origin[0],
            self.plan.origin[1],
            self.plan.origin[0] + 100,
            self.plan.origin[1] + 100,
        )
        self.doc.header["$EXTMIN"] = (ext[0], ext[1], 0.0)
        self.doc.header["$EXTMAX"] = (ext[2], ext[3], 0.0)
        cx, cy = (ext[0] + ext[2]) / 2, (ext[1] + ext[3]) / 2
        self.doc.set_modelspace_vport(height=max(ext[3] - ext[1], 1.0) * 1.1, center=(cx, cy))
        self._readme_note(ext)
        # LibreCAD (dxf2pdf, print preview) takes its paper size from the active paper space's limits
        # read in drawing units (metres here): give the unused default layout A3 in metres, or it
        # would print on a 420 m sheet. Jamii's own layouts carry their real paper size in mm.
        default_ps = self.doc.paperspace()
        default_ps.dxf.limmin = (0.0, 0.0)
        default_ps.dxf.limmax = (0.420, 0.297)
        # Layout names must be unique; sheets are few, paper sizes two.
        for sheet in summary.sheets:
            for paper in self.paper_sizes:
                self._layout(sheet, paper, ext, len(summary.sheets))

    # ------------------------------------------------------------------ output

    def save(self, path: str | os.PathLike[str], before_publish: Callable[[], None] | None = None) -> Path:
        """Write the DXF atomically (temp file in the same folder, then rename).

        ``before_publish`` runs once the temporary file is complete; if it raises, the target is untouched.
        """
        from designer.io.atomic import atomic_write

        def write(tmp: Path) -> None:
            self.doc.saveas(tmp)
            if before_publish is not None:
                before_publish()

        target = Path(path)
        atomic_write(target, write)
        return target

    # ------------------------------------------------------------------ tables and blocks

    def _add_layer(self, spec: Any) -> None:
        layer = self.doc.layers.add(
            spec.name, color=spec.aci, linetype=spec.linetype, lineweight=spec.lineweight
        )
        layer.description = spec.description
        if not spec.plot:
            layer.dxf.plot = 0

    def _define_blocks(self) -> None:
        r = 0.4 * self.profile.label_height_m  # symbol radius: 0.5 m at 1:500, ~2 mm on paper
        th = 0.8 * self.profile.label_height_m
        for spec in BLOCKS.values():
            blk = self.doc.blocks.new(spec.name, base_point=(0, 0))
            blk.block.dxf.description = spec.description
            _draw_symbol(blk, spec.name, r)
            y = 0.0
            for tag in spec.tags:
                visible = tag == spec.visible
                attdef = blk.add_attdef(
                    tag,
                    insert=(1.5 * r, 0.2 * r) if visible else (1.5 * r, -y),
                    text="",
                    dxfattribs={"height": th if visible else th * 0.5, **_BYBLOCK},
                )
                attdef.dxf.prompt = tag
                if not visible:
                    attdef.is_invisible = True
                    y += th * 0.6

    # ------------------------------------------------------------------ model-space note

    def _readme_note(self, ext: tuple[float, float, float, float]) -> None:
        proj = self.plan.project
        crs = f"EPSG:{proj.crs_epsg}" if proj.crs_epsg else "no CRS set (local metres)"
        where = f"Coordinates: {crs}; model origin of the project = ({proj.origin_x_m:.3f}, {proj.origin_y_m:.3f})."
        if self.plan.local_coordinates:
            where = (
                f"Coordinates: LOCAL metres. Add ({proj.origin_x_m:.3f}, {proj.origin_y_m:.3f}) to get {crs}."
            )
        lines = [
            f"{proj.name} — drawn by Jamii on {self.date}",
            f"Units: metres. {where}",
            f"Layer profile: {self.profile.name}. Status: N new, E existing, D demolish, M move, 1-9 options.",
            "Attributes of every feature: see the GeoPackage exported with this drawing.",
        ]
        h = 0.6 * self.profile.label_height_m
        note = self.msp.add_mtext(
            "\\P".join(lines), dxfattribs={"layer": self.profile.layer_name("noplot"), "char_height": h}
        )
        note.set_location((ext[0], ext[1] - 2 * h))

    # ------------------------------------------------------------------ paper space

    def _layout(
        self, sheet: Sheet, paper: str, ext: tuple[float, float, float, float], n_sheets: int
    ) -> None:
        width, height = PAPER_SIZES_MM[paper]
        name = f"{paper}-{sheet.key}"[:255]
        psp = self.doc.layouts.new(name)
        self.layouts.append(name)
        psp.page_setup(
            size=(width, height), margins=(0, 0, 0, 0), units="mm", scale=(1, 1), name=f"ISO_{paper}"
        )
        f = 1.0 if paper == "A1" else 0.6
        m = 10.0 if paper == "A1" else 7.0
        ttlb = self.profile.layer_name("title")
        nplt = self.profile.layer_name("noplot")
        a = {"layer": ttlb}
        psp.add_lwpolyline(
            [(m, m), (width - m, m), (width - m, height - m), (m, height - m)], close=True, dxfattribs=a
        )
        col_w = 175.0 * f
        x0 = width - m - col_w
        psp.add_line((x0, m), (x0, height - m), dxfattribs=a)
        # Viewport: the frame left of the column, at the largest standard scale that fits.
        gap = 5.0 * f
        vp_w, vp_h = x0 - m - 2 * gap, height - 2 * m - 2 * gap
        ext_w, ext_h = max(ext[2] - ext[0], 1.0), max(ext[3] - ext[1], 1.0)
        denom = next(
            (
                s
                for s in _STANDARD_SCALES
                if ext_w * 1.05 * 1000 / s <= vp_w and ext_h * 1.05 * 1000 / s <= vp_h
            ),
            _STANDARD_SCALES[-1],
        )
        vp = psp.add_viewport(
            center=(m + gap + vp_w / 2, m + gap + vp_h / 2),
            size=(vp_w, vp_h),
            view_center_point=((ext[0] + ext[2]) / 2, (ext[1] + ext[3]) / 2),
            view_height=vp_h * denom / 1000.0,
            dxfattribs={"layer": nplt},
        )
        if sheet.frozen_layers:
            vp.frozen_layers = list(sheet.frozen_layers)
        # Column, top to bottom: north arrow and scale bar, legend, title block.
        top = height - m
        self._north_arrow(psp, x0 + 25 * f, top - 30 * f, f)
        self._scale_bar(psp, x0 + 55 * f, top - 35 * f, denom, f, paper)
        title_h = 110.0 * f
        self._title_block(psp, x0, m, col_w, title_h, sheet, paper, denom, n_sheets, f)
        self._legend(psp, x0, m + title_h, top - 50 * f, sheet, f)

    def _text(
        self, psp: Any, text: str, x: float, y: float, h: float, align: str = "LEFT", layer: str = ""
    ) -> None:
        from ezdxf.enums import TextEntityAlignment

        t = psp.add_text(
            text,
            height=h,
            dxfattribs={"layer": layer or self.profile.layer_name("title"), "style": "Standard"},
        )
        t.set_placement((x, y), align=TextEntityAlignment[align])

    def _north_arrow(self, psp: Any, cx: float, cy: float, f: float) -> None:
        a = {"layer": self.profile.layer_name("title")}
        s = 12.0 * f
        psp.add_lwpolyline(
            [(cx, cy + s), (cx + 0.45 * s, cy - s), (cx, cy - 0.5 * s), (cx - 0.45 * s, cy - s)],
            close=True,
            dxfattribs=a,
        )
        solid = psp.add_hatch(dxfattribs=a)
        solid.set_solid_fill(color=7)
        solid.paths.add_polyline_path(
            [(cx, cy + s), (cx, cy - 0.5 * s), (cx - 0.45 * s, cy - s)], is_closed=True
        )
        self._text(psp, "N", cx, cy + s + 2.5 * f, 6.0 * f, "BOTTOM_CENTER")
        self._text(psp, "grid north", cx, cy - s - 2.0 * f, 2.5 * f, "TOP_CENTER")

    def _scale_bar(self, psp: Any, x: float, y: float, denom: int, f: float, paper: str) -> None:
        a = {"layer": self.profile.layer_name("title")}
        # A round length in metres that is 60–120 mm long on paper (× f on A3).
        length_m = next(
            (
                L
                for L in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000)
                if L * 1000 / denom >= 55 * f
            ),
            10000,
        )
        length_mm = length_m * 1000 / denom
        h = 3.0 * f
        quarter = length_mm / 4
        for i in range(4):
            box = [
                (x + i * quarter, y),
                (x + (i + 1) * quarter, y),
                (x + (i + 1) * quarter, y + h),
                (x + i * quarter, y + h),
            ]
            psp.add_lwpolyline(box, close=True, dxfattribs=a)
            if i % 2 == 0:
                fill = psp.add_hatch(dxfattribs=a)
                fill.set_solid_fill(color=7)
                fill.paths.add_polyline_path(box, is_closed=True)
        for frac, text in ((0.0, "0"), (0.5, _num(length_m / 2)), (1.0, f"{_num(length_m)} m")):
            self._text(psp, text, x + frac * length_mm, y + h + 1.5 * f, 2.5 * f, "BOTTOM_CENTER")
        self._text(psp, f"Scale 1:{denom} @ {paper}", x, y - 2.0 * f, 3.0 * f, "TOP_LEFT")

    def _title_block(
        self,
        psp: Any,
        x0: float,
        y0: float,
        w: float,
        h: float,
        sheet: Sheet,
        paper: str,
        denom: int,
        n: int,
        f: float,
    ) -> None:
        a = {"layer": self.profile.layer_name("title")}
        psp.add_lwpolyline([(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)], close=True, dxfattribs=a)
        proj = self.plan.project
        crs = f"EPSG:{proj.crs_epsg} (metres)" if proj.crs_epsg else "local metres (no CRS set)"
        if self.plan.local_coordinates:
            crs = f"local m; + ({proj.origin_x_m:.0f}, {proj.origin_y_m:.0f}) = " + (
                f"EPSG:{proj.crs_epsg}" if proj.crs_epsg else "no CRS"
            )
        rows = [
            ("Project", f"{proj.name}" + (f", {proj.place}" if proj.place else "")),
            ("Drawing", sheet.title),
            ("Option", sheet.option_id or "existing conditions"),
            ("Drawing no.", f"JM-{sheet.number:02d}-{paper}"),
            ("Revision", "P1 (for discussion)"),
            ("Date", self.date),
            ("Scale", f"1:{denom} @ {paper}"),
            ("CRS", crs),
            ("Drawn", self.drawn_by or "Jamii"),
            ("Checked", self.checked_by or "—"),
            ("Approved", "—"),
            ("Sheet", f"{sheet.number} of {n}"),
        ]
        row_h = (h - 14.0 * f) / len(rows)
        th = 2.5 * f if f < 1 else 3.0
        y = y0 + h
        # Characters that fit right of the label column at this text height (~0.85 × height each).
        fit = int((w - 34 * f) / (0.85 * th))
        for label, full_value in rows:
            value = _short(full_value, fit)
            y -= row_h
            psp.add_line((x0, y), (x0 + w, y), dxfattribs=a)
            self._text(psp, label, x0 + 2 * f, y + row_h / 2, th * 0.8, "MIDDLE_LEFT")
            self._text(psp, value, x0 + 32 * f, y + row_h / 2, th, "MIDDLE_LEFT")
        psp.add_line((x0 + 30 * f, y), (x0 + 30 * f, y0 + h), dxfattribs=a)
        self._text(
            psp,
            "Participatory design option drawn with the community - not for construction.",
            x0 + 2 * f,
            y0 + 9 * f,
            2.0 * f if f < 1 else 2.5,
            "MIDDLE_LEFT",
        )
        self._text(
            psp,
            "Coordinates in " + crs + "; grid north up.",
            x0 + 2 * f,
            y0 + 4 * f,
            2.0 * f if f < 1 else 2.5,
            "MIDDLE_LEFT",
        )

    def _legend(self, psp: Any, x0: float, y_bottom: float, y_top: float, sheet: Sheet, f: float) -> None:
        skip = {self.profile.layer_name(k) for k in ("title", "noplot")} | set(sheet.frozen_layers)
        used = [n for n, c in sorted(self.summary.counts.items()) if c and n not in skip]
        self._text(psp, "Legend", x0 + 3 * f, y_top - 2 * f, 4.0 * f, "TOP_LEFT")
        row = 7.5 * f
        y = y_top - 10 * f
        room = int((y - y_bottom - 2 * f) // row)
        symbol_layers: dict[str, str] = {}
        for ent in self.msp.query("INSERT"):
            symbol_layers.setdefault(ent.dxf.layer, ent.dxf.name)
        for i, name in enumerate(used):
            if i == room - 1 and len(used) > room:
                self._text(
                    psp,
                    f"... {len(used) - i} more: see the layer key CSV",
                    x0 + 3 * f,
                    y,
                    2.5 * f,
                    "MIDDLE_LEFT",
                )
                break
            spec = self.summary.layers[name]
            if name in symbol_layers:
                psp.add_blockref(
                    symbol_layers[name],
                    (x0 + 10 * f, y),
                    dxfattribs={"layer": name, "xscale": 3 * f, "yscale": 3 * f},
                )
            else:
                psp.add_line((x0 + 3 * f, y), (x0 + 17 * f, y), dxfattribs={"layer": name, "ltscale": 0.02})
            self._text(psp, name, x0 + 20 * f, y + 1.3 * f, 2.5 * f, "MIDDLE_LEFT")
            self._text(psp, _short(spec.description, 70), x0 + 20 * f, y - 1.7 * f, 2.0 * f, "MIDDLE_LEFT")
            y -= row


def _num(v: float) -> str:
    return f"{v:g}"


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _draw_symbol(blk: Any, name: str, r: float) -> None:
    """Draw a block's symbol geometry on layer 0, BYBLOCK, centred on the insertion point (radius r m)."""
    a = _BYBLOCK
    if name == "JM_STANDPIPE":
        blk.add_circle((0, 0), r, dxfattribs=a)
        blk.add_line((-r, 0), (r, 0), dxfattribs=a)
        blk.add_line((0, -r), (0, r), dxfattribs=a)
    elif name in ("JM_KIOSK", "JM_TOILET"):
        blk.add_lwpolyline([(-r, -r), (r, -r), (r, r), (-r, r)], close=True, dxfattribs=a)
        if name == "JM_TOILET":
            blk.add_line((-r, -r), (r, r), dxfattribs=a)
            blk.add_line((-r, r), (r, -r), dxfattribs=a)
        else:
            blk.add_circle((0, 0), r * 0.5, dxfattribs=a)
    elif name == "JM_TANK":
        blk.add_circle((0, 0), r, dxfattribs=a)
        blk.add_line((-r, -r * 0.3), (r, -r * 0.3), dxfattribs=a)
    elif name == "JM_MANHOLE":
        blk.add_circle((0, 0), r, dxfattribs=a)
        blk.add_circle((0, 0), r * 0.45, dxfattribs=a)
    elif name == "JM_STREETLIGHT":
        blk.add_circle((0, 0), r * 0.45, dxfattribs=a)
        for k in range(8):
            ang = k * math.pi / 4
            blk.add_line(
                (0.6 * r * math.cos(ang), 0.6 * r * math.sin(ang)),
                (r * math.cos(ang), r * math.sin(ang)),
                dxfattribs=a,
            )
    elif name == "JM_SUPPLY":
        blk.add_lwpolyline([(0, r), (r * 0.87, -r * 0.5), (-r * 0.87, -r * 0.5)], close=True, dxfattribs=a)
    else:  # JM_LEVEL
        blk.add_line((-r, 0), (r, 0), dxfattribs=a)
        blk.add_line((0, -r), (0, r), dxfattribs=a)
        blk.add_circle((0, 0), r * 0.4, dxfattribs=a)


def write_layer_key(summary: DrawingSummary, path: str | os.PathLike[str]) -> Path:
    """Write the layer key CSV: every layer with description, style and number of entities drawn on it."""
    target = Path(path)
    with open(target, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["layer", "description", "colour_aci", "linetype", "lineweight_mm", "plotted", "entities"])
        for name in sorted(summary.layers):
            spec = summary.layers[name]
            w.writerow(
                [
                    name,
                    spec.description,
                    spec.aci,
                    spec.linetype,
                    f"{spec.lineweight / 100:.2f}",
                    "yes" if spec.plot else "no",
                    summary.counts.get(name, 0),
                ]
            )
    return target


def _no_progress(_fraction: float) -> None:
    """Nobody watches this export (the CLI)."""


def export_dxf(
    doc: Document,
    path: str | os.PathLike[str],
    *,
    mode: str = "option",
    option_id: str | None = None,
    profile: LayerProfile | None = None,
    paper_sizes: tuple[str, ...] = ("A1", "A3"),
    date: str | None = None,
    layer_key: bool = True,
    local_coordinates: bool = False,
    progress: Callable[[float], None] | None = None,
) -> DxfExportResult:
    """Export existing conditions, one option or all options to a DXF (and its layer key CSV).

    Args:
        doc: the project.
        path: the DXF to write (replaced atomically).
        mode: ``"existing"``, ``"option"`` or ``"all"`` (see ``designer.render.walker``).
        option_id: the option for ``"option"`` mode.
        profile: the layer profile (default Jamii-NCS).
        paper_sizes: paper layouts to make per sheet (``"A1"``, ``"A3"``).
        date: the date in the title block (ISO; default today).
        layer_key: also write ``<path stem>.layers.csv``.
        local_coordinates: local metres instead of project CRS coordinates (stated in the title
            block and note); for LibreCAD, whose printer loses precision at UTM northings.
        progress: told how far the export is (0–1) between steps; if it raises, nothing is written.
    """
    from designer.render.walker import walk

    report = progress or _no_progress
    report(0.05)
    backend = DxfBackend(paper_sizes=paper_sizes, date=date)
    # Tens of thousands of entity objects without cycles: the cyclic GC only costs time here.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        summary = walk(
            doc, backend, mode=mode, option_id=option_id, profile=profile, local_coordinates=local_coordinates
        )
        report(0.6)
        dxf_path = backend.save(path, before_publish=lambda: report(0.95))
    finally:
        if gc_was_enabled:
            gc.enable()
    key_path = write_layer_key(summary, Path(path).with_suffix(".layers.csv")) if layer_key else None
    return DxfExportResult(dxf_path, key_path, summary, list(backend.layouts))
