"""Proposed access paths: every interior plot reached (checked by an independent graph search), never
longer than the per-plot baseline, demolitions and displacement named, fixed paths respected."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from designer.analysis.access_derive import accept_derived_paths, derive_paths
from designer.analysis.access_diagnosis import diagnose_access
from designer.analysis.access_paths import propose_access
from designer.analysis.access_rules import load_access_rules
from designer.analysis.check import check_option
from designer.io.project_file import document_to_bytes
from designer.model import Building, Document, Household, Path, Plot, ProjectInfo
from designer.model.commands import ReplaceRecord
from designer.model.entities import Drain, Relocation
from tests.analysis.access_checks import independent_reach, length_baseline
from tests.analysis.parcels import box, parcel_grid


def _jittered_block(n: int = 6, size_m: float = 9.0, seed: int = 7) -> Document:
    """One block of n × n quadrilateral plots whose inner corners are moved up to 2 m (seeded)."""
    rng = np.random.default_rng(seed)
    grid = np.array([[(i * size_m, j * size_m) for j in range(n + 1)] for i in range(n + 1)], dtype=float)
    grid[1:n, 1:n] += rng.uniform(-2.0, 2.0, size=(n - 1, n - 1, 2))
    recs = []
    for i in range(n):
        for j in range(n):
            ring = (grid[i, j], grid[i + 1, j], grid[i + 1, j + 1], grid[i, j + 1])
            recs.append(Plot(id=f"Q{i}{j}", outline=tuple((float(x), float(y)) for x, y in ring)))
    return Document(ProjectInfo(name="Jittered"), recs)


def test_every_interior_plot_of_a_parcel_grid_is_reached_by_the_proposal():
    doc = parcel_grid(2, 1, 5)
    accept_derived_paths(derive_paths(doc)).do(doc)  # the streets, so that the walking check sees them
    interior = diagnose_access(doc).without_access
    assert len(interior) == 18
    proposal = propose_access(doc)
    assert proposal.unreached_plot_ids == []
    assert all(independent_reach(doc, proposal, interior).values())
    proposal.command.do(doc)
    after = diagnose_access(doc, proposal.option_id)
    assert after.without_access == []
    # The 2 m lanes join the 4 m streets at a T (a point on the street's centreline): a stretcher
    # and a handcart get out of every plot, a fire engine only from the plots on the streets.
    passes = after.summary()["plots_passable_by"]
    assert passes["stretcher"] == passes["handcart"] == 50
    assert passes["fire_engine"] < 50
    assert check_option(doc, proposal.option_id, pressure=False).summary["plots_without_access"] == 0


def test_the_proposal_is_never_longer_than_each_plots_own_shortest_way_out_unioned():
    rules = load_access_rules()
    plain = dataclasses.replace(
        rules, propose=dataclasses.replace(rules.propose, building_penalty_m=0.0, plot_share_penalty_m=0.0)
    )
    for seed in (1, 2, 3):
        doc = _jittered_block(6, seed=seed)
        interior = diagnose_access(doc).without_access
        assert len(interior) == 16
        proposal = propose_access(doc, rules=plain)
        assert proposal.unreached_plot_ids == []
        assert all(independent_reach(doc, proposal, interior).values())
        baseline = length_baseline(doc, interior)
        assert proposal.length_m <= baseline + 1e-6
        assert proposal.length_m == pytest.approx(sum(b.length_m for b in proposal.blocks))
        assert proposal.baseline_length_m == pytest.approx(baseline, rel=1e-6)


def test_the_proposal_is_deterministic():
    a = propose_access(_jittered_block(6, seed=4))
    b = propose_access(_jittered_block(6, seed=4))
    assert [p.route for p in a.paths] == [p.route for p in b.paths]


def _walled_centre() -> Document:
    """A 3 × 3 block of 10 m plots whose centre plot can only be reached by crossing a house.

    Every boundary line from the centre plot's corners to the block edge is straddled by a house
    (one per line, on the plot named in ``on``); each plot has one household.
    """
    doc = parcel_grid(1, 1, 3, households=True)
    lines = {  # boundary line -> the plot its house belongs to
        ((10, 0), (10, 10)): "P00-00",
        ((20, 0), (20, 10)): "P00-20",
        ((0, 10), (10, 10)): "P00-01",
        ((20, 10), (30, 10)): "P00-21",
        ((0, 20), (10, 20)): "P00-02",
        ((20, 20), (30, 20)): "P00-22",
        ((10, 20), (10, 30)): "P00-12",
        ((20, 20), (20, 30)): "P00-10",
    }
    recs = [r for r in doc.records() if r is not doc.project]
    for k, (((x0, y0), (x1, y1)), plot) in enumerate(lines.items()):
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        recs.append(Building(id=f"h{k}", outline=box(cx - 2, cy - 2, cx + 2, cy + 2), plot_id=plot))
    return Document(doc.project, recs)


def test_a_proposal_that_must_cross_a_house_relocates_it_and_the_check_and_costs_say_so():
    doc = _walled_centre()
    proposal = propose_access(doc)
    assert proposal.unreached_plot_ids == []
    assert len(proposal.relocations) == 1 and proposal.demolitions == []
    moved = proposal.relocations[0].building_id
    proposal.command.do(doc)
    check = check_option(doc, proposal.option_id, pressure=False)
    crossed = [b for b in check.reblocking.buildings if b.building_id == moved]
    assert crossed and crossed[0].demolition_drawn
    owner = doc[moved].plot_id  # type: ignore[attr-defined]
    # Its plot has no other house: its household is displaced.
    others = [b for b in doc.of_type(Building) if b.plot_id == owner and b.id != moved]
    assert others == [] and check.reblocking.displaced_households == [f"h-{owner}"]
    assert check.reblocking.area_lost_m2  # the path takes land from the plots it runs between
    from designer.estimate.pricing import cost_option

    boq = cost_option(doc, proposal.option_id)
    sources = {s for b in boq.bills for ln in b.lines for s in ln.provenance.source_ids}
    assert proposal.relocations[0].id in sources
    assert {p.id for p in proposal.paths} <= sources
    assert {d.id for d in proposal.drains} <= sources


def test_a_rerun_keeps_the_path_residents_moved_and_adds_only_what_is_missing():
    doc = parcel_grid(1, 1, 4)
    first = propose_access(doc)
    first.command.do(doc)
    assert len(first.paths) == 1
    # Residents move the path to the boundary x = 10 (it now serves only the western interior plots).
    path = first.paths[0]
    moved = dataclasses.replace(path, route=((10.0, -3.0), (10.0, 0.0), (10.0, 40.0), (10.0, 43.0)))
    ReplaceRecord(path, moved).do(doc)
    for d in doc.of_type(Drain, first.option_id):
        doc._remove(d)
    assert set(diagnose_access(doc, first.option_id).without_access) == {"P00-21", "P00-22"}
    second = propose_access(doc, option_id=first.option_id)
    assert second.new_option is False
    second.command.do(doc)
    assert doc[path.id] == moved
    assert diagnose_access(doc, first.option_id).without_access == []
    assert all(not any(x == pytest.approx(10.0) for x, _ in p.route) for p in second.paths)
    third = propose_access(doc, option_id=first.option_id)
    assert third.paths == [] and len(third.command.commands) == 0


def test_proposing_is_one_undoable_step():
    doc = parcel_grid(1, 1, 5)
    before = document_to_bytes(doc)
    proposal = propose_access(doc)
    assert document_to_bytes(doc) == before  # nothing changes until the command is pushed
    proposal.command.do(doc)
    proposal.command.inverse().do(doc)
    assert document_to_bytes(doc) == before


def test_only_the_chosen_block_gets_paths_and_an_unknown_block_is_refused():
    doc = parcel_grid(2, 1, 4)
    proposal = propose_access(doc, block_ids=["B2"])
    assert [b.block_id for b in proposal.blocks] == ["B2"]
    assert all(x > 44 for p in proposal.paths for x, _ in p.route[1:-1])
    from designer.model.errors import JamiiError

    with pytest.raises(JamiiError, match="no block 'B9'"):
        propose_access(doc, block_ids=["B9"])


def test_progress_is_reported_and_raising_from_it_cancels_without_change():
    doc = parcel_grid(2, 1, 4)
    seen: list[float] = []
    propose_access(doc, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] > 0.9 and seen == sorted(seen)

    class Stop(Exception):
        pass

    def stop(f: float) -> None:
        if f > 0.2:
            raise Stop

    before = document_to_bytes(doc)
    with pytest.raises(Stop):
        propose_access(doc, progress=stop)
    assert document_to_bytes(doc) == before


def test_households_and_relocations_are_model_records():
    # Guards the record kinds the proposal relies on.
    assert Relocation.KIND == "relocation" and Household.KIND == "household" and Path.KIND == "path"
