"""Workshop mode's eraser and its careful demolition, through the real window and mouse clicks."""

from __future__ import annotations

import pytest

from designer.model import Building, Demolition, Toilet
from designer.tools.base import Button, Modifiers, PointerEvent
from tests.gui.helpers import click_at


def tap(window, x_m: float, y_m: float) -> None:
    """One tap on the plan, handed to the window's active tool as the canvas hands it."""
    tool = window.tool
    tool.move(PointerEvent(x_m, y_m, Button.NONE, Modifiers.NONE, 0))
    tool.press(PointerEvent(x_m, y_m, Button.LEFT, Modifiers.NONE, 1))
    tool.release(PointerEvent(x_m, y_m, Button.LEFT, Modifiers.NONE, 1))


pytestmark = pytest.mark.gui


def test_workshop_eraser_removes_an_added_toilet_without_touching_houses(qtbot, window):
    window.set_workshop(True)
    window.set_scope("opt-a")
    qtbot.wait(50)  # the plan view takes the room of the hidden docks before we aim at it
    assert window.tool_actions["eraser"] in window.pictograms.actions()
    window.tool_actions["toilet"].trigger()
    click_at(qtbot, window, 8.6, 5.0)  # beside the house of plot 1
    (toilet,) = window.doc.of_type(Toilet, "opt-a")
    window.tool_actions["eraser"].trigger()
    tap(window, *toilet.position)  # snapped onto the house's corner: both under the tap
    assert toilet.id not in window.doc
    assert window.doc.of_type(Demolition) == []
    assert [b.id for b in window.doc.of_type(Building)] == ["bldg-0"]


def test_taking_a_house_down_in_workshop_mode_asks_first(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.set_workshop(True)
    window.set_scope("opt-a")
    window.tool_actions["demolish"].trigger()
    tap(window, 5.0, 5.0)
    assert window.doc.of_type(Demolition) == []
    assert "Take down this house" in asked[0]
    tap(window, 5.0, 5.0)
    assert len(window.doc.of_type(Demolition)) == 1
    window.set_workshop(False)
    window.tool_actions["demolish"].trigger()
    tap(window, 5.0, 5.0)  # outside a workshop a click unmarks without a question
    assert window.doc.of_type(Demolition) == []
    assert len(asked) == 2
