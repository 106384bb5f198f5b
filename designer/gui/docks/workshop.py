"""Workshop panel: a plain-language summary of the shown option and a big option switcher.

Shown instead of the docks in workshop mode, readable from the back of a room on a projector:
what the option costs each household, what that means per month, and how many households it serves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QDockWidget, QLabel, QPushButton, QVBoxLayout, QWidget

from designer.gui.docks.costs import money
from designer.gui.fitting import FittingScrollArea
from designer.gui.icons import icon
from designer.gui.served_words import served_sentence
from designer.gui.workshop_access import WorkshopAccessPage
from designer.model.assumed_households import household_count
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from designer.analysis.served import ServedCount
    from designer.gui.costing_view import CostSummary
    from designer.gui.docks.costs import CostsDock
    from designer.gui.session import Session
    from designer.model.document import Document

__all__ = ["WorkshopPanel", "main_intervention_icon", "served_count"]


def served_count(doc: Document, option_id: str | None) -> ServedCount:
    """Who is served, whether the households are assumed and what is not drawn (``designer.analysis.served``).

    Imported when first counted: the walking-route analysis is not part of opening a window.
    """
    from designer.analysis.served import served_count as count

    return count(doc, option_id)


# What an option mostly does, as the pictogram of its button (entity kind -> icon name), in order of
# preference when an option does several things equally often.
_INTERVENTION_ICONS = (
    ("water_point", "standpipe"),
    ("toilet", "toilet"),
    ("core_house", "building"),
    ("house_improvement", "building"),
    ("path", "path"),
    ("drain", "drain"),
    ("street_light", "light"),
    ("water_main", "water_main"),
    ("sewer", "sewer"),
    ("demolition", "demolish"),
    ("relocation", "relocate"),
)


def main_intervention_icon(doc: Document, scope: str) -> str:
    """Return the icon name of an option's most frequent intervention ("" for none or for today)."""
    if scope == EXISTING:
        return ""
    counts: dict[str, int] = {}
    for e in doc.entities(scope):
        counts[e.KIND] = counts.get(e.KIND, 0) + 1
    ranked = sorted(
        ((counts.get(kind, 0), -i, name) for i, (kind, name) in enumerate(_INTERVENTION_ICONS)), reverse=True
    )
    return ranked[0][2] if ranked and ranked[0][0] > 0 else ""


