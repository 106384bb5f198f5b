"""Access on real data: Djibouti street blocks and OSM footprints (prclz), plots from the footprints.

The blocks CSV draws street blocks up to the street centrelines, so plots cut from it would touch
across every street. The street is given back by setting each block in by 3 m (half an assumed 6 m
street); the densest blocks (under 4 ha with at least 15 buildings) are used.
"""

from __future__ import annotations

import csv
import json
import sys

import numpy as np
import pytest
import shapely

from designer.analysis.access_derive import accept_derived_paths, derive_paths
from designer.analysis.access_diagnosis import diagnose_access
from designer.analysis.access_paths import propose_access
from designer.io.footprints import plots_from_footprints
from designer.model import Building, Document, Plot, ProjectInfo
from tests.analysis.access_checks import independent_reach

STREET_HALF_M = 3.0
N_BLOCKS = 8


def _djibouti(folder) -> Document:
    from pyproj import Transformer

    to_utm = Transformer.from_crs(4326, 32638, always_xy=True)

    def utm(geoms):
        return shapely.transform(geoms, lambda c: np.column_stack(to_utm.transform(c[:, 0], c[:, 1])))

    with open(folder / "buildings_DJI.1.1_1.geojson", encoding="utf-8") as fh:
        features = json.load(fh)["features"]
    bldgs = utm(np.array([shapely.geometry.shape(f["geometry"]) for f in features], dtype=object))
    csv.field_size_limit(sys.maxsize)
    with open(folder / "blocks_DJI.1.1_1.csv", encoding="utf-8") as fh:
        blocks = utm(np.array([shapely.from_wkt(r["geometry"]) for r in csv.DictReader(fh)], dtype=object))
    bi, bj = shapely.STRtree(blocks).query(shapely.point_on_surface(bldgs), predicate="within")
    count = np.bincount(bj, minlength=len(blocks))
    dense = np.flatnonzero((shapely.area(blocks) < 40_000) & (count >= 15))
    chosen = dense[np.argsort(-count[dense], kind="stable")][:N_BLOCKS]
    inset = shapely.buffer(blocks[chosen], -STREET_HALF_M, join_style="mitre")
    mine = bldgs[bi[np.isin(bj, chosen)]]
    plots = plots_from_footprints(list(mine), list(inset))
    origin = shapely.get_coordinates(shapely.centroid(shapely.union_all(inset)))[0]

    def ring(g):
        if g.geom_type != "Polygon":
            g = max(shapely.get_parts(g), key=lambda p: p.area)
        return tuple(map(tuple, (shapely.get_coordinates(g.exterior)[:-1] - origin).round(3).tolist()))

    recs: list = []
    for k, p in enumerate(plots):
        recs.append(Plot(id=f"dj-{k}", outline=ring(p.polygon)))
        recs += [Building(id=f"b-{i}", outline=ring(mine[i]), plot_id=f"dj-{k}") for i in p.building_indices]
    return Document(ProjectInfo(name="Djibouti (prclz)"), recs)


@pytest.mark.shared_data
def test_djibouti_plots_from_footprints_all_reach_public_space_with_less_path_than_the_baseline(shared_data):
    doc = _djibouti(shared_data / "settlement-djibouti")
    before = diagnose_access(doc)
    interior = before.without_access
    assert len(before.plots) > 400 and len(interior) > 100
    assert before.summary()["max_complexity_k"] >= 3
    accept_derived_paths(derive_paths(doc)).do(doc)
    proposal = propose_access(doc)
    assert proposal.unreached_plot_ids == []
    reach = independent_reach(doc, proposal, interior)
    assert all(reach.values()), [p for p, ok in reach.items() if not ok][:5]
    assert 0 < proposal.length_m <= proposal.baseline_length_m
    proposal.command.do(doc)
    after = diagnose_access(doc, proposal.option_id)
    assert after.without_access == []
