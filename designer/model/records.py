"""The base of every record in a document: an immutable value with a stable id and a kind name.

Records are frozen dataclasses. A change is a new record with the same id (``dataclasses.replace``),
made through a command (``designer.model.commands``) so that it can be undone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

__all__ = ["EXISTING", "Record", "new_id", "record_types", "register"]

EXISTING = "existing"
"""Scope of the existing conditions; any other scope is the id of an Option."""

_REGISTRY: dict[str, type[Record]] = {}
_R = TypeVar("_R", bound="type[Record]")


def new_id(prefix: str) -> str:
    """Return a new stable id such as ``plot-3f9a1c2b7d10`` (prefix plus 12 hex digits)."""
    # 48 random bits, as the first 12 hex digits of a uuid4 (without building the UUID: bulk imports).
    return f"{prefix}-{os.urandom(6).hex()}"


def register(cls: _R) -> _R:
    """Class decorator: make a record type known to the project file by its ``KIND``."""
    if cls.KIND in _REGISTRY:
        raise ValueError(f"record kind {cls.KIND!r} registered twice")
    _REGISTRY[cls.KIND] = cls
    return cls


def record_types() -> dict[str, type[Record]]:
    """Return every registered record type by kind name, in registration order."""
    return dict(_REGISTRY)


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """An immutable document record with a stable id.

    Attributes:
        id: stable identifier, unique in the document, never reused.
    """

    KIND: ClassVar[str] = "record"
    ID_PREFIX: ClassVar[str] = "rec"
    #: Field names that hold ids of other records, mapped to the kinds they may point at.
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: Field names with personal data that never leave the project file.
    PERSONAL: ClassVar[tuple[str, ...]] = ()

    id: str

    def geometry_spec(self) -> tuple[str, Any]:
        """Return ``("ring"|"line"|"point"|"none", value)`` for validation and rendering."""
        return ("none", None)

    def referenced_ids(self) -> list[tuple[str, str]]:
        """Return ``(field, id)`` for every non-empty reference this record holds."""
        out: list[tuple[str, str]] = []
        for name in self.REFERENCES:
            value = getattr(self, name)
            if isinstance(value, tuple):
                out.extend((name, v) for v in value)
            elif value:
                out.append((name, value))
        return out
