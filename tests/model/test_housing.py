"""House types: derived walls, stage quantities of hand-drawn houses, rule checks, editing, placement."""

from __future__ import annotations

import math

import pytest

import designer.model.housing  # noqa: F401  (registers the house_type record until designer.model imports it)
from designer.model import CoreHouse, Document, InvalidRecordError, Option, Path, Plot, ProjectInfo, UndoStack
from designer.model.house_placement import (
    PlacementError,
    place_houses,
    placement_of,
    plot_frontage,
)
from designer.model.housing import (
    Fitting,
    FittingKind,
    HouseRules,
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
    analyse,
    check_house,
    footprint_ring,
    rect_ring,
    resize_room,
    snap_m,
    stage_quantities,
    with_opening,
    with_room,
)

WALLS_02 = (
    WallSpec(kind=WallKind.EXTERNAL, thickness_m=0.2, footing_width_m=0.6, footing_depth_m=0.3),
    WallSpec(kind=WallKind.PARTY, thickness_m=0.2, footing_width_m=0.6, footing_depth_m=0.3),
    WallSpec(kind=WallKind.INTERNAL, thickness_m=0.1, footing_width_m=0.4, footing_depth_m=0.2),
)
DOOR = Opening(kind=OpeningKind.DOOR, at=(1.5, 0.0), width_m=0.9, height_m=2.1)


def one_room(**changes: object) -> HouseType:
    """A 3 × 4 m room on centrelines, 0.2 m walls 2.5 m high, one 0.9 × 2.1 m door in the front wall."""
    values: dict[str, object] = {
        "id": "test-room",
        "name": "Test room",
        "storey_height_m": 2.5,
        "wall_specs": WALLS_02,
        "rooms": (Room(key="r1", name="Room", use=RoomUse.LIVING, outline=rect_ring(0, 0, 3, 4)),),
        "openings": (DOOR,),
        "roof": RoofSpec(pitch_deg=15.0, overhang_m=0.5),
    }
    values.update(changes)
    return HouseType(**values)  # type: ignore[arg-type]


def test_walls_of_one_room_are_four_external_walls_on_the_centreline():
    walls = analyse(one_room()).walls
    assert len(walls) == 4
    assert {w.kind for w in walls} == {WallKind.EXTERNAL}
    assert sum(w.length_m for w in walls) == pytest.approx(14.0)


def test_three_by_four_room_quantities_worked_by_hand():
    q = stage_quantities(one_room())[0]
    # Centreline girth 2 × (3 + 4) = 14 m; 2.5 m high; less the 0.9 × 2.1 m door.
    assert q.wall_area_external_m2 == pytest.approx(14 * 2.5 - 0.9 * 2.1)  # 33.11
    assert q.wall_area_internal_m2 == 0.0
    # Clear floor between wall faces: (3 − 0.2) × (4 − 0.2).
    assert q.floor_area_m2 == pytest.approx(2.8 * 3.8)  # 10.64
    # Roof: outer faces 3.2 × 4.2 plus 0.5 m overhang all round, sloped at 15°.
    assert q.roof_area_m2 == pytest.approx((3.2 + 1.0) * (4.2 + 1.0) / math.cos(math.radians(15)))  # 22.61
    # Strip footing 0.6 wide × 0.3 thick on the 14 m centreline girth.
    assert q.foundation_length_m == pytest.approx(14.0)
    assert q.foundation_volume_m3 == pytest.approx(14 * 0.6 * 0.3)
    assert (q.door_count, q.window_count) == (1, 0)
    assert dict(q.openings_by_size) == {"door 0.90 × 2.10": 1}


def test_flat_roof_without_overhang_is_the_outer_footprint():
    q = stage_quantities(one_room(roof=RoofSpec(pitch_deg=0.0, overhang_m=0.0)))[0]
    assert q.roof_area_m2 == pytest.approx(3.2 * 4.2)


