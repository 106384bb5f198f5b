"""Blocks, frontages and neighbours measured edge by edge, on small layouts worked out by hand.

Plots are 10 m squares unless said otherwise; the touch tolerance is the shipped 0.1 m and a plot has
direct access with 1 m of frontage. Each expected figure is worked out in the test's docstring.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from designer.analysis.access_diagnosis import diagnose_access, plot_neighbours, settlement_space
from designer.analysis.access_rules import load_access_rules
from designer.analysis.layout import build_layout
from designer.model import Building, Document, Path, Plot, ProjectInfo
from tests.analysis.parcels import box


def _doc(*records) -> Document:
    return Document(ProjectInfo(name="Edges"), list(records))


def _courtyard_plots() -> list[Plot]:
    """Eight 10 m plots round an empty 10 m yard: a 3 × 3 grid without its centre."""
    return [
        Plot(id=f"P{i}{j}", outline=box(10 * i, 10 * j, 10 * i + 10, 10 * j + 10))
        for i in range(3)
        for j in range(3)
        if (i, j) != (1, 1)
    ]


def _space(doc: Document):
    return settlement_space(build_layout(doc, None), load_access_rules(), centrelines=False)


def _frontage(doc: Document) -> dict[str, float]:
    space = _space(doc)
    return {p.id: float(f) for p, f in zip(build_layout(doc, None).plots, space.frontage_m, strict=True)}


def test_plots_round_a_courtyard_have_no_frontage_on_the_courtyard():
    """Eight plots round an empty 10 m yard (a 3 × 3 grid without its centre): one block; a corner plot
    faces the street on two sides (20 m), a middle plot on one (10 m); the yard side counts for none."""
    plots = _courtyard_plots()
    doc = _doc(*plots)
    front = _frontage(doc)
    assert front["P00"] == pytest.approx(20.0, abs=1e-9)
    assert front["P10"] == pytest.approx(10.0, abs=1e-9)
    assert front["P21"] == pytest.approx(10.0, abs=1e-9)
    assert _space(doc).block_count == 1


def test_a_plot_in_a_courtyard_belongs_to_the_block_round_it_and_has_no_frontage():
    """A 4 m plot alone in the middle of the yard touches nothing, yet no street reaches it."""
    plots = _courtyard_plots()
    doc = _doc(*plots, Plot(id="yard", outline=box(13, 13, 17, 17)))
    diag = diagnose_access(doc, centrelines=False)
    yard = next(p for p in diag.plots if p.plot_id == "yard")
    assert (yard.block_id, yard.frontage_m, yard.direct_access, yard.depth) == ("B1", 0.0, False, None)
    assert len(diag.blocks) == 1


@pytest.mark.parametrize(("gap_m", "blocks", "facing_m"), [(0.05, 1, 30.0), (0.15, 2, 40.0)])
def test_plots_a_hair_apart_touch_below_the_tolerance_and_not_above(gap_m, blocks, facing_m):
    """Two squares side by side: a 5 cm gap is a digitising sliver (one block, the facing sides
    covered: 3 × 10 m each); a 15 cm gap is open ground (two blocks, all four sides face it)."""
    doc = _doc(
        Plot(id="A", outline=box(0, 0, 10, 10)), Plot(id="B", outline=box(10 + gap_m, 0, 20 + gap_m, 10))
    )
    space = _space(doc)
    assert space.block_count == blocks
    assert space.frontage_m == pytest.approx([facing_m, facing_m], abs=1e-9)


def test_a_tapering_gap_covers_the_side_only_where_it_is_narrower_than_the_tolerance():
    """B's left side runs from (10, 0) to (10.2, 10): the gap widens 2 cm a metre, so A's right side is
    covered for its first 5 m (gap ≤ 0.1 m) and faces open ground above: 3 × 10 + 5 = 35 m. They touch
    (one block) and share more than a metre, so they are neighbours."""
    doc = _doc(
        Plot(id="A", outline=box(0, 0, 10, 10)),
        Plot(id="B", outline=((10.0, 0.0), (20.0, 0.0), (20.0, 10.0), (10.2, 10.0))),
    )
    front = _frontage(doc)
    assert front["A"] == pytest.approx(35.0, abs=1e-9)
    assert _space(doc).block_count == 1
    i, j = plot_neighbours(build_layout(doc, None).plot_polygons, 1.0, 0.1)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 1)]


def test_a_path_corridor_cuts_a_plot_in_two_and_its_cut_edges_face_the_path():
    """Three plots in a row, x 0–10, 10–30, 30–40; a 2 m path crosses the middle one at x = 20. The
    middle plot becomes two 9 × 10 m pieces, each in a block with its outer neighbour (2 blocks); its
    frontage is both pieces' top, bottom and cut sides: 2 × (9 + 9 + 10) = 56 m."""
    doc = _doc(
        Plot(id="W", outline=box(0, 0, 10, 10)),
        Plot(id="M", outline=box(10, 0, 30, 10)),
        Plot(id="E", outline=box(30, 0, 40, 10)),
        Path(id="cut", route=((20.0, -5.0), (20.0, 15.0)), width_m=2.0),
    )
    space = _space(doc)
    front = _frontage(doc)
    assert space.block_count == 2
    assert front["M"] == pytest.approx(56.0, abs=1e-9)
    assert front["W"] == pytest.approx(30.0, abs=1e-9)  # its side against M is covered
    block = dict(zip(["W", "M", "E"], space.block_of_plot.tolist(), strict=True))
    assert block["W"] != block["E"]
    assert block["M"] in (
        block["W"],
        block["E"],
    )  # the plot goes with its larger piece (equal here: the first)


