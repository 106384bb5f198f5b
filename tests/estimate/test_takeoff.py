"""The takeoff adapter measures an option's interventions from the drawn geometry."""

from __future__ import annotations

import dataclasses
import math
from decimal import Decimal

import pytest

from costing.takeoff.elements import ELEMENT_KINDS
from designer.estimate.takeoff import household_counts, option_elements, option_finance_inputs
from designer.model import (
    AddRecord,
    Document,
    Household,
    Option,
    Plot,
    ProjectInfo,
    RemoveRecord,
    ReplaceRecord,
    WaterMain,
)
from tests.estimate.documents import make_doc


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))


def _by_id(doc: Document, option_id: str = "opt-a") -> dict[str, object]:
    return {e.source_id: e for e in option_elements(doc, option_id)}


def test_every_costed_intervention_becomes_an_element_of_a_known_kind():
    els = _by_id(make_doc())
    assert set(els) == {
        "wm-1",
        "wp-1",
        "wp-2",
        "wc-1",
        "path-1w",
        "path-2",
        "sw-1",
        "mh-1",
        "dr-1",
        "sl-1",
        "sl-2",
        "demo-1",
        "move-1",
        "impr-1",
        "house-1",
        "plot-n",
    }
    assert {e.kind for e in els.values()} <= set(ELEMENT_KINDS)
    # core-2room is not in the house library: that house is estimated from its footprint (a formula).
    assert {k for k, e in els.items() if e.provenance != "drawn"} == {"house-1"}
    assert els["house-1"].provenance == "formula"
    assert all(e.label for e in els.values())


def test_pipe_lengths_come_from_the_drawn_route_and_surface_from_the_path_above():
    els = _by_id(make_doc())
    wm = els["wm-1"]
    assert wm.measures["length_m"] == pytest.approx(60 + 80)
    assert wm.measures["diameter_mm"] == 63
    # The main's midpoint (60, 11) is 11 m from the widened path: too far; earth.
    assert wm.attributes["surface"] == "earth"
    sw = els["sw-1"]
    assert sw.measures["length_m"] == pytest.approx(40)
    assert sw.attributes["surface"] == "earth"


def test_route_surface_is_that_of_the_option_s_path_not_the_replaced_one():
    doc = make_doc()
    doc._add(WaterMain(id="wm-2", scope="opt-a", route=((10, 1), (50, 1))))
    assert _by_id(doc)["wm-2"].attributes["surface"] == "concrete"  # path-1w replaces murram path-1


def test_widened_path_carries_its_old_width_and_its_area():
    p = _by_id(make_doc())["path-1w"]
    assert p.measures == {
        "length_m": 100.0,
        "width_m": 3.5,
        "area_m2": 350.0,
        "widened_from_width_m": 2.0,
        "drawn_drain_m": 0.0,
    }
    assert p.attributes["surface"] == "concrete"


def test_water_point_connection_is_the_distance_to_the_nearest_main():
    els = _by_id(make_doc())
    assert els["wp-1"].measures["connection_length_m"] == pytest.approx(5.0)
    assert els["wp-2"].measures["connection_length_m"] == pytest.approx(math.hypot(240, 219))
    assert els["wp-2"].measures["storage_m3"] == 2.0


def test_grid_light_cable_runs_to_the_nearest_other_grid_light_solar_needs_none():
    els = _by_id(make_doc())
    assert els["sl-1"].measures["cable_length_m"] == pytest.approx(30.0)  # to the existing grid light
    assert els["sl-2"].measures["cable_length_m"] == 0.0


def test_changes_to_existing_buildings_are_measured_on_those_buildings():
    els = _by_id(make_doc())
    assert els["demo-1"].measures == {"floor_area_m2": 30.0, "storeys": 1.0}
    assert els["move-1"].measures["floor_area_m2"] == pytest.approx(40.0)  # 20 m2 × 2 storeys
    # The improvement of the 4 × 4 m building follows its house type (improve-rfw): one Element per
    # stage asked for. Roof: 0.45 m overhang, 10° pitch → 4.9² / cos 10° = 24.3804 m² (stage 1).
    # Floor: clear area inside 0.15 m walls → 3.7² = 13.69 m² (stage 2). No walls asked for.
    stages = {
        e.attributes["stage"]: e.measures
        for e in option_elements(make_doc(), "opt-a")
        if e.source_id == "impr-1"
    }
    assert set(stages) == {1, 2}
    assert stages[1]["roof_area_m2"] == pytest.approx(4.9**2 / math.cos(math.radians(10)), abs=1e-4)
    assert stages[1]["extra_rooms"] == 1.0 and stages[1]["floor_area_m2"] == 0.0
    assert stages[2]["floor_area_m2"] == pytest.approx(13.69)
    assert all(m["wall_area_m2"] == 0.0 for m in stages.values())


def test_core_house_measures_follow_its_outline_rooms_and_type():
    h = _by_id(make_doc())["house-1"].measures
    assert h["floor_area_m2"] == 30.0
    perimeter, internal = 22.0, math.sqrt(30.0)  # 2 rooms on one storey: one partition
    assert h["foundation_length_m"] == pytest.approx(perimeter + internal)
    # Net of openings: 2 windows × 1.2 m² and 2 doors × 0.9 × 2.0 m.
    assert h["wall_area_external_m2"] == pytest.approx(perimeter * 2.7 - 2 * 1.2 - 2 * 1.8)
    assert h["wall_area_internal_m2"] == pytest.approx(internal * 2.7)
    assert h["door_count"] == 2 and h["window_area_m2"] == pytest.approx(2.4)
    assert h["wc_count"] == 1 and h["kitchen_count"] == 1


