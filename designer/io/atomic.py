"""Write a file so that a crash, a full disk or an exception never leaves a half-written file.

Every writer of Jamii (project file, DXF, GeoPackage, GeoJSON, PDF, XLSX, CSV) writes to a temporary
file in the target's folder, flushes it to disk and renames it over the target only when all went
well. The previous file stays intact otherwise.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from designer.model.errors import JamiiError

__all__ = ["OutputFolderError", "atomic_write"]

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
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=target.suffix or ".tmp", dir=folder)
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
