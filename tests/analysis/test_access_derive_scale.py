"""Deriving the public space scales to a city: pinned results, tiles that change nothing, progress, cancel.

The pins were taken with the derivation as it was before it worked tile by tile (one Voronoi diagram
of the whole settlement, frontages plot by plot): the tiled, vectorised one must give the same blocks,
frontages, entrances and centrelines. Re-pinned once, deliberately, when frontages came to be measured
edge by edge (issue 17): the same blocks with the same plots (in the jittered layout their numbering
follows block centroids that lie on half metres, so float noise reorders them), frontages 0.02 m
shorter per plot (the old method counted about a centimetre past each corner where two plots meet),
the same plots facing space, the same entrances and centrelines.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from designer.analysis.access_diagnosis import settlement_space
from designer.analysis.access_rules import load_access_rules
from designer.analysis.layout import build_layout
from tests.analysis.access_pins import fingerprint
from tests.analysis.parcels import jittered_blocks, parcel_grid, with_road

# fingerprint() of each layout (see the module docstring for the one deliberate re-pin).
PINNED = {
    "grid_road": {
        "blocks": 6,
        "block_of_plot": "904fb3627c5ef2a2",
        "plots_facing_space": 72,
        "frontage_m": 999.6,
        "entrances": 72,
        "entrance_mean_xy": [64.0, 42.0],
        "centrelines": 12,
        "outer_centrelines": 6,
        "centreline_m": 624.1,
        "width_sum_m": 58.8,
    },
    "jittered_600": {
        "blocks": 24,
        "block_of_plot": "47b01815b70ee5f3",
        "plots_facing_space": 384,
        "frontage_m": 4320.0,
        "entrances": 384,
        "entrance_mean_xy": [118.33, 118.33],
        "centrelines": 92,
        "outer_centrelines": 16,
        "centreline_m": 2903.2,
        "width_sum_m": 461.5,
    },
}


def _grid_road():
    return with_road(parcel_grid(3, 2, 4, buildings=True), ((-10.0, 42.0), (150.0, 42.0)), 6.0)


@pytest.mark.parametrize(
    ("name", "make"), [("grid_road", _grid_road), ("jittered_600", lambda: jittered_blocks(600))]
)
def test_the_derivation_gives_the_pinned_results(name, make):
    assert fingerprint(make()) == PINNED[name]


def _tiled(rules, tile_m: float):
    return dataclasses.replace(rules, derive=dataclasses.replace(rules.derive, tile_m=tile_m))


@pytest.mark.parametrize("make", [_grid_road, lambda: jittered_blocks(600)])
def test_small_tiles_give_the_same_centrelines_as_one_piece(make):
    rules = load_access_rules()
    lay = build_layout(make(), None)
    whole = settlement_space(lay, _tiled(rules, 1e7))
    tiled = settlement_space(lay, _tiled(rules, 40.0))  # a dozen or more tiles, each a block or so wide
    assert [(c.route, c.width_m, c.outer) for c in tiled.centrelines] == [
        (c.route, c.width_m, c.outer) for c in whole.centrelines
    ]


def test_progress_is_reported_tile_by_tile_and_cancel_stops_the_work():
    rules = _tiled(load_access_rules(), 40.0)
    lay = build_layout(jittered_blocks(600), None)
    seen: list[float] = []
    settlement_space(lay, rules, progress=seen.append)
    assert len(seen) > 10 and seen == sorted(seen) and seen[-1] == 1.0

    class Stop(Exception):
        pass

    def cancel_after_three(fraction: float) -> None:
        seen.append(fraction)
        if len(seen) > 3:
            raise Stop

    seen.clear()
    with pytest.raises(Stop):
        settlement_space(lay, rules, progress=cancel_after_three)
    assert len(seen) == 4


def test_buildings_outside_every_plot_but_clear_of_them_change_no_frontage():
    from shapely import box

    from designer.analysis.blocks import derive_public_space

    lay = build_layout(parcel_grid(2, 1, 4), None)
    rules = load_access_rules().derive
    far = np.array([box(500.0, 500.0, 506.0, 506.0)], dtype=object)  # a kiosk far from every plot
    alone = derive_public_space(lay.plot_polygons, rules, centrelines=False)
    with_kiosk = derive_public_space(lay.plot_polygons, rules, obstacles=far, centrelines=False)
    assert np.array_equal(alone.frontage_m, with_kiosk.frontage_m)
