"""Property: any sequence of commands, undone completely, restores the document byte for byte."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.io.project_file import document_to_bytes
from designer.model import (
    AddRecord,
    Plot,
    ReplaceRecord,
    UndoStack,
    WaterPoint,
    duplicate_option,
    remove_with_dependents,
)
from tests.model.factories import small_document

coord = st.floats(min_value=-100, max_value=100, allow_nan=False)

action = st.one_of(
    st.tuples(st.just("add_point"), coord, coord),
    st.tuples(st.just("add_plot"), coord, coord, st.floats(min_value=1, max_value=30)),
    st.tuples(st.just("move"), st.integers(0, 50), coord, coord),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("duplicate"), st.integers(0, 5)),
    st.tuples(st.just("undo")),
)


def apply(doc, stack, act, counter):
    kind = act[0]
    movable = sorted((e for e in doc.entities() if e.KIND in ("water_point", "plot")), key=lambda e: e.id)
    if kind == "add_point":
        counter[0] += 1
        stack.push(AddRecord(WaterPoint(id=f"wp-h{counter[0]}", position=(act[1], act[2]))))
    elif kind == "add_plot":
        counter[0] += 1
        x, y, s = act[1], act[2], act[3]
        stack.push(
            AddRecord(
                Plot(id=f"plot-h{counter[0]}", outline=((x, y), (x + s, y), (x + s, y + s), (x, y + s)))
            )
        )
    elif kind == "move" and movable:
        e = movable[act[1] % len(movable)]
        if e.KIND == "water_point":
            new = dataclasses.replace(e, position=(act[2], act[3]))
        else:
            dx, dy = act[2], act[3]
            new = dataclasses.replace(e, outline=tuple((x + dx, y + dy) for x, y in e.outline))
        stack.push(ReplaceRecord(e, new, "Move", merge_key=f"move:{e.id}"))
    elif kind == "delete" and movable:
        stack.push(remove_with_dependents(doc, [movable[act[1] % len(movable)].id]))
    elif kind == "duplicate" and doc.options:
        opts = sorted(doc.options, key=lambda o: o.id)
        stack.push(duplicate_option(doc, opts[act[1] % len(opts)].id))
    elif kind == "undo":
        stack.undo()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(action, min_size=1, max_size=25))
def test_undo_all_restores_the_document_and_redo_all_the_final_state(actions):
    doc = small_document()
    stack = UndoStack(doc)
    initial = document_to_bytes(doc)
    counter = [0]
    for act in actions:
        apply(doc, stack, act, counter)
    final = document_to_bytes(doc)
    final_index = stack.index
    while stack.can_undo():
        stack.undo()
    assert document_to_bytes(doc) == initial
    for _ in range(final_index):
        stack.redo()
    assert document_to_bytes(doc) == final
    doc.check_references()