def test_partition_between_two_rooms_is_one_internal_wall_counted_between_faces():
    ht = one_room(
        rooms=(
            Room(key="a", name="A", outline=rect_ring(0, 0, 3, 4)),
            Room(key="b", name="B", outline=rect_ring(3, 0, 3, 4)),
        ),
        openings=(),
    )
    walls = analyse(ht).walls
    internal = [w for w in walls if w.kind is WallKind.INTERNAL]
    assert len(internal) == 1
    assert internal[0].length_m == pytest.approx(4.0)
    q = stage_quantities(ht)[0]
    # External girth 2 × (6 + 4) = 20 m; the 0.1 m partition runs between the 0.2 m external faces: 4 − 0.2.
    assert q.wall_area_external_m2 == pytest.approx(20 * 2.5)
    assert q.wall_area_internal_m2 == pytest.approx((4 - 0.2) * 2.5)
    # Footings: 20 m external (0.6 wide) and the partition's 0.4 m footing between the external footings.
    assert q.foundation_length_m == pytest.approx(20 + (4 - 0.6))


def test_a_later_room_makes_the_core_wall_internal_but_it_keeps_its_stage_and_thickness():
    ht = one_room(
        rooms=(
            Room(key="a", name="Core", outline=rect_ring(0, 0, 3, 4)),
            Room(key="b", name="Later", use=RoomUse.BEDROOM, outline=rect_ring(3, 0, 3, 4), stage=2),
        ),
        openings=(),
        stages=(Stage(number=1, name="Core"), Stage(number=2, name="Bedroom")),
    )
    shared = next(w for w in analyse(ht).walls if len(w.rooms) == 2)
    assert (shared.stage, shared.kind, shared.thickness_m) == (1, WallKind.EXTERNAL, 0.2)
    assert shared.kind_at(1) is WallKind.EXTERNAL
    assert shared.kind_at(2) is WallKind.INTERNAL
    q1, q2 = stage_quantities(ht)
    assert q1.wall_area_external_m2 == pytest.approx(14 * 2.5)
    # Stage 2 adds three walls (3 + 4 + 3 m) less the 0.2 m of corner the core's wall already holds.
    assert q2.wall_area_external_m2 == pytest.approx((10 - 0.1 - 0.1) * 2.5)


def test_party_sides_make_party_walls_and_stop_the_roof_overhang():
    ht = one_room(party_sides=(Side.LEFT, Side.RIGHT), openings=())
    kinds = sorted((w.kind.value, round(w.length_m, 3)) for w in analyse(ht).walls)
    assert kinds == [("external", 3.0), ("external", 3.0), ("party", 4.0), ("party", 4.0)]
    q = stage_quantities(ht)[0]
    # External front and back walls run over the corners (3.2 m each); party walls between them (3.8 m).
    assert q.wall_area_external_m2 == pytest.approx(2 * 3.2 * 2.5)
    assert q.wall_area_party_m2 == pytest.approx(2 * 3.8 * 2.5)
    # The roof stops at the party wall centrelines (3 m wide) and overhangs front and back only.
    assert q.roof_area_m2 == pytest.approx(3.0 * (4.2 + 1.0) / math.cos(math.radians(15)))


def test_opening_made_in_a_later_stage_is_not_deducted_from_the_earlier_wall():
    ht = one_room(
        openings=(Opening(kind=OpeningKind.WINDOW, at=(0.0, 2.0), width_m=1.0, height_m=1.0, stage=2),),
        stages=(Stage(number=1, name="Core"), Stage(number=2, name="Window")),
    )
    q1, q2 = stage_quantities(ht)
    assert q1.wall_area_external_m2 == pytest.approx(35.0)
    assert (q1.window_count, q2.window_count) == (0, 1)
    assert q2.window_area_m2 == pytest.approx(1.0)


def test_wet_core_fittings_are_counted_in_their_stage():
    ht = one_room(
        fittings=(
            Fitting(kind=FittingKind.WC, room="r1"),
            Fitting(kind=FittingKind.SHOWER, room="r1"),
            Fitting(kind=FittingKind.KITCHEN, room="r1", stage=2),
        ),
        stages=(Stage(number=1, name="Core"), Stage(number=2, name="Kitchen")),
    )
    q1, q2 = stage_quantities(ht)
    assert (q1.wc_count, q1.shower_count, q1.kitchen_count) == (1, 1, 0)
    assert (q2.wc_count, q2.shower_count, q2.kitchen_count) == (0, 0, 1)


