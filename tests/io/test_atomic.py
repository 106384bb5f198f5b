"""Every writer goes through one atomic write: no half-written file, the old one kept on failure."""

from __future__ import annotations

import pytest

from designer.cli import main
from designer.io.atomic import OutputFolderError, atomic_write
from designer.resources import sample_project_path


def test_a_failing_writer_keeps_the_previous_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "plan.dxf"
    target.write_text("previous", encoding="utf-8")

    def half_then_fail(tmp):
        tmp.write_text("half a drawing", encoding="utf-8")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        atomic_write(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.dxf"]


def test_success_replaces_the_file_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "bill.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    assert atomic_write(target, lambda tmp: tmp.write_text("new", encoding="utf-8")) == 3
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o600


def test_writers_that_create_the_file_themselves_get_a_free_name(tmp_path):
    target = tmp_path / "out.gpkg"

    def gdal_like(tmp):
        assert not tmp.exists()
        tmp.write_bytes(b"GPKG")

    atomic_write(target, gdal_like, create=False)
    assert target.read_bytes() == b"GPKG"


def test_a_missing_folder_is_one_plain_line_naming_the_folder(tmp_path, capsys):
    with pytest.raises(OutputFolderError, match=r"no such folder to write x\.pdf into"):
        atomic_write(tmp_path / "nope" / "x.pdf", lambda tmp: None)
    out = str(tmp_path / "nope" / "x.pdf")
    assert main(["export", str(sample_project_path()), "--option", "opt-a", "--dxf", out]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such folder to write x.pdf into" in err and ".x.pdf." not in err
