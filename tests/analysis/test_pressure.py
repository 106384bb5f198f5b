"""Pressure on a tiny network, solved by EPANET through WNTR, checked against Hazen–Williams by hand."""

from __future__ import annotations

import numpy as np
import pytest

from designer.analysis.check import check_option
from designer.analysis.layout import build_layout
from designer.analysis.pressure import ground_levels, simulate_pressure
from designer.analysis.standards import load_pack
from designer.model import Document, Path, Plot, ProjectInfo, SpotLevel, SupplyPoint, WaterMain, WaterPoint
from tests.analysis.layouts import box

PACK = load_pack("sphere-2018")  # minimum 10 m, C = 140


def hazen_williams_loss_m(length_m: float, flow_m3s: float, diameter_m: float, c: float = 140.0) -> float:
    """Head loss of one pipe: 10.667 L Q^1.852 / (C^1.852 D^4.871)."""
    return 10.667 * length_m * flow_m3s**1.852 / (c**1.852 * diameter_m**4.871)


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
    sp = pressures(network(20))["sp"]
    expected = 20.0 - hazen_williams_loss_m(200, 0.00025, 0.020)  # ≈ 10.90 m
    assert sp.connected and sp.ok
    assert sp.pressure_m == pytest.approx(expected, abs=0.02)
    assert sp.delivered_l_per_s == pytest.approx(0.25)


def test_one_pipe_too_small_fails_and_delivers_less():
    sp = pressures(network(16))["sp"]
    # by hand the full flow would need 26.9 m of head loss: more than the 20 m available
    assert hazen_williams_loss_m(200, 0.00025, 0.016) > 20
    assert not sp.ok
    assert sp.pressure_m < PACK.pressure.min_head_m
    assert sp.delivered_l_per_s < 0.25  # pressure-dependent demand: the tap runs slower
    assert "below 10 m" in sp.reason


def test_ground_level_from_a_spot_level_reduces_the_pressure():
    sp = pressures(network(63, level_m=5.0))["sp"]
    expected = 20.0 - 5.0 - hazen_williams_loss_m(200, 0.00025, 0.063)
    assert sp.pressure_m == pytest.approx(expected, abs=0.02)


def test_water_point_far_from_every_main_is_not_connected():
    far = pressures(network(63, far=True))["far"]
    assert not far.connected and not far.ok and "no water main" in far.reason


def test_ground_levels_are_flat_single_or_inverse_distance_weighted():
    xy = np.array([[0.0, 0.0], [10.0, 0.0], [5.0, 0.0]])
    assert ground_levels(xy, []).tolist() == [0, 0, 0]
    assert ground_levels(xy, [(3, 3, 7.0)]).tolist() == [7, 7, 7]
    z = ground_levels(xy, [(0, 0, 10.0), (10, 0, 20.0)])
    assert z.tolist() == pytest.approx([10.0, 20.0, 15.0])


def test_check_counts_pressure_failures_in_the_scorecard():
    doc = network(16)
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

    def unsolvable(lay, pack):
        raise PressureError("the water network could not be solved: EPANET error 110")

    monkeypatch.setattr(check_module, "simulate_pressure", unsolvable)
    result = check_option(network(20), None)
    assert result.pressure is None and result.scorecard.pressure_failures is None
    assert "pressure not checked: the water network could not be solved: EPANET error 110" in result.warnings
