"""A DXF an engineer can issue: defined metric linetypes, clean audit, georeference, feature data, sheets.

Every check reads the file back with an independent reader (ezdxf's recover and audit, GDAL's ogrinfo).
"""

from __future__ import annotations

import ezdxf
import pytest
from ezdxf import recover

from designer.io.project_file import load_project
from designer.render.dxf import export_dxf
from designer.render.profile import load_profile
from designer.resources import sample_project_path


@pytest.fixture(scope="module")
def sample():
    return load_project(sample_project_path())


def _modes(doc) -> list[tuple[str, str | None]]:
    return [
        ("existing", None),
        ("all", None),
        *[("option", o.id) for o in sorted(doc.options, key=lambda o: o.id)],
    ]


@pytest.mark.parametrize("local", [False, True])
def test_every_mode_and_sample_option_audits_with_no_error_and_no_fix(sample, tmp_path, local):
    for mode, option_id in _modes(sample):
        out = tmp_path / f"{mode}-{option_id}-{local}.dxf"
        export_dxf(sample, out, mode=mode, option_id=option_id, local_coordinates=local)
        doc, auditor = recover.readfile(out)
        assert (auditor.errors, auditor.fixes) == ([], []), (
            mode,
            option_id,
            [f.message for f in auditor.fixes],
        )
        audit = doc.audit()
        assert (audit.errors, audit.fixes) == ([], []), (mode, option_id)


def test_every_linetype_a_layer_names_is_defined_with_a_paper_millimetre_pattern(sample, tmp_path):
    out = tmp_path / "a.dxf"
    export_dxf(sample, out, mode="all")
    doc = ezdxf.readfile(out)
    used = {layer.dxf.linetype.upper() for layer in doc.layers} - {"CONTINUOUS", "BYLAYER", "BYBLOCK"}
    defined = {lt.dxf.name.upper(): lt for lt in doc.linetypes}
    assert used and used <= set(defined)
    ltscale = doc.header["$LTSCALE"]
    assert ltscale == pytest.approx(load_profile().scale_denominator / 1000)
    # The existing water main's HIDDEN dash: 3 mm on paper, i.e. 1.5 m on the ground at 1:500 (acad.lin's
    # inch pattern gave 0.125 m: 0.25 mm on paper, which plots as a continuous line).
    elements = [v for code, v in defined["HIDDEN"].pattern_tags.tags if code == 49]
    assert elements == [3.0, -1.5]
    first_dash = elements[0]
    assert first_dash * ltscale == pytest.approx(1.5)
    assert doc.layers.get("C-WATR-PIPE-E").dxf.linetype == "HIDDEN"


