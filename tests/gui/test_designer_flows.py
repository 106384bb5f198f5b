"""Real user flows in the designer window, offscreen: draw, add, undo/redo, switch options, save,
reopen, export — asserting on the document and on what the plan and docks show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from designer.model import EXISTING, Plot, WaterPoint, WaterPointKind
from designer.model.geometry import ring_area_m2
from tests.gui.helpers import click_at, forget_changes

pytestmark = pytest.mark.gui


def new_plots(doc):
    return [p for p in doc.of_type(Plot) if p.id not in {f"plot-{i}" for i in range(4)}]


def test_drawing_a_plot_by_clicks_adds_it_to_the_plan_and_history(qtbot, window):
    window.set_tool("plot")
    for x, y in [(50, 0), (62, 0), (62, 12), (50, 12)]:
        click_at(qtbot, window, x, y)
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    plots = new_plots(window.doc)
    assert len(plots) == 1
    assert ring_area_m2(plots[0].outline) == pytest.approx(144.0, rel=0.02)
    item = window.scene.item_for(plots[0].id)
    assert item is not None
    assert item.isVisible()
    assert window.history_dock.labels()[-1] == "Draw plot"
    assert window.isWindowModified()
    assert window.bridge.undo_action.text().endswith("Draw plot")


def test_typed_dimensions_while_drawing_a_building(qtbot, window):
    window.set_tool("building")
    click_at(qtbot, window, 22, 3)
    QTest.mouseMove(window.view.viewport(), window.view.to_pixels(28, 3))
    QTest.keyClicks(window.view, "5x6")
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    buildings = [b for b in window.doc.of_kind("building") if b.id != "bldg-0"]
    assert len(buildings) == 1
    assert ring_area_m2(buildings[0].outline) == pytest.approx(30.0)
    assert buildings[0].plot_id == "plot-2"


def test_standpipe_in_an_option_then_undo_and_redo(qtbot, window):
    window.options_dock.list.setCurrentRow(window.options_dock.option_ids().index("opt-a"))
    assert window.ctx.scope == "opt-a"
    window.set_tool("standpipe")
    click_at(qtbot, window, 25, 21)
    wps = window.doc.of_type(WaterPoint)
    assert len(wps) == 1
    assert wps[0].scope == "opt-a"
    assert wps[0].point_kind is WaterPointKind.STANDPIPE
    assert window.scene.item_for(wps[0].id) is not None
    window.bridge.undo_action.trigger()
    assert window.doc.of_type(WaterPoint) == []
    assert window.scene.item_for(wps[0].id) is None
    assert window.bridge.redo_action.text().endswith("Add standpipe")
    window.bridge.redo_action.trigger()
    assert [w.id for w in window.doc.of_type(WaterPoint)] == [wps[0].id]
    assert window.scene.item_for(wps[0].id) is not None


def test_switching_options_mutes_the_survey_and_shows_only_that_option(qtbot, window):
    from designer.canvas.styles import Status
    from designer.model import Demolition

    window.set_scope("opt-a")
    window.set_tool("standpipe")
    click_at(qtbot, window, 25, 21)
    window.set_tool("demolish")
    click_at(qtbot, window, 5, 5)
    assert [d.building_id for d in window.doc.of_type(Demolition)] == ["bldg-0"]
    assert not window.scene.item_for("bldg-0").isVisible()  # demolished in this option
    assert window.scene.status_of(window.doc["plot-0"]) is Status.MUTED
    window.set_scope("opt-b")
    wp = window.doc.of_type(WaterPoint)[0]
    assert window.scene.item_for(wp.id) is None  # another option's standpipe is not drawn
    assert window.scene.item_for("bldg-0").isVisible()
    assert "Yard taps" in window.windowTitle()
    window.set_scope(EXISTING)
    assert window.scene.status_of(window.doc["plot-0"]) is Status.EXISTING


def test_options_dock_new_duplicate_rename_delete(qtbot, window, monkeypatch):
    dock = window.options_dock
    new_id = dock.new_option("Reblocking")
    assert window.ctx.scope == new_id
    window.set_tool("standpipe")
    click_at(qtbot, window, 25, 21)
    dock.duplicate()
    copy_id = window.ctx.scope
    assert copy_id != new_id
    assert len(window.doc.entities(copy_id)) == 1
    dock.rename("Reblocking B")
    assert window.doc[copy_id].name == "Reblocking B"
    assert any("Reblocking B" in window.options_dock.list.item(i).text() for i in range(dock.list.count()))
    dock.delete(confirm=False)
    assert copy_id not in window.doc
    assert window.ctx.scope == EXISTING
    window.bridge.undo_action.trigger()
    assert copy_id in window.doc


def test_select_and_edit_properties_is_undoable(qtbot, window):
    window.set_tool("select")
    click_at(qtbot, window, 20, 17)  # on the lane
    assert window.ctx.selection.ids == ("path-0",)
    qtbot.waitUntil(lambda: "width_m" in window.properties_dock.editors)
    assert window.properties_dock.set_value("width_m", 4.5)
    assert window.doc["path-0"].width_m == 4.5
    window.bridge.undo_action.trigger()
    assert window.doc["path-0"].width_m == 3.0


def test_invalid_property_is_refused_once_in_plain_words(qtbot, window):
    window.ctx.selection.set(["path-0"])
    window.properties_dock.refresh()
    assert not window.properties_dock.set_value("width_m", -1.0)
    assert window.doc["path-0"].width_m == 3.0
    assert "width must be positive" in window.statusBar().currentMessage()


def test_layers_dock_hides_and_locks_a_kind(qtbot, window):
    window.layers_dock.set_visible_kind("building", False)
    assert not window.scene.item_for("bldg-0").isVisible()
    window.layers_dock.set_visible_kind("building", True)
    assert window.scene.item_for("bldg-0").isVisible()
    window.layers_dock.set_locked_kind("plot", True)
    window.set_tool("select")
    click_at(qtbot, window, 15, 5)  # plot-1 is locked: it can be selected but not moved
    assert not window.ctx.is_editable(window.doc["plot-1"])


def test_save_reopen_and_recent_files(qtbot, window, tmp_path):
    window.set_tool("plot")
    for x, y in [(50, 0), (60, 0), (60, 10)]:
        click_at(qtbot, window, x, y)
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    target = tmp_path / "saved.jamii"
    assert window.save_to(target)
    assert not window.isWindowModified()
    assert "saved.jamii" in window.windowTitle()
    window.set_document(window.doc.__class__(), None)
    assert window.open_path(target)
    assert len(new_plots(window.doc)) == 1
    assert str(target.resolve()) in window.recent_files()
    assert window.menu_recent.actions()[0].text() == "saved.jamii"


def test_opening_a_bad_file_says_why_once_and_keeps_the_project(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "bad.jamii"
    bad.write_text("{not json", encoding="utf-8")
    assert not window.open_path(bad)
    assert len(shown) == 1
    assert "bad.jamii" in shown[0]
    assert "plot-0" in window.doc


def test_export_dxf_in_the_background_reads_back(qtbot, window, tmp_path):
    import ezdxf

    from designer.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(window.session, "dxf", window)
    qtbot.addWidget(dlg)
    out = tmp_path / "plan.dxf"
    dlg.file.setText(str(out))
    dlg.start()
    qtbot.waitUntil(lambda: dlg.outcome != "", timeout=30_000)
    assert dlg.outcome == "done"
    drawing = ezdxf.readfile(out)
    polylines = drawing.modelspace().query("LWPOLYLINE")
    assert len(polylines) >= 5  # four plots and a building, at least


def test_export_errors_are_shown_in_the_dialog(qtbot, window, tmp_path):
    from designer.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(window.session, "xlsx", window)
    qtbot.addWidget(dlg)
    dlg.option.setCurrentIndex(0)  # existing conditions: no bill of quantities
    dlg.file.setText(str(tmp_path / "boq.xlsx"))
    dlg.start()
    qtbot.waitUntil(lambda: dlg.outcome != "", timeout=30_000)
    assert dlg.outcome.startswith("failed")
    assert "choose one first" in dlg.message.text()


def test_cancelled_export_leaves_no_file(qtbot, window, tmp_path):
    from designer.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(window.session, "dxf", window)
    qtbot.addWidget(dlg)
    out = tmp_path / "cancelled.dxf"
    dlg.file.setText(str(out))
    dlg.start()
    dlg.cancel()
    assert dlg.outcome == "cancelled"
    qtbot.waitUntil(
        lambda: (
            dlg.job is not None and dlg.job not in __import__("designer.gui.workers").gui.workers._running
        ),
        timeout=30_000,
    )
    qtbot.wait(50)
    assert not out.exists()


def test_history_dock_click_goes_back_to_that_step(qtbot, window):
    window.set_scope("opt-a")
    window.set_tool("standpipe")
    for x in (5, 15, 25):
        click_at(qtbot, window, x, 21)
    assert len(window.doc.of_type(WaterPoint)) == 3
    dock = window.history_dock
    dock._clicked(dock.list.item(1))
    assert len(window.doc.of_type(WaterPoint)) == 1
    assert dock.list.currentRow() == 1


def test_workshop_mode_hides_docks_and_shows_the_summary(qtbot, window):
    before = [d.objectName() for d in window._docks if not d.isHidden()]
    assert "dock_properties" in before
    window.set_workshop(True)
    assert not window.layers_dock.isVisible()
    assert not window.properties_dock.isVisible()
    assert window.workshop_panel.isVisible()
    assert window.workshop_bar.isVisible()
    assert "2 households" in window.workshop_panel.summary.text()
    window.workshop_panel.buttons["opt-a"].click()
    assert window.ctx.scope == "opt-a"
    window.set_workshop(False)
    assert [d.objectName() for d in window._docks if not d.isHidden()] == before  # the docks come back


def test_autosave_then_recovery_after_a_crash(qtbot, isolated_settings, plan_doc):
    import json
    import os

    from designer.gui.autosave import find_orphans
    from designer.gui.main_window import MainWindow

    folder = isolated_settings / "autosave"
    first = MainWindow(autosave_folder=folder)
    qtbot.addWidget(first, before_close_func=forget_changes)
    first.set_document(plan_doc, None)
    first.set_scope("opt-a")
    first.set_tool("standpipe")
    first.show()
    first.view.set_scale(8.0)
    first.view.centerOn(20.0, 8.0)
    click_at(qtbot, first, 25, 21)
    assert first.autosaver.save_now()
    lock = first.autosaver.path.with_suffix(".lock")
    # Simulate the crash: the process that wrote the autosave is gone.
    lock.write_text(json.dumps({"pid": 2**22 + os.getpid() % 1000, "original": ""}), encoding="utf-8")
    orphans = find_orphans(folder)
    assert [o.path for o in orphans] == [first.autosaver.path]
    second = MainWindow(autosave_folder=folder)
    qtbot.addWidget(second, before_close_func=forget_changes)
    assert second.recover(orphans[0])
    assert len(second.doc.of_type(WaterPoint)) == 1
    assert second.isWindowModified()
    assert not orphans[0].path.exists()
    for w in (first, second):
        w.stack.set_clean()
        w.close()


def test_clean_save_removes_the_autosave(qtbot, window, tmp_path):
    window.set_scope("opt-a")
    window.set_tool("standpipe")
    click_at(qtbot, window, 25, 21)
    assert window.autosaver.save_now()
    assert window.autosaver.path.exists()
    assert window.save_to(tmp_path / "p.jamii")
    assert not window.autosaver.path.exists()


def test_window_layout_is_saved_and_restored(qtbot, isolated_settings, plan_doc):
    from designer.gui.main_window import MainWindow

    w = MainWindow(autosave_folder=isolated_settings / "a")
    qtbot.addWidget(w, before_close_func=forget_changes)
    w.show()
    w.comparison_dock.show()
    w.layers_dock.hide()
    w.close()
    again = MainWindow(autosave_folder=isolated_settings / "b")
    qtbot.addWidget(again, before_close_func=forget_changes)
    again.show()
    assert again.comparison_dock.isVisible()
    assert not again.layers_dock.isVisible()
    again.close()


def test_a_restored_layout_leaves_no_tab_bar_over_the_plan_or_a_dock(tmp_path):
    from tests.gui.helpers import child_report

    # A layout the designer saved on a 1600 × 1000 window with the Access tab in front, restored on a
    # smaller screen: Qt left the tab bars of the layout before it standing mid-height over the Access
    # dock and over the plan (3 of 5 on the old code). A new QApplication is needed: a child process.
    repo = Path(__file__).resolve().parents[2]
    saved = repo / "tests" / "data" / "gui" / "layout-1600x1000"
    report = child_report(
        "restored_layout_child.py",
        str(saved),
        cwd=tmp_path,
        timeout_s=120,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert report["restored"], "the saved layout was not restored: re-save tests/data/gui/layout-1600x1000.*"
    assert report["shown"] >= 2  # the two tabbed dock groups keep their tabs
    assert report["over"] == 0
    # The dock fitting keeps off a layout the user had (it was saved before the docks were fitted).
    assert report["sized_by_user"]
    assert {"dock_access", "dock_options", "dock_households"} <= set(report["docks_shown"])


def test_standard_shortcuts_are_used(window):
    from PySide6.QtGui import QKeySequence

    assert window.act_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.bridge.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.act_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)


def test_about_names_data_sources_and_licences(qtbot, window):
    from designer.gui.dialogs.about import AboutDialog

    dlg = AboutDialog(window)
    qtbot.addWidget(dlg)
    text = dlg.text.toPlainText()
    assert "GNU General Public License" in text
    assert "Sphere" in text
    assert "PySide6" in text


def test_sample_opens_in_the_window(qtbot, isolated_settings):
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    path = Path(sample_project_path())
    w = MainWindow(autosave_folder=isolated_settings / "a")
    qtbot.addWidget(w, before_close_func=forget_changes)
    w.set_document(load_project(path), path)
    assert len(w.scene.shown_ids()) > 80
    assert "tumaini.jamii" in w.windowTitle()
    w.close()


@pytest.mark.parametrize(("fmt", "suffix"), [("pdf", ".pdf"), ("gpkg", ".gpkg"), ("xlsx", ".xlsx")])
def test_export_other_formats_read_back(qtbot, window, tmp_path, fmt, suffix):
    from designer.gui.dialogs.export_dialog import ExportDialog

    window.set_scope("opt-a")
    window.set_tool("standpipe")
    click_at(qtbot, window, 25, 21)
    dlg = ExportDialog(window.session, fmt, window)
    qtbot.addWidget(dlg)
    out = tmp_path / f"out{suffix}"
    dlg.file.setText(str(out))
    dlg.start()
    qtbot.waitUntil(lambda: dlg.outcome != "", timeout=60_000)
    assert dlg.outcome == "done", dlg.outcome
    if fmt == "pdf":
        from pypdf import PdfReader

        assert len(PdfReader(out).pages) >= 1
    elif fmt == "gpkg":
        import pyogrio

        layers = {name for name, _ in pyogrio.list_layers(out)}
        assert layers
    else:
        import openpyxl

        assert "Summary" in openpyxl.load_workbook(out).sheetnames


def test_unknown_values_show_as_unknown_and_can_be_set(qtbot, window):
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from designer.model import AddRecord, OperationalStatus, WaterPoint, WaterPointKind

    wp = WaterPoint(
        id="wp-imported",
        position=(20.0, 10.0),
        point_kind=None,
        taps=None,
        flow_l_per_min=None,
        open_hours=None,
        price_per_20l=None,
        access=None,
        operational_status=OperationalStatus.UNKNOWN,
        tags=(("wheelchair", "yes"),),
    )
    window.stack.push(AddRecord(wp, "import"))
    window.ctx.selection.set(["wp-imported"])
    window.properties_dock.refresh()
    editors = window.properties_dock.editors
    kind = editors["point_kind"]
    assert isinstance(kind, QComboBox) and kind.currentText() == "unknown"
    price = editors["price_per_20l"]
    assert isinstance(price, QLineEdit) and price.text() == "" and price.placeholderText() == "unknown"
    assert "wheelchair=yes" in editors["tags"].text()
    kind.setCurrentIndex(kind.findData(WaterPointKind.KIOSK))
    assert window.doc["wp-imported"].point_kind == WaterPointKind.KIOSK
    window.properties_dock.refresh()
    window.properties_dock._set_number("taps", "3", int)
    assert window.doc["wp-imported"].taps == 3
