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
    from designer.render.dxf import read_feature_xdata

    out = tmp_path / f"{option_id}.dxf"
    export_dxf(sample, out, mode="option", option_id=option_id)
    features = [
        (e, read_feature_xdata(e)) for e in ezdxf.readfile(out).modelspace().query("LWPOLYLINE INSERT")
    ]
    tagged = [(e, x) for e, x in features if x]
    assert len(tagged) > 100
    for _e, x in tagged:
        rec = sample.get(x["jamii_id"])
        assert rec is not None and x["kind"] == rec.KIND
        for field in ("number", "diameter_mm", "material", "taps", "level_m", "width_m", "seats_female"):
            if hasattr(rec, field):
                assert x[field] == getattr(rec, field), (x["jamii_id"], field)
        assert "name" not in x or rec.KIND not in ("household",)
        assert "phone" not in x
    # every plot number of the drawing is in the data, not only in loose text
    plot_numbers = {x["number"] for _, x in tagged if x["kind"] == "plot"}
    assert "1A01" in plot_numbers
