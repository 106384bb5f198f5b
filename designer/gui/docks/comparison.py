"""Comparison dock: every option side by side, as a table and as a bar chart of the cost per household."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QWidget

from designer.gui.docks.costs import money
from designer.gui.live_costs import LiveCostWorker

if TYPE_CHECKING:
    from designer.analysis.served import ServedCount
    from designer.gui.costing_view import CostSummary
    from designer.gui.session import Session
    from designer.model.document import Document

__all__ = ["BarChart", "ComparisonDock"]


class BarChart(QWidget):
    """Horizontal bars, one per option, labelled with the option name and the amount."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float, str, str]] = []  # name, value, text, colour
        self.setMinimumHeight(120)

    def set_rows(self, rows: list[tuple[str, float, str, str]]) -> None:
        self.rows = rows
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self.rows:
            p.end()
            return
        fm = p.fontMetrics()
        name_w = max(fm.horizontalAdvance(r[0]) for r in self.rows) + 12
        text_w = max(fm.horizontalAdvance(r[2]) for r in self.rows) + 12
        top = 8.0
        h = max(18.0, (self.height() - 16) / len(self.rows) - 6)
        biggest = max(r[1] for r in self.rows) or 1.0
        span = max(10.0, self.width() - name_w - text_w - 16)
        for name, value, text, colour in self.rows:
            p.setPen(QColor("#222222"))
            p.drawText(
                QRectF(4, top, name_w - 8, h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                name,
            )
            bar = QRectF(name_w, top + 2, span * value / biggest, h - 4)
            p.fillRect(bar, QColor(colour))
            p.drawText(QRectF(bar.right() + 6, top, text_w, h), Qt.AlignmentFlag.AlignVCenter, text)
            top += h + 6
        p.end()


def _served_by_option(doc: Document) -> dict[str, ServedCount]:
    """Return who is served per option id: the one definition of designer.analysis.served."""
    from designer.analysis.served import served_count

    return {o.id: served_count(doc, o.id) for o in doc.options}


class ComparisonDock(QDockWidget):
    """Table and chart of all options, recomputed off the UI thread when the document changes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("dock_comparison")
        self.setWindowTitle(self.tr("Comparison"))
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.NoEditTriggers
        )  # figures are read, never typed over
        self.table.setObjectName("comparison_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Option"),
                self.tr("Total"),
                self.tr("Per household"),
                self.tr("Monthly repayment"),
                self.tr("Households sharing the cost"),
                self.tr("Households served"),
            ]
        )
        self.chart = BarChart()
        self.chart.setObjectName("comparison_chart")
        self.message = QLabel()
        split.addWidget(self.table)
        split.addWidget(self.chart)
        self.setWidget(split)
        self.rows: list[CostSummary] = []
        self.served: dict[str, ServedCount] = {}
        self._served_running = False
        self._served_again = False
        self.live = LiveCostWorker(self)
        self.live.results.connect(self._results)
        self.live.failed.connect(self._failed)
        self._follow(session)

    def _follow(self, session: Session) -> None:
        session.document_changed.connect(self.request)
        session.closing.connect(self.live.stop)
        self.visibilityChanged.connect(self._visible)

    def request(self) -> None:
        """Cost every option while the dock is shown (incrementally after the first time)."""
        if self.isVisible():
            self.live.follow(self.session.doc, None)
        else:
            self.live.pause()  # nobody looks: no work, no open cost library

    def _visible(self, _visible: bool) -> None:
        self.request()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.live.generation:
            self._show([])
            self.session.show_error(message)

    def _results(self, generation: int, figures: dict[str, CostSummary], _edited_at: float | None) -> None:
        if generation == self.live.generation:
            self._show([figures[k] for k in sorted(figures)])
            self._start_served()

    def _show(self, rows: list[CostSummary]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        chart = []
        for i, s in enumerate(rows):
            if s.complete:
                figures = [money(v, s.currency) for v in (s.total, s.per_household, s.monthly_repayment)]
            else:
                # Its sums cover the priced lines only: no figure that would rank it against the others.
                figures = [self.tr("incomplete: {n} items unpriced").format(n=s.unpriced_count)] * 3
            values = [s.option_name, *figures, str(s.households), self._served_text(s.option_id)]
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))
            if not s.complete:
                continue  # not charted either
            opt = self.session.doc.get(s.option_id)
            chart.append(
                (
                    s.option_name,
                    float(s.per_household or 0),  # unknown: no bar, and the text says so
                    money(s.per_household, s.currency),
                    getattr(opt, "colour", "#0072B2"),
                )
            )
        self.table.resizeColumnsToContents()
        self.chart.set_rows(chart)

    def _start_served(self) -> None:
        """Count each option's served households off the UI thread (one count at a time)."""
        from designer.gui.costing_view import snapshot
        from designer.gui.workers import run_job

        if self._served_running:
            self._served_again = True
            return
        self._served_running = True
        snap = snapshot(self.session.doc)
        run_job(
            lambda _progress: _served_by_option(snap),
            on_done=self._served_done,
            on_failed=lambda _msg: self._served_done({}),
            owner=self,
        )

    def _served_done(self, served: dict[str, ServedCount]) -> None:
        self._served_running = False
        self.served = served
        column = self.table.columnCount() - 1
        for row, s in enumerate(self.rows):
            self.table.setItem(row, column, QTableWidgetItem(self._served_text(s.option_id)))
        if self._served_again:
            self._served_again = False
            self._start_served()

    def _served_text(self, option_id: str) -> str:
        counts = self.served.get(option_id)
        if counts is None:
            return "…"
        if counts.not_drawn:  # no water point or no toilet drawn: not "0 of N"
            return self.tr("not drawn: cannot be told")
        return self.tr("%1 of %2").replace("%1", str(counts.served)).replace("%2", str(counts.households))
