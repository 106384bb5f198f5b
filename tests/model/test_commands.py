"""Every change is a command with an exact inverse; the stack undoes, redoes, merges drags and groups macros."""

from __future__ import annotations

import dataclasses

import pytest

from designer.io.project_file import document_to_bytes
from designer.model import (
    AddRecord,
    Household,
    InvalidRecordError,
    Macro,
    RemoveRecord,
    ReplaceRecord,
    UndoStack,
    WaterPoint,
    duplicate_option,
    remove_with_dependents,
)
from tests.model.factories import small_document


def test_add_remove_replace_undo_redo_and_signals():
    doc = small_document()
    stack = UndoStack(doc)
    seen: list[str] = []
    doc.record_added.connect(lambda r: seen.append(f"+{r.id}"))
    doc.record_removed.connect(lambda r: seen.append(f"-{r.id}"))
    doc.record_replaced.connect(lambda old, new: seen.append(f"~{new.id}"))

    wp = WaterPoint(id="wp-2", scope="opt-1", position=(5.0, 5.0))
    stack.push(AddRecord(wp, "Add standpipe"))
    moved = dataclasses.replace(wp, position=(6.0, 5.0))
    stack.push(ReplaceRecord(wp, moved, "Move standpipe"))
    assert doc["wp-2"] == moved
    assert stack.undo_text() == "Move standpipe"
    stack.undo()
    assert doc["wp-2"] == wp
    stack.undo()
    assert "wp-2" not in doc
    stack.redo()
    stack.redo()
    assert doc["wp-2"] == moved
    assert seen == ["+wp-2", "~wp-2", "~wp-2", "-wp-2", "+wp-2", "~wp-2"]


def test_consecutive_moves_with_the_same_merge_key_are_one_undo_step():
    doc = small_document()
    stack = UndoStack(doc)
    wp = doc["wp-1"]
    a = dataclasses.replace(wp, position=(11.0, -1.0))
    b = dataclasses.replace(wp, position=(12.0, -1.0))
    stack.push(ReplaceRecord(wp, a, "Move", merge_key="drag"))
    stack.push(ReplaceRecord(a, b, "Move", merge_key="drag"))
    assert stack.count() == 1
    stack.undo()
    assert doc["wp-1"] == wp


def test_moves_do_not_merge_across_a_save():
    doc = small_document()
    stack = UndoStack(doc)
    wp = doc["wp-1"]
    a = dataclasses.replace(wp, position=(11.0, -1.0))
    stack.push(ReplaceRecord(wp, a, "Move", merge_key="drag"))
    stack.set_clean()
    stack.push(ReplaceRecord(a, dataclasses.replace(wp, position=(12.0, -1.0)), "Move", merge_key="drag"))
    assert stack.count() == 2
    stack.undo()
    assert stack.is_clean()


def test_macro_is_all_or_nothing():
    doc = small_document()
    before = document_to_bytes(doc)
    bad = Macro(
        "Two things", (AddRecord(WaterPoint(id="wp-9", position=(0.0, 0.0))), AddRecord(doc["plot-1"]))
    )
    with pytest.raises(InvalidRecordError, match="already exists"):
        UndoStack(doc).push(bad)
    assert document_to_bytes(doc) == before


def test_stack_macro_groups_pushes_into_one_step():
    doc = small_document()
    stack = UndoStack(doc)
    stack.begin_macro("Add two taps")
    stack.push(AddRecord(WaterPoint(id="wp-a", position=(0.0, 0.0))))
    stack.push(AddRecord(WaterPoint(id="wp-b", position=(1.0, 0.0))))
    stack.end_macro()
    assert stack.labels() == ["Add two taps"]
    stack.undo()
    assert "wp-a" not in doc and "wp-b" not in doc


def test_clean_state_tracks_saves():
    doc = small_document()
    stack = UndoStack(doc)
    states: list[bool] = []
    stack.clean_changed.connect(states.append)
    stack.push(AddRecord(WaterPoint(id="wp-a", position=(0.0, 0.0))))
    stack.set_clean()
    stack.undo()
    stack.redo()
    assert states == [False, True, False, True]


def test_stale_command_is_refused():
    doc = small_document()
    stack = UndoStack(doc)
    old = doc["wp-1"]
    stack.push(ReplaceRecord(old, dataclasses.replace(old, taps=2)))
    with pytest.raises(InvalidRecordError, match="changed since"):
        stack.push(RemoveRecord(old))


def test_duplicate_option_copies_interventions_with_new_ids():
    doc = small_document()
    stack = UndoStack(doc)
    stack.push(duplicate_option(doc, "opt-1", "Standpipe B"))
    options = {o.name: o for o in doc.options}
    copy = options["Standpipe B"]
    assert copy.id != "opt-1"
    originals = doc.entities("opt-1")
    copies = doc.entities(copy.id)
    assert len(copies) == len(originals) == 2
    assert not {e.id for e in copies} & {e.id for e in originals}
    demo = next(e for e in copies if e.KIND == "demolition")
    assert demo.building_id == "bldg-2"  # references to existing conditions are kept
    doc.check_references()
    stack.undo()
    assert len(doc.options) == 1


def test_deleting_a_plot_unlinks_its_households_instead_of_deleting_people():
    doc = small_document()
    stack = UndoStack(doc)
    stack.push(remove_with_dependents(doc, ["plot-1"]))
    assert "plot-1" not in doc and "bldg-1" not in doc
    hh = doc["hh-1"]
    assert isinstance(hh, Household) and hh.plot_id == ""
    doc.check_references()
    stack.undo()
    assert doc["hh-1"].plot_id == "plot-1"


def test_option_view_applies_demolitions():
    doc = small_document()
    view = doc.option_view("opt-1")
    ids = {e.id for e in view.entities()}
    assert "bldg-2" not in ids and "wp-1" in ids and "bldg-1" in ids
    assert "demo-1" not in ids
    assert "bldg-2" in {e.id for e in doc.existing_view().entities()}


def test_entities_by_scope_follow_adds_removes_and_scope_changes():
    doc = small_document()
    stack = UndoStack(doc)
    wp = doc["wp-1"]
    assert [e.id for e in doc.entities("opt-1")] == ["wp-1", "demo-1"]
    stack.push(ReplaceRecord(wp, dataclasses.replace(wp, scope="existing")))
    assert [e.id for e in doc.entities("opt-1")] == ["demo-1"]
    assert "wp-1" in {e.id for e in doc.entities("existing")}
    stack.push(RemoveRecord(doc["demo-1"]))
    assert doc.entities("opt-1") == []
    stack.undo()
    stack.undo()
    assert {e.id for e in doc.entities("opt-1")} == {"wp-1", "demo-1"}
    assert len(doc.entities()) == len(doc.entities("existing")) + 2
