"""A problem the user caused, in the user's language.

The core raises its errors in English (the CLI prints them, logs keep them). At the GUI boundary the
fixed part of a message is looked up in the ``errors`` context of the catalogue; the names and numbers it
carries (a record id, a file, a JSON path) are kept as they are. A message whose text is built from
measured values (e.g. a degenerate outline's area) stays in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from designer.model.errors import InvalidRecordError, ProjectFileError

__all__ = ["MESSAGES", "error_text"]

MESSAGES = (
    # tools
    QT_TRANSLATE_NOOP("errors", "choose or create an option first: demolitions belong to an option"),
    QT_TRANSLATE_NOOP("errors", "the line must cross one plot from side to side"),
    QT_TRANSLATE_NOOP(
        "errors",
        "this is part of the settlement today: the eraser only removes what this option added "
        "(to take a house down, use Take down house)",
    ),
    # records
    QT_TRANSLATE_NOOP("errors", "a ballot correction needs a reason"),
    QT_TRANSLATE_NOOP("errors", "a household has at least one person"),
    QT_TRANSLATE_NOOP("errors", "an option needs a name"),
    QT_TRANSLATE_NOOP("errors", "children must be between 0 and the household size"),
    QT_TRANSLATE_NOOP("errors", "persons per household must be positive"),
    QT_TRANSLATE_NOOP("errors", "shares must lie between 0 and 1"),
    QT_TRANSLATE_NOOP("errors", "the image file is missing"),
)
"""The fixed messages the catalogue translates (pyside6-lupdate finds them here)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def error_text(exc: BaseException | str) -> str:
    """Return an error's message with its fixed part in the user's language."""
    if isinstance(exc, InvalidRecordError):
        return f"{exc.kind} {exc.record_id!r}: {_tr(exc.reason)}"
    if isinstance(exc, ProjectFileError):
        where = f" {exc.json_path}" if exc.json_path else ""
        return f"{exc.path}{where}: {_tr(exc.reason)}"
    return _tr(str(exc))
