"""Running long work off the UI thread (QThreadPool), with progress, cancel and plain-word errors.

A job is a plain function ``fn(progress)`` where ``progress(fraction)`` reports 0–1 and raises
:class:`Cancelled` once the user pressed Cancel. Domain errors (JamiiError) come back as their
one-line message; anything else as a short "unexpected" line (the traceback goes to the log).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from designer.gui.error_text import error_text
from designer.model.errors import JamiiError

__all__ = ["Cancelled", "Job", "run_job"]

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job by ``progress()`` after the user cancelled it."""


class _Signals(QObject):
    progress = Signal(float)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Job(QRunnable):
    """One function run on the global thread pool; connect to ``signals`` before starting."""

    def __init__(self, fn: Callable[[Callable[[float], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the Python side keeps it alive until its signals are handled

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()

    def _progress(self, fraction: float) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._emit("progress", float(fraction))

    def _emit(self, name: str, *args: Any) -> None:
        """Emit a signal unless its object is gone (the application closed while the job ran)."""
        if shiboken6.isValid(self.signals):
            getattr(self.signals, name).emit(*args)

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except Cancelled:
            self._emit("cancelled")
        except JamiiError as exc:
            self._emit("failed", error_text(exc))  # in the user's language, numbers as they write them
        except Exception as exc:  # a bug: tell the user briefly, keep the details in the log
            log.exception("background job failed")
            self._emit("failed", f"unexpected error: {type(exc).__name__}: {exc}")
        else:
            if self._cancel.is_set():
                self._emit("cancelled")
                return
            self._emit("done", result)


_running: set[Job] = set()


def run_job(
    fn: Callable[[Callable[[float], None]], Any],
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[float], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    owner: QObject | None = None,
) -> Job:
    """Start ``fn`` on the thread pool and return its Job (keep it to cancel).

    With ``owner``, the callbacks are skipped once that widget is deleted (a window closed while
    its job was still running must not receive the result).
    """
    job = Job(fn)

    def guard(cb: Callable[..., None]) -> Callable[..., None]:
        def call(*args: Any) -> None:
            if owner is None or shiboken6.isValid(owner):
                cb(*args)

        return call

    if on_done:
        job.signals.done.connect(guard(on_done))
    if on_failed:
        job.signals.failed.connect(guard(on_failed))
    if on_progress:
        job.signals.progress.connect(guard(on_progress))
    if on_cancelled:
        job.signals.cancelled.connect(guard(on_cancelled))
    for sig in (job.signals.done, job.signals.failed, job.signals.cancelled):
        sig.connect(lambda *_: _running.discard(job))
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job
