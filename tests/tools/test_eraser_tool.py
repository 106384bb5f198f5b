"""The eraser removes what the option added and never the surveyed settlement; demolition asks first when told to."""

from __future__ import annotations

from designer.model import Building, Demolition, Toilet
from designer.tools.base import Button
from designer.tools.eraser_tool import EraserTool
from designer.tools.mark_tool import MarkTool
from designer.tools.point_tool import PointTool
from tests.tools.events import click, ev


def _add_toilet_next_to_the_house(ctx) -> Toilet:
    ctx.set_scope("opt-1")
    click(PointTool(ctx, "toilet"), 8.6, 5.0)  # 0.6 m from the house's wall: within a sloppy tap of it
    (toilet,) = ctx.doc.of_type(Toilet, "opt-1")
    return toilet


def test_eraser_removes_an_added_toilet_without_touching_houses(ctx, doc, stack):
    toilet = _add_toilet_next_to_the_house(ctx)
    eraser = EraserTool(ctx)
    failures = []
    eraser.failed.connect(failures.append)
    eraser.move(ev(8.6, 5.0, Button.NONE))
    assert eraser.preview.highlight_ids == (toilet.id,)
    click(eraser, 8.6, 5.0)
    assert toilet.id not in doc
    assert doc.of_type(Demolition) == []  # nothing is marked for demolition
    assert [b.id for b in doc.of_type(Building)] == ["bldg-a"]
    assert failures == []
    assert stack.undo_text() == "Erase"
    stack.undo()
    assert toilet.id in doc


def test_eraser_leaves_the_existing_settlement_and_says_why(ctx, doc):
    ctx.set_scope("opt-1")
    eraser = EraserTool(ctx)
    failures = []
    eraser.failed.connect(failures.append)
    click(eraser, 5.0, 5.0)  # the surveyed house
    assert "bldg-a" in doc
    assert doc.of_type(Demolition) == []
    assert "only removes what this option added" in str(failures[0])


def test_eraser_takes_back_the_options_demolition_mark_but_not_the_house(ctx, doc):
    ctx.set_scope("opt-1")
    click(MarkTool(ctx, "demolish"), 5.0, 5.0)
    (mark,) = doc.of_type(Demolition)
    click(EraserTool(ctx), 5.0, 5.0)
    assert mark.id not in doc
    assert "bldg-a" in doc


def test_demolition_asks_first_when_the_context_wants_confirmation(ctx, doc):
    ctx.set_scope("opt-1")
    questions = []
    ctx.confirm = lambda q: questions.append(q) or False
    click(MarkTool(ctx, "demolish"), 5.0, 5.0)
    assert doc.of_type(Demolition) == []
    assert "Take down this house" in questions[0]
    ctx.confirm = lambda _q: True
    click(MarkTool(ctx, "demolish"), 5.0, 5.0)
    assert len(doc.of_type(Demolition)) == 1
