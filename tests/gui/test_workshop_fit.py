"""Every workshop screen fits a 1280×720 projector at 1×: content scrolls inside, the window never grows,
and an oversized window is never saved for the next start."""

from __future__ import annotations

from decimal import Decimal

import pytest

from designer.model import AddRecord, UndoStack, VotingMethod, WorkshopRecord

pytestmark = pytest.mark.gui

PROJECTOR_W, PROJECTOR_H = 1280, 720


def fits(size) -> bool:
    return size.width() <= PROJECTOR_W and size.height() <= PROJECTOR_H


@pytest.fixture
def sample_doc():
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    return load_project(sample_project_path())


@pytest.fixture
def workshop_style(qapp):
    """The projector style of workshop mode (16 pt text, 56 px buttons) on every widget."""
    from designer.gui.main_window import _WORKSHOP_STYLE

    qapp.setStyleSheet(_WORKSHOP_STYLE)
    yield
    qapp.setStyleSheet("")


def _budget_workshop(doc, stack) -> str:
    w = WorkshopRecord(
        id="ws-budget", date="2026-12-01", voting=VotingMethod.BUDGET, budget_limit=Decimal(30000)
    )
    stack.apply_permanent(AddRecord(w))
    return w.id


@pytest.mark.parametrize("method", ["ranking", "budget"])
def test_voting_screen_size_hint_fits_a_projector(qtbot, workshop_style, sample_doc, method):
    from designer.gui.households import VotingScreen

    stack = UndoStack(sample_doc)
    if method == "budget":
        ws_id = _budget_workshop(sample_doc, stack)
    else:
        (w,) = sample_doc.of_type(WorkshopRecord)
        ws_id = w.id
    screen = VotingScreen(sample_doc, stack, ws_id)
    qtbot.addWidget(screen)
    screen.show_tally.setChecked(True)  # the tally table makes the screen taller still
    if method == "budget":
        assert len(screen.option_buttons) > 8  # many choices: they must scroll, not grow the screen
    assert fits(screen.sizeHint()), screen.sizeHint()
    assert fits(screen.minimumSizeHint()), screen.minimumSizeHint()
    screen.option_buttons[next(iter(screen.option_buttons))].click()
    screen.findChild(type(screen.cast_button), "sex_female").click()
    assert screen.review()
    assert fits(screen.sizeHint()), screen.sizeHint()


def test_workshop_dialogs_size_hints_fit_a_projector(qtbot, workshop_style, sample_doc):
    from designer.gui.households import VotingScreen, WorkshopRecordDialog
    from designer.gui.households.correct_ballot import CorrectBallotDialog

    stack = UndoStack(sample_doc)
    (w,) = sample_doc.of_type(WorkshopRecord)
    dialog = WorkshopRecordDialog(sample_doc, stack, w)
    qtbot.addWidget(dialog)
    assert fits(dialog.sizeHint()), dialog.sizeHint()
    screen = VotingScreen(sample_doc, stack, w.id)
    qtbot.addWidget(screen)
    correct = CorrectBallotDialog(w, screen.candidates)
    qtbot.addWidget(correct)
    assert correct.ballot_list.count() == len(w.ballots)
    assert fits(correct.sizeHint()), correct.sizeHint()


def test_vote_page_in_workshop_mode_keeps_a_1280x720_window_with_cast_vote_on_screen(
    qtbot, isolated_settings, sample_doc
):
    from designer.gui.main_window import MainWindow

    window = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(window)
    window.set_document(sample_doc, None)
    window.resize(PROJECTOR_W, PROJECTOR_H)
    window.show()
    qtbot.waitExposed(window)
    window.set_workshop(True)
    qtbot.wait(20)
    assert fits(window.minimumSizeHint()), window.minimumSizeHint()
    assert (window.width(), window.height()) == (PROJECTOR_W, PROJECTOR_H)
    window.voting_page.open()
    qtbot.wait(10)
    assert (window.width(), window.height()) == (PROJECTOR_W, PROJECTOR_H)
    assert fits(window.minimumSizeHint()), window.minimumSizeHint()
    screen = window.voting_page.voting
    for button in (screen.cast_button, screen.correct_button, window.voting_page.back):
        corner = button.mapTo(window, button.rect().bottomRight())
        assert button.isVisible() and corner.x() < PROJECTOR_W and corner.y() < PROJECTOR_H, button.text()
    assert screen.cart_label.mapTo(window, screen.cart_label.rect().bottomLeft()).y() < PROJECTOR_H
    # The screen has the whole window: the drawing tools and the summary come back with the plan.
    assert window.workshop_bar.isHidden() and window.workshop_panel.isHidden()
    window.voting_page.back.click()
    assert window.workshop_bar.isVisible() and window.workshop_panel.isVisible()


def test_an_oversized_window_is_not_saved_for_the_next_start(qtbot, isolated_settings):
    from PySide6.QtCore import QSettings

    from designer.gui.main_window import MainWindow

    window = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(window)
    window.show()
    screen = window.screen().availableGeometry().size()
    window.resize(screen.width() + 600, screen.height() + 400)
    assert not window.fits_screen()
    window.close()
    assert QSettings().value("window/geometry") is None

    small = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(small)
    small.show()
    small.resize(screen.width() - 100, screen.height() - 100)
    small.close()
    assert QSettings().value("window/geometry") is not None
    again = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(again)
    assert again.fits_screen()


@pytest.mark.parametrize("lang", ["en", "sw"])
def test_workshop_controls_fit_a_1280_px_projector_without_overflow(
    qtbot, isolated_settings, sample_doc, lang
):
    from designer.gui.i18n import install_translator
    from designer.gui.main_window import MainWindow

    assert install_translator(lang)
    try:
        window = MainWindow(autosave_folder=isolated_settings / "autosave")
        qtbot.addWidget(window)
        window.set_document(sample_doc, None)
        window.resize(PROJECTOR_W, PROJECTOR_H)
        window.show()
        qtbot.waitExposed(window)
        window.set_workshop(True)
        qtbot.wait(20)
        bar = window.workshop_controls
        assert bar.sizeHint().width() <= PROJECTOR_W, bar.sizeHint()
        for action in bar.actions():
            if action.isSeparator():
                continue
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()
    finally:
        install_translator("en")
        window.stack.set_clean()
