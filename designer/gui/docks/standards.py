"""Standards overlay: colour plots by walking distance to water or to a toilet, ring failing facilities.

The distances come from ``designer.analysis.scorecard.check_option`` (the analysis work), run off the
UI thread. Colours: blue = well within the standard, yellow = within it, vermilion = beyond it
(colour-blind safe; the legend says which is which).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QDockWidget, QLabel, QRadioButton, QVBoxLayout, QWidget

from designer.gui.costing_view import snapshot
from designer.gui.workers import run_job
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from designer.gui.session import Session

__all__ = ["StandardsDock", "colour_for"]

GOOD = QColor("#9ecae1")
OK = QColor("#F0E442")
BAD = QColor("#D55E00")


def scorecard() -> Any | None:
    """Return the standards check of the analysis work (``designer.analysis.check``), or None."""
    try:
        import designer.analysis.check as check_module
    except ImportError:
        return None
    return check_module


def colour_for(distance_m: float | None, limit_m: float) -> QColor:
    """Return the fill of a plot ``distance_m`` from the nearest facility against ``limit_m``."""
    if distance_m is None or distance_m > limit_m:
        return BAD
    return GOOD if distance_m <= limit_m / 2 else OK


class StandardsDock(QDockWidget):
    """Choose an overlay: none, distance to water, or distance to a toilet."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("dock_standards")
        self.setWindowTitle(self.tr("Standards"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.group = QButtonGroup(self)
        self.btn_none = QRadioButton(self.tr("No overlay"))
        self.btn_water = QRadioButton(self.tr("Distance to water"))
        self.btn_toilet = QRadioButton(self.tr("Distance to a toilet"))
        for i, b in enumerate((self.btn_none, self.btn_water, self.btn_toilet)):
            self.group.addButton(b, i)
            layout.addWidget(b)
        self.btn_none.setChecked(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        layout.addStretch()
        self.setWidget(body)
        self.result: Any = None
        self._generation = 0
        self._coloured = False  # whether the plan shows its colours (so it clears only its own)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._start)
        self.group.idToggled.connect(self._toggled)
        self._follow(session)

    def _follow(self, session: Session) -> None:
        session.bridge.changed.connect(self.request)
        session.scope_changed.connect(lambda _s: self.request())

    def mode(self) -> str:
        return {0: "", 1: "water", 2: "toilet"}[self.group.checkedId()]

    def request(self) -> None:
        self._timer.start()

    def _start(self) -> None:
        w = self.session
        mode = self.mode()
        if not mode:
            if self._coloured:  # only its own colours: the Access dock's or the workshop's stay
                w.scene.set_plot_colours(None)
                w.scene.set_failing(set())
                self._coloured = False
            self.legend.setText("")
            return
        module = scorecard()
        if module is None:
            self.legend.setText(self.tr("The standards check is not installed."))
            return
        self._generation += 1
        generation = self._generation
        snap = snapshot(w.doc)
        scope = w.ctx.scope
        run_job(
            # Without the hydraulic simulation: distances and loads are what the overlay shows.
            lambda _p: module.check_option(snap, None if scope == EXISTING else scope, pressure=False),
            on_done=lambda r: self._done(generation, r, mode),
            on_failed=w.show_error,
            owner=self,
        )

    def _toggled(self, _button_id: int, on: bool) -> None:
        if on:
            self.request()

    def _done(self, generation: int, result: Any, mode: str) -> None:
        if generation == self._generation:
            self._apply(result, mode)

    def _apply(self, result: Any, mode: str) -> None:
        self.result = result
        distances, limit_m, failing = read_scorecard(result, mode)
        self.session.scene.set_plot_colours({pid: colour_for(d, limit_m) for pid, d in distances.items()})
        self._coloured = True
        self.session.scene.set_failing(failing)
        legend = self.tr(
            "Blue: within half of %1 m. Yellow: within %1 m. Red: farther, or none reachable."
        ).replace("%1", f"{limit_m:.0f}")
        if result.path_access_unknown_because == "paths_not_drawn":
            # Walks are measured along the paths: with none drawn, red says "cannot be told yet".
            legend += " " + self.tr("No paths drawn yet: walking distances and path access cannot be told.")
        self.legend.setText(legend)


def read_scorecard(result: Any, mode: str) -> tuple[dict[str, float | None], float, set[str]]:
    """Return (walking distance per plot id in metres, the standard in metres, ids of failing facilities).

    ``result`` is a ``designer.analysis.check.CheckResult``.
    """
    card = result.scorecard
    if mode == "water":
        distances = {pid: p.water_m for pid, p in result.plots.items()}
        limit_m = float(card.water_standard_m)
    else:
        distances = {pid: p.toilet_m for pid, p in result.plots.items()}
        limit_m = float(card.toilet_standard_m)
    failing = {
        w.water_point_id
        for w in result.water_points
        if not w.private and (w.over_capacity or w.queue_too_long or not w.hours_ok or not w.reachable)
    }
    failing |= {t.toilet_id for t in result.toilets if not t.private and (t.over_capacity or not t.reachable)}
    return distances, limit_m, failing
