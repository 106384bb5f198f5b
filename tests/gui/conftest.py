"""Fixtures for the designer window tests: a small hand-made project and an isolated main window.

Settings and the app-data folder are redirected (QStandardPaths test mode, a temporary autosave
folder) so tests never touch a user's preferences, recent files or autosaves.
"""

from __future__ import annotations

import pytest

from designer.model import Document
from tests.gui.helpers import forget_changes, make_plan_doc


@pytest.fixture
def plan_doc() -> Document:
    return make_plan_doc()


@pytest.fixture
def isolated_settings(tmp_path):
    """Point QSettings and QStandardPaths at test locations."""
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("JamiiTests")
    QCoreApplication.setApplicationName("JamiiTests")
    # A settings file of this test's own: test runs side by side (other checkouts on the same machine)
    # would otherwise read each other's saved window layout from the one ~/.config/JamiiTests file.
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "settings"))
    QSettings().clear()
    yield tmp_path
    QSettings().clear()


@pytest.fixture
def window(qtbot, isolated_settings, plan_doc):
    """A shown main window on the small project, autosaving into a temporary folder."""
    from designer.gui.main_window import MainWindow

    w = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(w, before_close_func=forget_changes)
    w.set_document(plan_doc, None)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.view.set_scale(8.0)  # 8 px per metre: the 40 m wide plan fills a good part of the view
    w.view.centerOn(20.0, 8.0)
    yield w
    w.stack.set_clean()  # no "save changes?" question when the test closes the window
    w.close()


@pytest.fixture
def language(qapp):
    """``language("fr")`` installs that translation for the test; English again afterwards."""
    from designer.gui.i18n import install_translator

    def use(lang: str) -> None:
        assert install_translator(lang)

    yield use
    install_translator("en")
