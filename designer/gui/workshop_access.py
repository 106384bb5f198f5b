"""The workshop's access page: who has a way out, in plain words and pictures, on the plan itself.

Shown in the workshop panel in place of the money sentences when "Who has a way out?" is pressed.
The plan's plots take the colour of their way out (``designer.analysis.access_workshop.WayOut``), the
shown option's new paths are drawn bold, the strips of land plots give up are hatched and the houses
that move are crossed out; one sentence says how many households have no way out of their own today,
how many of them the option gives a path and how many houses move. The work runs off the UI thread
on a snapshot, again after every change of the document or of the option shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from designer.analysis.access_workshop import WayOut, WorkshopAccess
from designer.gui.icons import icon
from designer.model.entities import AreaEntity
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from designer.gui.session import Session

__all__ = ["WAY_OUT_COLOURS", "WorkshopAccessPage"]

#: Plot fills by way out (Okabe-Ito, colour-blind safe; the first three as in the Access dock).
WAY_OUT_COLOURS = {
    WayOut.DIRECT: QColor("#9ecae1"),
    WayOut.THROUGH_ONE: QColor("#F0E442"),
    WayOut.THROUGH_MORE: QColor("#E69F00"),
    WayOut.SHUT_IN: QColor("#D55E00"),
}
_ICON_PX = 30


class WorkshopAccessPage(QWidget):
    """A sentence, a legend with pictograms and counts; drives the plan's access colours and marks."""

    #: A new picture is on the plan (after each computation).
    updated = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("workshop_access_page")
        self.result: WorkshopAccess | None = None
        self._active = False
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sentence = QLabel()
        self.sentence.setObjectName("workshop_access_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-size: 18pt;")
        layout.addWidget(self.sentence)
        # The legend stands on the plan itself, in its lower left corner, like a map's. A child of the
        # view, not of its viewport: the viewport's children scroll away with the plan.
        self.legend = QFrame(session.view)
        self.legend.setObjectName("workshop_access_legend")
        self.legend.setStyleSheet(
            "#workshop_access_legend { background: rgba(255, 255, 255, 235); border: 1px solid #555555; }"
        )
        grid = QGridLayout(self.legend)
        grid.setContentsMargins(8, 6, 10, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}  # key -> pictogram, count, words
        for r, (key, picture, words) in enumerate(self._legend()):
            pic, count, text = QLabel(), QLabel(), QLabel(words)
            pic.setPixmap(icon(picture).pixmap(QSize(_ICON_PX, _ICON_PX)))
            count.setStyleSheet("font-size: 13pt; font-weight: bold; background: transparent;")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text.setStyleSheet("font-size: 12pt; background: transparent;")
            for c, w in enumerate((pic, count, text)):
                grid.addWidget(w, r, c)
            self.rows[key] = (pic, count, text)
        self.legend.hide()
        session.view.viewport().installEventFilter(self)
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.setInterval(250)  # a drag or a macro is many changes: worked out once after them
        self._due.timeout.connect(self.refresh)
        session.document_changed.connect(self._schedule)
        session.scope_changed.connect(lambda _s: self._schedule())
        session.bridge.changed.connect(self._schedule)

    def _legend(self) -> list[tuple[str, str, str]]:
        """Return (key, pictogram, plain words) of each legend row, in reading order."""
        return [
            (WayOut.DIRECT, "access_direct", self.tr("Own door onto a path or street")),
            (WayOut.THROUGH_ONE, "access_through_one", self.tr("Way out only through a neighbour's plot")),
            (WayOut.THROUGH_MORE, "access_through_more", self.tr("Way out only through 2 or more plots")),
            (WayOut.SHUT_IN, "access_shut_in", self.tr("Shut in: no way out at all")),
            ("new_path", "access_new_path", self.tr("New path in this option")),
            ("land", "access_land_given", self.tr("Plot that gives land for a path")),
            ("house", "relocate", self.tr("House that moves")),
        ]

    # ------------------------------------------------------------------ on / off
    def set_active(self, on: bool) -> None:
        """Show the access picture on the plan (worked out now), or take it off."""
        self._active = on
        if on:
            self.refresh()
        else:
            self._generation += 1  # a result still on its way is not shown
            self._due.stop()
            self.legend.hide()
            self.session.view.reserved_bottom_px = 0
            self.session.scene.set_plot_colours(None)
            self.session.scene.access_marks.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.legend.isVisible():
            self._place_legend()
        return super().eventFilter(watched, event)

    def _place_legend(self) -> None:
        self.legend.adjustSize()
        plan = self.session.view.viewport().geometry()  # in the view, the legend's parent
        self.legend.move(plan.left() + 10, max(plan.top(), plan.bottom() - self.legend.height() - 10))

    @property
    def active(self) -> bool:
        return self._active

    def _schedule(self) -> None:
        if self._active:
            self._due.start()

    def refresh(self) -> None:
        """Work out the picture of the option shown, off the UI thread."""
        from designer.analysis.access_workshop import workshop_access
        from designer.gui.costing_view import snapshot
        from designer.gui.workers import run_job

        if not self._active:
            return
        self._generation += 1
        generation = self._generation
        scope = self.session.ctx.scope
        option_id = None if scope == EXISTING else scope
        snap = snapshot(self.session.doc)
        self.sentence.setText(self.tr("Finding who has a way out…"))
        run_job(
            lambda _progress: workshop_access(snap, option_id),
            on_done=lambda result: self._show(generation, result),
            on_failed=self.session.show_error,
            owner=self,
        )

    # ------------------------------------------------------------------ showing
    def _show(self, generation: int, result: WorkshopAccess) -> None:
        if generation != self._generation or not self._active:
            return  # switched off, or the document or option changed since: a newer one is coming
        self.result = result
        scene = self.session.scene
        scene.set_plot_colours({pid: WAY_OUT_COLOURS[w] for pid, w in result.way_out.items()})
        doc = self.session.doc
        houses = [
            e.outline
            for e in (doc.get(b) for b in result.houses_moving + result.buildings_down)
            if isinstance(e, AreaEntity)
        ]
        land = [ring for rings in result.land_given.values() for ring in rings]
        scene.access_marks.show([route for route, _w in result.new_path_routes], land, houses)
        counts: dict[str, int] = {str(k): v for k, v in result.counts.items()}
        counts["new_path"] = len(result.new_path_routes)
        counts["land"] = len(result.land_given)
        counts["house"] = len(result.houses_moving)
        for key, (pic, count, text) in self.rows.items():
            # Only what is on the plan (and always the good news), so the legend stays small.
            n = counts.get(str(key), 0)
            for w in (pic, count, text):
                w.setVisible(n > 0 or key == WayOut.DIRECT)
            count.setText(f"{n:,}")
        self.sentence.setText(self.sentence_for(result))
        first_shown = not self.legend.isVisible()
        self.legend.show()
        self.legend.raise_()
        self._place_legend()
        if first_shown:
            # The legend covers the plan's lower left: refit once so no plot hides under it (not after
            # every edit, which would move the plan under people's hands).
            self.session.view.reserved_bottom_px = self.legend.height() + 20
            self.session.view.fit_all()
        self.updated.emit()

    def sentence_for(self, r: WorkshopAccess) -> str:
        """Return the summary in plain words: who has no way out, what the option gives, who moves."""
        n = r.without_today
        if r.counts_households:
            parts = [
                _counted(
                    n,
                    self.tr("Every household has a way out of its own"),
                    self.tr("1 household has no way out of its own"),
                    self.tr("%1 households have no way out of their own"),
                )
            ]
        else:
            parts = [
                _counted(
                    n,
                    self.tr("Every plot has a way out of its own (no households are recorded)"),
                    self.tr("1 plot has no way out of its own (no households are recorded)"),
                    self.tr("%1 plots have no way out of their own (no households are recorded)"),
                )
            ]
        if r.option_id is not None:
            parts += self._option_clauses(r)
        return "; ".join(p for p in parts if p) + "."

    def _option_clauses(self, r: WorkshopAccess) -> list[str]:
        """Return what an option gives and who moves, in words (empty clauses are dropped)."""
        n, given = r.without_today, r.given_a_path or 0
        if not n:
            offer = ""
        elif given == n:
            offer = self.tr("this option gives all of them a path")
        elif given == 0:
            offer = self.tr("this option gives none of them a path")
        else:
            offer = self.tr("this option gives %1 of them a path").replace("%1", f"{given:,}")
        moves = _counted(
            len(r.houses_moving),
            self.tr("no house moves"),
            self.tr("1 house moves"),
            self.tr("%1 houses move"),
        )
        down = _counted(
            len(r.buildings_down),
            "",
            self.tr("1 other building comes down"),
            self.tr("%1 other buildings come down"),
        )
        return [offer, moves, down]

    def counts_shown(self) -> dict[str, str]:
        """Return the legend's counts by row key (for tests and screen readers)."""
        return {str(k): row[1].text() for k, row in self.rows.items() if row[1].isVisibleTo(self.legend)}


def _counted(n: int, none: str, one: str, many: str) -> str:
    """Return the phrase for a count: none, one, or many (with ``%1`` the number)."""
    if n == 0:
        return none
    return one if n == 1 else many.replace("%1", f"{n:,}")
