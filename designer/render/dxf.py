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

import datetime as _dt
import functools
import math
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.gc_pause import gc_paused
from designer.io.dxf_records import APP_ID, write_entity_record, write_project
from designer.render.dxf_sheets import PAPER_SIZES_MM, define_title_block, draw_sheets, short_text
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

__all__ = [
    "PAPER_SIZES_MM",
    "DxfBackend",
    "DxfExportResult",
    "export_dxf",
    "layer_key_csv",
    "new_metric_drawing",
    "write_layer_key",
]

_BYBLOCK = {"layer": "0", "color": 0, "linetype": "BYBLOCK", "lineweight": -2}


def new_metric_drawing() -> Any:
    """Return a new R2013 drawing in metres with text styles and Jamii's metric linetypes defined.

    The linetypes come from ``resources/layers/linetypes.toml`` with patterns in paper millimetres: with
    ``$LTSCALE`` = scale ÷ 1000 a dash plots at its paper length (acad.lin's inch patterns would not), and
    every linetype a layer names is defined, so CAD programs and ``ezdxf`` audit find nothing to repair.
    """
    from ezdxf import units
    from ezdxf.filemanagement import new as new_dxf

    from designer.render.profile import linetypes

    doc = new_dxf("R2013", setup=["styles", "visualstyles"], units=units.M)
    for lt in linetypes().values():
        # ezdxf patterns: the total length first, then dash (+), gap (-), dot (0); in drawing units, which
        # $LTSCALE turns into paper mm.
        doc.linetypes.add(lt.name, pattern=[lt.period_mm, *lt.pattern_mm], description=lt.description)
    return doc


@dataclass(frozen=True)
class BackgroundPlacement:
    """A background image to reference from the DXF: the record, its file and the copy beside the DXF."""

    record: Any  # designer.model.background.BackgroundImage
    source: Path
    target: Path


def raster_placements(doc: Document, dxf_path: Path, project_dir: Path | None) -> tuple[list[Any], list[str]]:
    """Return the visible imagery layers as images to write beside the DXF, and a line for each left out."""
    from designer.io.imagery import layer_status
    from designer.io.raster import RasterError
    from designer.render.imagery import dxf_image, visible_layers

    out: list[Any] = []
    notes: list[str] = []
    for layer in visible_layers(doc):
        status = layer_status(layer, project_dir)
        if status.state == "missing" or (project_dir is None and not Path(layer.path).is_absolute()):
            notes.append(f"{layer.path}: not in the DXF ({status.line})")
            continue
        try:
            out.append(
                dxf_image(doc, layer, status.path, dxf_path.with_name(f"{dxf_path.stem}.{layer.id}.png"))
            )
        except RasterError as exc:
            notes.append(f"{layer.path}: not in the DXF ({exc})")
    return out, notes


def background_placements(
    doc: Document, dxf_path: Path, project_dir: Path | None
) -> tuple[list[BackgroundPlacement], list[str]]:
    """Return the visible background images that can be referenced, and a line for each that cannot."""
    from designer.model.background import BackgroundImage

    out: list[BackgroundPlacement] = []
    notes: list[str] = []
    for rec in doc.records():
        if not isinstance(rec, BackgroundImage) or not rec.visible:
            continue
        source = Path(rec.path)
        if not source.is_absolute():
            if project_dir is None:
                notes.append(f"{rec.path}: not in the DXF (the project's folder is not known)")
                continue
            source = project_dir / source
        if not source.is_file():
            notes.append(f"{rec.path}: not in the DXF (the image file is not there)")
            continue
        out.append(
            BackgroundPlacement(rec, source, dxf_path.with_name(f"{dxf_path.stem}.{rec.id}{source.suffix}"))
        )
    return out, notes


@dataclass
class DxfExportResult:
    """What ``export_dxf`` wrote: the DXF, the layer key CSV and the drawing summary."""

    dxf_path: Path
    layer_key_path: Path | None
    summary: DrawingSummary
    layouts: list[str]
    images: list[str] = field(default_factory=list)


