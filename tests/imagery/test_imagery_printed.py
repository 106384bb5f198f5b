"""Imagery under the printed plan (plan sheet, poster) and referenced by the DXF, read back independently."""

from __future__ import annotations

import subprocess

import pytest

from designer.cli import main
from designer.io.project_file import load_project, save_project
from designer.model import Document, Option, Plot
from tests.imagery.rasters import write_geotiff


@pytest.fixture
def project_with_imagery(tmp_path):
    """A UTM project over a 40 × 30 m quadrant image (red top-left, white bottom-left) with one plot, one option."""
    project = tmp_path / "site.jamii"
    assert main(["import-base", str(project), "--from", str(write_geotiff(tmp_path / "drone.tif"))]) == 0
    doc = load_project(project)
    plot = Plot(id="plot-1", outline=((15, 10), (25, 10), (25, 20), (15, 20)), number="1")
    save_project(
        Document(
            doc.project,
            [*(r for r in doc.records() if r is not doc.project), plot, Option(id="opt-a", name="A")],
        ),
        project,
    )
    return project


def _page_png(pdf, tmp_path):
    out = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(out)], check=True)
    from PIL import Image

    return Image.open(f"{out}.png").convert("RGB")


def test_the_plan_sheet_prints_the_imagery_under_the_drawing(project_with_imagery, tmp_path, capsys):
    from pypdf import PdfReader

    out = tmp_path / "plan.pdf"
    assert main(["export", str(project_with_imagery), "--existing-only", "--plan", str(out)]) == 0
    assert "over 1 imagery layers" in capsys.readouterr().out
    page = PdfReader(out).pages[0]
    images = list(page.images)
    assert len(images) == 1
    # printed at the sheet's resolution (150 dpi over the plan box), not the file's 400 × 300 px
    assert images[0].image.width > 1000
    import numpy as np

    colours = {tuple(int(v) for v in px) for px in np.asarray(_page_png(out, tmp_path)).reshape(-1, 3)}
    assert (255, 0, 0) in colours or any(r > 240 and g < 20 and b < 20 for r, g, b in colours)  # red quadrant
    assert any(r < 20 and g > 240 and b < 20 for r, g, b in colours)  # green quadrant


def test_a_hidden_layer_is_not_printed(project_with_imagery, tmp_path):
    from pypdf import PdfReader

    main(["imagery", "set", str(project_with_imagery), "drone", "--visible", "no"])
    out = tmp_path / "plan.pdf"
    assert main(["export", str(project_with_imagery), "--existing-only", "--plan", str(out)]) == 0
    assert list(PdfReader(out).pages[0].images) == []


def test_a_missing_image_is_said_and_the_plan_still_printed(project_with_imagery, tmp_path, capsys):
    (tmp_path / "drone.tif").unlink()
    out = tmp_path / "plan.pdf"
    assert main(["export", str(project_with_imagery), "--existing-only", "--plan", str(out)]) == 0
    assert "imagery drone not printed" in capsys.readouterr().out
    assert out.is_file()


def test_the_poster_prints_the_imagery(project_with_imagery, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "poster.pdf"
    assert main(["export", str(project_with_imagery), "--option", "opt-a", "--poster", str(out)]) == 0
    assert sum(len(list(p.images)) for p in PdfReader(out).pages) >= 1


def test_the_dxf_references_the_imagery_placed_in_project_coordinates(project_with_imagery, tmp_path, capsys):
    from ezdxf import recover
    from PIL import Image

    out = tmp_path / "plan.dxf"
    assert (
        main(["export", str(project_with_imagery), "--existing-only", "--dxf", str(out), "--no-layouts"]) == 0
    )
    assert "drone.tif → plan.img-" in capsys.readouterr().out
    dxf, auditor = recover.readfile(out)
    assert not auditor.has_errors
    (image,) = dxf.modelspace().query("IMAGE")
    assert (image.dxf.insert.x, image.dxf.insert.y) == pytest.approx((452000.0, 35000.0))  # bottom-left, UTM
    assert image.dxf.u_pixel.x * 400 == pytest.approx(40.0) and image.dxf.v_pixel.y * 300 == pytest.approx(
        30.0
    )
    name = dxf.entitydb[image.dxf.image_def_handle].dxf.filename
    png = Image.open(out.with_name(name))
    assert png.size == (400, 300)
    assert png.getpixel((5, 5))[:3] == (255, 0, 0)  # top-left red