def test_a_profile_naming_an_undefined_linetype_is_refused(tmp_path):
    from designer.io.errors import LayerProfileError
    from designer.resources import resource_path

    text = resource_path("layers", "jamii-ncs.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('linetype = "HIDDEN"', 'linetype = "ZIGZAG"', 1), encoding="utf-8")
    with pytest.raises(LayerProfileError, match="ZIGZAG"):
        load_profile(bad)


def test_geodata_header_and_extents_place_the_drawing_on_the_earth(sample, tmp_path):
    from pyproj import Transformer

    out = tmp_path / "geo.dxf"
    res = export_dxf(sample, out, mode="option", option_id="opt-a")
    doc = ezdxf.readfile(out)
    geo = doc.modelspace().get_geodata()
    assert geo is not None
    assert geo.dxf.coordinate_type == geo.PROJECTED_GRID
    assert "UTM zone 37S" in geo.coordinate_system_definition  # the project's CRS as WKT
    design, ref = geo.dxf.design_point, geo.dxf.reference_point
    assert (design.x, design.y) == pytest.approx((ref.x, ref.y))
    # The mesh's one vertex pair: the design point and its longitude/latitude, checked independently.
    (sx, sy), (lon, lat) = next(iter(geo.source_vertices)), next(iter(geo.target_vertices))
    to_ll = Transformer.from_crs("EPSG:32737", "EPSG:4326", always_xy=True)
    assert (lon, lat) == pytest.approx(to_ll.transform(sx, sy), abs=1e-9)
    assert (doc.header["$LONGITUDE"], doc.header["$LATITUDE"]) == pytest.approx((lon, lat))
    assert 36.5 < lon < 37.2 and -1.5 < lat < -1.0  # Nairobi, where the sample lies
    xmin, ymin, xmax, ymax = res.summary.extents
    assert doc.header["$EXTMIN"][:2] == pytest.approx((xmin, ymin))
    assert doc.header["$EXTMAX"][:2] == pytest.approx((xmax, ymax))
    assert xmin < sx < xmax and ymin < sy < ymax


def test_local_metres_georeference_through_a_local_grid(sample, tmp_path):
    out = tmp_path / "local.dxf"
    export_dxf(sample, out, mode="option", option_id="opt-a", local_coordinates=True)
    geo = ezdxf.readfile(out).modelspace().get_geodata()
    p = sample.project
    assert geo.dxf.coordinate_type == geo.LOCAL_GRID
    design, ref = geo.dxf.design_point, geo.dxf.reference_point
    assert (ref.x - design.x, ref.y - design.y) == pytest.approx((p.origin_x_m, p.origin_y_m))


def test_a_project_without_crs_has_no_geodata_and_no_borrowed_latitude(tmp_path):
    from designer.model import Document, Option, Plot, ProjectInfo

    doc = Document(ProjectInfo(), [Option(id="o", name="O"), Plot(id="p", outline=((0, 0), (5, 0), (5, 5)))])
    out = tmp_path / "nocrs.dxf"
    export_dxf(doc, out, mode="existing")
    dxf = ezdxf.readfile(out)
    assert dxf.modelspace().get_geodata() is None
    assert "$LATITUDE" not in dxf.header and "$LONGITUDE" not in dxf.header  # not San Francisco


def test_ogrinfo_finds_the_features_at_their_crs_coordinates(sample, tmp_path):
    import re
    import shutil
    import subprocess

    if shutil.which("ogrinfo") is None:
        pytest.skip("needs ogrinfo (Debian gdal-bin)")
    out = tmp_path / "ogr.dxf"
    res = export_dxf(sample, out, mode="existing")
    # Model space only: GDAL also reads the active layout's paper space (PaperSpace = 1, in paper mm).
    sql = "SELECT * FROM entities WHERE PaperSpace IS NULL"
    text = subprocess.run(
        ["ogrinfo", "-so", "-sql", sql, str(out)], capture_output=True, text=True, check=True
    ).stdout
    m = re.search(r"Extent: \(([\d.]+), ([\d.]+)\) - \(([\d.]+), ([\d.]+)\)", text)
    assert m, text
    xmin, ymin, xmax, ymax = map(float, m.groups())
    ex = res.summary.extents
    # GDAL's extent covers the features (and the read-me note below them), in the project's UTM metres.
    assert xmin <= ex[0] + 0.01 and xmax >= ex[2] - 0.01 and ymax >= ex[3] - 0.01
    assert 250_000 < xmin < 270_000 and 9_850_000 < ymin < 9_860_000


@pytest.mark.parametrize("option_id", ["opt-a", "opt-b", "opt-c"])
def test_every_feature_carries_its_data_and_no_personal_field(sample, tmp_path, option_id):
    from designer.io.dxf_records import APP_ID, read_entity_record

    out = tmp_path / f"{option_id}.dxf"
    export_dxf(sample, out, mode="option", option_id=option_id)
    entities = list(ezdxf.readfile(out).modelspace().query("LWPOLYLINE INSERT"))
    tagged = [(e, read_entity_record(e)) for e in entities if e.has_xdata(APP_ID)]
    assert len(tagged) > 100 and all(rec is not None for _, rec in tagged)
    for e, rec in tagged:
        model = sample.get(rec["fields"]["id"])
        assert model is not None and rec["kind"] == model.KIND
        for field in ("number", "diameter_mm", "material", "taps", "level_m", "width_m", "seats_female"):
            if hasattr(model, field):
                assert rec["fields"][field] == getattr(model, field), (model.id, field)
        assert "phone" not in rec["fields"]
        # named, typed values a CAD user's data extraction reads without parsing text
        tags = list(e.get_xdata(APP_ID))
        assert (1000, "jamii_id") in tags and (1000, model.id) in tags
        if hasattr(model, "diameter_mm"):
            assert (1071, model.diameter_mm) in tags
    plot_numbers = {rec["fields"]["number"] for _, rec in tagged if rec["kind"] == "plot"}
    assert "1A01" in plot_numbers


# ---------------------------------------------------------------------------------------------- sheets
def _attribs(layout) -> dict[str, str]:
    ins = next(i for i in layout.query("INSERT") if i.dxf.name == "JM_TITLE")
    return {a.dxf.tag: a.dxf.text for a in ins.attribs}


def test_drawing_numbers_are_the_same_however_an_option_is_exported(sample, tmp_path):
    one, every = tmp_path / "one.dxf", tmp_path / "all.dxf"
    export_dxf(sample, one, mode="option", option_id="opt-b", paper_sizes=("A1",))
    export_dxf(sample, every, mode="all", paper_sizes=("A1",))
    alone = _attribs(ezdxf.readfile(one).layouts.get("A1-opt-b"))["DWG_NO"]
    together = _attribs(ezdxf.readfile(every).layouts.get("A1-opt-b"))["DWG_NO"]
    assert alone == together == "JM-02-A1"  # opt-b is the project's second option by id


def test_sheets_have_a_title_block_locked_viewports_a_plot_style_and_no_empty_layout(sample, tmp_path):
    out = tmp_path / "s.dxf"
    res = export_dxf(sample, out, mode="option", option_id="opt-a")
    doc = ezdxf.readfile(out)
    assert "Layout1" not in doc.layouts.names()
    assert set(res.layouts) == set(doc.layouts.names()) - {"Model"}
    for name in res.layouts:
        layout = doc.layouts.get(name)
        assert layout.dxf_layout.dxf.current_style_sheet == "acad.ctb"
        (vp,) = layout.query('VIEWPORT[layer=="G-ANNO-NPLT"]')
        assert vp.dxf.flags & 16384, name  # zoom locked
        tb = _attribs(layout)
        assert tb["PROJECT"].startswith("Mji wa Tumaini")
        assert tb["CRS"].startswith("EPSG:32737") and tb["DWG_NO"].startswith("JM-01-")
        assert set(tb) >= {"REVISION", "DATE", "SCALE", "DRAWN", "CHECKED", "APPROVED", "SHEET"}


@pytest.mark.slow
@pytest.mark.parametrize("scale", [500, 2000])
def test_a_large_site_gets_a_key_plan_and_sheets_with_match_lines_and_legible_text(tmp_path, scale):
    from benchmarks.synthetic import OPTION_ID, make_settlement

    doc = make_settlement(6000)
    out = tmp_path / "big.dxf"
    res = export_dxf(
        doc,
        out,
        mode="option",
        option_id=OPTION_ID,
        paper_sizes=("A1",),
        profile=load_profile(scale_denominator=scale),
    )
    dxf = ezdxf.readfile(out)
    sheets = [n for n in res.layouts if "-S" in n]
    assert f"A1-{OPTION_ID}-KEY" in res.layouts and len(sheets) > 1
    xmin, ymin, xmax, ymax = res.summary.extents
    covered = []
    for name in sheets:
        layout = dxf.layouts.get(name)
        (vp,) = layout.query('VIEWPORT[layer=="G-ANNO-NPLT"]')
        w = vp.dxf.width * scale / 1000
        h = vp.dxf.view_height
        assert h == pytest.approx(vp.dxf.height * scale / 1000)  # every sheet at 1:scale
        cx, cy = vp.dxf.view_center_point.x, vp.dxf.view_center_point.y
        covered.append((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
        texts = " ".join(t.dxf.text for t in layout.query("TEXT"))
        assert "MATCH LINE - SEE JM-" in texts
    # the sheets together cover the whole site
    assert min(c[0] for c in covered) <= xmin and max(c[2] for c in covered) >= xmax
    assert min(c[1] for c in covered) <= ymin and max(c[3] for c in covered) >= ymax
    key_texts = {t.dxf.text for t in dxf.layouts.get(f"A1-{OPTION_ID}-KEY").query("TEXT")}
    assert {f"JM-{n.split('-S')[1][:2]}" for n in sheets} and all(
        any(n.split(f"{OPTION_ID}-")[1] in k for k in key_texts) for n in sheets
    )
    # plot numbers read at the profile's 2.5 mm on paper at the sheet scale (never a 0.1 mm speck)
    heights = [t.dxf.height * 1000 / scale for t in dxf.modelspace().query('TEXT[layer=="C-PROP-IDEN"]')]
    assert heights and min(heights) >= 0.7 * 2.5 - 1e-9 and max(heights) == pytest.approx(2.5)


def test_labels_of_the_sample_do_not_overlap(sample, tmp_path):
    from ezdxf import bbox

    out = tmp_path / "labels.dxf"
    export_dxf(sample, out, mode="option", option_id="opt-b", paper_sizes=())
    msp = ezdxf.readfile(out).modelspace()
    texts = list(msp.query("TEXT"))
    texts += [a for ins in msp.query("INSERT") for a in ins.attribs if not a.is_invisible]
    boxes = []
    for t in texts:
        if t.dxf.layer == "G-ANNO-NPLT" or not t.dxf.text.strip():
            continue
        b = bbox.extents([t], fast=False)  # ezdxf measures the text with its font
        boxes.append((b.extmin.x, b.extmin.y, b.extmax.x, b.extmax.y, t.dxf.text))
    overlaps = [
        (a[4], b[4])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[0] < b[2] - 0.05 and b[0] < a[2] - 0.05 and a[1] < b[3] - 0.05 and b[1] < a[3] - 0.05
    ]
    assert len(boxes) > 150
    assert overlaps == []


def test_a_sheet_renders_with_drawing_and_title(sample, tmp_path):
    import numpy as np
    from PIL import Image

    from scripts.render_dxf_layouts import render_layout

    out = tmp_path / "r.dxf"
    export_dxf(sample, out, mode="option", option_id="opt-a", paper_sizes=("A3",))
    png = render_layout(
        out,
        "A3-opt-a-S01" if "A3-opt-a-S01" in ezdxf.readfile(out).layouts.names() else "A3-opt-a",
        tmp_path / "s.png",
        dpi=40,
    )
    grey = np.asarray(Image.open(png).convert("L"))
    w = grey.shape[1]
    plan, column = grey[:, : int(w * 0.7)], grey[:, int(w * 0.75) :]
    assert (plan < 200).sum() > 2000  # the plan is drawn in the viewport
    assert (column < 200).sum() > 2000  # legend and title block


# ---------------------------------------------------------------------------------------------- all or nothing
def test_a_failed_export_leaves_neither_the_dxf_nor_its_layer_key(sample, tmp_path, monkeypatch):
    import designer.render.dxf as dxf_module

    out = tmp_path / "plan.dxf"
    key = tmp_path / "plan.layers.csv"
    export_dxf(sample, out, mode="option", option_id="opt-a", paper_sizes=())
    before = out.read_bytes(), key.read_bytes()

    def disk_full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dxf_module, "write_layer_key", disk_full)
    with pytest.raises(OSError, match="No space"):
        export_dxf(sample, out, mode="option", option_id="opt-b", paper_sizes=())
    assert (out.read_bytes(), key.read_bytes()) == before  # the old pair, unchanged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.dxf", "plan.layers.csv"]  # no temp left


def test_a_geopackage_without_crs_raises_no_library_warning_and_says_so(tmp_path):
    import warnings

    from designer.export.registry import run_export
    from designer.export.request import ExportRequest
    from designer.model import Document, Option, Plot, ProjectInfo

    doc = Document(ProjectInfo(), [Option(id="o", name="O"), Plot(id="p", outline=((0, 0), (5, 0), (5, 5)))])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning fails the test
        line = run_export("gpkg", doc, tmp_path / "x.gpkg", ExportRequest("existing", None))
    assert "no CRS" in line and (tmp_path / "x.gpkg").stat().st_size > 0


# ---------------------------------------------------------------------------------------------- pipes
def _sewer_doc(with_levels: bool):
    from designer.model import Document, Option, ProjectInfo, Sewer, SpotLevel

    recs = [Option(id="o", name="Sewer"), Sewer(id="s1", scope="o", route=((0, 0), (100, 0)), depth_m=0.8)]
    if with_levels:  # ground falls 1 m over the run, surveyed at both ends
        recs += [
            SpotLevel(id="l1", position=(0, 0), level_m=100.0),
            SpotLevel(id="l2", position=(100, 0), level_m=99.0),
        ]
    return Document(ProjectInfo(crs_epsg=32737, origin_x_m=259400, origin_y_m=9857600), recs)


def test_a_sewer_is_labelled_with_invert_levels_and_grade_where_ground_levels_exist(tmp_path):
    out = tmp_path / "sewer.dxf"
    export_dxf(_sewer_doc(True), out, mode="option", option_id="o", paper_sizes=())
    labels = [t.dxf.text for t in ezdxf.readfile(out).modelspace().query('TEXT[layer=="C-SSWR-TEXT"]')]
    # invert = ground - 0.8 m trench + 0.1 m bed: 99.30 and 98.30; fall 1.00 m over 100 m = 1:100
    assert labels == ["DN110 uPVC IL 99.30/98.30 1:100"]


def test_a_sewer_without_ground_levels_shows_no_invented_levels(tmp_path):
    out = tmp_path / "flat.dxf"
    export_dxf(_sewer_doc(False), out, mode="option", option_id="o", paper_sizes=())
    labels = [t.dxf.text for t in ezdxf.readfile(out).modelspace().query('TEXT[layer=="C-SSWR-TEXT"]')]
    assert labels == ["DN110 uPVC"]


# ---------------------------------------------------------------------------------------------- imagery
def _with_background(tmp_path, present: bool = True):
    from PIL import Image

    from designer.model import Document, Option, Plot, ProjectInfo
    from designer.model.background import BackgroundImage

    if present:
        Image.new("RGB", (100, 50), (120, 160, 90)).save(tmp_path / "drone.png")
    bg = BackgroundImage.from_distance(
        id="bg-1", path="drone.png", width_px=100, height_px=50, ref1_px=(0, 50), ref2_px=(100, 50),
        distance_m=20.0, at_m=(10.0, 20.0),
    )  # fmt: skip
    project = ProjectInfo(crs_epsg=32737, origin_x_m=259400, origin_y_m=9857600)
    return Document(
        project, [Option(id="o", name="O"), Plot(id="p", outline=((0, 0), (40, 0), (40, 40))), bg]
    )


def test_the_background_image_is_an_image_entity_placed_by_the_projects_georeference(tmp_path):
    out = tmp_path / "plan.dxf"
    res = export_dxf(_with_background(tmp_path), out, mode="existing", project_dir=tmp_path)
    dxf = ezdxf.readfile(out)
    (image,) = dxf.modelspace().query("IMAGE")
    assert image.dxf.layer == "V-IMAG-AERL"
    assert (image.dxf.insert.x, image.dxf.insert.y) == pytest.approx((259410.0, 9857620.0))  # bottom-left
    assert image.dxf.u_pixel.x * 100 == pytest.approx(20.0) and image.dxf.v_pixel.y * 50 == pytest.approx(
        10.0
    )
    image_def = dxf.entitydb[image.dxf.image_def_handle]
    assert image_def.dxf.filename == "plan.bg-1.png"
    assert (tmp_path / "plan.bg-1.png").read_bytes() == (tmp_path / "drone.png").read_bytes()
    assert res.images == ["drone.png → plan.bg-1.png"]
    # the image is drawn first: under the plan
    assert next(iter(dxf.modelspace())).dxftype() == "IMAGE"
    _, auditor = recover.readfile(out)
    assert (auditor.errors, auditor.fixes) == ([], [])


def test_a_missing_background_image_is_left_out_and_said(tmp_path):
    out = tmp_path / "plan.dxf"
    res = export_dxf(_with_background(tmp_path, present=False), out, mode="existing", project_dir=tmp_path)
    assert list(ezdxf.readfile(out).modelspace().query("IMAGE")) == []
    assert res.images == ["drone.png: not in the DXF (the image file is not there)"]


def test_house_plans_audit_clean_with_their_stage_linetypes_defined(sample, tmp_path):
    from designer.export.house_sheet import export_house_plans
    from designer.export.request import ExportRequest

    option = next(o for o in sample.options if o.id == "opt-c")
    out = tmp_path / "houses.dxf"
    export_house_plans(sample, out, ExportRequest("option", option))
    doc, auditor = recover.readfile(out)
    assert (auditor.errors, auditor.fixes) == ([], [])
    used = {layer.dxf.linetype.upper() for layer in doc.layers} - {"CONTINUOUS", "BYLAYER", "BYBLOCK"}
    assert used <= {lt.dxf.name.upper() for lt in doc.linetypes}


def test_another_scale_sizes_labels_and_dimensions_for_it():
    profile = load_profile(scale_denominator=2000)
    assert profile.label_height_m == pytest.approx(5.0)  # 2.5 mm on paper at 1:2,000
    assert profile.dimension_style == "EZ_M_2000_H25_M"


def test_a_grid_cell_with_nothing_drawn_is_not_a_sheet():
    import numpy as np

    from designer.render.dxf_sheets import frame, plan_tiles

    fr = frame("A3")
    tile_w = fr.vp_size[0] * 500 / 1000
    ext = (0.0, 0.0, 3.5 * tile_w, 10.0)  # four cells in a row at 1:500
    drawn = np.array([[1.0, 5.0], [3.2 * tile_w, 5.0]])  # something in the first and the last cell only
    tiles = plan_tiles(ext, fr, 500, drawn)
    assert [(t.number, t.col) for t in tiles] == [(1, 0), (2, 3)]
    assert len(plan_tiles(ext, fr, 500)) == 4  # without the drawing: every cell
