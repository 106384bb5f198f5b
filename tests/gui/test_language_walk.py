"""Walk the windows, docks, workshop screens and dialogs in every shipped language: no English left where
a translation exists, no text wider than the widget showing it, numbers and money written as the language
writes them, Qt's own buttons translated."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "fr", "pt", "sw")


def _catalogue() -> dict[str, dict[str, str]]:
    with (REPO / "resources" / "translations" / "catalogue.tsv").open(encoding="utf-8", newline="") as f:
        return {row["source"]: row for row in csv.DictReader(f, delimiter="\t")}


@pytest.fixture
def language(request, qapp, isolated_settings):
    from designer.gui.i18n import install_translator

    lang = request.param
    assert install_translator(lang)
    yield lang
    install_translator("en")


def _texts(root) -> list[tuple[object, str]]:
    """Every visible text of a widget tree (buttons, labels, group boxes, dock titles, table headers)."""
    from PySide6.QtWidgets import QAbstractButton, QDockWidget, QGroupBox, QLabel, QTableWidget

    out = []
    for w in [root, *root.findChildren(object)]:
        if not hasattr(w, "isVisibleTo"):
            continue
        if isinstance(w, QAbstractButton | QLabel):
            out.append((w, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((w, w.title()))
        elif isinstance(w, QDockWidget):
            out.append((w, w.windowTitle()))
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item is not None:
                    out.append((w, item.text()))
    return out


def _untranslated(root, lang: str) -> list[str]:
    if lang == "en":
        return []
    table = _catalogue()
    translations = {row[lang] for row in table.values()} | {
        row[lang].replace("&", "") for row in table.values()
    }
    bad = []
    for _w, text in _texts(root):
        plain = text.replace("&", "")
        row = table.get(text) or table.get(plain)
        # Still the English source although the catalogue has another word (and not one that means
        # something else in this language, like French "Vote").
        if row is not None and row[lang] != row["source"] and plain not in translations:
            bad.append(text)
    return bad


def _clipped(root) -> list[str]:
    """Buttons and one-line labels on screen whose text needs more room than they have."""
    from PySide6.QtWidgets import QLabel, QPushButton

    bad = []
    for w in root.findChildren(QPushButton) + root.findChildren(QLabel):
        if not w.isVisible() or not w.text() or w.width() <= 1:
            continue
        if isinstance(w, QLabel) and (w.wordWrap() or w.textFormat() != w.textFormat().PlainText):
            continue
        if isinstance(w, QPushButton):
            # The style's own measure: every line of text, the icon, padding and border of this button.
            needed_w, needed_h = w.sizeHint().width(), w.sizeHint().height()
            room_w, room_h = w.width(), w.height()
        else:
            lines = w.text().replace("&", "").split("\n")
            needed_w = max(w.fontMetrics().horizontalAdvance(line) for line in lines)
            needed_h = len(lines) * w.fontMetrics().lineSpacing()
            room_w, room_h = w.contentsRect().width(), w.contentsRect().height()
        if needed_w > room_w + 1 or needed_h > room_h + 1:
            bad.append(
                f"{w.objectName() or type(w).__name__}: {w.text()!r} needs {needed_w}×{needed_h}, has {room_w}×{room_h}"
            )
    return bad


def _window(qtbot, isolated_settings):
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path
    from tests.gui.helpers import forget_changes

    window = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(window, before_close_func=forget_changes)
    window.set_document(load_project(sample_project_path()), None)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_windows_docks_and_workshop_screens_are_translated_and_not_clipped(
    qtbot, isolated_settings, language
):
    window = _window(qtbot, isolated_settings)
    window.set_scope("opt-a")
    qtbot.waitUntil(lambda: window.costs_dock.summary is not None, timeout=30_000)
    problems = _untranslated(window, language)
    window.set_workshop(True)
    qtbot.wait(20)
    assert (window.width(), window.height()) == (1280, 720)
    problems += _untranslated(window, language)
    clipped = _clipped(window)
    window.voting_page.open()
    qtbot.wait(20)
    problems += _untranslated(window.voting_page, language)
    clipped += _clipped(window.voting_page)
    # The budget vote: many priced interventions, each with its option's name.
    from designer.model import AddRecord, VotingMethod, WorkshopRecord

    budget = WorkshopRecord(
        id="ws-b", date="2026-12-05", voting=VotingMethod.BUDGET, budget_limit=Decimal(40000)
    )
    window.stack.apply_permanent(AddRecord(budget))
    window.voting_page.open()
    qtbot.wait(20)
    assert len(window.voting_page.voting.option_buttons) > 8
    problems += _untranslated(window.voting_page, language)
    clipped += _clipped(window.voting_page)
    assert (window.width(), window.height()) == (1280, 720)
    window.show_page(None)  # back to the plan beside the summary: the wide vote page must not widen it
    qtbot.wait(20)
    assert (window.width(), window.height()) == (1280, 720)
    window.findChild(type(window.act_workshop), "action_compare_cards").trigger()
    qtbot.waitUntil(lambda: len(window.compare_page.cards) == len(window.doc.options), timeout=60_000)
    problems += _untranslated(window.compare_page, language)
    clipped += _clipped(window.compare_page)
    assert (window.width(), window.height()) == (1280, 720)
    assert problems == [], f"{language}: untranslated {problems}"
    assert clipped == [], f"{language}: clipped {clipped}"
    # Cost sections in the user's language.
    bills = [window.costs_dock.table.item(r, 0).text() for r in range(window.costs_dock.table.rowCount())]
    if language == "sw":
        assert any("Usambazaji wa maji" in b for b in bills), bills


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_dialogs_are_translated_and_not_clipped(qtbot, isolated_settings, language):
    from designer.gui.dialogs.about import AboutDialog
    from designer.gui.dialogs.preferences import PreferencesDialog
    from designer.gui.households import VotingScreen, WorkshopRecordDialog
    from designer.gui.households.correct_ballot import CorrectBallotDialog
    from designer.model import WorkshopRecord

    window = _window(qtbot, isolated_settings)
    (w,) = window.doc.of_type(WorkshopRecord)
    screen = VotingScreen(window.doc, window.stack, w.id)
    qtbot.addWidget(screen)
    dialogs = [
        WorkshopRecordDialog(window.doc, window.stack, w, parent=window),
        CorrectBallotDialog(w, screen.candidates, window),
        PreferencesDialog(window),
        AboutDialog(window),
    ]
    for dlg in dialogs:
        dlg.show()
        qtbot.waitExposed(dlg)
        assert _untranslated(dlg, language) == [], (language, type(dlg).__name__)
        assert _clipped(dlg) == [], (language, type(dlg).__name__, _clipped(dlg))
        dlg.close()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "KES 5,312,821"), ("fr", "5\u202f312\u202f821\xa0KES"), ("sw", "KES\xa05,312,821")],
    indirect=["language"],
)
def test_money_and_numbers_follow_the_language(qtbot, language, expected):
    from designer.gui.docks.costs import money
    from designer.gui.locale_format import number

    assert money(Decimal("5312821.40"), "KES") == expected
    assert number(2, 2) == ("2,00" if language == "fr" else "2.00")


@pytest.mark.parametrize(
    ("language", "yes", "cancel"),
    [("fr", "&Oui", "Annuler"), ("pt", "&Sim", "Cancelar"), ("sw", "&Ndiyo", "Ghairi")],
    indirect=["language"],
)
def test_qt_standard_buttons_are_translated(qtbot, language, yes, cancel):
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "q",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == yes
    assert box.button(QMessageBox.StandardButton.Cancel).text() == cancel


def test_the_walk_finds_english_left_over_and_clipped_text(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    narrow = QPushButton("Correct a ballot…")
    narrow.setFixedWidth(30)
    layout.addWidget(narrow)
    layout.addWidget(QLabel("Households sharing the cost"))
    root.show()
    qtbot.waitExposed(root)
    assert "Households sharing the cost" in _untranslated(root, "sw")
    assert any("Correct a ballot" in c for c in _clipped(root))


@pytest.mark.parametrize("language", ["sw"], indirect=True)
def test_errors_are_shown_in_the_users_language(qtbot, isolated_settings, language):
    from designer.gui.error_text import error_text
    from designer.model.errors import InvalidRecordError
    from designer.tools.errors import ToolError

    window = _window(qtbot, isolated_settings)
    window.set_scope("existing")
    window.set_tool("demolish")
    window.tool.fail(ToolError("choose or create an option first: demolitions belong to an option"))
    assert "chagua au unda chaguo kwanza" in window.statusBar().currentMessage()
    text = error_text(InvalidRecordError("hh-1", "household", "a household has at least one person"))
    assert text == "household 'hh-1': kaya ina angalau mtu mmoja"
