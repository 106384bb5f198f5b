"""Costs dock: the shown option's cost, total and per household, kept current while it is edited.

A :class:`designer.gui.live_costs.LiveCostWorker` re-costs incrementally off the UI thread after
every edit (edits that come while it works are costed together; a stale result is dropped).
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.gui.bill_titles import bill_title
from designer.gui.live_costs import LiveCostWorker
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from designer.analysis.served import ServedCount
    from designer.gui.costing_view import CostSummary
    from designer.gui.session import Session

__all__ = ["CostsDock", "money"]


def money(value: Decimal | float | str | None, currency: str) -> str:
    """Return an amount in whole units with its currency, e.g. "KES 12,300" ("unknown" for None)."""
    if value is None:  # e.g. per household when the option serves no household: never shown as 0
        return QCoreApplication.translate("CostsDock", "unknown")
    from designer.gui.locale_format import money as locale_money

    return locale_money(value, currency)  # as the user's language writes it


class CostsDock(QDockWidget):
    """Live cost of the shown option.

    Signals:
        updated(object): a new CostSummary is shown (None when there is nothing to cost).
    """

    updated = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
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
        self._served_running = False
        self._served_pending: str | None = None
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
        self.last_latency_ms: float | None = None  # from the last edit to its figures on screen
        self._waiting_for_paint = False  # "computing…" is shown; the costing starts after the first paint
        self.live = LiveCostWorker(self)
        self.live.results.connect(self._results)
        self.live.failed.connect(self._failed)
        self._follow(session)

    def _follow(self, session: Session) -> None:
        session.scope_changed.connect(lambda _s: self.request())
        session.document_changed.connect(self.request)
        session.closing.connect(self.live.stop)

    def request(self) -> None:
        """Cost the session's current option from scratch (then incrementally, edit by edit).

        The figures say "computing…" until they come; the work starts once the plan is on screen.
        """
        scope = self.session.scope
        if scope == EXISTING:
            self.live.pause()
            self._show(None, self.tr("Choose an option to see what it costs."))
            return
        self._show(None, "")
        for lbl in self._figure_labels():
            lbl.setText(self.tr("computing…"))
        self.live.pause()  # figures of the previous document or option must not arrive meanwhile
        self._waiting_for_paint = True
        self.session.after_first_paint(self._follow_scope)

    def _figure_labels(self) -> tuple[QLabel, ...]:
        """The labels of the dock's headline figures."""
        return (self.lbl_total, self.lbl_household, self.lbl_monthly, self.lbl_households, self.lbl_served)

    def _follow_scope(self) -> None:
        self._waiting_for_paint = False
        scope = self.session.scope
        if scope != EXISTING:
            self.live.follow(self.session.doc, [scope])

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.live.generation and not self._waiting_for_paint:
            self._show(None, self.tr("Costs are not available: %1").replace("%1", message))

    def _results(self, generation: int, figures: dict[str, CostSummary], edited_at: float | None) -> None:
        if generation != self.live.generation or self._waiting_for_paint:
            return  # costed for an option or document no longer shown
        if edited_at is not None:
            self.last_latency_ms = (time.perf_counter() - edited_at) * 1000
        self._show(figures.get(self.session.scope), "")

    def _show(self, s: CostSummary | None, message: str) -> None:
        self.summary = s
        self.message.setText(message)
        if s is None:
            for lbl in self._figure_labels():
                lbl.setText("—")
            self.table.setRowCount(0)
        elif not s.complete:
            incomplete = self.tr("incomplete: {n} items unpriced").format(n=s.unpriced_count)
            for lbl in (self.lbl_total, self.lbl_household, self.lbl_monthly):
                lbl.setText(incomplete)
            self.lbl_households.setText(self._households_text(s))
            self.table.setRowCount(0)
            self.message.setText(
                self.tr(
                    "The cost library has no price for some items: the cost is not known until they are priced."
                )
            )
        else:
            self.lbl_total.setText(money(s.total, s.currency))
            self.lbl_household.setText(money(s.per_household, s.currency))
            self.lbl_monthly.setText(money(s.monthly_repayment, s.currency))
            self.lbl_households.setText(self._households_text(s))
            self._start_served(s.option_id)
            self.table.setRowCount(len(s.by_bill))
            for i, (number, title, amount) in enumerate(s.by_bill):
                self.table.setItem(i, 0, QTableWidgetItem(f"{number} {bill_title(number, title)}"))
                self.table.setItem(i, 1, QTableWidgetItem(money(amount, s.currency)))
        self.updated.emit(s)

    def _households_text(self, s: CostSummary) -> str:
        """The households sharing the cost, said to be assumed when none are recorded."""
        if s.households_assumed:
            return self.tr("%1 (assumed: no survey yet)").replace("%1", str(s.households))
        return str(s.households)

    def _start_served(self, option_id: str) -> None:
        """Count the served households off the UI thread (the check walks every plot's routes)."""
        from designer.analysis.served import served_count
        from designer.gui.costing_view import snapshot
        from designer.gui.workers import run_job

        if self._served_running:  # one count at a time: the next starts from the latest drawing
            self._served_pending = option_id
            return
        self._served_running = True
        self._served_generation += 1
        generation = self._served_generation
        if self.lbl_served.text() in ("", "—"):
            self.lbl_served.setText("…")
        snap = snapshot(self.session.doc)
        run_job(
            lambda _progress: served_count(snap, option_id),
            on_done=lambda counts: self._served_done(generation, option_id, counts),
            on_failed=lambda _msg: self._served_done(generation, option_id, None),
            owner=self,
        )

    def _served_done(self, generation: int, option_id: str, counts: ServedCount | None) -> None:
        self._served_running = False
        pending, self._served_pending = self._served_pending, None
        if generation == self._served_generation and option_id == self.session.scope:
            if counts is None:
                self.lbl_served.setText("—")
            elif counts.not_drawn:  # no water point or no toilet drawn: not "0 of N"
                self.lbl_served.setText(self.tr("not drawn: cannot be told"))
            else:
                self.lbl_served.setText(
                    self.tr("%1 of %2")
                    .replace("%1", str(counts.served))
                    .replace("%2", str(counts.households))
                )
        if pending is not None and pending == self.session.scope:
            self._start_served(pending)
