"""Privacy of imported sources: contributor names, uids, changesets, phones and e-mails reach no output (issue 13)."""

from __future__ import annotations

import dataclasses
import subprocess

import ezdxf.recover
import openpyxl
import pytest

from designer.cli import main
from designer.io.project_file import load_project, save_project
from designer.model import Document, WaterPoint
from tests.io.drawing_fixtures import background_kind, small_settlement
from tests.io.import_fixtures import CHANGESET, CONTRIBUTOR, CONTRIBUTOR_UID, EMAIL, PHONE, overpass_geojson

pytestmark = pytest.mark.usefixtures("background_kind")
_ = background_kind

SECRETS = (CONTRIBUTOR, "Mwangi", CONTRIBUTOR_UID, CHANGESET, PHONE, "712 345678", EMAIL, "0733 111222")


def _text_of(path):
    """Read an output back with an independent reader and return its text."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join(str(c) for ws in book for row in ws.iter_rows(values_only=True) for c in row if c)
    if suffix == ".gpkg":
        return subprocess.run(
            ["ogrinfo", "-ro", "-al", str(path)], capture_output=True, text=True, check=True
        ).stdout
    if suffix == ".dxf":
        doc, _ = ezdxf.recover.readfile(path)
        parts = [e.dxf.text for e in doc.modelspace().query("TEXT MTEXT") if e.dxf.hasattr("text")]
        for insert in doc.modelspace().query("INSERT"):
            parts += [a.dxf.text for a in insert.attribs]
        return "\n".join(parts) + path.read_text(encoding="utf-8", errors="replace")
    return path.read_text(encoding="utf-8", errors="replace")


def test_no_export_format_and_no_shared_copy_holds_contributor_or_contact_data(tmp_path, capsys):
    project = tmp_path / "t.jamii"
    doc = small_settlement()
    # A project written by an older Jamii, which copied a phone number into a note.
    wp = next(iter(doc.of_type(WaterPoint)))
    doc = Document(
        doc.project,
        [
            dataclasses.replace(wp, note="caretaker 0733 111222") if r is wp else r
            for r in doc.records()
            if r is not doc.project
        ],
    )
    save_project(doc, project)
    src = overpass_geojson(tmp_path / "osm.geojson", lonlat=(36.82, -1.31))
    assert main(["import-base", str(project), "--from", str(src)]) == 0
    out = tmp_path / "out"
    out.mkdir()
    rc = main(
        [
            "export",
            str(project),
            "--option",
            "Upgrade in place",
            "--dxf",
            str(out / "a.dxf"),
            "--gpkg",
            str(out / "a.gpkg"),
            "--geojson",
            str(out / "a.geojson"),
            "--pdf",
            str(out / "a.pdf"),
            "--xlsx",
            str(out / "a.xlsx"),
            "--csv",
            str(out / "a.csv"),
        ]
    )
    assert rc == 0
    assert (
        main(
            [
                "export",
                str(project),
                "--existing-only",
                "--gpkg",
                str(out / "e.gpkg"),
                "--geojson",
                str(out / "e.geojson"),
                "--dxf",
                str(out / "e.dxf"),
            ]
        )
        == 0
    )
    assert main(["share", str(project), str(out / "shared.jamii")]) == 0
    shared_msg = capsys.readouterr().out
    assert "(1 names/phone numbers left out)" in shared_msg  # the legacy note's phone number
    files = sorted(p for p in out.iterdir() if p.is_file())
    assert {p.suffix for p in files} >= {".dxf", ".gpkg", ".geojson", ".pdf", ".xlsx", ".csv", ".jamii"}
    for path in files:
        text = _text_of(path)
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} found in {path.name}"
    # The project file itself never stored the source's contributor or contact data either.
    stored = (tmp_path / "t.jamii").read_text(encoding="utf-8")
    for secret in (CONTRIBUTOR, CONTRIBUTOR_UID, CHANGESET, PHONE, EMAIL):
        assert secret not in stored
    assert len(list(load_project(out / "shared.jamii").records())) > 1
