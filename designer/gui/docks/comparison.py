"""Comparison dock: every option side by side, as a table and as a bar chart of the cost per household."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QWidget

from designer.gui.costing_view import CostSummary, bridge, compare, snapshot
from designer.gui.docks.costs import money
from designer.gui.workers import run_job

if TYPE_CHECKING:
    from designer.gui.main_window import MainWindow
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


def _served_by_option(doc: Document) -> dict[str, tuple[int, int]]:
    """Return (served, all households) per option id: the one definition of designer.analysis.served."""
    from designer.analysis.served import households_served

    return {o.id: households_served(doc, o.id) for o in doc.options}


class ComparisonDock(QDockWidget):
    """Table and chart of all options, recomputed off the UI thread when the document changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
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
        self.served: dict[str, tuple[int, int]] = {}
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._start)

    def set_document(self, window: MainWindow) -> None:
        window.bridge.changed.connect(self.request)
        window.document_changed.connect(self.request)
        self.visibilityChanged.connect(self._visible)

    def request(self) -> None:
        self._timer.start()

    def _start(self) -> None:
        if bridge() is None:
            self.table.setRowCount(0)
            self.setWindowTitle(self.tr("Comparison (costs not available)"))
            return
        self._generation += 1
        generation = self._generation
        snap = snapshot(self.window_.doc)
        run_job(
            lambda _p: (compare(snap), _served_by_option(snap)),
            on_done=lambda result: self._done(generation, *result),
            on_failed=self.window_.show_error,
            owner=self,
        )

    def _visible(self, visible: bool) -> None:
        if visible:
            self.request()

    def _done(
        self, generation: int, rows: list[CostSummary] | None, served: dict[str, tuple[int, int]]
    ) -> None:
        if generation == self._generation:
            self.served = served
            self._show(rows or [])

    def _show(self, rows: list[CostSummary]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        chart = []
        for i, s in enumerate(rows):
            values = [
                s.option_name,
                money(s.total, s.currency),
                money(s.per_household, s.currency),
                money(s.monthly_repayment, s.currency),
                str(s.households),
                self._served_text(s.option_id),
            ]
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))
            opt = self.window_.doc.get(s.option_id)
            chart.append(
                (
                    s.option_name,
                    float(s.per_household),
                    money(s.per_household, s.currency),
                    getattr(opt, "colour", "#0072B2"),
                )
            )
        self.table.resizeColumnsToContents()
        self.chart.set_rows(chart)

    def _served_text(self, option_id: str) -> str:
        counts = self.served.get(option_id)
        if counts is None:
            return "—"
        return self.tr("%1 of %2").replace("%1", str(counts[0])).replace("%2", str(counts[1]))
