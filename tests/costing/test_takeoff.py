from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from costing.errors import RuleError
from costing.takeoff.elements import ELEMENT_KINDS, Element, ElementBatch
from costing.takeoff.engine import Takeoff
from costing.takeoff.expr import StepTable, compile_expression
from costing.takeoff.rules import load_rules


def _main(sid: str, length: float, dn: float = 63, depth: float = 0.9, surface: str = "earth") -> Element:
    return Element(
        "water_main",
        sid,
        {"length_m": length, "diameter_mm": dn, "depth_m": depth},
        {"material": "HDPE", "surface": surface},
    )


@pytest.mark.parametrize(
    "text",
    ["__import__('os')", "x.__class__", "open('f')", "[1, 2]", "lambda: 1", "x[0]", "f'{x}'", "(y := 2)"],
)
def test_rule_expressions_cannot_run_code(text):
    with pytest.raises(RuleError):
        compile_expression(text)


def test_expressions_evaluate_element_wise_over_columns():
    cols = {"a": np.array([1.0, 2.0, 3.0]), "s": np.array(["earth", "concrete", "earth"])}
    expr = compile_expression("a * 2 if s == 'earth' else max(a, 10)")
    assert expr.evaluate(cols).tolist() == [2.0, 10.0, 6.0]
    assert compile_expression("a > 1 and not (s == 'earth')").evaluate(cols).tolist() == [False, True, False]
    assert expr.names == {"a", "s"}


def test_step_tables_pick_the_first_break_not_below_the_value():
    t = StepTable((63.0, 110.0), (0.45, 0.5, 0.6))
    assert t(np.array([50, 63, 90, 110, 160])).tolist() == [0.45, 0.45, 0.5, 0.5, 0.6]
    with pytest.raises(RuleError):
        StepTable((1.0,), (1.0,))


def test_every_element_kind_has_measurement_rules():
    assert set(load_rules().kinds) == set(ELEMENT_KINDS)


def test_water_main_quantities_match_the_hand_worked_example():
    t = Takeoff([_main("wm-1", 100.0, surface="murram")])
    q = {ln.code: ln.quantity for ln in t.lines.values()}
    # trench 0.45 m wide (DN ≤ 63) × 0.9 m deep × 100 m = 40.5 m3
    assert q["EW-TRENCH-D15"] == pytest.approx(40.5)
    # bedding: 0.45 × (0.1 + 0.063 + 0.1) × 100 − π 0.063² / 4 × 100 = 11.835 − 0.31172 = 11.52328
    assert q["EW-BED-SAND"] == pytest.approx(0.45 * 0.263 * 100 - math.pi * 0.063**2 / 4 * 100)
    # backfill: 0.45 × (0.9 − 0.263) × 100 = 28.665 m3
    assert q["EW-BACKFILL"] == pytest.approx(28.665)
    assert q["WS-PIPE-HDPE-63"] == 100.0
    assert q["RD-REINSTATE-murram"] == pytest.approx(100 * (0.45 + 0.3))


def test_deep_wide_mains_change_class_and_earth_needs_no_reinstatement():
    t = Takeoff([_main("wm-2", 10.0, dn=160, depth=2.0)])
    codes = {ln.code for ln in t.lines.values()}
    assert "EW-TRENCH-D30" in codes and "EW-TRENCH-D15" not in codes
    assert not any(c.startswith("RD-REINSTATE") for c in codes)
    trench = next(ln for ln in t.lines.values() if ln.code == "EW-TRENCH-D30")
    assert trench.quantity == pytest.approx(10 * 0.6 * 2.0)


def test_same_items_of_several_elements_add_up_into_one_line():
    t = Takeoff([_main("a", 10.0), _main("b", 15.5)])
    pipe = next(ln for ln in t.lines.values() if ln.code == "WS-PIPE-HDPE-63")
    assert pipe.contributions == {"a": 10.0, "b": 15.5}
    assert pipe.quantity == 25.5
    assert t.inputs(pipe) == (("elements", 2.0), ("length_m", 25.5))


def test_toilet_by_type():
    pit = Takeoff(
        [
            Element(
                "toilet",
                "t1",
                {"seats": 2, "seats_female": 1, "seats_male": 1},
                {"toilet_kind": "pit_latrine", "handwashing": True},
            )
        ]
    )
    q = {ln.code: ln.quantity for ln in pit.lines.values()}
    assert q == {"EW-PIT": 6.0, "SN-PITLINING": 22.0, "SN-SLAB": 2.0, "SN-CUBICLE": 2.0, "SN-HANDWASH": 1.0}
    block = Takeoff(
        [
            Element(
                "toilet",
                "t2",
                {"seats": 4, "seats_female": 2, "seats_male": 2},
                {"toilet_kind": "ablution_block", "handwashing": False},
            )
        ]
    )
    q = {ln.code: ln.quantity for ln in block.lines.values()}
    assert q == {"SN-PAN": 4.0, "SN-ABLUTION": 10.0, "SN-SEPTIC": 4.0}


