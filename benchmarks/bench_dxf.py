"""DXF export of the synthetic settlement against raw ezdxf; import of the Djibouti footprints.

Raw export = what any program writing the same drawing with ezdxf must do: a new R2013 document
with ``setup=True``, the same layer table and ``JM_*`` blocks, then the same model-space entities
(``add_lwpolyline(points, "xy")`` for every shape, block references with attributes, TEXT labels,
hatches, dimensions) with the same feature data (XDATA, prepared beforehand), then ``saveas``. The primitives are taken from the walker beforehand, outside
the timed region, so raw does not pay for deciding what to draw. Jamii's run also makes the A1/A3
paper layouts and the layer key CSV. Target ≤ 1.2× (issue 4).

Djibouti (../shared/data/settlement-djibouti, skipped when absent): read the 3,855 footprints,
reproject to UTM and build the model records, against raw pyogrio + pyproj + shapely doing the
read and reprojection; and deriving plots from the footprints within the 540 street blocks.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path
from typing import Any

from pyproj import CRS

from benchmarks.harness import measure, row
from benchmarks.synthetic import OPTION_ID, make_settlement

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "settlement-djibouti"


class _Recorder:
    """A walker backend that keeps the primitives (for the raw run)."""

    def __init__(self) -> None:
        self.items: list[tuple[str, Any]] = []

    def begin(self, plan: Any) -> None:
        self.plan = plan

    def shape(self, s: Any) -> None:
        pts = [(float(x), float(y)) for x, y in s.points]
        self.items.append(("shape", (s.layer, pts, s.closed, _xdata(s))))

    def symbol(self, s: Any) -> None:
        self.items.append(("symbol", (s.layer, s.block, (s.x, s.y), dict(s.attributes), _xdata(s))))

    def label(self, t: Any) -> None:
        self.items.append(("label", (t.layer, t.text, (t.x, t.y), t.height_m, t.rotation_deg)))

    def hatch(self, h: Any) -> None:
        self.items.append(
            ("hatch", (h.layer, [(float(x), float(y)) for x, y in h.points], h.pattern, h.scale))
        )

    def dimension(self, d: Any) -> None:
        self.items.append(("dim", (d.layer, d.p1, d.p2, d.offset_m)))

    def finish(self, summary: Any) -> None:
        self.summary = summary


def _xdata(p: Any) -> list[tuple[int, Any]] | None:
    """The feature data Jamii writes on the entity (prepared outside the timed region for raw)."""
    from designer.io.dxf_records import entity_record_tags

    return None if p.record is None else entity_record_tags(p.record, p.status)


def _raw_entity(msp: Any, kind: str, data: Any) -> None:
    from ezdxf.enums import TextEntityAlignment

    if kind == "shape":
        layer, pts, closed, xdata = data
        e = msp.add_lwpolyline(pts, format="xy", close=closed, dxfattribs={"layer": layer})
        if xdata:
            e.set_xdata("JAMII", xdata)
    elif kind == "symbol":
        layer, block, pos, attrs, xdata = data
        ins = msp.add_blockref(block, pos, dxfattribs={"layer": layer})
        ins.add_auto_attribs(attrs)
        for a in ins.attribs:
            a.dxf.layer = layer
        if xdata:
            ins.set_xdata("JAMII", xdata)
    elif kind == "label":
        layer, text, pos, h, rot = data
        msp.add_text(text, height=h, rotation=rot, dxfattribs={"layer": layer}).set_placement(
            pos, align=TextEntityAlignment.MIDDLE_CENTER
        )
    elif kind == "hatch":
        layer, pts, pattern, scale = data
        h = msp.add_hatch(dxfattribs={"layer": layer})
        h.set_pattern_fill(pattern, scale=scale)
        h.paths.add_polyline_path(pts, is_closed=True)
    else:
        layer, p1, p2, off = data
        msp.add_aligned_dim(
            p1=p1, p2=p2, distance=off, dimstyle="EZ_M_500_H25_M", dxfattribs={"layer": layer}
        ).render()


def _raw_export(rec: _Recorder, path: Path) -> None:
    import ezdxf
    from ezdxf.tools.standards import setup_dimstyle

    from designer.render.symbols import BLOCKS

    doc = ezdxf.new("R2013", setup=True, units=ezdxf.units.M)
    setup_dimstyle(doc, "EZ_M_500_H25_M")
    for spec in rec.summary.layers.values():
        layer = doc.layers.add(spec.name, color=spec.aci, linetype=spec.linetype, lineweight=spec.lineweight)
        layer.description = spec.description
    for spec in BLOCKS.values():
        blk = doc.blocks.new(spec.name)
        blk.add_circle((0, 0), 0.5)
        for tag in spec.tags:
            blk.add_attdef(tag, (0.8, 0), dxfattribs={"height": 1.0})
    doc.appids.new("JAMII")
    msp = doc.modelspace()
    for kind, data in rec.items:
        _raw_entity(msp, kind, data)
    doc.saveas(path)


def _djibouti_rows() -> list[dict[str, Any]]:
    if not SHARED.is_dir():
        return []
    import numpy as np
    import pyogrio.raw
    import shapely
    from pyproj import Transformer

    from designer.io.footprints import plots_from_footprints
    from designer.io.gis_import import read_gis, survey_records

    src = SHARED / "buildings_DJI.1.1_1.geojson"

    def ours() -> int:
        survey = read_gis(src, target_crs=None)
        return len(survey_records(survey, (247500.0, 1230300.0))[0])

    def raw() -> int:
        _, _, wkb, _ = pyogrio.raw.read(src)
        tr = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
        geoms = shapely.transform(
            shapely.from_wkb(wkb), lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1]))
        )
        return len(geoms)

    survey = read_gis(src, target_crs=CRS.from_epsg(32638))
    buildings = [f.geometry for f in survey.features]
    csv.field_size_limit(1 << 30)
    with open(SHARED / "blocks_DJI.1.1_1.csv", newline="", encoding="utf-8") as fh:
        wkt = [r["geometry"] for r in csv.DictReader(fh)]
    tr = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
    blocks = list(
        shapely.transform(shapely.from_wkt(wkt), lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
    )
    n = len(buildings)
    return [
        row(
            "import Djibouti footprints (GeoJSON→UTM records)",
            n,
            measure(ours, repeat=3),
            measure(raw, repeat=3),
            None,
        ),
        row(
            "plots from Djibouti footprints (540 blocks)",
            n,
            measure(lambda: plots_from_footprints(buildings, blocks), repeat=1),
        ),
    ]


def run(size: int = 10_000) -> list[dict[str, Any]]:
    from designer.render.dxf import export_dxf
    from designer.render.walker import walk

    doc = make_settlement(size)
    rec = _Recorder()
    walk(doc, rec, mode="option", option_id=OPTION_ID)
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "jamii.dxf"
        raw = Path(tmp) / "raw.dxf"
        ours_s = measure(lambda: export_dxf(doc, ours, mode="option", option_id=OPTION_ID), repeat=3)
        raw_s = measure(lambda: _raw_export(rec, raw), repeat=3)
    rows = [
        row(
            f"DXF export ({len(rec.items)} entities with feature data, A1+A3 sheets)",
            size,
            ours_s,
            raw_s,
            1.2,
        )
    ]
    return rows + _djibouti_rows()
