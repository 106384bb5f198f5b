"""Wiring the households work (``designer.gui.households``) into the main window.

Adds the Households dock (rebuilt for each opened project), a People menu with the survey import
and the workshop record, and the voting screen as a workshop-mode page. Everything degrades to
nothing if that package is not installed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtWidgets import QDockWidget, QPushButton, QVBoxLayout, QWidget

from designer.gui.icons import icon

if TYPE_CHECKING:
    from designer.gui.main_window import MainWindow

__all__ = ["HouseholdsHost", "delete_latest_workshop", "install_people"]


def _households() -> Any | None:
    try:
        return importlib.import_module("designer.gui.households")
    except ImportError:
        return None


class HouseholdsHost(QDockWidget):
    """The Households dock: holds the households table of the current project."""

    def __init__(self, window: MainWindow, module: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.module = module
        self.setObjectName("dock_households")
        self.setWindowTitle(self.tr("Households"))
        self.panel: QWidget | None = None

    def set_document(self, window: MainWindow) -> None:
        window.document_changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Show the households of the window's current document."""
        old = self.panel
        panel = self.module.HouseholdsPanel(self.window_.doc, self)
        panel.plot_selected.connect(self.show_plot)
        self.setWidget(panel)
        self.panel = panel
        if old is not None:
            old.deleteLater()

    def show_plot(self, plot_id: str) -> None:
        """Select a household's plot on the plan and bring it into view."""
        w = self.window_
        if not plot_id or plot_id not in w.doc:
            return
        w.ctx.selection.set([plot_id])
        item = w.scene.item_for(plot_id)
        if item is not None:
            rect: QRectF = item.sceneBoundingRect()
            w.view.centerOn(rect.center())


class VotingPage(QWidget):
    """The voting screen of the latest workshop record, with a way back to the plan."""

    def __init__(self, window: MainWindow, module: Any) -> None:
        super().__init__()
        self.window_ = window
        self.module = module
        self.setObjectName("page_voting")
        self.layout_ = QVBoxLayout(self)
        self.back = QPushButton(self.tr("Back to the plan"))
        self.back.setObjectName("back_to_plan")
        self.back.clicked.connect(lambda: window.show_page(None))
        self.layout_.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        self.voting: QWidget | None = None
        self.message = QPushButton(self.tr("Record the workshop first"))
        self.message.clicked.connect(self.new_workshop)
        self.layout_.addWidget(self.message)

    def open(self) -> None:
        """Show the voting screen for the most recent workshop (asking to record one if there is none)."""
        from designer.model.people import WorkshopRecord

        w = self.window_
        workshops = sorted(w.doc.of_type(WorkshopRecord), key=lambda r: (r.date, r.id))
        if self.voting is not None:
            self.layout_.insertWidget(0, self.back, 0, Qt.AlignmentFlag.AlignLeft)  # keep it: the screen goes
            self.layout_.removeWidget(self.voting)
            self.voting.setParent(None)  # off the page now: it must not stand behind the new screen
            self.voting.deleteLater()
            self.voting = None
        self.message.setVisible(not workshops)
        if workshops:
            # Built off the page and added whole: half-built, its sizes could widen the window for a moment.
            voting = self.module.VotingScreen(w.doc, w.stack, workshops[-1].id)
            # Back sits in the voting screen's footer, so the choices keep the height of the screen.
            voting.footer_actions.insertWidget(0, self.back)
            self.layout_.addWidget(voting, 1)
            self.voting = voting
        w.show_page(self)

    def new_workshop(self) -> None:
        w = self.window_
        if self.module.WorkshopRecordDialog(w.doc, w.stack, parent=w).exec():
            self.open()


def delete_latest_workshop(window: MainWindow, confirm: bool = True) -> bool:
    """Delete the most recent workshop record and its ballots after asking; say whether it was deleted.

    Like the ballots, the record lives outside the undo history, so the question says it is final.
    """
    from PySide6.QtWidgets import QMessageBox

    from designer.model.commands import RemoveRecord
    from designer.model.people import WorkshopRecord

    workshops = sorted(window.doc.of_type(WorkshopRecord), key=lambda r: (r.date, r.id))
    if not workshops:
        return False
    latest = workshops[-1]
    if confirm:
        question = (
            QCoreApplication.translate(
                "People", "Delete the workshop record of %1 with its %2 ballots? This cannot be undone."
            )
            .replace("%1", latest.date)
            .replace("%2", str(len(latest.ballots)))
        )
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("People", "Delete workshop record"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    window.stack.apply_permanent(RemoveRecord(latest, "Delete workshop record"))
    return True


def install_people(window: MainWindow) -> bool:
    """Add the households dock, People menu and voting page; say whether the package was there."""
    module = _households()
    if module is None:
        return False
    dock = HouseholdsHost(window, module)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    window.tabifyDockWidget(window.costs_dock, dock)
    menu = window.menuBar().addMenu(QCoreApplication.translate("People", "&People"))
    act_import = menu.addAction(QCoreApplication.translate("People", "Import households…"))
    act_import.setObjectName("action_import_households")
    act_import.triggered.connect(
        lambda: module.HouseholdImportDialog(window.doc, window.stack, parent=window).exec()
    )
    act_workshop = menu.addAction(QCoreApplication.translate("People", "Record a workshop…"))
    act_workshop.setObjectName("action_workshop_record")
    act_workshop.triggered.connect(
        lambda: module.WorkshopRecordDialog(window.doc, window.stack, parent=window).exec()
    )
    act_delete = menu.addAction(QCoreApplication.translate("People", "Delete the latest workshop record…"))
    act_delete.setObjectName("action_delete_workshop")
    act_delete.triggered.connect(lambda: delete_latest_workshop(window))
    page = VotingPage(window, module)
    vote = window.add_workshop_screen(QCoreApplication.translate("People", "Vote"), page)
    vote.setObjectName("action_vote")
    vote.setIcon(icon("vote"))
    vote.triggered.disconnect()
    vote.triggered.connect(page.open)
    window.voting_page = page  # type: ignore[attr-defined]
    window.households_dock = dock  # type: ignore[attr-defined]
    return True
