"""House plans DXF: read back with ezdxf.recover (layers, stage linetypes, texts, dimensions), LibreCAD renders it."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter

import pytest

from designer.io.house_library import load_library
from designer.render.house_dxf import write_house_plans_dxf


@pytest.fixture(scope="module")
def library():
    return load_library(include_user=False)


def read_back(path):
    from ezdxf import recover

    doc, auditor = recover.readfile(path)
    assert not auditor.has_errors
    return doc


def test_plan_is_r2013_in_metres_with_architectural_layers_per_stage(tmp_path, library):
    ht = library.get("core-expand")
    result = write_house_plans_dxf([ht], tmp_path / "h.dxf", scale=50, project_name="Tumaini")
    doc = read_back(tmp_path / "h.dxf")
    assert doc.dxfversion == "AC1027"
    assert doc.header["$INSUNITS"] == 6
    assert doc.header["$LTSCALE"] == pytest.approx(0.05)
    layers = {layer.dxf.name: layer for layer in doc.layers}
    for name in ("A-WALL-N", "A-WALL-2", "A-WALL-3", "A-DOOR-N", "A-GLAZ-N", "A-AREA-IDEN", "A-ANNO-DIMS"):
        assert name in layers, name
        assert layers[name].description
    # The stage shows by linetype: the core solid, the family's stages dashed and phantom.
    assert layers["A-WALL-N"].dxf.linetype.upper() == "CONTINUOUS"
    assert layers["A-WALL-2"].dxf.linetype == "DASHED"
    assert layers["A-WALL-3"].dxf.linetype == "PHANTOM"
    counts = Counter((e.dxftype(), e.dxf.layer) for e in doc.modelspace())
    assert counts[("LWPOLYLINE", "A-WALL-N")] >= 1
    assert counts[("LWPOLYLINE", "A-WALL-2")] >= 1
    # Doors: a leaf and a swing each (7 doors: 5 made with the core, one in stage 2, one in stage 3).
    doors = sum(n for (kind, layer), n in counts.items() if kind == "ARC" and layer.startswith("A-DOOR"))
    assert doors == sum(1 for op in ht.openings if op.kind.value == "door")
    assert result.scales == {"core-expand": 50}


def test_rooms_are_named_with_their_clear_areas(tmp_path, library):
    ht = library.get("core-1room")
    write_house_plans_dxf([ht], tmp_path / "h.dxf")
    doc = read_back(tmp_path / "h.dxf")
    texts = [e.dxf.text for e in doc.modelspace().query("TEXT") if e.dxf.layer == "A-AREA-IDEN"]
    assert "Main room" in texts
    assert "Bedroom (stage 2)" in texts
    # Bedroom 2.1 × 3.0 on centrelines inside 0.2 m walls (the core's back wall was external when built).
    assert f"{1.9 * 2.8:.2f} m²" in texts


def test_dimensions_are_in_metres_and_rendered(tmp_path, library):
    write_house_plans_dxf([library.get("row-2room")], tmp_path / "h.dxf", scale=100)
    doc = read_back(tmp_path / "h.dxf")
    dims = list(doc.modelspace().query("DIMENSION"))
    assert dims
    for dim in dims:
        assert dim.dxf.dimstyle == "EZ_M_100_H25_M"
        assert dim.dxf.geometry in doc.blocks  # rendered: the anonymous block exists
    measured = sorted(round(d.get_measurement(), 3) for d in dims)
    assert {2.4, 1.8} <= set(measured)  # bedroom and wet core widths, centreline to centreline
    assert 4.4 in measured  # overall width over the outer faces of the party walls
    assert 9.2 in measured  # overall depth: 1.2 … 10.2 on centrelines plus two half walls


def test_each_type_gets_an_a3_layout_and_two_storeys_are_two_plans(tmp_path, library):
    types = [library.get("row-2storey"), library.get("core-1room"), library.get("improve-rfw")]
    result = write_house_plans_dxf(types, tmp_path / "h.dxf")
    doc = read_back(tmp_path / "h.dxf")
    assert set(result.layouts) == {"row-2storey", "core-1room"}  # an improvement has no plan
    for name in result.layouts.values():
        layout = doc.layouts.get(name)
        assert len(layout.query("VIEWPORT")) >= 1
        assert any("House type" in t.dxf.text for t in layout.query("TEXT"))
    titles = [e.dxf.text for e in doc.modelspace().query("TEXT") if e.dxf.layer == "A-ANNO-TEXT"]
    assert titles.count("Ground floor") == 2
    assert titles.count("First floor") == 1


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("librecad") is None, reason="needs LibreCAD (Debian package librecad)")
def test_librecad_renders_the_house_plans(tmp_path, library):
    path = tmp_path / "plans.dxf"
    write_house_plans_dxf([library.get("core-1room")], path)
    run = subprocess.run(
        ["librecad", "dxf2pdf", "-a", "-o", str(tmp_path / "plans.pdf"), str(path)],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-500:]
    pdf = tmp_path / "plans.pdf"
    assert pdf.exists()
    assert pdf.read_bytes().startswith(b"%PDF")
