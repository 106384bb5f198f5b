"""Read-modify-write of a project file under its lock: the one way a command changes a project.

``with edit_project(path, "jamii workshop add") as edit: …; edit.save()`` takes the project's write
lock (waiting a few seconds for another command to finish), reads the file, and saves it only if it
is still the file that was read. Two commands on one file therefore run one after the other, and
neither can lose the other's change.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from designer.io.project_file import FileFingerprint, read_project, save_project
from designer.io.project_lock import ProjectLock
from designer.model.document import Document

__all__ = ["CLI_LOCK_WAIT_S", "ProjectEdit", "edit_project"]

CLI_LOCK_WAIT_S = 10.0
"""A command waits this long for another writer (another command usually ends in a second or two)."""


@dataclass
class ProjectEdit:
    """A project read under its write lock.

    Attributes:
        path: the project file.
        doc: the document read from it (change it, then ``save``).
        fingerprint: the file as read or last saved; a save refuses a file changed since.
    """

    path: Path
    doc: Document
    fingerprint: FileFingerprint

    def save(self, doc: Document | None = None, out: str | os.PathLike[str] | None = None) -> None:
        """Save ``doc`` (default: the edited document) to the project file, or to ``out`` as a new file."""
        if out is not None and Path(out).resolve() != self.path.resolve():
            save_project(doc or self.doc, out)
            return
        self.fingerprint = save_project(doc or self.doc, self.path, expected=self.fingerprint)


@contextmanager
def edit_project(
    path: str | os.PathLike[str], program: str, wait_s: float = CLI_LOCK_WAIT_S
) -> Iterator[ProjectEdit]:
    """Hold the write lock of ``path`` and yield its document for changing (see the module docstring).

    Raises:
        ProjectLockedError: another program keeps the project open for writing.
        ProjectFileError: the file cannot be read as a project.
    """
    with ProjectLock(path, program, wait_s=wait_s):
        loaded = read_project(path)
        yield ProjectEdit(Path(path), loaded.doc, loaded.fingerprint)
