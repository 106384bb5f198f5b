"""Domain errors raised by the core and shown once, in plain words, at the CLI or GUI boundary."""

from __future__ import annotations

__all__ = [
    "DanglingReferenceError",
    "InvalidGeometryError",
    "InvalidRecordError",
    "JamiiError",
    "ProjectChangedOnDiskError",
    "ProjectFileError",
]


class JamiiError(Exception):
    """Base of every error the user can cause; its message is one readable line."""


class InvalidRecordError(JamiiError):
    """A record (entity, option, household, …) has a value that makes no sense."""

    def __init__(self, record_id: str, kind: str, reason: str) -> None:
        self.record_id = record_id
        self.kind = kind
        self.reason = reason
        super().__init__(f"{kind} {record_id!r}: {reason}")


class InvalidGeometryError(InvalidRecordError):
    """Geometry that is not closed, not valid, degenerate or self-intersecting."""


class DanglingReferenceError(InvalidRecordError):
    """A record refers to an id that is not in the document."""


class ProjectFileError(JamiiError):
    """A project file that cannot be read: names the file, the JSON path and the reason."""

    def __init__(self, path: str, json_path: str, reason: str) -> None:
        self.path = path
        self.json_path = json_path
        self.reason = reason
        where = f" at {json_path}" if json_path else ""
        super().__init__(f"{path}{where}: {reason}")


class ProjectChangedOnDiskError(JamiiError):
    """The project file was changed by someone else since it was read; saving would lose that change."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"{path}: the file was changed by another program since it was opened; "
            "not overwritten (reload it, or save under another name)"
        )
