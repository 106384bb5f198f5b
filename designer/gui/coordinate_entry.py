"""The coordinate line of the status bar: draw with the keyboard (``designer.tools.keyboard_entry``).

Ctrl+L (Tools > Type coordinates) puts the cursor here. Enter applies the typed point (or, on an empty line,
finishes the shape); Esc cancels the shape, and on an empty line with nothing drawn returns to the plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from designer.gui.locale_format import number
from designer.tools.keyboard_entry import EntryError, KeyboardDrawing

if TYPE_CHECKING:
    from collections.abc import Callable

    from designer.tools.base import Tool

__all__ = ["CoordinateEntry"]


class _Line(QLineEdit):
    """The entry field: Esc goes to the tool (a QLineEdit would only clear itself)."""

    def __init__(self, on_escape: Callable[[], None]) -> None:
        super().__init__()
        self._on_escape = on_escape

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._on_escape()
            return
        super().keyPressEvent(event)


class CoordinateEntry(QWidget):
    """A label and a line: "Point or length" ``[12.5, 30 · @5<90 · length 5 · rotate 30]``.

    Args:
        say: shows one line in the status bar (what was placed, or why the text was refused).
        back_to_plan: gives the keyboard back to the plan (Esc on an empty line with nothing drawn).
    """

    def __init__(self, say: Callable[[str], None], back_to_plan: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("coordinate_entry_box")
        self.drawing = KeyboardDrawing()
        self._say = say
        self._back_to_plan = back_to_plan
        self.label = QLabel(self.tr("Point or length:"))
        self.line = _Line(self.escape)
        self.line.setObjectName("coordinate_entry")
        self.line.setPlaceholderText(self.tr("12.5, 30 · @5<90 · length 5 · rotate 30"))
        self.line.setToolTip(
            self.tr(
                "Draw with the keyboard (Ctrl+L). x, y: a point in metres (12.5, 30). @dx, dy: that far from "
                "the last point. @length<angle: that far at an angle (degrees from east, 90 = north). "
                "length 5: on in the same direction. Enter on an empty line finishes; Esc cancels. With a selection: "
                "@dx, dy or @length<angle moves it, rotate 30 turns it (degrees, anticlockwise); with a corner "
                "picked (Vertex tool), x, y moves the corner."
            )
        )
        self.line.setAccessibleName(self.tr("Type a point or a length"))
        self.line.setMinimumWidth(180)
        self.label.setBuddy(self.line)
        self.line.returnPressed.connect(self.submit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.line)

    def attach(self, tool: Tool | None) -> None:
        """Typed points go to ``tool`` (the active one)."""
        self.drawing.attach(tool)

    def submit(self) -> None:
        """Apply the typed line to the tool and say what happened; a refused line stays for correcting."""
        text = self.line.text()
        try:
            applied = self.drawing.submit(text)
        except EntryError as exc:
            self._say(self._refusal(exc))
            return
        if applied.kind == "refused":
            return  # the tool has said why in the status bar; the line stays for correcting
        self.line.clear()
        if applied.kind == "finish":
            self._say(self.tr("Finished"))
        elif applied.kind == "moved":
            self._say(
                self.tr("Moved by %1 m east, %2 m north")
                .replace("%1", number(applied.dx_m, 2))
                .replace("%2", number(applied.dy_m, 2))
            )
        elif applied.kind == "rotated":
            self._say(self.tr("Turned by %1°").replace("%1", number(applied.angle_deg, 1)))
        elif applied.point is not None:
            message = self.tr("Corner moved to x %1 m, y %2 m") if applied.kind == "corner" else None
            self._say(
                (message or self.tr("Point at x %1 m, y %2 m"))
                .replace("%1", number(applied.point[0], 2))
                .replace("%2", number(applied.point[1], 2))
            )

    def _refusal(self, exc: EntryError) -> str:
        """Why a typed line was refused, in the user's language."""
        typed = exc.text.strip()
        if exc.reason == "length":
            return self.tr("%1: the length must be a positive number of metres").replace("%1", typed)
        if exc.reason == "first_point":
            return self.tr("Type a first point as x, y (for example 12.5, 30) before an @ or a length")
        if exc.reason == "no_tool":
            return self.tr("Choose a drawing tool first")
        if exc.reason == "angle":
            return self.tr("%1: type the turn as a non-zero number of degrees (rotate 30)").replace(
                "%1", typed
            )
        if exc.reason == "no_selection":
            return self.tr("Select what to move or rotate first (with the Select tool)")
        if exc.reason == "move_form":
            return self.tr("%1: to move, type @dx, dy (@5, 0) or @length<angle (@5<90)").replace("%1", typed)
        return self.tr(
            "Not understood: %1. Type x, y (12.5, 30), @dx, dy (@5, 0), @length<angle (@5<90) or a length (length 5)"
        ).replace("%1", typed)

    def escape(self) -> None:
        """Esc: clear the typed text, else cancel the tool's shape, else go back to the plan."""
        if self.line.text():
            self.line.clear()
            return
        tool = self.drawing.tool
        busy = tool is not None and tool.state is not next(iter(type(tool).State))
        if busy:
            self.drawing.escape()
            self._say(self.tr("Cancelled"))
        else:
            self._back_to_plan()