def test_two_storey_walls_on_both_levels_and_footings_only_under_the_ground_floor():
    ht = one_room(
        rooms=(
            Room(key="g", name="Ground", outline=rect_ring(0, 0, 3, 4)),
            Room(key="u", name="Upper", use=RoomUse.BEDROOM, outline=rect_ring(0, 0, 3, 4), level=1, stage=2),
        ),
        openings=(),
        stages=(Stage(number=1, name="Ground"), Stage(number=2, name="Upper")),
    )
    assert ht.storeys == 2
    q1, q2 = stage_quantities(ht)
    assert (q1.storeys, q2.storeys) == (1, 2)
    assert q2.wall_area_external_m2 == pytest.approx(35.0)
    assert q2.foundation_length_m == 0.0
    assert q2.floor_area_m2 == pytest.approx(2.8 * 3.8)
    assert q2.roof_area_m2 == pytest.approx(0.0)


def test_invalid_house_types_are_refused_with_a_reason():
    with pytest.raises(InvalidRecordError, match="stage 3"):
        one_room(rooms=(Room(key="r1", name="R", outline=rect_ring(0, 0, 3, 4), stage=3),))
    with pytest.raises(InvalidRecordError, match="used twice"):
        one_room(
            rooms=(
                Room(key="r1", name="R", outline=rect_ring(0, 0, 3, 4)),
                Room(key="r1", name="S", outline=rect_ring(3, 0, 3, 4)),
            )
        )
    with pytest.raises(InvalidRecordError, match="not a simple polygon"):
        one_room(rooms=(Room(key="r1", name="R", outline=((0, 0), (3, 3), (3, 0), (0, 3))),))
    with pytest.raises(InvalidRecordError, match="fitting"):
        one_room(fittings=(Fitting(kind=FittingKind.WC, room="nowhere"),))


# --------------------------------------------------------------------------- rules

RULES = HouseRules(
    min_room_area_m2={"living": 7.0, "wc": 1.1},
    habitable_min_area_m2=4.0,
    habitable_min_width_m=1.8,
    max_persons_per_habitable_room=3.0,
    min_floor_area_per_person_m2=3.5,
    light_opening_share=0.10,
    ventilation_opening_share=0.05,
    max_plot_coverage=0.5,
    min_setback_front_m=1.0,
    min_setback_side_m=0.5,
    min_setback_rear_m=1.0,
)


def failed(results: list) -> set[tuple[str, str]]:
    return {(r.rule, r.subject) for r in results if not r.ok}


def test_small_habitable_room_fails_the_four_square_metre_rule():
    ht = one_room(rooms=(Room(key="r1", name="Tiny", use=RoomUse.BEDROOM, outline=rect_ring(0, 0, 2, 2)),))
    result = next(r for r in check_house(ht, RULES, 1) if r.rule == "habitable_room_area")
    assert not result.ok
    assert result.value == pytest.approx(1.8 * 1.8)  # 3.24 m² clear < 4 m²


def test_persons_per_room_and_area_per_person_follow_the_household_size():
    ht = one_room()
    assert ("persons_per_room", "stage 1") not in failed(check_house(ht, RULES, 3))
    assert ("persons_per_room", "stage 1") in failed(check_house(ht, RULES, 4))
    # 10.64 m² clear: 3 persons get 3.55 m² each (passes 3.5), 4 get 2.66 m² (fails).
    assert ("floor_area_per_person", "stage 1") not in failed(check_house(ht, RULES, 3))
    assert ("floor_area_per_person", "stage 1") in failed(check_house(ht, RULES, 4))


def test_light_and_ventilation_need_windows_as_a_share_of_floor_area():
    no_window = check_house(one_room(), RULES, 2)
    assert {("light_opening", "room r1"), ("ventilation_opening", "room r1")} <= failed(no_window)
    # 10.64 m² needs 1.064 m² of glass: a 1.2 × 1.0 window (half openable: 0.6 ≥ 0.532) passes both.
    window = Opening(kind=OpeningKind.WINDOW, at=(3.0, 2.0), width_m=1.2, height_m=1.0, sill_m=0.9)
    ok = check_house(one_room(openings=(DOOR, window)), RULES, 2)
    assert not {("light_opening", "room r1"), ("ventilation_opening", "room r1")} & failed(ok)


