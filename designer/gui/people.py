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

__all__ = ["HouseholdsHost", "VotingPage", "households_module"]


def households_module() -> Any | None:
    """Return the households screens package, or None when it is not installed."""
    try:
        from designer.gui import households
    except ImportError:
        return None
    return households


class HouseholdsHost(QDockWidget):
    """The Households dock: holds the households table of the current project."""

    def __init__(self, session: Session, module: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.module = module
        self.setObjectName("dock_households")
        self.setWindowTitle(self.tr("Households"))
        self.panel: QWidget | None = None
        session.document_changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Show the households of the session's current document."""
        old = self.panel
        panel = self.module.HouseholdsPanel(self.session.doc, self)
        panel.plot_selected.connect(self.show_plot)
        self.setWidget(panel)
        # A new document brings a new selection: follow it (once) for placing households by a click.
        selection = self.session.ctx.selection
        if getattr(self, "_watched_selection", None) is not selection:
            selection.changed.connect(self.place_on_selected_plot)
            self._watched_selection = selection
        self.panel = panel
        if old is not None:
            old.deleteLater()

    def place_on_selected_plot(self) -> None:
        """While "Place on a plot" is pressed, a plot clicked on the plan takes the selected household.

        One undoable step; the button is released after it (or when nothing is to be placed).
        """
        panel = self.panel
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
            self.layout_.removeWidget(self.voting)
            self.voting.deleteLater()
            self.voting = None
        self.message.setVisible(not workshops)
        if workshops:
            self.voting = self.module.VotingScreen(w.doc, w.stack, workshops[-1].id, parent=self)
            self.layout_.addWidget(self.voting, 1)
        self.show_page(self)

    def new_workshop(self) -> None:
        w = self.session
        if self.module.WorkshopRecordDialog(w.doc, w.stack, parent=self.window()).exec():
            self.open()
