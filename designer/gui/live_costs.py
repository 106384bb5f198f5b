"""Live costs for the docks: one LiveCosting per shown option, on one background thread.

The UI thread only forwards the document's changes (immutable records) into a queue; a worker
thread replays them on its own copy of the document, where each option's
:class:`designer.estimate.live.LiveCosting` re-measures the changed entities and re-prices their
lines. SQLite is opened, used and closed on that thread only, so the UI never waits for it.
Edits that arrive while the worker is busy are costed together (one result per batch).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from designer.model.commands import AddRecord, RemoveRecord, ReplaceRecord
from designer.model.document import Document

if TYPE_CHECKING:
    from designer.estimate.live import LiveCosting, OptionFigures
    from designer.model.commands import Command
    from designer.model.records import Record

__all__ = ["LiveCostWorker", "workers_busy"]

log = logging.getLogger(__name__)


def _user_errors() -> tuple[type[Exception], ...]:
    """The errors a user can fix (imported when costing starts: the cost engine is not part of opening a window)."""
    from designer.estimate.live import USER_ERRORS

    return USER_ERRORS


_workers: weakref.WeakSet[LiveCostWorker] = weakref.WeakSet()


def workers_busy() -> bool:
    """Whether any live-cost worker still has changes to cost (a screenshot waits for them)."""
    return any(w.busy() for w in list(_workers))


@dataclass(frozen=True)
class _Follow:
    """Start over on ``doc`` (a private copy) for ``option_ids`` (None: every option)."""

    doc: Document
    option_ids: tuple[str, ...] | None
    generation: int


@dataclass(frozen=True)
class _Change:
    command: Command
    queued_at: float  # perf_counter() when the UI thread saw the edit


class _Stop:
    pass


class LiveCostWorker(QObject):
    """Costs of some options of a document, kept current on a background thread.

    Signals (delivered on the UI thread):
        results(int, object, object): generation, ``{option_id: OptionFigures}`` of every followed
            option that exists, and the ``perf_counter()`` time of the oldest edit in the batch
            (None after a fresh start).
        failed(int, str): generation and a one-line reason (e.g. the cost library cannot be opened).
    """

    results = Signal(int, object, object)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._doc: Document | None = None
        self._queue: queue.Queue[_Follow | _Change | _Stop] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._pending = 0  # items queued and not yet costed (guarded by the GIL: += on the UI side only)
        self._done = 0
        _workers.add(self)

    # ------------------------------------------------------------------ UI thread

    def follow(self, doc: Document, option_ids: Sequence[str] | None) -> int:
        """Cost ``option_ids`` of ``doc`` (None: every option) from now on; return the generation.

        Results of earlier generations still in flight carry their own number: drop them.
        """
        self._disconnect()
        self.generation += 1
        self._doc = doc
        doc.record_added.connect(self._on_added)
        doc.record_removed.connect(self._on_removed)
        doc.record_replaced.connect(self._on_replaced)
        ids = None if option_ids is None else tuple(option_ids)
        from designer.gui.costing_view import snapshot

        self._put(_Follow(snapshot(doc), ids, self.generation))
        return self.generation

    def pause(self) -> None:
        """Stop following: forget the options and close the cost library (until ``follow``)."""
        self._disconnect()
        self.generation += 1
        if self._thread is not None:
            self._put(_Follow(Document(), (), self.generation))

    def stop(self) -> None:
        """Stop the worker thread and wait until it has closed everything it opened."""
        self._disconnect()
        self.generation += 1
        thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(_Stop())
            thread.join()
        self._pending = self._done = 0

    def busy(self) -> bool:
        """Whether changes are queued or being costed."""
        return self._thread is not None and self._done < self._pending

    def _put(self, item: _Follow | _Change) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="live-costs", daemon=True)
            self._thread.start()
        self._pending += 1
        self._queue.put(item)

    def _disconnect(self) -> None:
        if self._doc is not None:
            self._doc.record_added.disconnect(self._on_added)
            self._doc.record_removed.disconnect(self._on_removed)
            self._doc.record_replaced.disconnect(self._on_replaced)
            self._doc = None

    def _on_added(self, rec: Record) -> None:
        self._put(_Change(AddRecord(rec), time.perf_counter()))

    def _on_removed(self, rec: Record) -> None:
        self._put(_Change(RemoveRecord(rec), time.perf_counter()))

    def _on_replaced(self, old: Record, new: Record) -> None:
        self._put(_Change(ReplaceRecord(old, new), time.perf_counter()))

    # ------------------------------------------------------------------ worker thread

    def _run(self) -> None:
        state = _WorkerState()
        try:
            while True:
                batch = [self._queue.get()]
                while True:
                    try:
                        batch.append(self._queue.get_nowait())
                    except queue.Empty:
                        break
                if any(isinstance(item, _Stop) for item in batch):
                    return
                try:
                    self._cost(state, batch)  # type: ignore[arg-type]
                except Exception as exc:  # a bug: the thread lives on, the dock says it once
                    log.exception("live costing failed")
                    state.close()
                    self.failed.emit(state.generation, f"unexpected error: {type(exc).__name__}: {exc}")
                finally:
                    self._done += len(batch)
        finally:
            state.close()

    def _cost(self, state: _WorkerState, batch: list[_Follow | _Change]) -> None:
        oldest: float | None = None
        for item in batch:
            if isinstance(item, _Follow):
                state.start(item)
                oldest = None
            else:
                state.replay(item.command)
                if oldest is None:
                    oldest = item.queued_at
        try:
            figures = state.figures()
        except _user_errors() as exc:  # e.g. the project's cost library cannot be opened
            state.close()
            self.failed.emit(state.generation, str(exc))
        else:
            self.results.emit(state.generation, figures, oldest)


class _WorkerState:
    """What the worker thread holds: the private document copy and one LiveCosting per option."""

    def __init__(self) -> None:
        self.doc = Document()
        self.option_ids: tuple[str, ...] | None = ()
        self.generation = 0
        self.lives: dict[str, LiveCosting] = {}
        self.shown: dict[str, OptionFigures] = {}
        self.stale: set[str] = set()

    def start(self, follow: _Follow) -> None:
        self.close()
        self.doc = follow.doc
        self.option_ids = follow.option_ids
        self.generation = follow.generation

    def replay(self, command: Command) -> None:
        """Apply one change of the original document to the copy (the LiveCostings follow it).

        The copy is in step with the original, so the change itself always applies (the record is
        in place before listeners run). If a LiveCosting cannot follow it for a reason the user can
        fix (e.g. the project now names a cost library that is not installed), every LiveCosting is
        dropped: ``figures()`` makes them again and reports that reason in plain words.
        """
        try:
            command.do(self.doc)
        except Exception as exc:
            cause = exc.__cause__ or exc  # psygnal wraps a listener's error in an EmitLoopError
            if not isinstance(cause, _user_errors()):
                raise
            self.close()

    def close(self) -> None:
        for live in self.lives.values():
            live.close()
        self.lives = {}
        self.shown = {}
        self.stale = set()

    def _wanted(self) -> list[str]:
        present = {o.id for o in self.doc.options}
        ids = sorted(present) if self.option_ids is None else self.option_ids
        return [i for i in ids if i in present]

    def figures(self) -> dict[str, OptionFigures]:
        """Return the figures of every followed option, re-computing only those whose bill changed."""
        from designer.estimate.live import LiveCosting

        wanted = self._wanted()
        for gone in set(self.lives) - set(wanted):
            self.lives.pop(gone).close()
            self.shown.pop(gone, None)
        for option_id in wanted:
            if option_id not in self.lives:
                live = LiveCosting(self.doc, option_id)
                live.updated.connect(_mark_stale(self.stale, option_id))
                self.lives[option_id] = live
                self.stale.add(option_id)
        for option_id in sorted(self.stale & set(self.lives)):
            self.shown[option_id] = self.lives[option_id].figures()
        self.stale.clear()
        return {i: self.shown[i] for i in wanted}


def _mark_stale(stale: set[str], option_id: str) -> Any:
    def mark(_boq: object) -> None:
        stale.add(option_id)

    return mark
