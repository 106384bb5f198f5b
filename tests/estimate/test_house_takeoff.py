"""House take-off: Elements per house per stage, party walls counted once across a row, improvements."""

from __future__ import annotations

import math

import pytest

from costing.takeoff.elements import ELEMENT_KINDS
from designer.estimate.house_takeoff import (
    HOUSE_MEASURES,
    IMPROVEMENT_MEASURES,
    house_elements,
    type_elements,
)
from designer.io.house_library import load_library
from designer.model import Building, Document, Option, Path, Plot, ProjectInfo, UndoStack
from designer.model.house_placement import place_houses, place_improvements
from designer.model.housing import (
    HouseType,
    Opening,
    OpeningKind,
    RoofSpec,
    Room,
    RoomUse,
    Side,
    Stage,
    WallKind,
    WallSpec,
    rect_ring,
)

WALLS = (
    WallSpec(kind=WallKind.EXTERNAL, thickness_m=0.2, footing_width_m=0.6, footing_depth_m=0.3),
    WallSpec(kind=WallKind.PARTY, thickness_m=0.2, footing_width_m=0.6, footing_depth_m=0.3),
    WallSpec(kind=WallKind.INTERNAL, thickness_m=0.1, footing_width_m=0.4, footing_depth_m=0.2),
)


def row_room(**changes: object) -> HouseType:
    """A 3 × 4 m row-house room on centrelines with party walls left and right, one 0.9 × 2.1 m door."""
    values: dict[str, object] = {
        "id": "row-test",
        "name": "Row test",
        "storey_height_m": 2.5,
        "wall_specs": WALLS,
        "party_sides": (Side.LEFT, Side.RIGHT),
        "plot_width_m": 3.0,
        "plot_depth_m": 8.0,
        "rooms": (Room(key="r1", name="Room", use=RoomUse.LIVING, outline=rect_ring(0, 1, 3, 4)),),
        "openings": (Opening(kind=OpeningKind.DOOR, at=(1.5, 1.0), width_m=0.9, height_m=2.1),),
        "roof": RoofSpec(pitch_deg=15.0, overhang_m=0.5),
        "stages": (Stage(number=1, name="Core"), Stage(number=2, name="Later")),
    }
    values.update(changes)
    return HouseType(**values)  # type: ignore[arg-type]


def street(n_plots: int, width_m: float = 3.0) -> Document:
    plots = [Plot(id=f"p{i}", outline=rect_ring(width_m * i, 0, width_m, 8)) for i in range(n_plots)]
    return Document(
        ProjectInfo(),
        [
            *plots,
            Path(id="path", route=((-5.0, -1.0), (40.0, -1.0)), width_m=1.5),
            Option(id="opt", name="Row"),
            Building(id="shack", outline=rect_ring(30, 2, 5, 4), storeys=1),
        ],
    )


def test_elements_carry_exactly_the_house_measures_of_the_costing_contract():
    doc = street(1)
    UndoStack(doc).push(place_houses(doc, "opt", ["p0"], row_room(), stages_built=1))
    (element,) = house_elements(doc, "opt")
    assert element.kind == "house"
    assert set(element.measures) == set(HOUSE_MEASURES)
    # The contract lists the same names (elements.py, ELEMENT_KINDS["house"]).
    contract = ELEMENT_KINDS["house"].split(";")[0].replace(" ", "").split(",")
    assert set(contract) == set(HOUSE_MEASURES)
    assert dict(element.attributes) == {"house_type": "row-test", "stage": 1}


def test_a_house_alone_pays_its_whole_party_walls():
    doc = street(1)
    UndoStack(doc).push(place_houses(doc, "opt", ["p0"], row_room()))
    (element,) = house_elements(doc, "opt")
    # Two party walls of 3.8 m between the external front and back walls, 2.5 m high.
    assert element.measures["wall_area_party_m2"] == pytest.approx(2 * 3.8 * 2.5)
    # Front and back walls 3.2 m over the corners, less the door.
    assert element.measures["wall_area_external_m2"] == pytest.approx(2 * 3.2 * 2.5 - 0.9 * 2.1)
    assert element.measures["roof_area_m2"] == pytest.approx(3.0 * 5.2 / math.cos(math.radians(15)), abs=1e-3)


