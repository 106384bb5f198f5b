"""Pressure on a tiny network, solved by EPANET through WNTR, checked against Hazen–Williams by hand."""

from __future__ import annotations

import numpy as np
import pytest

from designer.analysis.check import check_option
from designer.analysis.layout import build_layout
from designer.analysis.pressure import ground_levels, simulate_pressure
from designer.analysis.standards import load_pack
from designer.model import (
    Document,
    Path,
    Plot,
    ProjectInfo,
    SpotLevel,
    SupplyBasis,
    SupplyPoint,
    WaterMain,
    WaterPoint,
)
from tests.analysis.hydraulics import hand_epanet_pressure, hazen_williams_loss_m
from tests.analysis.layouts import box

PACK = load_pack("sphere-2018")  # minimum 10 m, C = 140


def network(diameter_mm: int, *, level_m: float | None = None, far: bool = False) -> Document:
    """Supply (0, 0) at 20 m head → 200 m main → standpipe with 2 taps × 7.5 L/min = 0.25 L/s."""
    recs = [
        SupplyPoint(id="sup", position=(0, 0), head_m=20.0),
        WaterMain(id="wm", route=((0, 0), (200, 0)), diameter_mm=diameter_mm),
        WaterPoint(id="sp", position=(200, 1), taps=2, flow_l_per_min=7.5),
    ]
    if far:
        recs.append(WaterPoint(id="far", position=(100, 50)))
    if level_m is not None:
        recs.append(SpotLevel(id="lvl", position=(50, 50), level_m=level_m))
    return Document(ProjectInfo(), recs)


def pressures(doc: Document) -> dict[str, object]:
    return {p.water_point_id: p for p in simulate_pressure(build_layout(doc, None), PACK).points}


def test_big_enough_pipe_passes_with_the_hand_computed_pressure():
    # HDPE 25 mm PN16 (SDR 11): bore 25 − 2 × 2.3 = 20.4 mm (catalogue), C = 140
    sp = pressures(network(25))["sp"]
    expected = 20.0 - hazen_williams_loss_m(200, 0.00025, 0.0204)  # ≈ 13.3 m
    assert sp.connected and sp.ok and sp.status == "ok"
    assert sp.pressure_m == pytest.approx(expected, abs=0.02)
    assert sp.delivered_l_per_s == pytest.approx(0.25)


def test_one_pipe_too_small_fails_and_delivers_less():
    sp = pressures(network(20))["sp"]  # bore 16.0 mm
    # by hand the full flow would need 26.9 m of head loss: more than the 20 m available
    assert hazen_williams_loss_m(200, 0.00025, 0.016) > 20
    assert not sp.ok and sp.status == "low_pressure"
    assert sp.pressure_m < PACK.pressure.min_head_m
    assert sp.delivered_l_per_s < 0.25  # pressure-dependent demand: the tap runs slower
    assert "below 10 m" in sp.reason


def test_ground_level_from_a_spot_level_reduces_the_pressure():
    sp = pressures(network(63, level_m=5.0))["sp"]
    expected = 20.0 - 5.0 - hazen_williams_loss_m(200, 0.00025, 0.0554)  # PN10 bore 63 − 2 × 3.8
    assert sp.pressure_m == pytest.approx(expected, abs=0.02)


def test_water_point_far_from_every_main_is_not_connected():
    far = pressures(network(63, far=True))["far"]
    assert not far.connected and not far.ok and "no water main" in far.reason
    assert far.status == "not_connected"


def test_ground_levels_are_flat_single_or_inverse_distance_weighted():
    xy = np.array([[0.0, 0.0], [10.0, 0.0], [5.0, 0.0]])
    assert ground_levels(xy, []).tolist() == [0, 0, 0]
    assert ground_levels(xy, [(3, 3, 7.0)]).tolist() == [7, 7, 7]
    z = ground_levels(xy, [(0, 0, 10.0), (10, 0, 20.0)])
    assert z.tolist() == pytest.approx([10.0, 20.0, 15.0])