def test_replotted_plot_measures_area_and_perimeter():
    assert _by_id(make_doc())["plot-n"].measures == {"area_m2": 120.0, "perimeter_m": 44.0, "beacons": 4.0}


def test_finance_inputs_read_funding_community_households_and_groups():
    inputs = option_finance_inputs(make_doc(), "opt-a")
    assert inputs.funding.subsidy_share == Decimal("0.6") and inputs.funding.loan_term_months == 60
    assert inputs.community.labour_share == Decimal("0.5")
    assert inputs.community.share_for(8) == Decimal("1.0") and inputs.community.share_for(7) == Decimal("0.5")
    assert inputs.community.local_materials == {"M-SAND"}
    assert [h.id for h in inputs.households] == ["hh-1", "hh-2", "hh-3"]
    assert (inputs.household_count, inputs.persons, inputs.households_estimated) == (3, 12, False)
    assert inputs.savings_groups[0].members_female == 12


def test_without_households_the_count_is_estimated_from_residential_plots():
    doc = Document(
        ProjectInfo(persons_per_household=4.5),
        [
            Option(id="o", name="O"),
            Plot(id="p1", outline=((0, 0), (10, 0), (10, 10))),
            Plot(id="p2", outline=((20, 0), (30, 0), (30, 10))),
        ],
    )
    inputs = option_finance_inputs(doc, "o")
    assert (inputs.household_count, inputs.persons, inputs.households_estimated) == (2, 9, True)


def test_household_counts_follow_every_edit_of_households_plots_and_project():
    """The counts are kept between costings and forgotten on any change of the document."""
    doc = Document(
        ProjectInfo(persons_per_household=4.5),
        [
            Option(id="o", name="O"),
            Plot(id="p1", outline=((0, 0), (10, 0), (10, 10))),
            Plot(id="p2", outline=((20, 0), (30, 0), (30, 10))),
        ],
    )
    assert household_counts(doc) == (2, 9, True)
    AddRecord(Plot(id="p3", outline=((40, 0), (50, 0), (50, 10)))).do(doc)
    assert household_counts(doc) == (3, 14, True)  # 13.5 persons, rounded
    ReplaceRecord(doc.project, dataclasses.replace(doc.project, persons_per_household=5.0)).do(doc)
    assert household_counts(doc) == (3, 15, True)
    AddRecord(Household(id="hh-1", plot_id="p1", size_persons=6)).do(doc)
    assert household_counts(doc) == (1, 6, False)
    hh = doc.get("hh-1")
    ReplaceRecord(hh, dataclasses.replace(hh, size_persons=2)).do(doc)
    assert household_counts(doc) == (1, 2, False)
    RemoveRecord(doc.get("hh-1")).do(doc)
    assert household_counts(doc) == (3, 15, True)
    twin = doc.copy()  # a snapshot for another thread counts its own records
    AddRecord(Household(id="hh-2", plot_id="p2", size_persons=3)).do(twin)
    assert household_counts(twin) == (1, 3, False) and household_counts(doc) == (3, 15, True)


def test_unknown_option_is_an_error():
    with pytest.raises(KeyError):
        option_elements(make_doc(), "nope")


def test_water_main_names_the_catalogue_pipe_the_pressure_check_uses():
    """HDPE 63 mm with no class: the catalogue's default PN10 (SDR 17, the pipe the default library
    prices), bore 63 − 2 × 3.8 = 55.4 mm; PN16 (SDR 11) has 63 − 2 × 5.8 = 51.4 mm."""
    from designer.model.pipes import find_pipe

    wm = _by_id(make_doc())["wm-1"]
    assert wm.attributes["pipe_class"] == "PN10, bore 55.4 mm"
    spec = find_pipe("HDPE", 63)
    assert spec is not None and spec.internal_mm == 55.4 and spec.pressure_class == "PN10"
    assert find_pipe("hdpe", 63, "pn16").internal_mm == pytest.approx(63 - 2 * 5.8)
    assert find_pipe("HDPE", 20).pressure_class == "PN16"  # the only class made at 20 mm
    assert find_pipe("HDPE", 63, "PN12") is None


def test_a_drawn_zebra_or_footbridge_is_a_crossing_not_a_footpath():
    """Issue 17: crossings are drawable; they are measured as crossings (priced by crossing.toml, or
    NOT PRICED where the library has no rate), never as a metre of footpath."""
    from designer.estimate.pricing import cost_option
    from designer.model import Path, PathKind

    doc = make_doc()
    doc._add(Path(id="zb", scope="opt-a", route=((50, 6), (50, -6)), width_m=3.0, path_kind=PathKind.ZEBRA))
    doc._add(
        Path(id="fb", scope="opt-a", route=((70, 8), (70, -8)), width_m=2.0, path_kind=PathKind.FOOTBRIDGE)
    )
    els = _by_id(doc)
    assert els["zb"].kind == "crossing" and els["zb"].attributes == {"crossing_kind": "zebra"}
    assert els["fb"].kind == "crossing" and els["fb"].measures["length_m"] == pytest.approx(16)
    boq = cost_option(doc, "opt-a")
    lines = [ln for b in boq.bills for ln in b.lines]
    zebra = [ln for ln in lines if "Zebra crossing" in ln.description]
    bridge = [ln for ln in lines if "footbridge" in ln.description.lower()]
    assert len(zebra) == 1 and len(bridge) == 1
    assert all("NOT PRICED" in ln.description or ln.amount > 0 for ln in zebra + bridge)
    assert not any(ln.description.endswith(" to zebra") or "to footbridge" in ln.description for ln in lines)
