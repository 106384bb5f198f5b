"""Synthetic pointer events for the Qt-free tool tests (positions in metres)."""

from __future__ import annotations

from designer.tools.base import Button, Modifiers, PointerEvent


def ev(
    x: float, y: float, button: Button = Button.LEFT, clicks: int = 1, shift: bool = False, ctrl: bool = False
):
    """A synthetic pointer event at (x, y) metres."""
    mods = Modifiers.NONE | (Modifiers.SHIFT if shift else 0) | (Modifiers.CTRL if ctrl else 0)
    return PointerEvent(x, y, button, Modifiers(mods), clicks)


def click(tool, x: float, y: float, **kw) -> None:
    """Move to, press and release at (x, y), as a mouse click does."""
    tool.move(ev(x, y, Button.NONE))
    tool.press(ev(x, y, **kw))
    tool.release(ev(x, y, **kw))