def test_window_covered_by_a_later_room_gives_no_light():
    window = Opening(kind=OpeningKind.WINDOW, at=(3.0, 2.0), width_m=1.2, height_m=1.0)
    ht = one_room(
        rooms=(
            Room(key="r1", name="Core", use=RoomUse.LIVING, outline=rect_ring(0, 0, 3, 4)),
            Room(key="r2", name="Later", use=RoomUse.STORE, outline=rect_ring(3, 0, 3, 4), stage=2),
        ),
        openings=(DOOR, window),
        stages=(Stage(number=1, name="Core"), Stage(number=2, name="Store")),
    )
    assert ("light_opening", "room r1") in failed(check_house(ht, RULES, 2))


def test_plot_coverage_and_setbacks_on_the_design_plot():
    # Room 3 × 4 set 1.5 m back on a 6 × 8 plot: outer face 1.4 m from the front, 1.4 m from the sides.
    room = Room(key="r1", name="Room", use=RoomUse.LIVING, outline=rect_ring(1.5, 1.5, 3, 4))
    door = Opening(kind=OpeningKind.DOOR, at=(3.0, 1.5), width_m=0.9, height_m=2.1)
    ht = one_room(rooms=(room,), openings=(door,), plot_width_m=6.0, plot_depth_m=8.0)
    results = {r.rule: r for r in check_house(ht, RULES, 2)}
    assert results["plot_coverage"].value == pytest.approx(3.2 * 4.2 / 48)
    assert results["plot_coverage"].ok
    assert results["setback_front"].value == pytest.approx(1.4)
    assert results["setback_side"].value == pytest.approx(1.4)
    assert results["setback_rear"].value == pytest.approx(8 - 5.6)
    tight = one_room(rooms=(room,), openings=(door,), plot_width_m=4.0, plot_depth_m=6.0)
    assert {("plot_coverage", "plot"), ("inside_plot", "plot"), ("setback_side", "plot")} <= failed(
        check_house(tight, RULES, 2)
    )


def test_party_sides_need_no_side_setback():
    ht = one_room(party_sides=(Side.LEFT, Side.RIGHT), plot_width_m=3.0, plot_depth_m=8.0, openings=())
    rules = {r.rule for r in check_house(ht, RULES, 1)}
    assert "setback_side" not in rules
    assert "setback_front" in rules


def test_opening_off_any_wall_is_reported():
    stray = Opening(kind=OpeningKind.WINDOW, at=(1.5, 2.0), width_m=1.0, height_m=1.0)
    assert ("opening_on_wall", "opening 2") in failed(check_house(one_room(openings=(DOOR, stray)), RULES, 1))


# --------------------------------------------------------------------------- editing


def test_resize_snaps_to_the_grid_and_walls_follow():
    ht = one_room(grid_m=0.3)
    bigger = resize_room(ht, "r1", 0.04, -0.1, 3.62, 4.49)
    assert bigger.room("r1").outline == rect_ring(0.0, 0.0, 3.6, 4.5)
    assert sum(w.length_m for w in analyse(bigger).walls) == pytest.approx(2 * (3.6 + 4.5))
    assert snap_m(1.04, 0.25) == 1.0


def test_new_opening_snaps_onto_the_nearest_wall():
    ht = with_opening(
        one_room(openings=()), Opening(kind=OpeningKind.WINDOW, at=(2.96, 1.7), width_m=1, height_m=1)
    )
    assert ht.openings[0].at == (3.0, 1.7)


def test_adding_a_room_beside_the_core_adds_one_internal_wall():
    ht = with_room(one_room(), Room(key="r2", name="Side", outline=rect_ring(3, 0, 2, 4)))
    assert [w.kind for w in analyse(ht).walls].count(WallKind.INTERNAL) == 1
    assert sorted(footprint_ring(ht)) == [(-0.1, -0.1), (-0.1, 4.1), (5.1, -0.1), (5.1, 4.1)]