def test_a_building_outside_the_plots_takes_the_frontage_it_stands_against():
    """A 6 m building 5 cm above a lone plot's top side: the side is covered from x = 2 − 0.0866 to
    8 + 0.0866 (within 0.1 m of the building; √(0.1² − 0.05²) past its corners): 40 − 6.1732 m."""
    doc = _doc(Plot(id="A", outline=box(0, 0, 10, 10)), Building(id="shed", outline=box(2, 10.05, 8, 14)))
    expected = 40.0 - (6.0 + 2 * math.sqrt(0.1**2 - 0.05**2))
    assert _frontage(doc)["A"] == pytest.approx(expected, abs=1e-9)


def test_plots_touching_only_at_a_corner_are_one_block_but_not_neighbours():
    """Two squares meeting at (10, 10): one block (they touch), no passage between them (they share a
    point, not a metre of boundary), and every side of each faces open ground (40 m)."""
    doc = _doc(Plot(id="A", outline=box(0, 0, 10, 10)), Plot(id="B", outline=box(10, 10, 20, 20)))
    space = _space(doc)
    assert space.block_count == 1
    assert space.frontage_m == pytest.approx([40.0, 40.0], abs=1e-9)
    i, _ = plot_neighbours(build_layout(doc, None).plot_polygons, 1.0, 0.1)
    assert len(i) == 0


def test_an_edge_facing_a_drawn_lane_across_a_sliver_is_counted_once():
    """The bundled sample's plot-010: its top side, (18.763, 32.077)–(27.472, 31.927), 8.710 m, faces
    the 1.8 m lane ``path-lane1w`` across a 9 cm sliver; its other sides are shared with neighbours.
    Its frontage is that side, once, plus the few millimetres of its steep sides within 0.1 m of the
    lane: between 8.710 and 8.75 m (the old method counted the side twice: 16.54 m)."""
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    doc = load_project(sample_project_path())
    top_m = math.dist((18.763, 32.077), (27.472, 31.927))
    assert 8.70 < top_m < 8.72
    assert top_m <= _frontage(doc)["plot-010"] <= top_m + 0.04


def test_the_entrance_is_the_middle_of_the_longest_frontage_run_across_a_corner():
    """A corner plot of the courtyard layout faces the street along its bottom and left sides, one run
    of 20 m round the corner (0, 0): its middle is the corner itself."""
    plots = _courtyard_plots()
    doc = _doc(*plots)
    space = _space(doc)
    k = [p.id for p in build_layout(doc, None).plots].index("P00")
    assert np.allclose(space.entrance_xy[k], (0.0, 0.0), atol=1e-9)


def test_a_plot_wholly_under_a_road_faces_it_all_round_and_has_no_block():
    """A 30 m wide road over a 10 m plot leaves nothing of it: no block, and all 40 m of its outline lie
    in the road (direct access); a settlement without plots has no blocks at all."""
    doc = _doc(
        Plot(id="A", outline=box(0, 0, 10, 10)),
        Path(id="road", route=((-5.0, 5.0), (15.0, 5.0)), width_m=30.0),
    )
    diag = diagnose_access(doc, centrelines=False)
    plot = diag.plots[0]
    assert (plot.block_id, plot.frontage_m, plot.direct_access) == (None, pytest.approx(40.0, abs=1e-9), True)
    assert diag.blocks == []
    empty = diagnose_access(_doc(Path(id="road", route=((0.0, 0.0), (10.0, 0.0)), width_m=2.0)))
    assert (empty.plots, empty.blocks) == ([], [])


def test_no_block_keeps_a_crumb_thinner_than_the_tolerance():
    """On the synthetic 300-plot settlement (drawn paths along the plot boundaries), plots grown by
    half the tolerance less the corridors shrunk by as much left 63 crumbs a tolerance thick (rims of
    plot corners under a corridor) as parts of blocks; each became a 12 m square of open ground in the
    settlement's edge (+135 m² there) and twigs of outer centreline. Cut first, as the rule says,
    no plot leaves one: every block part is thicker than the tolerance, and the edge is the old one
    (48,183.7 m² by the overlay of the cut plots) within a few square metres."""
    import shapely

    from benchmarks.synthetic import make_settlement

    diag = diagnose_access(make_settlement(300), centrelines=False)
    parts = shapely.get_parts(diag.space.blocks)
    thin = shapely.is_empty(shapely.buffer(parts, -0.55 * 0.1, quad_segs=1))
    assert int(thin.sum()) == 0
    assert len(parts) == len(diag.space.blocks) == 37
    assert diag.space.envelope.area == pytest.approx(48183.7, abs=15.0)