class WorkshopPanel(QDockWidget):
    """Big option buttons and three sentences about the chosen option."""

    def __init__(self, session: Session, costs: CostsDock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.costs = costs  # the Costs dock's summary is the one spoken here
        self.setObjectName("dock_workshop")
        self.setWindowTitle(self.tr("Our options"))
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.buttons_box = QVBoxLayout()
        self.layout_.addLayout(self.buttons_box)
        self.title = QLabel()
        self.title.setObjectName("workshop_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("workshop_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet("font-size: 18pt;")
        # "Who has a way out?": the plan coloured by access, with its legend, in place of the money.
        self.access_button = QPushButton(self.tr("Who has a way out?"))
        self.access_button.setObjectName("workshop_access")
        self.access_button.setCheckable(True)
        self.access_button.setIcon(icon("access_direct"))
        self.access_button.setIconSize(QSize(40, 40))
        self.access_button.toggled.connect(self._access_toggled)
        self.access = WorkshopAccessPage(session)
        self.access.hide()
        self.layout_.addWidget(self.access_button)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.access)
        self.layout_.addStretch()
        # The summary scrolls inside the panel, so a long one never makes the window taller than the screen.
        self.setWidget(FittingScrollArea(body))
        self.setMinimumWidth(470)  # the option names on their buttons stay whole
        self._cost_lines: list[str] = []
        self._served_generation = 0
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self._follow(session)

    def _follow(self, session: Session) -> None:
        session.document_changed.connect(self.rebuild)
        session.scope_changed.connect(lambda _s: self.rebuild())
        session.bridge.changed.connect(self._maybe_rebuild)
        self.costs.updated.connect(self.show_summary)
        self.rebuild()

    def _maybe_rebuild(self) -> None:
        w = self.session
        names = [(EXISTING, "")] + [(o.id, o.name) for o in sorted(w.doc.options, key=lambda o: o.id)]
        if [k for k, _ in names] != list(self.buttons) or any(
            self.buttons[k].text() != n for k, n in names if k != EXISTING
        ):
            self.rebuild()

    def rebuild(self) -> None:
        w = self.session
        for b in self.buttons.values():
            self.group.removeButton(b)
            self.buttons_box.removeWidget(b)
            b.setParent(None)  # gone now, not at the next event loop turn
            b.deleteLater()
        self.buttons = {}
        entries = [(EXISTING, self.tr("Today"), "#555555")]
        entries += [(o.id, o.name, o.colour) for o in sorted(w.doc.options, key=lambda o: o.id)]
        for scope, name, colour in entries:
            b = QPushButton(name)
            b.setCheckable(True)
            b.setObjectName(f"workshop_option_{scope}")
            b.setStyleSheet(f"border-left: 14px solid {colour};")
            picture = main_intervention_icon(w.doc, scope)
            if picture:
                b.setIcon(icon(picture))
                b.setIconSize(QSize(40, 40))
            b.setChecked(scope == w.ctx.scope)
            b.clicked.connect(lambda _=False, s=scope: w.set_scope(s))
            self.group.addButton(b)
            self.buttons_box.addWidget(b)
            self.buttons[scope] = b
        option = w.doc.get(w.ctx.scope)
        self.title.setText(getattr(option, "name", None) or self.tr("The settlement today"))
        self.show_summary(self.costs.summary if w.ctx.scope != EXISTING else None)

    def show_summary(self, s: CostSummary | None) -> None:
        """Write the summary sentences for a cost summary (or say what today looks like)."""
        w = self.session
        if w.ctx.scope == EXISTING:
            # The same count the check and the costing use: recorded, or one assumed per home plot.
            count = household_count(w.doc)
            today = (
                self.tr(
                    "This is the settlement as it is today: about %1 households, assumed one per home plot "
                    "(no survey yet)."
                )
                if count.assumed
                else self.tr("This is the settlement as it is today: %1 households.")
            )
            self.summary.setText(today.replace("%1", str(count.households)))
            return
        if s is None:
            self.summary.setText(self.tr("Working out the cost…"))
            return
        self._cost_lines = [
            self.tr("Each household pays <b>%1</b>.").replace("%1", money(s.per_household, s.currency)),
            self.tr("That is about <b>%1 a month</b>.").replace("%1", money(s.monthly_repayment, s.currency)),
            (
                self.tr("Total cost %1, shared by %2 households (assumed: one per home plot, no survey yet).")
                if s.households_assumed
                else self.tr("Total cost %1, shared by %2 households.")
            )
            .replace("%1", money(s.total, s.currency))
            .replace("%2", str(s.households)),
        ]
        self._show_lines(self.tr("Working out who is served…"))
        if self.isVisible():  # hidden outside workshop mode: the check starts when it is shown
            self._start_served(s.option_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_summary(self.costs.summary if self.session.scope != EXISTING else None)
        if self.access_button.isChecked():
            self.access.set_active(True)

    def hideEvent(self, event: QHideEvent) -> None:
        # Out of workshop mode (or behind a full-window screen) the plan gets its own colours back.
        self.access.set_active(False)
        super().hideEvent(event)

    def _access_toggled(self, on: bool) -> None:
        self.summary.setVisible(not on)
        self.access.setVisible(on)
        self.access.set_active(on and self.isVisible())

    def _show_lines(self, served_line: str) -> None:
        lines = [*self._cost_lines[:2], served_line, *self._cost_lines[2:]]
        # Paragraphs with a small gap (not blank lines): all four sentences fit a 720-line projector.
        self.summary.setText("".join(f"<p style='margin: 0 0 10px 0'>{line}</p>" for line in lines))

    def _start_served(self, option_id: str) -> None:
        """Count, off the UI thread, the households with water and a toilet within the standard's reach."""
        from designer.gui.costing_view import snapshot
        from designer.gui.workers import run_job

        self._served_generation += 1
        generation = self._served_generation
        snap = snapshot(self.session.doc)
        run_job(
            lambda _progress: served_count(snap, option_id),
            on_done=lambda counts: self._served_done(generation, option_id, counts),
            owner=self,
        )

    def _served_done(self, generation: int, option_id: str, counts: ServedCount) -> None:
        if generation != self._served_generation or self.session.ctx.scope != option_id:
            return  # the option changed or was edited since
        self._show_lines(served_sentence(counts))
