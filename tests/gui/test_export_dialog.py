"""The GUI's Export menu is `jamii export`: the same formats under the same names, the same files, and a
Cancel that never touches a file already on disk."""

from __future__ import annotations

import csv
import subprocess
import threading
from dataclasses import replace

import pytest

from designer.export import registry
from designer.export.registry import EXPORTERS, SUFFIXES
from designer.model import WaterMain, WaterPoint
from designer.model.commands import AddRecord

pytestmark = pytest.mark.gui

OLDER = b"an older file of the same name\n"


@pytest.fixture
def project(window, tmp_path):
    """The window's project with a standpipe and a main in opt-a, saved and reopened from the file the CLI reads."""
    from designer.io.project_file import load_project, save_project

    window.stack.push(AddRecord(WaterMain(id="wm-9", scope="opt-a", route=((0, 21), (40, 21)))))
    window.stack.push(AddRecord(WaterPoint(id="wp-9", scope="opt-a", position=(25, 21))))
    path = tmp_path / "project.jamii"
    save_project(window.doc, path)
    window.set_document(load_project(path), path)
    window.set_scope("opt-a")
    return path


def _gui_export(qtbot, window, fmt, out):
    from designer.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(window.session, fmt, window)
    qtbot.addWidget(dlg)
    assert dlg.option.currentData() == "opt-a"  # the dialog proposes the option being designed
    dlg.file.setText(str(out))
    dlg.start()
    qtbot.waitUntil(lambda: dlg.outcome != "", timeout=60_000)
    assert dlg.outcome == "done", dlg.outcome
    assert dlg.progress.value() == dlg.progress.maximum()
    return dlg


def _pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _xlsx_values(path) -> dict[str, list[tuple]]:
    import openpyxl

    book = openpyxl.load_workbook(path)  # formulas as written, not cached values
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in book.worksheets}


def _dxf_entities(path) -> list[tuple]:
    from ezdxf import recover

    doc, auditor = recover.readfile(path)
    assert not auditor.has_errors
    out = []
    for layout in doc.layouts:
        for e in layout:
            attribs = e.dxfattribs(drop={"handle", "owner"})
            out.append((layout.name, e.dxftype(), sorted((k, str(v)) for k, v in attribs.items())))
            if e.dxftype() == "LWPOLYLINE":
                out.append(tuple(e.get_points()))
            elif e.dxftype() == "INSERT":
                out.append(tuple((a.dxf.tag, a.dxf.text) for a in e.attribs))
    return out


def test_the_export_menu_offers_every_registry_format_under_its_cli_name(window):
    from designer.gui.dialogs.export_dialog import format_labels

    labels = format_labels()
    assert list(labels) == list(EXPORTERS)
    actions = {a.objectName(): a.text() for a in window.menu_export.actions()}
    for fmt in EXPORTERS:
        assert f"action_export_{fmt}" in actions, fmt
        assert actions[f"action_export_{fmt}"] == labels[fmt]
        assert labels[fmt] != f"{fmt}…", f"{fmt} has no menu label"
    # "pdf" is the bill of quantities in the GUI too; the plan sheet is "plan".
    assert "Bill of quantities" in labels["pdf"]
    assert "Plan sheet" in labels["plan"]


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv", "dxf"])
def test_the_gui_and_the_cli_write_the_same_file(qtbot, window, project, tmp_path, fmt):
    from designer.cli import main

    cli_out = tmp_path / f"cli{SUFFIXES[fmt]}"
    gui_out = tmp_path / f"gui{SUFFIXES[fmt]}"
    assert main(["export", str(project), "--option", "opt-a", f"--{fmt}", str(cli_out)]) == 0
    _gui_export(qtbot, window, fmt, gui_out)
    if fmt == "pdf":
        text = _pdf_text(gui_out)
        assert "Water supply" in text  # the reader sees the bill, so a difference would show
        assert text == _pdf_text(cli_out)
    elif fmt == "xlsx":
        values = _xlsx_values(gui_out)
        assert "Summary" in values
        assert values == _xlsx_values(cli_out)
    elif fmt == "csv":
        assert gui_out.read_bytes() == cli_out.read_bytes()
        summary = gui_out.with_name("gui-summary.csv")
        assert summary.read_bytes() == cli_out.with_name("cli-summary.csv").read_bytes()
        rows = list(csv.DictReader(gui_out.open(encoding="utf-8")))
        assert any(r["amount"] not in ("", "0.00") for r in rows)
    else:
        entities = _dxf_entities(gui_out)
        assert any(e[1] == "INSERT" for e in entities if len(e) == 3)  # the standpipe's symbol
        assert entities == _dxf_entities(cli_out)


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv", "dxf"])
def test_a_cancelled_gui_export_leaves_the_older_file_byte_identical(
    qtbot, window, project, tmp_path, monkeypatch, fmt
):
    """Cancel pressed when the export is at its last step (the temporary file written, not yet renamed)."""
    from designer.gui import workers
    from designer.gui.dialogs.export_dialog import ExportDialog

    real = EXPORTERS[fmt]
    at_last_step, go_on = threading.Event(), threading.Event()

    def held(doc, out, request):
        def progress(fraction):
            if fraction >= 0.9:  # the last report of every exporter: the user presses Cancel now
                at_last_step.set()
                go_on.wait(30)
            request.report(fraction)  # the worker's own report: stops the export once cancelled

        return real(doc, out, replace(request, progress=progress))

    monkeypatch.setitem(registry.EXPORTERS, fmt, held)
    out = tmp_path / f"older{SUFFIXES[fmt]}"
    out.write_bytes(OLDER)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    dlg = ExportDialog(window.session, fmt, window)
    qtbot.addWidget(dlg)
    dlg.file.setText(str(out))
    dlg.start()
    job = dlg.job
    assert at_last_step.wait(60)
    dlg.cancel()
    go_on.set()
    assert dlg.outcome == "cancelled"
    qtbot.waitUntil(lambda: job not in workers._running, timeout=30_000)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before  # the older file as it was, and no temporary or new file left beside it
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage())
    assert str(out) in window.statusBar().currentMessage()
