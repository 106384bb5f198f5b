"""Autosave as a journal of changes in the app-data folder, and finding what a crash left behind.

Each running window keeps ``<AppDataLocation>/autosave/<session>.jamii~`` (a snapshot) and
``<session>.journal`` (every command since, see ``designer.io.journal``), plus ``<session>.lock``
holding its process id. Each change is appended to the journal and fsync'ed within a second
(``FLUSH_DELAY_MS``), so even a killed process loses nothing but an unfinished gesture; every few
minutes the journal is folded into a new snapshot. A clean exit or a save deletes all three. At
start-up, an autosave whose lock names a process that no longer runs is an orphan from a crash, and
the user is offered to recover it.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from designer.io.journal import JournalWriter, recover_document
from designer.model.document import Document
from designer.model.undo import UndoStack

__all__ = ["Autosaver", "Orphan", "autosave_dir", "find_orphans"]

DEFAULT_INTERVAL_MIN = 3.0
"""Minutes between compactions of the journal into a new snapshot (changes are journaled at once)."""

FLUSH_DELAY_MS = 250
"""Changes are written and fsync'ed this long after the first unwritten one (well within a second)."""


def autosave_dir() -> Path:
    """Return (and create) the folder for autosaves under the platform's app-data location."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base) / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class Orphan:
    """An autosave left by a session that did not end cleanly.

    Attributes:
        path: the autosave file.
        original: the project file it was a copy of ("" for a never-saved project).
    """

    path: Path
    original: str

    def discard(self) -> None:
        """Delete the autosave, its journal and its lock."""
        self.path.unlink(missing_ok=True)
        self.path.with_suffix(".journal").unlink(missing_ok=True)
        self.path.with_suffix(".lock").unlink(missing_ok=True)

    def load(self) -> Document:
        """Return the document as it was at the crash: the snapshot with its journal replayed.

        Raises:
            JamiiError: the snapshot or a complete journal line cannot be read.
        """
        return recover_document(self.path)[0]


def find_orphans(folder: Path) -> list[Orphan]:
    """Return autosaves in ``folder`` whose writing process is gone, newest first."""
    out: list[Orphan] = []
    for path in folder.glob("*.jamii~"):
        lock = path.with_suffix(".lock")
        info: dict[str, object] = {}
        if lock.is_file():
            try:
                info = json.loads(lock.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                info = {}
        pid = info.get("pid")
        if isinstance(pid, int) and _alive(pid) and pid != os.getpid():
            continue
        out.append(Orphan(path, str(info.get("original", ""))))
    out.sort(key=lambda o: o.path.stat().st_mtime, reverse=True)
    return out


def _never() -> bool:
    return False


class Autosaver(QObject):
    """Journals every change of the document within a second, and folds the journal into a snapshot
    every ``interval_min`` minutes while there are unsaved changes."""

    def __init__(
        self, folder: Path, interval_min: float = DEFAULT_INTERVAL_MIN, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.folder = folder
        self.session = uuid.uuid4().hex[:12]
        self.path = folder / f"{self.session}.jamii~"
        self.journal = JournalWriter(self.path)
        self.doc: Document | None = None
        self.stack: UndoStack | None = None
        self.original = ""
        self.is_dirty: Callable[[], bool] = _never
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_min * 60_000))
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        self.flush_timer = QTimer(self)
        self.flush_timer.setSingleShot(True)
        self.flush_timer.setInterval(FLUSH_DELAY_MS)
        self.flush_timer.timeout.connect(self.flush)

    def track(self, doc: Document, original: str, stack: UndoStack | None = None) -> None:
        """Autosave ``doc`` from now on (``original``: its project file, or ""); journal ``stack``'s commands."""
        if self.stack is not None:
            self.stack.applied.disconnect(self._on_applied)
        self.doc = doc
        self.original = original
        self.stack = stack
        if stack is not None:
            stack.applied.connect(self._on_applied)

    def _write_lock(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        lock = self.path.with_suffix(".lock")
        lock.write_text(json.dumps({"pid": os.getpid(), "original": self.original}), encoding="utf-8")

    def _on_applied(self, cmd: object) -> None:
        if self.doc is None:
            return
        if not self.journal.started:
            # First change since the last save: the snapshot already holds it; later ones are journaled.
            self._write_lock()
            self.journal.start(self.doc)
            return
        self.journal.append(cmd)  # type: ignore[arg-type]
        if not self.flush_timer.isActive():
            self.flush_timer.start()

    def flush(self) -> None:
        """Write the journaled changes now (the flush timer calls this within a second of a change)."""
        self.flush_timer.stop()
        self.journal.flush()

    def save_now(self) -> bool:
        """Fold everything into a fresh snapshot if there are unsaved changes; say whether it was written."""
        if self.doc is None or not self.is_dirty():
            return False
        self._write_lock()
        self.flush_timer.stop()
        self.journal.compact(self.doc)
        return True

    def clear(self) -> None:
        """Delete this session's autosave (after a save or a clean exit)."""
        self.flush_timer.stop()
        self.journal.discard()
        self.path.with_suffix(".lock").unlink(missing_ok=True)