# --------------------------------------------------------------------------- placement


def street_document(n_plots: int = 3, width_m: float = 3.0) -> Document:
    """Plots of width × 8 m along a footpath at y = −1, and one option."""
    plots = [
        Plot(id=f"p{i}", outline=rect_ring(width_m * i, 0, width_m, 8), number=str(i + 1))
        for i in range(n_plots)
    ]
    return Document(
        ProjectInfo(),
        [
            *plots,
            Path(id="path", route=((-5.0, -1.0), (30.0, -1.0)), width_m=1.5),
            Option(id="opt", name="Houses"),
        ],
    )


def test_frontage_is_the_plot_edge_nearest_a_path():
    doc = street_document(1)
    plot = doc["p0"]
    assert isinstance(plot, Plot)
    front = plot_frontage(plot, doc.of_type(Path))
    assert (front.start, front.end, front.path_id) == ((0.0, 0.0), (3.0, 0.0), "path")
    # A path on the east side turns the frontage round to that edge.
    east = Path(id="east", route=((5.0, -5.0), (5.0, 15.0)), width_m=1.0)
    front = plot_frontage(plot, [east])
    assert (front.start, front.end) == ((3.0, 0.0), (3.0, 8.0))


def test_house_placed_on_a_plot_faces_the_path_at_its_frontage():
    ht = one_room(plot_width_m=3.0, plot_depth_m=8.0)
    doc = Document(
        ProjectInfo(),
        [
            Plot(id="p", outline=rect_ring(0, 0, 8, 3)),  # a plot whose short east edge is on a path
            Path(id="east", route=((9.0, -5.0), (9.0, 10.0)), width_m=1.0),
            Option(id="opt", name="A"),
        ],
    )
    doc_stack = UndoStack(doc)
    doc_stack.push(place_houses(doc, "opt", ["p"], ht))
    (house,) = doc.of_type(CoreHouse)
    assert house.rotation_deg == pytest.approx(90.0)
    # The house frame's y (into the plot) points west; the door (front wall, y = 0) lies on x = 8.
    placement = placement_of(house, ht)
    door_site = placement.to_site(ht.openings[0].at)
    assert door_site == pytest.approx((8.0, 1.5))
    xs = [p[0] for p in house.outline]
    assert (min(xs), max(xs)) == pytest.approx((8 - 4.1, 8.1))


def test_placing_on_a_row_of_plots_is_one_undoable_step():
    doc = street_document(3)
    stack = UndoStack(doc)
    ht = one_room(party_sides=(Side.LEFT, Side.RIGHT), plot_width_m=3.0, plot_depth_m=8.0)
    stack.push(place_houses(doc, "opt", ["p0", "p1", "p2"], ht, stages_built=1))
    houses = doc.of_type(CoreHouse)
    assert sorted(h.plot_id for h in houses) == ["p0", "p1", "p2"]
    assert doc.get("test-room") == ht  # the project now carries the type
    assert stack.count() == 1
    stack.undo()
    assert doc.of_type(CoreHouse) == []
    assert doc.get("test-room") is None
    stack.redo()
    assert len(doc.of_type(CoreHouse)) == 3


def test_placing_again_replaces_the_house_on_the_plot():
    doc = street_document(1)
    stack = UndoStack(doc)
    ht = one_room(plot_width_m=3.0, plot_depth_m=8.0)
    stack.push(place_houses(doc, "opt", ["p0"], ht))
    stack.push(place_houses(doc, "opt", ["p0"], ht, stages_built=1))
    assert len(doc.of_type(CoreHouse)) == 1


def test_placement_refuses_what_cannot_be_built():
    doc = street_document(1)
    ht = one_room()
    with pytest.raises(PlacementError, match="not one"):
        place_houses(doc, "existing", ["p0"], ht)
    with pytest.raises(PlacementError, match="no plot"):
        place_houses(doc, "opt", ["nowhere"], ht)
    with pytest.raises(PlacementError, match="stages"):
        place_houses(doc, "opt", ["p0"], ht, stages_built=2)
