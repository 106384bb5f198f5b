"""Access dock: find plots without a way out, accept the paths derived from the plots, propose access paths.

The work is ``designer.analysis.access_diagnosis`` / ``access_derive`` / ``access_paths``, run off the UI
thread on a snapshot of the document, with progress and cancel. A proposal is pushed as one undoable
step (a new option, or added to the option shown) and the plan then shows that option.
Plot colours (colour-blind safe): blue = faces public space, yellow = behind one plot (depth 2),
vermilion = deeper or enclosed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.gui.costing_view import snapshot
from designer.gui.workers import Job, run_job
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from designer.gui.session import Session

__all__ = ["AccessDock", "access_colour"]

DIRECT = QColor("#9ecae1")
ONE_BEHIND = QColor("#F0E442")
DEEP = QColor("#D55E00")
_STEPS = 1000


def access_colour(direct: bool, depth: int | None) -> QColor:
    """Return the fill of a plot by its access: direct, one plot behind, or deeper / enclosed."""
    if direct:
        return DIRECT
    return ONE_BEHIND if depth == 2 else DEEP


class AccessDock(QDockWidget):
    """Buttons for the access work and a plain summary of what it found."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("dock_access")
        self.setWindowTitle(self.tr("Access"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.btn_find = QPushButton(self.tr("Find plots without access"))
        self.btn_find.setObjectName("access_find")
        self.btn_derive = QPushButton(self.tr("Accept paths derived from the plots"))
        self.btn_derive.setObjectName("access_derive")
        self.blocks = QComboBox()
        self.blocks.setObjectName("access_blocks")
        self.blocks.addItem(self.tr("All blocks"), None)
        self.btn_propose = QPushButton(self.tr("Propose access paths"))
        self.btn_propose.setObjectName("access_propose")
        self.progress = QProgressBar()
        self.progress.setRange(0, _STEPS)
        self.progress.hide()
        self.btn_cancel = QPushButton(self.tr("Cancel"))
        self.btn_cancel.setObjectName("access_cancel")
        self.btn_cancel.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("access_summary")
        for w in (
            self.btn_find,
            self.btn_derive,
            self.blocks,
            self.btn_propose,
            self.progress,
            self.btn_cancel,
            self.summary,
        ):
            layout.addWidget(w)
        layout.addStretch()
        self.setWidget(body)
        self.diagnosis: Any = None
        self.proposal: Any = None
        self._job: Job | None = None
        self.btn_find.clicked.connect(self.find_plots)
        self.btn_derive.clicked.connect(self.derive)
        self.btn_propose.clicked.connect(self.propose)
        self.btn_cancel.clicked.connect(self.cancel)

    # ------------------------------------------------------------------ jobs
    def _option(self) -> str | None:
        scope = self.session.ctx.scope
        return None if scope == EXISTING else scope

    def _busy(self, on: bool) -> None:
        for b in (self.btn_find, self.btn_derive, self.btn_propose):
            b.setEnabled(not on)
        self.progress.setVisible(on)
        self.btn_cancel.setVisible(on)
        self.progress.setValue(0)
        if not on:
            self._job = None

    def _run(self, fn: Any, on_done: Any) -> None:
        self._busy(True)

        def failed(message: str) -> None:
            self._busy(False)
            self.session.show_error(message)

        def cancelled() -> None:
            self._busy(False)
            self.summary.setText(self.tr("Cancelled: nothing was changed."))

        def done(result: Any) -> None:
            self._busy(False)
            on_done(result)

        self._job = run_job(
            fn,
            on_done=done,
            on_failed=failed,
            on_progress=lambda f: self.progress.setValue(int(f * _STEPS)),
            on_cancelled=cancelled,
            owner=self,
        )

    def cancel(self) -> None:
        """Stop the running job at its next progress report; the document is not changed."""
        if self._job is not None:
            self._job.cancel()

    def find_plots(self) -> None:
        """Diagnose the view shown (existing conditions or the option) and colour its plots."""
        from designer.analysis.access_diagnosis import diagnose_access

        snap, option_id = snapshot(self.session.doc), self._option()

        def work(progress: Any) -> Any:
            progress(0.0)
            return diagnose_access(snap, option_id, progress=progress)

        self._run(work, self._show_diagnosis)

    def derive(self) -> None:
        """Add the public-space centrelines derived from the plots to the existing conditions (one step)."""
        from designer.analysis.access_derive import accept_derived_paths, derive_paths

        snap = snapshot(self.session.doc)

        def work(progress: Any) -> Any:
            progress(0.0)
            return derive_paths(snap, progress=progress)

        def done(derived: Any) -> None:
            if derived.paths:
                self.session.stack.push(accept_derived_paths(derived))
            self.summary.setText(
                self.tr("%1 derived paths added to the existing conditions.").replace(
                    "%1", str(len(derived.paths))
                )
            )
            self.find_plots()

        self._run(work, done)

    def propose(self) -> None:
        """Propose access paths for the chosen block (or all) as a new option, or add to the option shown."""
        from designer.analysis.access_paths import propose_access

        snap, option_id = snapshot(self.session.doc), self._option()
        block = self.blocks.currentData()
        name = self.tr("Access paths (proposed)")

        def work(progress: Any) -> Any:
            return propose_access(
                snap,
                option_id=option_id,
                block_ids=None if block is None else [block],
                option_name=name,
                progress=progress,
            )

        self._run(work, self._apply_proposal)

    def _apply_proposal(self, proposal: Any) -> None:
        self.proposal = proposal
        if not proposal.command.commands:
            self.summary.setText(
                self.tr("Nothing to propose: every plot already faces public space or a path.")
            )
            return
        self.session.stack.push(proposal.command)
        self.session.set_scope(proposal.option_id)
        self.session.scene.set_changes_highlighted(True)
        unreached = len(proposal.unreached_plot_ids)
        text = self.tr("%1 m of new path (baseline %2 m), %3 buildings crossed.").replace(
            "%1", f"{proposal.length_m:,.0f}"
        )
        text = text.replace("%2", f"{proposal.baseline_length_m:,.0f}")
        text = text.replace("%3", str(len(proposal.demolitions) + len(proposal.relocations)))
        if unreached:
            text += " " + self.tr("%1 plots cannot be reached along plot boundaries.").replace(
                "%1", str(unreached)
            )
        self.summary.setText(text)
        self.find_plots()

    # ------------------------------------------------------------------ showing
    def _show_diagnosis(self, diag: Any) -> None:
        self.diagnosis = diag
        s = diag.summary()
        self.session.scene.set_plot_colours(
            {p.plot_id: access_colour(p.direct_access, p.depth) for p in diag.plots}
        )
        current = self.blocks.currentData()
        self.blocks.clear()
        self.blocks.addItem(self.tr("All blocks"), None)
        for b in diag.blocks:
            if b.without_access:
                self.blocks.addItem(
                    self.tr("Block %1 (%2 without access)")
                    .replace("%1", b.block_id)
                    .replace("%2", str(b.without_access)),
                    b.block_id,
                )
        index = self.blocks.findData(current)
        self.blocks.setCurrentIndex(max(index, 0))
        text = self.tr(
            "Every plot reachable: %1 of %2. Interior plots: %3; highest block complexity k: %4. "
            "Blue: faces public space. Yellow: behind one plot. Red: deeper or enclosed."
        )
        for key, value in (
            ("%1", s["plots_with_direct_access"]),
            ("%2", s["plots"]),
            ("%3", s["plots_without_access"]),
            ("%4", s["max_complexity_k"] or "—"),
        ):
            text = text.replace(key, str(value))
        stretcher = s["plots_passable_by"].get("stretcher")
        if stretcher is not None:
            text += " " + self.tr("A stretcher can reach %1 plots.").replace("%1", str(stretcher))
        self.summary.setText(text)
