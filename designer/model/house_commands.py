"""The command that puts a house type in the project: add it, or replace the type with its id."""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.model.commands import AddRecord, ReplaceRecord
from designer.model.errors import JamiiError
from designer.model.housing import HouseType

if TYPE_CHECKING:
    from designer.model.commands import Command
    from designer.model.document import Document

__all__ = ["house_type_command"]


def house_type_command(doc: Document, ht: HouseType, label: str = "") -> Command | None:
    """Return the command that puts ``ht`` in the project (add, or replace the type with its id).

    Returns None when the project already holds exactly this type. ``label`` names the undo step
    (default "Add house type NAME" / "Edit house type NAME").
    """
    current = doc.get(ht.id)
    if current is None:
        return AddRecord(ht, label or f"Add house type {ht.name}")
    if current == ht:
        return None
    if not isinstance(current, HouseType):
        raise JamiiError(f"the id {ht.id!r} is already used by a {current.KIND}")
    return ReplaceRecord(current, ht, label or f"Edit house type {ht.name}")
