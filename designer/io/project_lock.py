"""One writer at a time: an advisory lock per project file.

The lock is a small file beside the project (``.NAME.jamii.lock``) locked with the operating system's
file lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) and holding who took it: program,
process id, user, host and time. The operating system drops the lock when its process ends, however
it ends, so a lock file left by a dead process is stale by construction and simply taken over.
A second writer is refused with a message naming the holder.

The designer holds the lock while a project is open; each CLI command that writes holds it for its
whole read-modify-write, so two commands on one file can never lose each other's change.
"""

from __future__ import annotations

import contextlib
import datetime
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from designer.model.errors import JamiiError

__all__ = ["LockHolder", "ProjectLock", "ProjectLockedError", "lock_path_of"]

_POLL_S = 0.05


class ProjectLockedError(JamiiError):
    """Another process is writing the project file."""

    def __init__(self, project: Path, holder: LockHolder | None) -> None:
        self.project = project
        self.holder = holder
        who = holder.describe() if holder else "another program"
        super().__init__(f"{project}: is open for writing by {who}; close it there first, or save a copy")


@dataclass(frozen=True)
class LockHolder:
    """Who holds a project lock (as written in the lock file)."""

    program: str
    pid: int
    user: str
    host: str
    since_utc: str
    brief: bool = True
    """A command that ends within seconds (worth waiting for), not a designer window kept open."""

    def describe(self) -> str:
        """Return e.g. ``jamii workshop add (process 4242, amina on kibera-pc, since 2026-12-05 16:40 UTC)``."""
        return f"{self.program} (process {self.pid}, {self.user} on {self.host}, since {self.since_utc})"

    @staticmethod
    def current(program: str, brief: bool = True) -> LockHolder:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no passwd entry (containers)
            user = "unknown user"
        now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        return LockHolder(program, os.getpid(), user, socket.gethostname(), now, brief)

    @staticmethod
    def parse(text: str) -> LockHolder | None:
        try:
            data = json.loads(text)
            return LockHolder(
                str(data["program"]),
                int(data["pid"]),
                str(data["user"]),
                str(data["host"]),
                str(data["since_utc"]),
                bool(data.get("brief", True)),
            )
        except (ValueError, KeyError, TypeError):
            return None


def lock_path_of(project: str | os.PathLike[str]) -> Path:
    """Return the lock file of a project file (hidden, in the same folder)."""
    project = Path(project)
    return project.with_name(f".{project.name}.lock")


class ProjectLock:
    """The advisory write lock of one project file.

    Use as a context manager, or call ``acquire`` / ``release``. Not re-entrant.

    Args:
        project: the project file (it need not exist yet).
        program: what to show a refused second writer, e.g. ``"jamii workshop add"``.
        wait_s: how long to wait for a brief holder (a command) to finish before refusing; a holder
            that is not brief (a designer window) is refused at once.
        brief: this holder ends within seconds (False for a designer window keeping the file open).
    """

    def __init__(
        self, project: str | os.PathLike[str], program: str, wait_s: float = 0.0, *, brief: bool = True
    ) -> None:
        self.project = Path(project)
        self.path = lock_path_of(self.project)
        self.program = program
        self.wait_s = wait_s
        self.brief = brief
        self._fh: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def __enter__(self) -> ProjectLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    def acquire(self) -> None:
        """Take the lock, waiting up to ``wait_s``.

        Raises:
            ProjectLockedError: another process holds it (the message names it).
            OSError: the lock file cannot be created (read-only folder, …).
        """
        if self._fh is not None:
            return
        deadline = time.monotonic() + self.wait_s
        while True:
            fh = _open_lock_file(self.path)
            if _try_lock(fh):
                # The holder before us may have deleted the file between our open and our lock:
                # then we locked a nameless file and must try again on the new one.
                if _same_file(fh, self.path):
                    break
                _unlock(fh)
                fh.close()
                continue
            holder = LockHolder.parse(_read_all(fh))
            fh.close()
            if time.monotonic() >= deadline or (holder is not None and not holder.brief):
                raise ProjectLockedError(self.project, holder)
            time.sleep(_POLL_S)
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(LockHolder.current(self.program, self.brief).__dict__) + "\n")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        """Drop the lock and delete the lock file (nothing happens if it is not held)."""
        fh, self._fh = self._fh, None
        if fh is None:
            return
        if sys.platform != "win32":  # Windows cannot delete an open file; the lock file stays
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(fh)
        fh.close()

    def holder(self) -> LockHolder | None:
        """Return who holds the lock now (None when nobody does)."""
        if self._fh is not None:
            return LockHolder.current(self.program, self.brief)
        try:
            fh = open(self.path, encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError:
            return None
        try:
            if _try_lock(fh, shared=True):
                _unlock(fh)
                return None
            return LockHolder.parse(_read_all(fh))
        finally:
            fh.close()


def _open_lock_file(path: Path) -> IO[str]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    return os.fdopen(fd, "r+", encoding="utf-8")


def _read_all(fh: IO[str]) -> str:
    try:
        fh.seek(0)
        return fh.read(4096)
    except (OSError, UnicodeDecodeError):
        return ""


def _same_file(fh: IO[Any], path: Path) -> bool:
    try:
        a, b = os.fstat(fh.fileno()), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fh: IO[Any], shared: bool = False) -> bool:  # noqa: ARG001 - Windows has no shared lock
        fh.seek(0)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[Any]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fh: IO[Any], shared: bool = False) -> bool:
        try:
            fcntl.flock(fh.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fh: IO[Any]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