def test_missing_measure_without_default_is_a_clear_error():
    with pytest.raises(RuleError, match="length_m"):
        Takeoff([Element("water_main", "wm", {"diameter_mm": 63})])


def test_unknown_kind_is_a_clear_error():
    with pytest.raises(RuleError, match="no measurement rules"):
        Takeoff([Element("spaceship", "x", {})])


@settings(max_examples=40, deadline=None)
@given(
    lengths=st.lists(st.floats(min_value=0.5, max_value=500, allow_nan=False), min_size=2, max_size=12),
    edit=st.data(),
)
def test_re_measuring_one_element_gives_the_same_lines_as_a_full_takeoff(lengths, edit):
    elements = [_main(f"wm-{i}", v, surface="gravel" if i % 2 else "earth") for i, v in enumerate(lengths)]
    live = Takeoff(elements)
    i = edit.draw(st.integers(0, len(elements) - 1))
    new_length = edit.draw(st.floats(min_value=0.5, max_value=500, allow_nan=False))
    new = _main(f"wm-{i}", new_length, dn=110, surface="concrete")
    live.replace(f"wm-{i}", new)
    elements[i] = new
    full = Takeoff(elements)
    assert {k: v.quantity for k, v in live.lines.items()} == {k: v.quantity for k, v in full.lines.items()}


def test_two_items_of_one_element_on_the_same_line_add_up(tmp_path):
    (tmp_path / "manhole.toml").write_text(
        'kind = "manhole"\n'
        '[[items]]\ncode = "X"\nbill = 8\ndescription = "Chamber"\nunit = "nr"\nquantity = "1"\n'
        '[[items]]\ncode = "X"\nbill = 8\ndescription = "Chamber"\nunit = "nr"\nquantity = "depth_m"\n',
        encoding="utf-8",
    )
    t = Takeoff(
        [Element("manhole", "mh-1", {"depth_m": 1.5}), Element("manhole", "mh-2", {"depth_m": 2.0})],
        load_rules(tmp_path),
    )
    (line,) = t.lines.values()
    assert line.contributions == {"mh-1": 2.5, "mh-2": 3.0}
    assert line.source_ids == ["mh-1", "mh-2"]
    t.replace("mh-1", None)
    assert line.contributions == {"mh-2": 3.0} and line.source_ids == ["mh-2"]


def _keys_one_by_one(elements: list[Element]) -> tuple[list[str], dict[str, float]]:
    t = Takeoff()
    keys = [k for e in elements for k in t.add([e])]
    return keys, {ln.code: ln.quantity for ln in t.lines.values()}


def test_element_keys_the_first_element_of_an_entity_gets_its_id_later_ones_a_numbered_key():
    t = Takeoff()
    assert t.add([_main("wm-1", 10.0)]) == ["wm-1"]
    assert t.add([_main("wm-1", 5.0), _main("wm-2", 1.0)]) == ["wm-1#1", "wm-2"]
    manual = Element("manhole", "", {"depth_m": 1.0, "diameter_mm": 1000.0})
    assert t.add([manual, manual]) == ["manual#2", "manual#3"]
    assert t.keys_for_source("wm-1") == ["wm-1", "wm-1#1"]
    assert sorted(t.elements) == ["manual#2", "manual#3", "wm-1", "wm-1#1", "wm-2"]


def test_several_elements_of_one_entity_in_one_batch_each_count():
    """A core house with two built stages is two elements of one entity, measured in one batch: both
    stages' quantities are billed (the batch used to give both the entity's id as key, and the second
    stage's quantities replaced the first's on every line they share: a silent under-measurement)."""
    batch = [_main("wm-1", 10.0), _main("wm-2", 3.0), _main("wm-1", 5.0, dn=110), _main("wm-1", 2.0)]
    one_by_one_keys, one_by_one = _keys_one_by_one(batch)
    t = Takeoff()
    assert t.add(batch) == one_by_one_keys == ["wm-1", "wm-2", "wm-1#1", "wm-1#2"]
    assert {ln.code: ln.quantity for ln in t.lines.values()} == one_by_one
    test_line = next(ln for ln in t.lines.values() if ln.code == "WS-TEST")
    assert test_line.quantity == 20.0 and len(test_line.contributions) == 4
    assert test_line.source_ids == ["wm-1", "wm-1", "wm-1", "wm-2"]
    assert t.keys_for_source("wm-1") == ["wm-1", "wm-1#1", "wm-1#2"]
    # Removing the entity's elements leaves nothing of it behind.
    for key in t.keys_for_source("wm-1"):
        t.remove(key)
    assert {ln.code: ln.quantity for ln in t.lines.values()}["WS-TEST"] == 3.0
    assert t.keys_for_source("wm-1") == []


