"""The session: docks and dialogs work from it alone, without a main window."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_a_dock_follows_the_session_without_a_main_window(qtbot, plan_doc):
    from designer.gui.docks.options import OptionsDock
    from designer.gui.session import Session

    session = Session()
    dock = OptionsDock(session)
    qtbot.addWidget(dock)
    session.set_document(plan_doc, None)
    assert dock.option_ids() == ["existing", "opt-a", "opt-b"]
    scopes = []
    session.scope_changed.connect(scopes.append)
    dock.list.setCurrentRow(2)  # the user picks "Yard taps"
    assert session.scope == "opt-b"
    assert scopes == ["opt-b"]


def test_a_recovered_document_counts_as_unsaved(qtbot, plan_doc):
    from designer.gui.session import Session

    session = Session()
    session.set_document(plan_doc, None, clean=False)
    assert not session.stack.is_clean()
    session.set_document(plan_doc, None)
    assert session.stack.is_clean()


def test_window_messages_come_from_the_session(window):
    window.session.show_message("Imported 3 features", 5000)
    assert window.statusBar().currentMessage() == "Imported 3 features"
    window.session.show_error("no such option")
    assert "no such option" in window.statusBar().currentMessage()
