"""Domain errors raised by the core and shown once, in plain words, at the CLI or GUI boundary."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

__all__ = [
    "DanglingReferenceError",
    "InvalidGeometryError",
    "InvalidRecordError",
    "JamiiError",
    "Message",
    "ProjectChangedOnDiskError",
    "ProjectFileError",
]


@dataclass(frozen=True)
class Message:
    """A line of an error in English whose measured values are kept apart, so a screen can translate it.

    The CLI and the logs print ``str(message)``: the English template with the values as Python formats
    them. The designer translates the template (catalogue context ``errors``), writes the numbers the way
    the user's language does and translates the values named in ``terms`` (a field's name, a unit word).

    Attributes:
        template: English text with ``{name}`` placeholders.
        values: the value of each placeholder: a number, a text, or another Message.
        formats: a Python format spec per number (``".4f"``, ``","``, ``"g"``); others print as ``str``.
        terms: names of text values that are words to translate too (not ids, files or codes).
    """

    template: str
    values: Mapping[str, Any] = field(default_factory=dict)
    formats: Mapping[str, str] = field(default_factory=dict)
    terms: frozenset[str] = frozenset()

    def render(
        self,
        translate: Callable[[str], str] | None = None,
        number: Callable[[int | float | Decimal, str], str] | None = None,
    ) -> str:
        """Return the line, through ``translate`` (text → text) and ``number`` (value, spec → text)."""
        shown: dict[str, str] = {}
        for name, value in self.values.items():
            spec = self.formats.get(name, "")
            if isinstance(value, Message):
                shown[name] = value.render(translate, number)
            elif isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                shown[name] = number(value, spec) if number is not None else format(value, spec)
            elif translate is not None and name in self.terms:
                shown[name] = translate(str(value))
            else:
                shown[name] = str(value)
        template = translate(self.template) if translate is not None else self.template
        try:
            return template.format_map(shown)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error itself
            return self.template.format_map(shown)

    def __str__(self) -> str:
        return self.render()


def _reason(reason: str | Message) -> tuple[str, Message | None]:
    """Return the English text of a reason and its structured form (None for plain text)."""
    return str(reason), reason if isinstance(reason, Message) else None


class JamiiError(Exception):
    """Base of every error the user can cause; its message is one readable line."""


class InvalidRecordError(JamiiError):
    """A record (entity, option, household, …) has a value that makes no sense."""

    def __init__(self, record_id: str, kind: str, reason: str | Message) -> None:
        self.record_id = record_id
        self.kind = kind
        self.reason, self.message = _reason(reason)
        super().__init__(f"{kind} {record_id!r}: {self.reason}")


class InvalidGeometryError(InvalidRecordError):
    """Geometry that is not closed, not valid, degenerate or self-intersecting."""


class DanglingReferenceError(InvalidRecordError):
    """A record refers to an id that is not in the document."""


class ProjectFileError(JamiiError):
    """A project file that cannot be read: names the file, the JSON path and the reason."""

    def __init__(self, path: str, json_path: str, reason: str | Message) -> None:
        self.path = path
        self.json_path = json_path
        self.reason, self.message = _reason(reason)
        where = f" at {json_path}" if json_path else ""
        super().__init__(f"{path}{where}: {self.reason}")


class ProjectChangedOnDiskError(JamiiError):
    """The project file was changed by someone else since it was read; saving would lose that change."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"{path}: the file was changed by another program since it was opened; "
            "not overwritten (reload it, or save under another name)"
        )