class DxfBackend:
    """Render the walker's primitives into an ezdxf document (see ``designer.render``)."""

    def __init__(
        self,
        *,
        paper_sizes: tuple[str, ...] = ("A1", "A3"),
        date: str | None = None,
        drawn_by: str = "",
        checked_by: str = "",
        backgrounds: list[BackgroundPlacement] | None = None,
        rasters: list[Any] | None = None,
    ) -> None:
        self.paper_sizes = paper_sizes
        self.backgrounds = backgrounds or []
        self._drawn: list[Any] = []  # (n, 2) vertices of every shape and symbol, for the sheet grid
        self.rasters = rasters or []  # designer.render.imagery.DxfImage, drawn under the scans
        self.date = date or _dt.date.today().isoformat()
        self.drawn_by = drawn_by
        self.checked_by = checked_by
        self.doc: Any = None
        self.layouts: list[str] = []

    # ------------------------------------------------------------------ walker interface

    def begin(self, plan: PlanInfo) -> None:
        from ezdxf.tools.standards import setup_dimstyle

        self.plan = plan
        self.profile: LayerProfile = plan.profile
        doc = new_metric_drawing()
        denom = self.profile.scale_denominator
        doc.header["$LUNITS"] = 2
        doc.header["$LUPREC"] = 3
        doc.header["$LTSCALE"] = denom / 1000.0
        doc.header["$PSLTSCALE"] = 1
        doc.header["$LWDISPLAY"] = 1
        doc.header["$MEASUREMENT"] = 1
        setup_dimstyle(doc, self.profile.dimension_style)
        self.doc = doc
        options = [{"id": i, "name": n} for i, n in zip(plan.option_ids, plan.option_names, strict=True)]
        write_project(doc, plan.project, plan.origin, plan.local_coordinates, options)
        self.msp = doc.modelspace()
        self._new_entity = self.msp.new_entity
        for spec in self.profile.layers.values():
            self._add_layer(spec)
        self._background_images()
        self._define_blocks()
        if self.paper_sizes:
            define_title_block(doc, self.profile.layer_name("title"))

    def shape(self, shape: Shape) -> None:
        import numpy as np

        pts = shape.points
        # Fast path: hand ezdxf its own vertex array (x, y, start width, end width, bulge) instead of
        # tuples it would parse one by one; measured 2x faster for the build half of the export.
        values = np.zeros((len(pts), 5), dtype=np.float64)
        values[:, :2] = pts
        self._drawn.append(values[:, :2])
        e: Any = self._new_entity("LWPOLYLINE", {"layer": shape.layer})
        e.lwpoints.values = values
        if shape.closed:
            e.closed = True
        if shape.record is not None:
            write_entity_record(e, shape.record, shape.status)

    def symbol(self, symbol: Symbol) -> None:
        ins = self.msp.add_blockref(symbol.block, (symbol.x, symbol.y), dxfattribs={"layer": symbol.layer})
        self._drawn.append([(symbol.x, symbol.y)])
        ins.add_auto_attribs(symbol.attributes)
        # add_auto_attribs copies the ATTDEF's layer "0"; CAD users expect them on the insert's layer.
        visible = BLOCKS[symbol.block].visible
        for attrib in ins.attribs:
            attrib.dxf.layer = symbol.layer
            if attrib.dxf.tag != visible:
                continue
            if not symbol.show_label:
                attrib.is_invisible = True  # would overlap another label; the value stays
            elif symbol.label_at is not None:
                attrib.dxf.insert = symbol.label_at  # moved to a free side of the symbol
        if symbol.record is not None:
            write_entity_record(ins, symbol.record, symbol.status)

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
        # ezdxf writes $EXTMIN/$EXTMAX from the model space's own extents on save (header values set
        # directly are overwritten with "no extents").
        self.msp.dxf.extmin = (ext[0], ext[1], 0.0)
        self.msp.dxf.extmax = (ext[2], ext[3], 0.0)
        self.msp.dxf.limmin = (ext[0], ext[1])
        self.msp.dxf.limmax = (ext[2], ext[3])
        cx, cy = (ext[0] + ext[2]) / 2, (ext[1] + ext[3]) / 2
        self._georeference(cx, cy)
        self.doc.set_modelspace_vport(height=max(ext[3] - ext[1], 1.0) * 1.1, center=(cx, cy))
        self._readme_note(ext)
        # LibreCAD (dxf2pdf, print preview) takes its paper size from the active paper space's limits
        # read in drawing units (metres here): give the unused default layout A3 in metres, or it
        # would print on a 420 m sheet. Jamii's own layouts carry their real paper size in mm.
        default_ps = self.doc.paperspace()
        default_ps.dxf.limmin = (0.0, 0.0)
        default_ps.dxf.limmax = (0.420, 0.297)
        import numpy as np

        # Which sheets of a grid hold anything: every vertex drawn.
        drawn = (
            np.concatenate([np.asarray(a, dtype=float).reshape(-1, 2) for a in self._drawn])
            if self._drawn
            else None
        )
        for sheet in summary.sheets:
            for paper in self.paper_sizes:
                draw_sheets(self, sheet, paper, ext, len(summary.sheets), drawn)
        if self.layouts:  # the sheets replace the empty default layout
            self.doc.layouts.delete("Layout1")

    def _background_images(self) -> None:
        """IMAGE entities for the background images, first in the model so the plan draws over them.

        Each image lies where the project places it (its two reference points): the lower-left corner, the
        size in metres and the rotation; its IMAGEDEF names the copy written beside the DXF.
        """
        if not self.backgrounds and not self.rasters:
            return
        ox, oy = self.plan.origin
        layer = (
            self.profile.layer_name("image")
            if self.profile.has("image")
            else self.profile.layer_name("noplot")
        )
        for raster in self.rasters:  # north-up in the project CRS: no rotation
            x0, y0, x1, y1 = raster.bounds_m
            image_def = self.doc.add_image_def(
                filename=raster.target.name, size_in_pixel=(raster.width_px, raster.height_px)
            )
            entity = self.msp.add_image(
                image_def,
                insert=(x0 + ox, y0 + oy),
                size_in_units=(x1 - x0, y1 - y0),
                dxfattribs={"layer": layer},
            )
            entity.set_xdata(APP_ID, [(1002, "{"), (1000, "jamii_id"), (1000, raster.layer.id), (1002, "}")])
        for bg in self.backgrounds:
            rec = bg.record
            image_def = self.doc.add_image_def(
                filename=bg.target.name, size_in_pixel=(rec.width_px, rec.height_px)
            )
            x, y = rec.corners_m()[3]  # bottom-left
            mpp = rec.metres_per_pixel
            image = self.msp.add_image(
                image_def,
                insert=(x + ox, y + oy),
                size_in_units=(rec.width_px * mpp, rec.height_px * mpp),
                rotation=rec.rotation_deg,
                dxfattribs={"layer": layer},
            )
            image.set_xdata(APP_ID, [(1002, "{"), (1000, "jamii_id"), (1000, rec.id), (1002, "}")])

    def _georeference(self, cx: float, cy: float) -> None:
        """Record where the drawing lies: GEODATA (WKT CRS, design and reference points, lon/lat) and header.

        The design point is the centre of the drawing in drawing units; the reference point the same place
        in the project CRS (they differ by the project origin when the drawing is in local metres). The mesh
        pairs the design point with its WGS 84 longitude/latitude. Without a project CRS nothing is written
        and ezdxf's default $LATITUDE/$LONGITUDE (San Francisco) are removed rather than left to mislead.
        """
        from designer.render.georef import crs_wkt, to_lon_lat

        proj = self.plan.project
        wkt = crs_wkt(proj)
        if not wkt:
            for var in ("$LATITUDE", "$LONGITUDE"):
                if var in self.doc.header:
                    del self.doc.header[var]
            return
        dx, dy = (proj.origin_x_m, proj.origin_y_m) if self.plan.local_coordinates else (0.0, 0.0)
        ref_x, ref_y = cx + dx, cy + dy
        lon, lat = to_lon_lat(proj, ref_x, ref_y)
        self.doc.header["$LATITUDE"] = float(lat)
        self.doc.header["$LONGITUDE"] = float(lon)
        self.doc.header["$NORTHDIRECTION"] = 0.0  # grid north is up
        geo = self.msp.new_geodata()
        geo.setup_local_grid(design_point=(cx, cy, 0.0), reference_point=(ref_x, ref_y, 0.0), crs=wkt)
        if not self.plan.local_coordinates:
            geo.dxf.coordinate_type = geo.PROJECTED_GRID  # drawing units are the CRS's own coordinates
        geo.source_vertices.append((cx, cy))
        geo.target_vertices.append((float(lon), float(lat)))

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
        crs = proj.crs_label or "no CRS set (local metres)"
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

    def text(
        self,
        psp: Any,
        text: str,
        x: float,
        y: float,
        h: float,
        align: str = "LEFT",
        layer: str = "",
        rotation: float = 0.0,
    ) -> None:
        from ezdxf.enums import TextEntityAlignment

        t = psp.add_text(
            text,
            height=h,
            rotation=rotation,
            dxfattribs={"layer": layer or self.profile.layer_name("title"), "style": "Standard"},
        )
        t.set_placement((x, y), align=TextEntityAlignment[align])

    def crs_text(self) -> str:
        """The drawing's coordinates in words: the CRS (EPSG code and name) or local metres."""
        from designer.io.crs import project_crs

        proj = self.plan.project
        crs = project_crs(proj)
        name = "no CRS set" if crs is None else (f"EPSG:{proj.crs_epsg} " if proj.crs_epsg else "") + crs.name
        if self.plan.local_coordinates:
            return f"local m; + ({proj.origin_x_m:.0f}, {proj.origin_y_m:.0f}) = {name}"
        return f"{name} (metres)" if crs is not None else "local metres (no CRS set)"

    def north_arrow(self, psp: Any, cx: float, cy: float, f: float) -> None:
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
        self.text(psp, "N", cx, cy + s + 2.5 * f, 6.0 * f, "BOTTOM_CENTER")
        self.text(psp, "grid north", cx, cy - s - 2.0 * f, 2.5 * f, "TOP_CENTER")

    def scale_bar(self, psp: Any, x: float, y: float, denom: int, f: float, paper: str) -> None:
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
            self.text(psp, text, x + frac * length_mm, y + h + 1.5 * f, 2.5 * f, "BOTTOM_CENTER")
        self.text(psp, f"Scale 1:{denom} @ {paper}", x, y - 2.0 * f, 3.0 * f, "TOP_LEFT")

    def legend(self, psp: Any, x0: float, y_bottom: float, y_top: float, sheet: Sheet, f: float) -> None:
        skip = {self.profile.layer_name(k) for k in ("title", "noplot")} | set(sheet.frozen_layers)
        used = [n for n, c in sorted(self.summary.counts.items()) if c and n not in skip]
        self.text(psp, "Legend", x0 + 3 * f, y_top - 2 * f, 4.0 * f, "TOP_LEFT")
        row = 7.5 * f
        y = y_top - 10 * f
        room = int((y - y_bottom - 2 * f) // row)
        symbol_layers: dict[str, str] = {}
        for ent in self.msp.query("INSERT"):
            symbol_layers.setdefault(ent.dxf.layer, ent.dxf.name)
        for i, name in enumerate(used):
            if i == room - 1 and len(used) > room:
                self.text(
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
            self.text(psp, name, x0 + 20 * f, y + 1.3 * f, 2.5 * f, "MIDDLE_LEFT")
            self.text(psp, short_text(spec.description, 70), x0 + 20 * f, y - 1.7 * f, 2.0 * f, "MIDDLE_LEFT")
            y -= row


def _num(v: float) -> str:
    return f"{v:g}"


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


def layer_key_csv(summary: DrawingSummary) -> str:
    """Return the layer key as CSV text: every layer with description, style and entities drawn on it."""
    import io

    from costing.report.cell_safety import SafeCsvWriter

    buf = io.StringIO()
    w = SafeCsvWriter(buf, lineterminator="\n")  # profile descriptions are user text: never a formula
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
    return buf.getvalue()


def write_layer_key(summary: DrawingSummary, path: str | os.PathLike[str]) -> Path:
    """Write the layer key CSV atomically and return its path."""
    from designer.io.atomic import atomic_write

    text = layer_key_csv(summary)
    target = Path(path)
    atomic_write(target, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))
    return target


def _copier(source: Path) -> Callable[[Path], None]:
    """A writer for ``atomic_write`` that copies ``source`` into the temporary file."""

    def copy(tmp: Path) -> None:
        shutil.copyfile(source, tmp)

    return copy


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
    project_dir: Path | None = None,
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
        project_dir: the project's folder, where background image paths start; the visible images are
            copied beside the DXF and referenced by IMAGE entities (left out, and said, when not found).
    """
    from designer.io.atomic import atomic_write
    from designer.render.imagery import write_dxf_image
    from designer.render.walker import walk

    report = progress or _no_progress
    report(0.05)
    backgrounds, image_notes = background_placements(doc, Path(path), project_dir)
    rasters, raster_notes = raster_placements(doc, Path(path), project_dir)
    backend = DxfBackend(paper_sizes=paper_sizes, date=date, backgrounds=backgrounds, rasters=rasters)
    # Tens of thousands of entity objects without cycles: the cyclic GC only costs time here.
    with gc_paused():
        summary = walk(
            doc, backend, mode=mode, option_id=option_id, profile=profile, local_coordinates=local_coordinates
        )
        report(0.6)
        key_path = Path(path).with_suffix(".layers.csv") if layer_key else None

        def publish_key() -> None:
            # Both files or neither: the key goes out once the DXF's temporary file is complete, and the DXF
            # is renamed only if the key was written (a failure leaves both as they were).
            report(0.95)
            if key_path is not None:
                write_layer_key(summary, key_path)
            for bg in backgrounds:  # the images the DXF references, beside it
                atomic_write(bg.target, _copier(bg.source))
            for raster in rasters:
                atomic_write(raster.target, functools.partial(write_dxf_image, doc, raster))

        dxf_path = backend.save(path, before_publish=publish_key)
    images = (
        [f"{bg.record.path} → {bg.target.name}" for bg in backgrounds]
        + [f"{r.layer.path} → {r.target.name} ({r.width_px} × {r.height_px} px)" for r in rasters]
        + image_notes
        + raster_notes
    )
    return DxfExportResult(dxf_path, key_path, summary, list(backend.layouts), images)
