"""Caps at the door: non-regular files, sizes in MiB, DXF entity counts and absurd coordinates before ezdxf."""

from __future__ import annotations

import os

import pytest

from designer.cli import main
from designer.io.file_limits import InputFileError, check_dxf_input, read_capped
from designer.io.project_file import load_project
from designer.model.errors import ProjectFileError


def test_info_on_dev_zero_and_a_fifo_is_refused_at_once(tmp_path, capsys):
    """Was: /dev/zero read until memory ran out; a FIFO blocked forever."""
    fifo = tmp_path / "p.jamii"
    os.mkfifo(fifo)
    assert main(["info", "/dev/zero"]) == 2
    assert "is a device" in capsys.readouterr().err
    assert main(["info", str(fifo)]) == 2
    assert "is a pipe (FIFO)" in capsys.readouterr().err


def test_the_project_size_cap_and_its_message_use_one_unit(tmp_path):
    """Was: "268 MB" for a 256 MiB cap."""
    big = tmp_path / "big.jamii"
    with open(big, "wb") as fh:
        fh.truncate(3 * 1024 * 1024 + 1)
    with pytest.raises(ProjectFileError, match=r"is 3 MiB, more than the 2 MiB a project may have"):
        load_project(big, max_bytes=2 * 1024 * 1024)


def test_read_capped_never_reads_past_the_cap(tmp_path):
    f = tmp_path / "f"
    f.write_bytes(b"x" * 100)
    assert read_capped(f, 100, "a thing")[0] == b"x" * 100
    with pytest.raises(InputFileError, match="more than the 0 MiB"):
        read_capped(f, 99, "a thing")


def _dxf(entities: str) -> str:
    return f"0\nSECTION\n2\nHEADER\n9\n$EXTMIN\n10\n1e+20\n20\n1e+20\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n{entities}0\nENDSEC\n0\nEOF\n"


def test_a_dxf_circle_of_radius_1e300_is_refused_before_ezdxf(tmp_path, capsys):
    """Was: ezdxf spun forever on it."""
    path = tmp_path / "c.dxf"
    path.write_text(_dxf("0\nCIRCLE\n8\n0\n10\n0.0\n20\n0.0\n40\n1e300\n"), encoding="utf-8")
    with pytest.raises(InputFileError, match=r"line \d+: value 1e300 \(group 40\)"):
        check_dxf_input(path)
    project = tmp_path / "p.jamii"
    assert main(["import-base", str(project), "--from", str(path), "--crs", "EPSG:32737"]) == 2
    assert "not a plausible coordinate" in capsys.readouterr().err
    assert not project.exists()


def test_nan_and_inf_in_dxf_geometry_are_refused(tmp_path):
    path = tmp_path / "n.dxf"
    path.write_text(_dxf("0\nLINE\n8\n0\n10\nnan\n20\n0\n11\n1\n21\n1\n"), encoding="utf-8")
    with pytest.raises(InputFileError, match="value nan"):
        check_dxf_input(path)


def test_a_header_extent_of_1e20_is_not_geometry(tmp_path):
    path = tmp_path / "ok.dxf"
    path.write_text(_dxf("0\nLINE\n8\n0\n10\n0\n20\n0\n11\n1\n21\n1\n"), encoding="utf-8")
    check_dxf_input(path)


def test_too_many_dxf_entities_are_refused_before_parsing(tmp_path):
    """Was: a 1-million-entity DXF took 6.5 GB and 272 s."""
    path = tmp_path / "many.dxf"
    path.write_text(_dxf("0\nPOINT\n8\n0\n10\n1\n20\n1\n" * 11), encoding="utf-8")
    with pytest.raises(InputFileError, match="more than 10 entities"):
        check_dxf_input(path, max_entities=10)


def test_an_image_bomb_is_one_line(tmp_path, capsys, monkeypatch):
    from PIL import Image

    src = tmp_path / "big.png"
    Image.new("L", (200, 200)).save(src)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)  # 200 × 200 is then a "bomb" (over twice the limit)
    project = tmp_path / "p.jamii"
    argv = [
        "import-base",
        str(project),
        "--from",
        str(src),
        "--ref1",
        "0,0=0,0",
        "--ref2",
        "100,0",
        "--distance-m",
        "10",
    ]
    assert main(argv) == 2
    assert "more pixels than an image Jamii opens" in capsys.readouterr().err


def test_a_project_too_large_to_load_again_is_never_written(tmp_path, monkeypatch):
    """Was: a 603 MB project written that `info` then refused."""
    import designer.io.project_file as project_file
    from tests.io.drawing_fixtures import small_settlement

    path = tmp_path / "p.jamii"
    path.write_text("previous", encoding="utf-8")
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 1000)
    with pytest.raises(
        ProjectFileError, match=r"more than the 0 MiB a project may have; nothing was written"
    ):
        project_file.save_project(small_settlement(), path)
    assert path.read_text(encoding="utf-8") == "previous"
