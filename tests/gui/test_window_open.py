"""Opening a project: the plan is built once, hidden panels wait, the costs wait for the first paint,
and a splash names each step until the plan is on screen (issue 16, "window open")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_opening_a_project_file_builds_the_plan_once(qtbot, tmp_path, plan_doc, monkeypatch):
    from designer.canvas import scene as scene_module
    from designer.gui.session import Session
    from designer.io.project_file import save_project

    path = tmp_path / "plan.jamii"
    save_project(plan_doc, path)
    session = Session()
    built = []
    real = scene_module.make_item
    monkeypatch.setattr(scene_module, "make_item", lambda e, *a: built.append(e.id) or real(e, *a))
    session.set_document(plan_doc, path)
    drawn = [rid for rid in built if session.scene.item_for(rid) is not None]
    assert drawn, "the plan has items"
    assert len(built) == len(set(built)), "every entity's item is made once (the scene was built twice)"
    assert session.scene.base_folder == tmp_path  # background images are still found beside the file


def test_the_households_table_is_built_when_its_dock_comes_into_sight(window):
    dock = window.households_dock
    window.properties_dock.raise_()  # another tab of the same dock area in front
    window.set_document(window.doc, None)
    assert dock._stale, "a dock out of sight does not sort the households of the new project"
    dock.raise_()
    dock.show()
    assert not dock._stale
    assert dock.widget() is dock.panel
    assert dock.panel.visible_rows() == 2


def test_the_households_table_is_built_on_demand_even_out_of_sight(window):
    window.properties_dock.raise_()
    window.set_document(window.doc, None)
    assert window.households_dock.panel.visible_rows() == 2  # asking for it builds it


def test_costs_say_computing_until_the_plan_has_been_painted(qtbot, isolated_settings, plan_doc):
    from designer.gui.main_window import MainWindow
    from tests.gui.helpers import forget_changes

    w = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(w, before_close_func=forget_changes)
    w.set_document(plan_doc, None)
    w.set_scope("opt-a")
    assert w.costs_dock.lbl_total.text() == "computing…"
    qtbot.wait(100)  # events, but no paint yet: nothing overwrites the state
    assert w.costs_dock.lbl_total.text() == "computing…"
    assert w.costs_dock.live._thread is None, "no costing thread competes with the first paint"
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.costs_dock.summary is not None, timeout=20_000)
    assert w.costs_dock.lbl_total.text() not in ("computing…", "—")


def test_work_waiting_for_the_first_paint_starts_anyway_in_a_window_never_shown(qtbot):
    from designer.gui.session import Session

    session = Session()
    ran = []
    session.after_first_paint(lambda: ran.append(1))
    assert ran == []
    qtbot.waitUntil(lambda: ran == [1], timeout=3000)


def test_the_splash_names_each_step_and_closes_once_the_plan_is_painted(
    qtbot, tmp_path, plan_doc, isolated_settings, monkeypatch
):
    from designer.gui import startup
    from designer.gui.app import open_window
    from designer.io.project_file import save_project

    path = tmp_path / "plan.jamii"
    save_project(plan_doc, path)
    splashes = []
    real = startup.StartupSplash

    def spy(*args):
        splash = real(*args)
        splashes.append(splash)
        return splash

    monkeypatch.setattr(startup, "StartupSplash", spy)
    window = open_window(str(path))
    qtbot.addWidget(window)
    (splash,) = splashes
    assert splash.steps_shown == ["start", "read", "panels", "draw"]
    assert splash.isVisible(), "the splash stays until the window is on screen"
    assert splash.file_label.text() == "plan.jamii"
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: not splash.isVisible(), timeout=5000)
    window.stack.set_clean()


def test_a_bad_file_closes_the_splash_and_says_why(qtbot, tmp_path, isolated_settings, monkeypatch):
    from designer.gui import startup
    from designer.gui.app import open_window
    from designer.model.errors import JamiiError

    bad = tmp_path / "bad.jamii"
    bad.write_text("{not json", encoding="utf-8")
    splashes = []
    real = startup.StartupSplash
    monkeypatch.setattr(startup, "StartupSplash", lambda *a: splashes.append(real(*a)) or splashes[-1])
    with pytest.raises(JamiiError, match=r"bad\.jamii"):
        open_window(str(bad))
    assert splashes and not splashes[0].isVisible()


def test_the_splash_speaks_the_users_language(qtbot):
    from designer.gui.i18n import install_translator
    from designer.gui.startup import StartupSplash

    install_translator("sw")
    try:
        splash = StartupSplash("mtaa.jamii")
        qtbot.addWidget(splash)
        splash.step("read")
        assert splash.step_label.text() not in ("", "Reading the project…")
    finally:
        install_translator("en")


def test_file_open_in_the_designer_shows_the_steps_and_closes_them(window, tmp_path, plan_doc, monkeypatch):
    from designer.gui import startup
    from designer.io.project_file import save_project

    path = tmp_path / "other.jamii"
    save_project(plan_doc, path)
    splashes = []
    real = startup.StartupSplash
    monkeypatch.setattr(startup, "StartupSplash", lambda *a: splashes.append(real(*a)) or splashes[-1])
    assert window.open_path(path)
    (splash,) = splashes
    assert splash.steps_shown == ["read", "draw"]
    assert not splash.isVisible()
    assert window.path == path


def test_the_cost_engine_and_route_analysis_are_not_loaded_to_open_a_window(tmp_path, plan_doc):
    """They are imported when costs and walks are first worked out, after the first paint (a fresh process)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from designer.io.project_file import save_project

    path = tmp_path / "plan.jamii"
    save_project(plan_doc, path)
    script = (
        "import os, sys\n"
        "from PySide6.QtCore import QCoreApplication, QStandardPaths\n"
        "QStandardPaths.setTestModeEnabled(True)\n"
        "QCoreApplication.setApplicationName('JamiiOpenTest')\n"
        "from designer.gui.app import ensure_app, open_window\n"
        "app = ensure_app()\n"
        "w = open_window(sys.argv[1])\n"
        "w.show()\n"
        "w.grab()\n"
        "print(sorted(m for m in ('costing.boq.builder', 'designer.estimate.live', 'designer.analysis.served')"
        " if m in sys.modules))\n"
        "w.stack.set_clean()\n"
    )
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=repo,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