def _line_state(t: Takeoff) -> dict:
    """Everything pricing and the reports read of every line, and the element keys by source."""
    return {
        key: (
            line.quantity,
            dict(line.contributions),
            [dict(d) for d in line.input_values],
            list(line.source_ids),
            +line.methods,
            t.inputs(line),
            t.parts(line),
            t.provenance_method(line),
        )
        for key, line in t.lines.items()
    }


def _mains_batch(ids: list[str], lengths: list[float], surfaces: list[str], dns: list[float]) -> ElementBatch:
    return ElementBatch(
        "water_main",
        ids,
        {"length_m": np.asarray(lengths), "diameter_mm": dns, "depth_m": [0.9] * len(ids)},
        {"material": ["HDPE"] * len(ids), "surface": surfaces},
        [f"Water main {i}" for i in ids],
    )


@settings(max_examples=30, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["wm-1", "wm-2", "wm-3", "wm-4", "wm-5", ""]),
            st.floats(min_value=0.5, max_value=500, allow_nan=False),
            st.sampled_from(["earth", "gravel", "asphalt"]),
            st.sampled_from([63.0, 90.0, 160.0]),
        ),
        min_size=1,
        max_size=10,
    ),
    first=st.integers(0, 10),
)
def test_a_batch_measures_exactly_as_its_elements_one_list_or_one_by_one(rows, first):
    """Same keys (duplicate and empty source ids included), quantities, inputs, sources and provenance."""
    ids, lengths, surfaces, dns = (list(c) for c in zip(*rows, strict=True))
    batch = _mains_batch(ids, lengths, surfaces, dns)
    split = min(first, len(ids))
    head = _mains_batch(ids[:split], lengths[:split], surfaces[:split], dns[:split])
    tail = _mains_batch(ids[split:], lengths[split:], surfaces[split:], dns[split:])
    as_elements, as_batch, in_two = Takeoff(), Takeoff(), Takeoff()
    keys = as_elements.add(batch.elements())
    assert as_batch.add([batch]) == keys
    assert in_two.add([head]) + in_two.add([tail]) == keys
    assert _line_state(as_batch) == _line_state(as_elements) == _line_state(in_two)
    assert {k: as_batch.elements[k] for k in keys} == {k: as_elements.elements[k] for k in keys}
    for sid in set(ids):
        assert as_batch.keys_for_source(sid) == as_elements.keys_for_source(sid)


def test_a_batch_element_reads_back_as_plain_python_values():
    batch = _mains_batch(["wm-1", "wm-2"], [10.0, 12.5], ["earth", "gravel"], [63.0, 90.0])
    e = batch.element(1)
    assert e == Element(
        "water_main",
        "wm-2",
        {"length_m": 12.5, "diameter_mm": 90.0, "depth_m": 0.9},
        {"material": "HDPE", "surface": "gravel"},
        "Water main wm-2",
    )
    assert type(e.measures["length_m"]) is float  # not a numpy scalar
    t = Takeoff([batch])
    assert t.elements["wm-2"] == e and t.elements.source_id("wm-1") == "wm-1"


def test_a_batch_with_a_short_column_is_refused():
    with pytest.raises(ValueError, match="'surface' has 1 values for 2 elements"):
        ElementBatch("water_main", ["a", "b"], {"length_m": [1.0, 2.0]}, {"surface": ["earth"]})


def test_a_batch_without_a_measure_and_no_default_names_the_element():
    batch = ElementBatch("water_main", ["wm-9"], {"length_m": [5.0]}, {}, ["Water main wm-9 (5 m)"])
    with pytest.raises(RuleError, match=r"Water main wm-9 \(5 m\).*'diameter_mm'"):
        Takeoff([batch])


def test_removing_an_element_of_a_batch_updates_every_line_it_is_on():
    t = Takeoff([_mains_batch(["wm-1", "wm-2"], [10.0, 20.0], ["gravel", "gravel"], [63.0, 63.0])])
    before = {ln.code: ln.quantity for ln in t.lines.values()}
    changed = t.remove("wm-1")
    after = {ln.code: ln.quantity for ln in t.lines.values()}
    assert changed and before["WS-TEST"] == 30.0 and after["WS-TEST"] == 20.0
    assert all(line.source_ids == ["wm-2"] for line in t.lines.values())
    assert "wm-1" not in t.elements and t.keys_for_source("wm-1") == []


def test_many_groups_on_one_item_split_as_one_element_at_a_time_would():
    """40 sizes in one batch: each size's lines hold exactly that size's pipes (many-group path)."""
    n = 40
    ids = [f"wm-{i:02d}" for i in range(n)]
    batch = _mains_batch(
        ids, [10.0 + i for i in range(n)], ["gravel"] * n, [float(50 + 5 * i) for i in range(n)]
    )
    one_by_one = Takeoff()
    for e in batch.elements():
        one_by_one.add([e])
    together = Takeoff([batch])
    assert _line_state(together) == _line_state(one_by_one)
    assert sum(1 for ln in together.lines.values() if ln.code == "WS-VALVE") == n
