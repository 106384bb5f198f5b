"""Write a file so that a crash, a full disk or an exception never leaves a half-written file.

Every writer of Jamii (project file, DXF, GeoPackage, GeoJSON, PDF, XLSX, CSV) writes to a temporary
file in the target's folder, flushes it to disk and renames it over the target only when all went
well. The previous file stays intact otherwise.

A save killed mid-way (power cut, ``kill -9``) leaves its temporary file behind. Temporary names
carry the writer's host and process id, so the next write of the same target removes the ones whose
process is gone, and never the one another running process is still writing.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import shutil
import socket
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from designer.model.errors import JamiiError

__all__ = ["OutputFolderError", "atomic_write", "atomic_write_folder", "remove_orphan_temps", "temp_prefix"]

_TEMP_MARK = "jamii-tmp"
_LEGACY_ORPHAN_AGE_S = 600.0
"""Temporary files of older Jamii versions carry no process id: removed once they are this old."""

T = TypeVar("T")


class OutputFolderError(JamiiError):
    """The folder to write into does not exist."""


def atomic_write(target: str | os.PathLike[str], write: Callable[[Path], T], *, create: bool = True) -> T:
    """Call ``write(tmp)`` on a temporary path beside ``target``, then fsync and rename it over ``target``.

    Args:
        target: the file to (re)place.
        write: writes the whole file at the path it is given; its result is returned.
        create: create the empty temporary file first (False for writers, such as GDAL, that must
            create the file themselves).

    Raises:
        OutputFolderError: the target's folder does not exist.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path()
    if not folder.is_dir():
        raise OutputFolderError(f"{folder}: no such folder to write {target.name} into")
    remove_orphan_temps(target)
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=target.suffix or ".tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    if not create:
        tmp.unlink()
    try:
        result = write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        # A replaced file keeps its permissions; a new one gets the usual rw-r--r--.
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)
    return result


def atomic_write_folder(target: str | os.PathLike[str], write: Callable[[Path], T]) -> T:
    """Call ``write(tmp_folder)`` on a temporary folder beside ``target``, then move its files into ``target``.

    A new ``target`` appears in one rename, complete or not at all. Into an existing folder each file
    is replaced atomically (a file is always whole); files of the folder that ``write`` does not
    produce are left alone.

    Raises:
        OutputFolderError: the folder to create ``target`` in does not exist.
    """
    target = Path(target)
    parent = target.parent if str(target.parent) else Path()
    if not parent.is_dir():
        raise OutputFolderError(f"{parent}: no such folder to write {target.name} into")
    if target.exists() and not target.is_dir():
        raise OutputFolderError(f"{target}: is a file; the tables are written into a folder")
    remove_orphan_temps(target)
    tmp = Path(tempfile.mkdtemp(prefix=temp_prefix(target), suffix=".tmp", dir=parent))
    try:
        result = write(tmp)
        for path in tmp.iterdir():
            with open(path, "rb+") as fh:
                os.fsync(fh.fileno())
        if not target.exists():
            os.replace(tmp, target)
        else:
            for path in sorted(tmp.iterdir()):
                os.replace(path, target / path.name)
            tmp.rmdir()
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _fsync_dir(parent)
    return result


def _host_tag() -> str:
    # Short and file-name safe; tells apart writers on two machines sharing one network folder.
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


def temp_prefix(target: Path) -> str:
    """Return the name prefix of this process's temporary files for ``target``."""
    return f".{target.name}.{_TEMP_MARK}-{_host_tag()}-{os.getpid()}-"


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but belongs to someone else, or we cannot tell: keep its file
    return True


def remove_orphan_temps(target: str | os.PathLike[str]) -> list[Path]:
    """Delete temporary files that killed writes of ``target`` left beside it; return what was removed.

    A file is an orphan when its writer (host and process id in its name) is this machine and that
    process no longer runs, or when it has the name of an older Jamii's temporary file and is more
    than ten minutes old. Files of running writers and of other machines are kept.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path()
    ours = re.compile(re.escape(f".{target.name}.{_TEMP_MARK}-") + r"([0-9a-f]{6})-(\d+)-")
    legacy = re.compile(
        re.escape(f".{target.name}.") + r"[a-z0-9_]{8}" + re.escape(target.suffix or ".tmp") + "$"
    )
    removed: list[Path] = []
    try:
        candidates = list(folder.glob(f".{glob.escape(target.name)}.*"))
    except OSError:
        return removed
    host, now = _host_tag(), time.time()
    for path in candidates:
        m = ours.match(path.name)
        try:
            if m:
                pid = int(m.group(2))
                if m.group(1) != host or pid == os.getpid() or _process_alive(pid):
                    continue
            elif not legacy.match(path.name) or now - path.stat().st_mtime < _LEGACY_ORPHAN_AGE_S:
                continue
            if path.is_symlink():
                continue
            if path.is_dir():
                shutil.rmtree(path)
            elif path.is_file():
                path.unlink()
            removed.append(path)
        except OSError:
            continue  # another process removed it first, or no permission: not ours to insist
    return removed


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, harmless where it is not.
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