def test_party_walls_are_counted_once_across_a_row_of_three():
    doc = street(3)
    UndoStack(doc).push(place_houses(doc, "opt", ["p0", "p1", "p2"], row_room()))
    elements = house_elements(doc, "opt")
    by_plot = {doc[e.source_id].plot_id: e for e in elements}  # type: ignore[attr-defined]
    one_wall_m2 = 3.8 * 2.5
    # Ends: one wall of their own and half of the shared one; the middle house: two halves.
    assert by_plot["p0"].measures["wall_area_party_m2"] == pytest.approx(1.5 * one_wall_m2)
    assert by_plot["p1"].measures["wall_area_party_m2"] == pytest.approx(1.0 * one_wall_m2)
    assert by_plot["p2"].measures["wall_area_party_m2"] == pytest.approx(1.5 * one_wall_m2)
    # Three houses, four party walls (not six).
    assert sum(e.measures["wall_area_party_m2"] for e in elements) == pytest.approx(4 * one_wall_m2)
    # Footings under the party walls too: 4 party footings of (4 − 0.6) m instead of 6.
    single_front_back = 2 * (3 + 0.6)
    total_footing = sum(e.measures["foundation_length_m"] for e in elements)
    assert total_footing == pytest.approx(3 * single_front_back + 4 * (4 - 0.6))


def test_houses_apart_do_not_share_walls():
    doc = street(2, width_m=4.0)  # 4 m plots: the 3 m houses stand 1 m apart
    UndoStack(doc).push(place_houses(doc, "opt", ["p0", "p1"], row_room()))
    for element in house_elements(doc, "opt"):
        assert element.measures["wall_area_party_m2"] == pytest.approx(2 * 3.8 * 2.5)


def test_one_element_per_built_stage():
    ht = row_room(
        rooms=(
            Room(key="r1", name="Room", use=RoomUse.LIVING, outline=rect_ring(0, 1, 3, 4)),
            Room(key="r2", name="Back", use=RoomUse.BEDROOM, outline=rect_ring(0, 5, 3, 2.5), stage=2),
        )
    )
    doc = street(1)
    stack = UndoStack(doc)
    stack.push(place_houses(doc, "opt", ["p0"], ht, stages_built=1))
    assert [e.attributes["stage"] for e in house_elements(doc, "opt")] == [1]
    stack.push(place_houses(doc, "opt", ["p0"], ht, stages_built=2))
    elements = house_elements(doc, "opt")
    assert [e.attributes["stage"] for e in elements] == [1, 2]
    assert elements[1].measures["floor_area_m2"] == pytest.approx(2.8 * (2.5 - 0.1 - 0.1))


def test_improvement_is_measured_on_the_existing_outline_per_stage():
    doc = street(1)
    lib = load_library(include_user=False)
    ht = lib.get("improve-rfw")
    UndoStack(doc).push(place_improvements(doc, "opt", ["shack"], ht, walls=False))
    elements = house_elements(doc, "opt", lib)
    assert [e.kind for e in elements] == ["house_improvement", "house_improvement"]
    assert all(set(e.measures) == set(IMPROVEMENT_MEASURES) for e in elements)
    roof, floor = elements
    over = ht.roof.overhang_m
    assert roof.measures["roof_area_m2"] == pytest.approx(
        (5 + 2 * over) * (4 + 2 * over) / math.cos(math.radians(ht.roof.pitch_deg)), abs=1e-3
    )
    t = ht.improvement.existing_wall_thickness_m  # type: ignore[union-attr]
    assert floor.measures["floor_area_m2"] == pytest.approx((5 - 2 * t) * (4 - 2 * t), abs=1e-3)
    assert (roof.attributes["roof"], floor.attributes["floor"], floor.attributes["walls"]) == (
        True,
        True,
        False,
    )


def test_type_elements_of_every_shipped_new_type_measure_something():
    for ht in load_library(include_user=False).sorted():
        if ht.category.value != "new":
            continue
        elements = type_elements(ht)
        assert len(elements) == len(ht.stages)
        first = elements[0].measures
        assert first["floor_area_m2"] > 0
        assert first["wall_area_external_m2"] > 0
        assert first["roof_area_m2"] > 0
        assert first["foundation_volume_m3"] > 0


