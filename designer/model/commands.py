"""Commands: the only way a Document changes. Each command knows its exact inverse.

Three primitives (add, remove, replace) and a named Macro of them. Consecutive replacements of the
same records with the same ``merge_key`` (a drag, an arrow-key nudge) merge into one undo step.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from designer.model.records import Record, new_id

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = [
    "AddRecord",
    "Command",
    "Macro",
    "RemoveRecord",
    "ReplaceRecord",
    "duplicate_option",
    "remove_with_dependents",
]


class Command(Protocol):
    """A reversible change of a Document."""

    @property
    def label(self) -> str: ...

    @property
    def merge_key(self) -> str | None: ...

    def do(self, doc: Document) -> None: ...

    def inverse(self) -> Command: ...

    def merged_with(self, later: Command) -> Command | None:
        """Return one command doing ``self`` then ``later``, or None if they do not merge."""


@dataclass(frozen=True)
class AddRecord:
    record: Record
    label: str = ""
    merge_key: str | None = None

    def do(self, doc: Document) -> None:
        doc._add(self.record)

    def inverse(self) -> Command:
        return RemoveRecord(self.record, self.label)

    def merged_with(self, later: Command) -> Command | None:  # noqa: ARG002
        return None


@dataclass(frozen=True)
class RemoveRecord:
    record: Record
    label: str = ""
    merge_key: str | None = None

    def do(self, doc: Document) -> None:
        doc._remove(self.record)

    def inverse(self) -> Command:
        return AddRecord(self.record, self.label)

    def merged_with(self, later: Command) -> Command | None:  # noqa: ARG002
        return None


@dataclass(frozen=True)
class ReplaceRecord:
    old: Record
    new: Record
    label: str = ""
    merge_key: str | None = None

    def do(self, doc: Document) -> None:
        doc._replace(self.old, self.new)

    def inverse(self) -> Command:
        return ReplaceRecord(self.new, self.old, self.label, self.merge_key)

    def merged_with(self, later: Command) -> Command | None:
        if (
            self.merge_key is not None
            and isinstance(later, ReplaceRecord)
            and later.merge_key == self.merge_key
            and later.old == self.new
        ):
            return ReplaceRecord(self.old, later.new, self.label, self.merge_key)
        return None


@dataclass(frozen=True)
class Macro:
    """Several commands done as one named undo step."""

    label: str
    commands: tuple[Command, ...] = field(default_factory=tuple)
    merge_key: str | None = None

    def do(self, doc: Document) -> None:
        done: list[Command] = []
        try:
            for cmd in self.commands:
                cmd.do(doc)
                done.append(cmd)
        except Exception:
            # Leave the document as it was: a macro is all or nothing.
            for cmd in reversed(done):
                cmd.inverse().do(doc)
            raise

    def inverse(self) -> Command:
        return Macro(self.label, tuple(c.inverse() for c in reversed(self.commands)), self.merge_key)

    def merged_with(self, later: Command) -> Command | None:
        if self.merge_key is None or not isinstance(later, Macro) or later.merge_key != self.merge_key:
            return None
        if len(later.commands) != len(self.commands):
            return None
        merged: list[Command] = []
        for a, b in zip(self.commands, later.commands, strict=True):
            m = a.merged_with(b)
            if m is None:
                return None
            merged.append(m)
        return Macro(self.label, tuple(merged), self.merge_key)


def remove_with_dependents(doc: Document, record_ids: list[str], label: str = "Delete") -> Macro:
    """Return a macro removing records and, first, every record that refers to them.

    Households on a deleted plot are kept but unlinked from it (their plot_id cleared), because
    people do not disappear when a drawing changes.
    """
    from designer.model.people import Household

    commands: list[Command] = []
    seen: set[str] = set()

    def visit(rid: str) -> None:
        if rid in seen or rid not in doc:
            return
        seen.add(rid)
        for dep in doc.dependents(rid):
            if isinstance(dep, Household) and dep.plot_id == rid:
                if dep.id not in seen:
                    seen.add(dep.id)
                    commands.append(ReplaceRecord(dep, dataclasses.replace(dep, plot_id=""), label))
                continue
            visit(dep.id)
        commands.append(RemoveRecord(doc[rid], label))

    for rid in record_ids:
        visit(rid)
    return Macro(label, tuple(commands))


def duplicate_option(doc: Document, option_id: str, name: str | None = None) -> Macro:
    """Return a macro adding a copy of an option with new ids for it and all its interventions.

    References between the option's own entities (e.g. a yard tap on a re-plotted plot) are
    re-pointed at the copies; references to existing conditions are kept.
    """
    from designer.model.project import Option, next_option_colour

    source = doc[option_id]
    assert isinstance(source, Option)
    new_option_id = new_id(Option.ID_PREFIX)
    # A copy gets its own colour: two options that look alike on the plan and in the charts confuse a room.
    colour = next_option_colour(o.colour for o in doc.options)
    copy = dataclasses.replace(source, id=new_option_id, name=name or f"{source.name} (copy)", colour=colour)
    members = doc.entities(option_id)
    id_map = {e.id: new_id(e.ID_PREFIX) for e in members}
    commands: list[Command] = [AddRecord(copy, "Duplicate option")]
    for e in members:
        changes: dict[str, object] = {"id": id_map[e.id], "scope": new_option_id}
        for field_name in e.REFERENCES:
            value = getattr(e, field_name)
            if isinstance(value, tuple):
                changes[field_name] = tuple(id_map.get(v, v) for v in value)
            elif value in id_map:
                changes[field_name] = id_map[value]
        commands.append(AddRecord(dataclasses.replace(e, **changes), "Duplicate option"))  # type: ignore[arg-type]
    return Macro(f"Duplicate option {source.name}", tuple(commands))
