"""Autosave every few minutes to the app-data folder, and finding what a crash left behind.

Each running window writes ``<AppDataLocation>/autosave/<session>.jamii~`` (atomically, through
``save_project``) plus ``<session>.lock`` holding its process id. A clean exit or a save deletes
both. At start-up, an autosave whose lock names a process that no longer runs is an orphan from a
crash, and the user is offered to recover it.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from designer.io.project_file import save_project
from designer.model.document import Document

__all__ = ["Autosaver", "Orphan", "autosave_dir", "find_orphans"]

DEFAULT_INTERVAL_MIN = 3.0


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
        """Delete the autosave and its lock."""
        self.path.unlink(missing_ok=True)
        self.path.with_suffix(".lock").unlink(missing_ok=True)


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
    """Writes the document every ``interval_min`` minutes while it has unsaved changes."""

    def __init__(
        self, folder: Path, interval_min: float = DEFAULT_INTERVAL_MIN, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.folder = folder
        self.session = uuid.uuid4().hex[:12]
        self.path = folder / f"{self.session}.jamii~"
        self.doc: Document | None = None
        self.original = ""
        self.is_dirty: Callable[[], bool] = _never
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_min * 60_000))
        self.timer.timeout.connect(self.save_now)
        self.timer.start()

    def track(self, doc: Document, original: str) -> None:
        """Autosave ``doc`` from now on (``original``: its project file, or "")."""
        self.doc = doc
        self.original = original

    def save_now(self) -> bool:
        """Write the autosave if there are unsaved changes; say whether it was written."""
        if self.doc is None or not self.is_dirty():
            return False
        self.folder.mkdir(parents=True, exist_ok=True)
        lock = self.path.with_suffix(".lock")
        lock.write_text(json.dumps({"pid": os.getpid(), "original": self.original}), encoding="utf-8")
        save_project(self.doc, self.path)
        return True

    def clear(self) -> None:
        """Delete this session's autosave (after a save or a clean exit)."""
        self.path.unlink(missing_ok=True)
        self.path.with_suffix(".lock").unlink(missing_ok=True)