def test_check_counts_pressure_failures_in_the_scorecard():
    doc = network(20)
    recs = [r for r in doc.records() if r.id != "project"]
    recs += [Path(id="p", route=((0, -2), (210, -2))), Plot(id="A", outline=box(190, 2, 200, 12))]
    result = check_option(Document(doc.project, recs), None)
    assert result.scorecard.pressure_failures == 1
    row = next(w for w in result.water_points if w.water_point_id == "sp")
    assert row.pressure_ok is False and row.pressure_m < 10
    assert "pressure" in result.timings_s
    assert check_option(Document(doc.project, recs), None, pressure=False).scorecard.pressure_failures is None


def test_an_unsolvable_network_is_a_warning_not_a_failed_check(monkeypatch):
    import designer.analysis.check as check_module
    from designer.analysis.pressure import PressureError

    def unsolvable(lay, pack, dem=None):
        raise PressureError("the water network could not be solved: EPANET error 110")

    monkeypatch.setattr(check_module, "simulate_pressure", unsolvable)
    result = check_option(network(20), None)
    assert result.pressure is None and result.scorecard.pressure_failures is None
    assert "pressure not checked: the water network could not be solved: EPANET error 110" in result.warnings


# ------------------------------------------------------------------ issue 17: inputs checked and shown


def long_service_main(
    *,
    given_as: str = "head",
    figure_m: float = 30.0,
    level_m: float | None = 0.0,
    material: str = "HDPE",
    pressure_class: str = "",
) -> Document:
    """Supply at (0, 0) → 430 m main of 20 mm → standpipe with one tap of 7.5 L/min (0.125 L/s) at (430, 1).

    The standpipe draws at the main's end (430, 0); the ground is one spot level everywhere (or none).
    """
    supply = (
        SupplyPoint(id="sup", position=(0, 0), head_m=figure_m)
        if given_as == "head"
        else SupplyPoint(id="sup", position=(0, 0), given_as=SupplyBasis.PRESSURE, pressure_m=figure_m)
    )
    recs = [
        supply,
        WaterMain(
            id="wm",
            route=((0, 0), (430, 0)),
            diameter_mm=20,
            material=material,
            pressure_class=pressure_class,
        ),
        WaterPoint(id="sp", position=(430, 1), taps=1, flow_l_per_min=7.5),
    ]
    if level_m is not None:
        recs.append(SpotLevel(id="lvl", position=(200, 50), level_m=level_m))
    return Document(ProjectInfo(), recs)


def test_the_bore_comes_from_the_pipe_catalogue_and_matches_a_hand_written_epanet_network():
    """430 m of HDPE 20 mm: bore 16.0 mm (EN 12201 SDR 11, wall 2.0 mm), not 20 mm.

    By hand: Hazen–Williams loss at 0.125 L/s is 16.0 m with the bore (5.4 m if the nominal size were
    the bore), so a 30 m head leaves about 14 m, not 24.6 m.
    """
    result = simulate_pressure(build_layout(long_service_main(), None), PACK)
    sp = result.points[0]
    loss = hazen_williams_loss_m(430, 0.000125, 0.016)
    assert loss == pytest.approx(16.0, abs=0.1)
    assert sp.pressure_m == pytest.approx(30.0 - loss, abs=0.05)
    assert sp.pressure_m == pytest.approx(hand_epanet_pressure(30.0, 430, 0.016, 0.0, 0.125), abs=0.01)
    assert sp.pressure_m < 30.0 - hazen_williams_loss_m(430, 0.000125, 0.020) - 10  # far below the old answer
    assert any("HDPE 20 mm PN16 (bore 16 mm)" in a for a in result.assumptions)


