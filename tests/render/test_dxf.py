"""DXF export checked by independent readers: ezdxf audit/recover, ogrinfo, LibreCAD."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import ezdxf
import pytest
from ezdxf import recover

from designer.model import (
    EXISTING,
    Building,
    CoreHouse,
    Demolition,
    Plot,
    Relocation,
    StreetLight,
    Toilet,
    WaterPoint,
)
from designer.model import (
    Path as JPath,
)
from designer.render.dxf import export_dxf
from tests.io.drawing_fixtures import EPSG, NORTH_EPSG, NORTH_ORIGIN, ORIGIN, small_settlement


def _export(
    tmp_path: Path, mode: str = "option", option_id: str | None = "opt-a", **kw
) -> tuple[Path, object]:
    out = tmp_path / f"{mode}.dxf"
    res = export_dxf(
        small_settlement(**kw.pop("fixture", {})),
        out,
        mode=mode,
        option_id=option_id,
        date="2026-11-27",
        **kw,
    )
    return out, res


def _by_layer(doc, dxftype: str) -> Counter:
    return Counter(e.dxf.layer for e in doc.modelspace().query(dxftype))


@pytest.mark.parametrize(("mode", "option_id"), [("option", "opt-a"), ("existing", None), ("all", None)])
def test_every_mode_passes_audit_and_recover_without_errors(tmp_path, mode, option_id):
    out, _ = _export(tmp_path, mode, option_id)
    doc, auditor = recover.readfile(out)
    assert not auditor.has_errors
    assert len(doc.audit().errors) == 0
    assert doc.dxfversion == "AC1027"
    assert doc.header["$INSUNITS"] == 6
    assert doc.header["$LUNITS"] == 2
    assert doc.header["$LTSCALE"] == pytest.approx(0.5)


def test_coordinates_are_local_metres_plus_project_origin(tmp_path):
    out, _ = _export(tmp_path)
    doc = ezdxf.readfile(out)
    plot2 = small_settlement()["plot-2"]
    expected = {(round(x + ORIGIN[0], 6), round(y + ORIGIN[1], 6)) for x, y in plot2.outline}
    found = [
        {(round(x, 6), round(y, 6)) for x, y in e.get_points("xy")}
        for e in doc.modelspace().query('LWPOLYLINE[layer=="V-PROP-LINE"]')
    ]
    assert expected in found
    assert all(e.closed for e in doc.modelspace().query('LWPOLYLINE[layer=="V-PROP-LINE"]'))


def test_entity_counts_per_layer_equal_the_models_counts(tmp_path):
    out, _ = _export(tmp_path)
    doc = ezdxf.readfile(out)
    model = small_settlement()
    view = model.option_view("opt-a")
    gone = view.removed_ids()
    proposed = model.entities("opt-a")
    existing = [e for e in model.entities(EXISTING) if e.id not in gone]
    demolished = {e.building_id for e in proposed if isinstance(e, Demolition)}
    moved = {e.building_id for e in proposed if isinstance(e, Relocation)}
    polys = _by_layer(doc, "LWPOLYLINE")
    inserts = _by_layer(doc, "INSERT")
    assert polys["V-PROP-LINE"] == sum(isinstance(e, Plot) for e in existing)
    assert polys["C-PROP-LOTL-N"] == sum(isinstance(e, Plot) for e in proposed)
    assert polys["V-BLDG-OTLN"] == sum(isinstance(e, Building) for e in existing)
    assert polys["C-BLDG-OTLN-D"] == len(demolished)
    assert polys["C-BLDG-OTLN-M"] == len(moved)
    assert polys["C-BLDG-OTLN-N"] == sum(isinstance(e, CoreHouse | Building) for e in proposed)
    assert _by_layer(doc, "HATCH")["C-BLDG-PATT-N"] == polys["C-BLDG-OTLN-N"]
    assert polys["C-ROAD-CNTR-N"] == sum(isinstance(e, JPath) for e in proposed)
    assert polys["C-ROAD-EDGE-N"] == 2  # both edges of the one widened road
    assert inserts["E-SITE-LITE-N"] == sum(isinstance(e, StreetLight) for e in proposed)
    assert inserts["P-SANR-FIXT-N"] == sum(isinstance(e, Toilet) for e in proposed)
    assert inserts["P-SANR-FIXT-E"] == sum(isinstance(e, Toilet) for e in existing)
    water_points = [e for e in proposed if isinstance(e, WaterPoint)]
    assert inserts["C-WATR-APPT-N"] + inserts["C-WATR-STRC-N"] == len(water_points)
    # Plot numbers are TEXT on the identification layer, one per plot drawn.
    texts = [e.dxf.text for e in doc.modelspace().query('TEXT[layer=="C-PROP-IDEN"]')]
    assert sorted(texts) == sorted(p.number for p in view.of_type(Plot))


def test_block_attributes_round_trip_and_sit_on_the_inserts_layer(tmp_path):
    out, _ = _export(tmp_path)
    doc = ezdxf.readfile(out)
    model = small_settlement()
    seen = hidden = 0
    for ins in doc.modelspace().query("INSERT"):
        values = {a.dxf.tag: a.dxf.text for a in ins.attribs}
        rec = model[values["JAMII_ID"]]
        assert ins.dxf.name.startswith("JM_")
        assert all(a.dxf.layer == ins.dxf.layer for a in ins.attribs)
        # The visible tag shows, unless its every place would overlap another label (then it is hidden,
        # its value kept).
        shown = [a.dxf.tag for a in ins.attribs if not a.is_invisible]
        expected = ["LEVEL"] if ins.dxf.name == "JM_LEVEL" else ["ID"]
        assert shown in (expected, [])
        hidden += not shown
        assert values[expected[0]]
        if isinstance(rec, WaterPoint):
            assert values["TAPS"] == str(rec.taps)
            assert values["KIND"] == rec.point_kind.value
        if isinstance(rec, Toilet):
            assert values["SEATS"] == str(rec.seats_total)
        assert values["OPTION"] == ("" if rec.scope == EXISTING else rec.scope)
        assert values["STATUS"] == ("existing" if rec.scope == EXISTING else "proposed")
        assert (ins.dxf.insert.x, ins.dxf.insert.y) == pytest.approx(
            (rec.position[0] + ORIGIN[0], rec.position[1] + ORIGIN[1])
        )
        seen += 1
    assert seen == 9
    # The fixture crowds the road with its name, a pipe and a drain label, placed first; three names by it
    # find no free side.
    assert hidden <= 3
    # Block geometry on layer 0, BYBLOCK colour, so the insert's layer styles it.
    for name in ("JM_STANDPIPE", "JM_TOILET", "JM_MANHOLE", "JM_STREETLIGHT"):
        geometry = [e for e in doc.blocks[name] if e.dxftype() != "ATTDEF"]
        assert geometry and all(e.dxf.layer == "0" and e.dxf.color == 0 for e in geometry)


def test_every_layer_has_a_description_and_the_layer_key_lists_them(tmp_path):
    out, res = _export(tmp_path)
    doc = ezdxf.readfile(out)
    used = {e.dxf.layer for e in doc.modelspace()}
    for name in used - {"0"}:
        assert doc.layers.get(name).description.strip(), name
    with open(res.layer_key_path, encoding="utf-8") as fh:
        rows = {r["layer"]: r for r in csv.DictReader(fh)}
    assert used - {"0"} <= set(rows)
    assert int(rows["V-BLDG-OTLN"]["entities"]) == _by_layer(doc, "LWPOLYLINE")["V-BLDG-OTLN"]
    assert rows["G-ANNO-NPLT"]["plotted"] == "no"
    assert doc.layers.get("G-ANNO-NPLT").dxf.plot == 0


def test_existing_utilities_are_dashed_and_thin_proposed_solid_and_heavy(tmp_path):
    out, _ = _export(tmp_path)
    doc = ezdxf.readfile(out)
    old, new = doc.layers.get("C-WATR-PIPE-E"), doc.layers.get("C-WATR-PIPE-N")
    assert old.dxf.linetype != "CONTINUOUS" and new.dxf.linetype == "CONTINUOUS"
    assert old.dxf.lineweight < new.dxf.lineweight
    # Entities carry no own style: BYLAYER.
    assert all(e.dxf.color == 256 for e in doc.modelspace().query("LWPOLYLINE"))


def test_all_options_go_on_digit_layers_and_each_sheet_freezes_the_others(tmp_path):
    out, res = _export(tmp_path, "all", None)
    doc = ezdxf.readfile(out)
    polys, inserts = _by_layer(doc, "LWPOLYLINE"), _by_layer(doc, "INSERT")
    assert polys["V-BLDG-OTLN"] == 6  # every existing building, as it is today
    assert polys["C-BLDG-OTLN-DEMO-1"] == 1 and polys["C-BLDG-OTLN-DEMO-2"] == 1
    assert polys["C-BLDG-OTLN-MOVE-1"] == 1
    assert inserts["E-SITE-LITE-1"] == 2 and inserts["E-SITE-LITE-2"] == 1
    assert "Re-block" in doc.layers.get("E-SITE-LITE-2").description
    assert res.layouts == ["A1-opt-a", "A3-opt-a", "A1-opt-b", "A3-opt-b"]
    vp_b = next(iter(doc.layouts.get("A1-opt-b").query('VIEWPORT[layer=="G-ANNO-NPLT"]')))
    assert "E-SITE-LITE-1" in vp_b.frozen_layers and "E-SITE-LITE-2" not in vp_b.frozen_layers


def test_existing_only_draws_no_proposals(tmp_path):
    out, res = _export(tmp_path, "existing", None)
    doc = ezdxf.readfile(out)
    layers = {e.dxf.layer for e in doc.modelspace()}
    assert not any(n.endswith(("-N", "-D", "-M")) for n in layers)
    assert _by_layer(doc, "LWPOLYLINE")["V-BLDG-OTLN"] == 6
    assert res.layouts == ["A1-EXISTING", "A3-EXISTING"]


def test_layouts_at_a1_and_a3_carry_title_block_crs_scale_and_north_arrow(tmp_path):
    out, _ = _export(tmp_path)
    doc = ezdxf.readfile(out)
    for name, size in (("A1-opt-a", (841, 594)), ("A3-opt-a", (420, 297))):
        layout = doc.layouts.get(name)
        assert (layout.dxf_layout.dxf.paper_width, layout.dxf_layout.dxf.paper_height) == pytest.approx(size)
        # Loose texts and the title block's attributes (the title block is the attributed JM_TITLE).
        texts = " | ".join(
            [t.dxf.text for t in layout.query("TEXT")]
            + [a.dxf.text for ins in layout.query("INSERT") for a in ins.attribs]
        )
        assert f"EPSG:{EPSG}" in texts
        assert "Upgrade in place" in texts and "Legend" in texts and "grid north" in texts
        assert "Scale 1:" in texts and "JM-01-" in texts
        # Besides the layout's own paper-space viewport, one model viewport on the not-plotted layer.
        viewports = list(layout.query('VIEWPORT[layer=="G-ANNO-NPLT"]'))
        assert len(viewports) == 1
        assert viewports[0].dxf.view_height > 0


def test_proposed_road_width_is_dimensioned_in_metres(tmp_path):
    out, _ = _export(tmp_path)
    doc = ezdxf.readfile(out)
    dims = list(doc.modelspace().query("DIMENSION"))
    assert len(dims) == 1
    assert dims[0].dxf.dimstyle == "EZ_M_500_H25_M"
    assert dims[0].get_measurement() == pytest.approx(9.0)
    assert dims[0].get_geometry_block() is not None  # rendered: AutoCAD needs the block


def _ogr_counts(path: Path) -> dict[str, int]:
    out = subprocess.run(
        [
            "ogrinfo",
            "-ro",
            "-q",
            "-dialect",
            "SQLite",
            "-sql",
            # GDAL also reads the active layout's paper space (PaperSpace = 1): count the model only.
            "SELECT Layer, COUNT(*) AS n FROM entities WHERE PaperSpace IS NULL GROUP BY Layer",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counts: dict[str, int] = {}
    layer = None
    for raw_line in out.splitlines():
        line = raw_line.strip()
        if line.startswith("Layer (String) = "):
            layer = line.split("= ", 1)[1]
        elif line.startswith("n (Integer") and layer:
            counts[layer] = int(line.split("= ", 1)[1])
    return counts


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="needs ogrinfo (Debian gdal-bin)")
def test_ogrinfo_reads_the_dxf_with_the_models_layer_counts(tmp_path):
    out, _ = _export(tmp_path)
    counts = _ogr_counts(out)
    doc = ezdxf.readfile(out)
    polys = _by_layer(doc, "LWPOLYLINE")
    for layer in ("V-PROP-LINE", "V-BLDG-OTLN", "C-BLDG-OTLN-D", "C-PROP-LOTL-N", "C-WATR-PIPE-N"):
        assert counts[layer] == polys[layer], layer


def _dark_pixels(pdf: Path, tmp_path: Path) -> int:
    import numpy as np
    from PIL import Image

    subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    return int((np.asarray(Image.open(pages[0]).convert("L")) < 160).sum())


def _librecad(dxf: Path) -> Path:
    # LibreCAD 2.2 writes <stem>.pdf beside the DXF whatever -o says; name it so for clarity.
    pdf = dxf.with_suffix(".pdf")
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(dxf.parent)}
    subprocess.run(
        ["librecad", "dxf2pdf", "-a", "-o", str(pdf), str(dxf)],
        check=False,
        env=env,
        capture_output=True,
        timeout=120,
    )
    return pdf


@pytest.mark.skipif(
    shutil.which("librecad") is None or shutil.which("pdftoppm") is None,
    reason="needs librecad and poppler-utils",
)
def test_librecad_prints_the_model_space_with_drawing_content(tmp_path):
    # LibreCAD 2.2 has no layouts: it draws paper-space sheets into the model, and its printer loses
    # precision beyond ~5,000 km, so it is checked on a model-space-only export of a northern-UTM project.
    out = tmp_path / "plan.dxf"
    export_dxf(small_settlement(NORTH_ORIGIN, NORTH_EPSG), out, option_id="opt-a", paper_sizes=())
    pdf = _librecad(out)
    assert pdf.exists()
    assert _dark_pixels(pdf, tmp_path) > 2000


def test_local_coordinates_are_stated_in_the_title_block(tmp_path):
    out, _ = _export(tmp_path, local_coordinates=True)
    doc = ezdxf.readfile(out)
    plot2 = small_settlement()["plot-2"]
    found = [
        {(round(x, 6), round(y, 6)) for x, y in e.get_points("xy")}
        for e in doc.modelspace().query('LWPOLYLINE[layer=="V-PROP-LINE"]')
    ]
    assert {(round(x, 6), round(y, 6)) for x, y in plot2.outline} in found
    texts = " | ".join(t.dxf.text for t in doc.layouts.get("A1-opt-a").query("TEXT"))
    assert f"+ ({ORIGIN[0]:.0f}, {ORIGIN[1]:.0f}) = EPSG:{EPSG}" in texts


@pytest.mark.skipif(
    shutil.which("librecad") is None or shutil.which("pdftoppm") is None,
    reason="needs librecad and poppler-utils",
)
def test_librecad_prints_a_southern_utm_project_exported_in_local_metres(tmp_path):
    # Nairobi northings (~9.85e6 m) are beyond LibreCAD's printer; local metres print.
    out = tmp_path / "local.dxf"
    export_dxf(small_settlement(), out, option_id="opt-a", paper_sizes=(), local_coordinates=True)
    assert _dark_pixels(_librecad(out), tmp_path) > 2000


def test_house_improvements_are_labelled_on_their_house(tmp_path):
    out, _ = _export(tmp_path)
    doc = ezdxf.readfile(out)
    labels = [
        t for t in doc.modelspace().query('TEXT[layer=="C-ANNO-TEXT"]') if t.dxf.text.startswith("improve:")
    ]
    assert [t.dxf.text for t in labels] == ["improve: roof"]
    house = small_settlement()["bldg-3"]
    cx = sum(p[0] for p in house.outline) / 4 + ORIGIN[0]
    assert labels[0].dxf.align_point.x == pytest.approx(cx)
