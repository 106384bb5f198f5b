"""A kind's list decoded a column at a time gives the records, and the first error, of the one-by-one decoder.

``decode_records`` checks each field of all records of a kind together and fills the records through
their slots; it must build records equal to (and of the same type as) the dataclass constructor's, and
for any bad value leave the error to the one-by-one path: same JSON path, same reason, first in file order.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from designer.io.project_file import document_to_json
from designer.model import Demolition, Document, Household, InvalidRecordError, Plot, Relocation
from designer.model.codec import DecodeError, decode_record, decode_records
from designer.model.errors import JamiiError
from designer.model.geometry import deferred_validation
from designer.resources import sample_project_path
from tests.fuzz.helpers import FUZZ, HOSTILE_VALUES
from tests.io.drawing_fixtures import small_settlement


def _one_by_one(kind: str, items: Any, path: str) -> list[Any]:
    if type(items) is not list:
        raise DecodeError(path, "expected a list")
    return [decode_record(kind, item, f"{path}[{i}]") for i, item in enumerate(items)]


def _outcome(decode: Any, kind: str, items: Any) -> tuple[str, Any]:
    """Return ("ok", records with their types) or ("error", (class, JSON path, reason)) of one decoder."""
    try:
        with deferred_validation():
            records = decode(kind, items, f"$.records.{kind}")
    except DecodeError as exc:
        return "error", (DecodeError, exc.json_path, exc.reason)
    except JamiiError as exc:  # geometry, checked when the block closes
        return "error", (type(exc), str(exc))
    return "ok", [(type(r), r) for r in records]


def _records_json() -> dict[str, list[Any]]:
    with open(sample_project_path(), "rb") as fh:
        sample = orjson.loads(fh.read())["records"]
    small = document_to_json(small_settlement())["records"]
    return {kind: sample.get(kind, []) + small.get(kind, []) for kind in {*sample, *small}}


RECORDS = _records_json()


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_every_kind_of_the_sample_decodes_to_the_same_records(kind):
    assert RECORDS[kind], "the fixture has records of this kind"
    columns = _outcome(decode_records, kind, RECORDS[kind])
    assert columns == _outcome(_one_by_one, kind, RECORDS[kind])
    assert columns[0] == "ok"


def test_absent_fields_take_their_defaults_and_empty_lists_become_tuples():
    items = [
        {"id": "hh-1", "plot_id": "", "size_persons": 3, "income_per_month": "120.50"},
        {
            "id": "hh-2",
            "plot_id": "",
            "size_persons": 4,
            "children": 1,
            "income_per_month": None,
            "survey": [],
        },
    ]
    got = decode_records("household", items, "$.records.household")
    assert got == _one_by_one("household", items, "$.records.household")
    assert [type(h) for h in got] == [Household, Household]
    assert got[0].children == 0 and got[0].income_per_month == Decimal("120.50") and got[1].survey == ()


def test_a_record_its_own_check_refuses_is_named_with_its_index():
    square = [[0.0, 0.0], [4.0, 0.0], [4.0, 3.0], [0.0, 3.0]]
    items = [{"id": f"hh-{i}", "plot_id": "", "size_persons": 2, "children": 0} for i in range(5)]
    items[3]["children"] = 3  # more children than persons: the record's __post_init__ refuses it
    with pytest.raises(DecodeError) as err:
        decode_records("household", items, "$.records.household")
    assert err.value.json_path == "$.records.household[3]"
    assert "children" in err.value.reason
    plots = [{"id": f"plot-{i}", "outline": square} for i in range(3)]
    with deferred_validation():
        got = decode_records("plot", plots, "$.records.plot")
    assert [type(p) for p in got] == [Plot] * 3 and got[2].outline == tuple(map(tuple, square))


def test_a_whole_number_coordinate_or_width_is_taken_as_a_float():
    route = [[0, 0], [10.0, 0.0]]
    items = [{"id": "path-1", "route": route, "width_m": 3}, {"id": "path-2", "route": route, "width_m": 2.5}]
    with deferred_validation():
        got = decode_records("path", items, "$.records.path")
    assert got[0].route == ((0.0, 0.0), (10.0, 0.0)) and type(got[0].route[0][0]) is float
    assert got[0].width_m == 3.0 and type(got[0].width_m) is float
    assert got == _one_by_one("path", items, "$.records.path")


@st.composite
def _hostile_list(draw: st.DrawFn) -> tuple[str, list[Any]]:
    """Return a kind and its records with one to three values (or keys) replaced by hostile ones."""
    kind = draw(st.sampled_from(sorted(RECORDS)))
    items = copy.deepcopy(RECORDS[kind])
    for _ in range(draw(st.integers(1, 3))):
        item = items[draw(st.integers(0, len(items) - 1))]
        if draw(st.booleans()):
            key = draw(st.sampled_from(sorted(item)))
            item[key] = draw(HOSTILE_VALUES)
        else:  # a key the record does not have, or a required one dropped
            item.pop(draw(st.sampled_from(sorted(item))))
    return kind, items


@FUZZ
@given(case=_hostile_list())
def test_hostile_values_give_the_one_by_one_outcome(case):
    kind, items = case
    assert _outcome(decode_records, kind, items) == _outcome(_one_by_one, kind, items)


def _settlement_with(*changes: Any) -> Document:
    """Return the small settlement's records with some replaced (by id) or added, as a new Document."""
    doc = small_settlement()
    records = {r.id: r for r in doc.records() if r.id != doc.project.id}
    for rec in changes:
        records[rec.id] = rec
    return Document(doc.project, list(records.values()))


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        # One id on two records: the second is named (the bulk index refuses, the loop names it).
        ((), InvalidRecordError, "opt-b.*the id is used twice"),
        (
            (Plot(id="plot-7", scope="opt-a", outline=((0, 0), (5, 0), (5, 5)), replaces=("bldg-1",)),),
            None,
            None,
        ),
        ((Demolition(id="demo-1", building_id="bldg-1"),), None, None),
        (
            (Plot(id="plot-7", scope="opt-a", outline=((0, 0), (5, 0), (5, 5)), replaces=("plot-7",)),),
            None,
            None,
        ),
        ((Demolition(id="demo-1", scope="opt-gone", building_id="bldg-1"),), None, None),
        (
            (Relocation(id="move-1", scope="opt-a", building_id="bldg-2", destination_plot_id="bldg-5"),),
            None,
            None,
        ),
    ],
)
def test_an_index_or_reference_error_is_the_record_by_record_one(changes, error, message):
    if error is not None:
        doc = small_settlement()
        records = [r for r in doc.records() if r.id != doc.project.id]
        records.append(records[1])
        with pytest.raises(error, match=message):
            Document(doc.project, records)
        return
    doc = _settlement_with(*changes)
    with pytest.raises(JamiiError) as bulk:
        doc.check_references()
    with pytest.raises(JamiiError) as one_by_one:
        doc._raise_first_reference_error()
    assert (type(bulk.value), str(bulk.value)) == (type(one_by_one.value), str(one_by_one.value))


def test_a_document_from_many_records_indexes_them_by_id_kind_and_scope():
    doc = small_settlement()
    one_by_one = Document(doc.project)
    for rec in doc.records():
        if rec.id != doc.project.id:
            one_by_one._put(rec)
    assert list(doc._records.items()) == list(one_by_one._records.items())
    assert {k: list(v.items()) for k, v in doc._by_kind.items()} == {
        k: list(v.items()) for k, v in one_by_one._by_kind.items()
    }
    assert {k: list(v.items()) for k, v in doc._by_scope.items()} == {
        k: list(v.items()) for k, v in one_by_one._by_scope.items()
    }