def test_a_supply_pressure_is_converted_with_the_ground_level_at_the_supply():
    """Ground 1,620 m everywhere; 30 m pressure at the supply = head 1,650 m; the tap gets ≈ 14 m."""
    result = simulate_pressure(
        build_layout(long_service_main(given_as="pressure", level_m=1620.0), None), PACK
    )
    sp = result.points[0]
    assert sp.status == "ok"
    assert sp.pressure_m == pytest.approx(hand_epanet_pressure(1650.0, 430, 0.016, 1620.0, 0.125), abs=0.01)
    assert any("30 m pressure over ground at 1,620.0 m = head 1,650.0 m" in a for a in result.assumptions)
    assert result.warnings == []


def test_a_pressure_entered_as_a_head_is_not_judged_but_warned():
    """25 typed as a head on ground at 1,620 m would give −1,595 m: implausible, so "unchecked"."""
    result = simulate_pressure(build_layout(long_service_main(figure_m=25.0, level_m=1620.0), None), PACK)
    sp = result.points[0]
    assert sp.status == "unchecked" and not sp.ok
    assert result.failures == []
    assert any("1,595.0 m below the ground" in w and "pressure" in w for w in result.warnings)


def test_a_head_entered_as_a_pressure_is_implausible():
    result = simulate_pressure(
        build_layout(long_service_main(given_as="pressure", figure_m=1650.0, level_m=1620.0), None), PACK
    )
    assert result.points[0].status == "unchecked"
    assert any("more than 100 m" in w for w in result.warnings)


def test_no_ground_levels_are_reported_as_an_assumption_and_a_warning():
    result = simulate_pressure(build_layout(long_service_main(level_m=None), None), PACK)
    assert any("flat at 0 m" in a for a in result.assumptions)
    assert any("no ground levels" in w for w in result.warnings)


def test_a_main_missing_from_the_catalogue_is_warned():
    result = simulate_pressure(build_layout(long_service_main(material="clay"), None), PACK)
    assert any("wm (clay 20 mm) is not in the pipe catalogue" in w for w in result.warnings)
    # and it is computed with the nominal size as its bore
    assert result.points[0].pressure_m == pytest.approx(
        30 - hazen_williams_loss_m(430, 0.000125, 0.020), abs=0.05
    )


def _with_plot(doc: Document, *extra) -> Document:
    recs = [r for r in doc.records() if r.id != "project"]
    recs += [Path(id="p", route=((0, -1), (440, -1))), Plot(id="A", outline=box(420, 2, 430, 12)), *extra]
    return Document(doc.project, recs)


def test_no_supply_drawn_is_no_supply_not_low_pressure():
    doc = long_service_main()
    recs = [r for r in doc.records() if r.id not in ("project", "sup")]
    result = check_option(_with_plot(Document(doc.project, recs)), None)
    row = result.households[0]
    assert "no_supply" in row.problems and "low_pressure" not in row.problems
    assert result.water_points[0].pressure_status == "no_supply"
    assert result.scorecard.pressure_failures == 0
    assert any("no supply point is drawn" in w for w in result.warnings)


def test_not_connected_is_distinct_from_low_pressure():
    doc = long_service_main()
    far = WaterPoint(id="far", position=(200, 40))
    result = check_option(_with_plot(doc, far), None)
    by_id = {w.water_point_id: w for w in result.water_points}
    assert by_id["far"].pressure_status == "not_connected"
    assert by_id["sp"].pressure_status == "ok"


def test_epanet_warnings_are_passed_on_not_lost(monkeypatch):
    """EPANET logs "system hydraulically unbalanced" through WNTR's logger; the result must say so."""
    import logging

    import wntr

    real = wntr.sim.EpanetSimulator.run_sim

    def unbalanced(self, *args, **kwargs):
        logging.getLogger("wntr.epanet.toolkit").warning(
            "EPANET warning 1 - At   0:00:00, system hydraulically unbalanced"
        )
        return real(self, *args, **kwargs)

    monkeypatch.setattr(wntr.sim.EpanetSimulator, "run_sim", unbalanced)
    result = simulate_pressure(build_layout(long_service_main(), None), PACK)
    assert any("EPANET says: At   0:00:00, system hydraulically unbalanced" in w for w in result.warnings)
