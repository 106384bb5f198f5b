"""The households work (``designer.gui.households``) as the main window shows it.

The Households dock (rebuilt for each opened project) and the voting page of workshop mode; the
main window adds them with a People menu (:meth:`MainWindow._install_people`). Everything degrades
to nothing if that package is not installed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QDockWidget, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from designer.gui.session import Session

__all__ = ["HouseholdsHost", "VotingPage", "delete_latest_workshop", "households_module"]


def households_module() -> Any | None:
    """Return the households screens package, or None when it is not installed."""
    try:
        from designer.gui import households
    except ImportError:
        return None
    return households


class HouseholdsHost(QDockWidget):
    """The Households dock: holds the households table of the current project.

    The table is built when the dock is first shown (or asked for), not when a project opens: the
    dock starts as a tab behind Costs, and sorting 10,000 households would delay the first paint of
    the plan by a quarter of a second for a table nobody looks at yet.
    """

    def __init__(self, session: Session, module: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.module = module
        self.setObjectName("dock_households")
        self.setWindowTitle(self.tr("Households"))
        self._panel: QWidget | None = None
        self._stale = True  # the shown table (if any) is of an older document
        self.setWidget(QWidget(self))  # an empty page until the table is built
        session.document_changed.connect(self.rebuild)
        self.visibilityChanged.connect(self._shown)
        self.rebuild()

    @property
    def panel(self) -> QWidget:
        """The households table of the current document (built now if it was deferred)."""
        if self._stale or self._panel is None:
            self._build()
        assert self._panel is not None
        return self._panel

    def rebuild(self) -> None:
        """Follow the session's current document: rebuilt now if the dock is in sight, else when shown."""
        self._stale = True
        # A new document brings a new selection: follow it (once) for placing households by a click.
        selection = self.session.ctx.selection
        if getattr(self, "_watched_selection", None) is not selection:
            selection.changed.connect(self.place_on_selected_plot)
            self._watched_selection = selection
        if self.isVisible() and not self.visibleRegion().isEmpty():
            self._build()

    def _shown(self, visible: bool) -> None:
        if visible and self._stale:
            self._build()

    def _build(self) -> None:
        old = self.widget()  # the previous table, or the empty page
        panel = self.module.HouseholdsPanel(self.session.doc, self)
        panel.plot_selected.connect(self.show_plot)
        self.setWidget(panel)
        self._panel = panel
        self._stale = False
        if old is not None:
            old.deleteLater()

    def place_on_selected_plot(self) -> None:
        """While "Place on a plot" is pressed, a plot clicked on the plan takes the selected household.

        One undoable step; the button is released after it (or when nothing is to be placed).
        """
        panel = None if self._stale else self._panel  # an unbuilt table has no button pressed
        button = getattr(panel, "place_button", None)
        if button is None or not button.isChecked():
            return
        from designer.model.entities import Plot
        from designer.model.household_placement import place_household

        ids = self.session.ctx.selection.ids
        household = panel.current_household()  # type: ignore[union-attr]
        if household is None or len(ids) != 1 or not isinstance(self.session.doc.get(ids[0]), Plot):
            return
        if household.plot_id != ids[0]:
            self.session.stack.push(place_household(self.session.doc, household.id, ids[0]))
        button.setChecked(False)

    def show_plot(self, plot_id: str) -> None:
        """Select a household's plot on the plan and bring it into view."""
        w = self.session
        if not plot_id or plot_id not in w.doc:
            return
        w.ctx.selection.set([plot_id])
        item = w.scene.item_for(plot_id)
        if item is not None:
            rect: QRectF = item.sceneBoundingRect()
            w.view.centerOn(rect.center())
            w.view.keep_user_view()


class VotingPage(QWidget):
    """The voting screen of the latest workshop record, with a way back to the plan."""

    def __init__(
        self,
        session: Session,
        module: Any,
        show_page: Callable[[QWidget | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.module = module
        self.show_page = show_page  # the window's page switcher (None: back to the plan)
        self.setObjectName("page_voting")
        self.layout_ = QVBoxLayout(self)
        self.back = QPushButton(self.tr("Back to the plan"))
        self.back.setObjectName("back_to_plan")
        self.back.clicked.connect(lambda: show_page(None))
        self.layout_.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        self.voting: QWidget | None = None
        self.message = QPushButton(self.tr("Record the workshop first"))
        self.message.clicked.connect(self.new_workshop)
        self.layout_.addWidget(self.message)

    def open(self) -> None:
        """Show the voting screen for the most recent workshop (asking to record one if there is none)."""
        from designer.model.people import WorkshopRecord

        w = self.session
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
        self.show_page(self)

    def new_workshop(self) -> None:
        w = self.session
        if self.module.WorkshopRecordDialog(w.doc, w.stack, parent=self.window()).exec():
            self.open()


def delete_latest_workshop(session: Session, parent: QWidget | None = None, confirm: bool = True) -> bool:
    """Delete the most recent workshop record and its ballots after asking; say whether it was deleted.

    Like the ballots, the record lives outside the undo history, so the question says it is final.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from designer.model.commands import RemoveRecord
    from designer.model.people import WorkshopRecord

    workshops = sorted(session.doc.of_type(WorkshopRecord), key=lambda r: (r.date, r.id))
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
            parent,
            QCoreApplication.translate("People", "Delete workshop record"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    session.stack.apply_permanent(RemoveRecord(latest, "Delete workshop record"))
    return True
