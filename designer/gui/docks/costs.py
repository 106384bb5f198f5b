"""Costs dock: the shown option's cost, total and per household, recomputed off the UI thread
shortly after every edit (debounced by ``DEBOUNCE_MS``; a stale result is dropped)."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.gui.costing_view import CostSummary, bridge, snapshot, summarise
from designer.gui.workers import run_job
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from designer.gui.main_window import MainWindow

__all__ = ["CostsDock", "money"]

DEBOUNCE_MS = 40


def money(value: Decimal | float | str, currency: str) -> str:
    """Return an amount in whole units with its currency, as the user's language writes it ("KES 12,300")."""
    from designer.gui.locale_format import money as locale_money

    return locale_money(value, currency)


class CostsDock(QDockWidget):
    """Live cost of the shown option.

    Signals:
        updated(object): a new CostSummary is shown (None when there is nothing to cost).
    """

    updated = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("dock_costs")
        self.setWindowTitle(self.tr("Costs"))
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.lbl_total = QLabel("—")
        self.lbl_total.setObjectName("cost_total")
        self.lbl_household = QLabel("—")
        self.lbl_household.setObjectName("cost_per_household")
        self.lbl_monthly = QLabel("—")
        self.lbl_monthly.setObjectName("cost_monthly")
        self.lbl_households = QLabel("—")
        self.lbl_households.setObjectName("cost_households")
        # "Served" has one meaning everywhere (designer.analysis.served): water and a toilet within reach.
        self.lbl_served = QLabel("—")
        self.lbl_served.setObjectName("cost_served")
        self.lbl_served.setToolTip(
            self.tr(
                "Households with water and a toilet within the standard's walking distance, along the paths"
            )
        )
        self._served_generation = 0
        form.addRow(self.tr("Total"), self.lbl_total)
        form.addRow(self.tr("Per household"), self.lbl_household)
        form.addRow(self.tr("Monthly repayment"), self.lbl_monthly)
        form.addRow(self.tr("Households sharing the cost"), self.lbl_households)
        form.addRow(self.tr("Households served"), self.lbl_served)
        layout.addLayout(form)
        self.table = QTableWidget(0, 2)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.NoEditTriggers
        )  # figures are read, never typed over
        self.table.setHorizontalHeaderLabels([self.tr("Bill"), self.tr("Amount")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.setWidget(body)
        self.summary: CostSummary | None = None
        self.last_latency_ms: float | None = None
        self._generation = 0
        self._requested_at = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    def set_document(self, window: MainWindow) -> None:
        window.bridge.changed.connect(self.request)
        window.scope_changed.connect(lambda _s: self.request())
        window.document_changed.connect(self.request)

    def request(self) -> None:
        """Schedule a recalculation (several edits in a row cost once)."""
        if not self._timer.isActive():
            self._requested_at = time.perf_counter()
        self._timer.start()

    def _start(self) -> None:
        w = self.window_
        self._generation += 1
        generation = self._generation
        scope = w.ctx.scope
        if scope == EXISTING:
            self._show(None, self.tr("Choose an option to see what it costs."))
            return
        if bridge() is None:
            self._show(None, self.tr("Costs are not available: the cost library is not installed."))
            return
        snap = snapshot(w.doc)
        requested = self._requested_at
        run_job(
            lambda _progress: summarise(snap, scope),
            on_done=lambda s: self._done(generation, requested, s),
            on_failed=lambda msg: self._failed(generation, msg),
            owner=self,
        )

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._show(None, message)

    def _done(self, generation: int, requested: float, summary: CostSummary | None) -> None:
        if generation != self._generation:
            return  # a newer edit is being costed
        self.last_latency_ms = (time.perf_counter() - requested) * 1000
        self._show(summary, "")

    def _show(self, s: CostSummary | None, message: str) -> None:
        self.summary = s
        self.message.setText(message)
        if s is None:
            for lbl in (
                self.lbl_total,
                self.lbl_household,
                self.lbl_monthly,
                self.lbl_households,
                self.lbl_served,
            ):
                lbl.setText("—")
            self.table.setRowCount(0)
        else:
            self.lbl_total.setText(money(s.total, s.currency))
            self.lbl_household.setText(money(s.per_household, s.currency))
            self.lbl_monthly.setText(money(s.monthly_repayment, s.currency))
            self.lbl_households.setText(str(s.households))
            self._start_served(s.option_id)
            self.table.setRowCount(len(s.by_bill))
            for i, (bill, amount) in enumerate(s.by_bill):
                self.table.setItem(i, 0, QTableWidgetItem(bill))
                self.table.setItem(i, 1, QTableWidgetItem(money(amount, s.currency)))
        self.updated.emit(s)

    def _start_served(self, option_id: str) -> None:
        """Count the served households off the UI thread (the check walks every plot's routes)."""
        from designer.analysis.served import households_served

        self._served_generation += 1
        generation = self._served_generation
        snap = snapshot(self.window_.doc)
        self.lbl_served.setText("…")
        run_job(
            lambda _progress: households_served(snap, option_id),
            on_done=lambda counts: self._served_done(generation, counts),
            on_failed=lambda _msg: self.lbl_served.setText("—"),
            owner=self,
        )

    def _served_done(self, generation: int, counts: tuple[int, int]) -> None:
        if generation == self._served_generation:
            served, total = counts
            self.lbl_served.setText(self.tr("%1 of %2").replace("%1", str(served)).replace("%2", str(total)))