def test_measuring_one_house_still_shares_its_party_walls_with_the_neighbours():
    from designer.estimate.house_takeoff import houses_near

    doc = street(3)
    UndoStack(doc).push(place_houses(doc, "opt", ["p0", "p1", "p2"], row_room()))
    middle = next(h for h in doc.entities("opt") if getattr(h, "plot_id", "") == "p1")
    (element,) = house_elements(doc, "opt", only={middle.id})
    assert element.source_id == middle.id
    assert element.measures["wall_area_party_m2"] == pytest.approx(3.8 * 2.5)  # two halves
    # Moving the middle house changes its neighbours' shares: they are the houses near its outline.
    assert houses_near(doc, "opt", middle.outline) == {
        h.id for h in doc.entities("opt") if h.KIND == "core_house"
    }


def test_cost_per_house_stage_and_m2_with_community_labour(tmp_path, monkeypatch):
    import dataclasses
    from decimal import Decimal

    from designer.estimate.house_pricing import costs_by_house, option_house_costs

    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))
    doc = street(2)
    stack = UndoStack(doc)
    stack.push(place_houses(doc, "opt", ["p0", "p1"], row_room()))
    paid = option_house_costs(doc, "opt")
    assert len(paid) == 2
    assert all(c.amount > 0 and c.in_kind == 0 for c in paid)
    assert paid[0].per_m2 == (paid[0].amount / Decimal(str(paid[0].floor_area_m2))).quantize(Decimal("0.01"))
    assert sum(costs_by_house(paid).values()) == sum(c.amount for c in paid)
    # Residents build with half the labour: same value of work, part of it contributed in kind.
    from designer.model import ReplaceRecord

    option = doc["opt"]
    stack.push(ReplaceRecord(option, dataclasses.replace(option, community_labour_share=0.5)))
    shared = option_house_costs(doc, "opt")
    assert [c.amount for c in shared] == [c.amount for c in paid]
    assert all(c.in_kind > 0 and c.cash < c.amount for c in shared)


def test_live_costing_reshares_party_walls_when_a_neighbour_goes(tmp_path, monkeypatch):
    """Removing one house of a row changes its neighbour's party-wall share: the live bill must follow."""
    from designer.estimate.live import LiveCosting
    from designer.estimate.pricing import cost_option
    from designer.model import remove_with_dependents

    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))
    doc = street(3)
    stack = UndoStack(doc)
    stack.push(place_houses(doc, "opt", ["p0", "p1", "p2"], row_room()))
    live = LiveCosting(doc, "opt")
    middle = next(e.id for e in doc.entities("opt") if e.KIND == "core_house" and e.plot_id == "p1")
    stack.push(remove_with_dependents(doc, [middle]))
    assert live.boq.summary.total == cost_option(doc, "opt").summary.total
    stack.undo()
    assert live.boq.summary.total == cost_option(doc, "opt").summary.total
    live.close()


def test_every_built_stage_of_a_placed_house_is_in_the_bill():
    """Stage 2 used to replace stage 1 on the lines both fill (slab, walls, roof): one batch of elements
    of one entity shared one key in the take-off."""
    from costing.takeoff.engine import Takeoff
    from designer.estimate.takeoff import option_elements

    ht = row_room(
        rooms=(
            Room(key="r1", name="Room", use=RoomUse.LIVING, outline=rect_ring(0, 1, 3, 4)),
            Room(key="r2", name="Back", use=RoomUse.BEDROOM, outline=rect_ring(0, 5, 3, 2.5), stage=2),
        )
    )
    doc = street(1)
    UndoStack(doc).push(place_houses(doc, "opt", ["p0"], ht, stages_built=2))
    elements = option_elements(doc, "opt")
    stage1, stage2 = (e for e in elements if e.kind == "house")
    slab = {ln.code: ln for ln in Takeoff(elements).lines.values()}["HS-SLAB"]
    assert slab.quantity == pytest.approx(stage1.measures["floor_area_m2"] + stage2.measures["floor_area_m2"])
    assert len(slab.contributions) == 2
