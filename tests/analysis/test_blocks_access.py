"""Blocks, public space, derived paths and the access diagnosis, on parcel layouts worked out on paper."""

from __future__ import annotations

import dataclasses
from pathlib import Path as FsPath

import pytest

from designer.analysis.access_derive import accept_derived_paths, derive_paths
from designer.analysis.access_diagnosis import diagnose_access
from designer.analysis.access_rules import AccessRulesError, load_access_rules
from designer.analysis.check import check_option
from designer.io.project_file import document_to_bytes
from designer.model import Document, Path
from tests.analysis.parcels import box, parcel_grid, with_road


def test_a_four_by_four_block_has_twelve_plots_on_the_street_and_four_interior_plots_at_depth_two():
    diag = diagnose_access(parcel_grid(2, 1, 4))
    assert [b.block_id for b in diag.blocks] == ["B1", "B2"]
    for b in diag.blocks:
        assert (b.plots, b.direct_access, b.without_access, b.enclosed, b.complexity_k) == (16, 12, 4, 0, 2)
    depth = {p.plot_id: p.depth for p in diag.plots}
    assert depth["P00-11"] == depth["P00-22"] == 2
    assert depth["P00-00"] == depth["P00-30"] == 1
    assert sorted(diag.without_access) == sorted(
        f"P{b}0-{i}{j}" for b in (0, 1) for i in (1, 2) for j in (1, 2)
    )


def test_the_centre_plot_of_a_five_by_five_block_is_three_plots_deep():
    diag = diagnose_access(parcel_grid(1, 1, 5))
    assert diag.blocks[0].complexity_k == 3
    assert next(p for p in diag.plots if p.plot_id == "P00-22").depth == 3
    assert diag.summary()["max_complexity_k"] == 3


def test_a_plot_touching_nothing_is_enclosed_with_unknown_depth():
    doc = parcel_grid(1, 1, 3)
    # A plot sealed inside another plot's courtyard: it shares no boundary with anyone.
    ring = Document(
        doc.project,
        [
            *[r for r in doc.records() if r.id not in ("P00-11", doc.project.id)],
            dataclasses.replace(doc["P00-11"], id="inner", outline=box(13, 13, 17, 17)),  # type: ignore[arg-type]
        ],
    )
    diag = diagnose_access(ring)
    inner = next(p for p in diag.plots if p.plot_id == "inner")
    assert (inner.direct_access, inner.depth, inner.narrowest_way_out_m) == (False, None, None)
    assert diag.blocks[0].enclosed == 1


def test_the_street_between_blocks_becomes_one_centreline_with_the_street_width():
    derived = derive_paths(parcel_grid(2, 1, 4, street_m=4.0))
    inner = [p for p in derived.paths if "settlement edge" not in p.note]
    # Along x = 42 (the middle of the gap), cut where the width changes at the street's ends.
    assert inner and all(x == pytest.approx(42.0, abs=0.05) for p in inner for x, _ in p.route)
    longest = max(inner, key=lambda p: abs(p.route[-1][1] - p.route[0][1]))
    assert abs(longest.route[-1][1] - longest.route[0][1]) > 30
    # 4 m gap less the 0.1 m touch tolerance, floored to 0.1 m.
    assert 3.7 <= longest.width_m <= 4.0
    assert all("not surveyed" in p.note for p in derived.paths)


def test_deriving_then_checking_gives_path_access_to_every_plot_facing_the_street():
    doc = parcel_grid(2, 1, 4)
    # No path drawn yet: which plots a path reaches is unknown, not "none of the 32".
    before = check_option(doc, None, pressure=False)
    assert before.summary["plots_without_access"] is None and before.no_access_plots == []
    accept_derived_paths(derive_paths(doc)).do(doc)
    check = check_option(doc, None, pressure=False)
    assert check.summary["plots_without_access"] == 8
    assert sorted(check.no_access_plots) == sorted(diagnose_access(doc).without_access)


def test_accepting_derived_paths_is_one_step_that_undo_reverses_exactly_and_a_second_derive_adds_nothing():
    doc = parcel_grid(2, 2, 4)
    before = document_to_bytes(doc)
    cmd = accept_derived_paths(derive_paths(doc))
    cmd.do(doc)
    assert len(doc.of_type(Path)) == len(cmd.commands) > 4
    assert derive_paths(doc).paths == []
    cmd.inverse().do(doc)
    assert document_to_bytes(doc) == before


def test_a_drawn_road_gives_the_plots_along_it_direct_access_and_is_not_derived_again():
    # The road runs through the block between columns 1 and 2 (x = 20), 2 m wide.
    doc = with_road(parcel_grid(1, 1, 4), ((20.0, -6.0), (20.0, 46.0)), width_m=2.0)
    diag = diagnose_access(doc)
    direct = {p.plot_id for p in diag.plots if p.direct_access}
    assert {"P00-11", "P00-12", "P00-21", "P00-22"} <= direct
    assert not diag.without_access
    for c in diag.space.centrelines:
        xs = [x for x, _ in c.route]
        assert not (min(xs) > 19 and max(xs) < 21), "a centreline duplicates the drawn road"


def test_the_narrowest_width_on_the_way_out_says_a_stretcher_cannot_pass_a_one_metre_gap():
    diag = diagnose_access(parcel_grid(2, 1, 4, street_m=1.0))
    widths = load_access_rules().widths_m
    # P00-31 and P00-32 face only the 1 m gap between the blocks.
    for pid in ("P00-31", "P00-32"):
        p = next(x for x in diag.plots if x.plot_id == pid)
        assert p.direct_access
        assert p.narrowest_way_out_m is not None and p.narrowest_way_out_m < 1.0
        assert p.passes == dict.fromkeys(widths, False)
    corner = next(x for x in diag.plots if x.plot_id == "P00-00")
    assert corner.narrowest_way_out_m is not None and corner.narrowest_way_out_m >= widths["fire_engine"]
    interior = next(x for x in diag.plots if x.plot_id == "P00-11")
    assert interior.narrowest_way_out_m is None and set(interior.passes.values()) == {None}


def test_the_diagnosis_json_is_stable_and_names_the_schema():
    out = diagnose_access(parcel_grid(1, 1, 4)).to_json()
    assert out["schema"] == "jamii-access/1"
    assert out["summary"]["plots_without_access"] == 4
    assert [b["id"] for b in out["blocks"]] == ["B1"]
    assert {p["id"] for p in out["plots"] if p["depth"] == 2} == {"P00-11", "P00-12", "P00-21", "P00-22"}


def test_a_bad_rules_file_is_refused_naming_the_file_and_key(tmp_path: FsPath):
    shipped = load_access_rules().source
    text = (
        FsPath(shipped).read_text(encoding="utf-8").replace("outer_margin_m = 6.0", 'outer_margin_m = "wide"')
    )
    bad = tmp_path / "access.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(AccessRulesError, match=r"access\.toml: \[derive\] outer_margin_m"):
        load_access_rules(str(bad))


def test_a_settlement_too_large_to_sample_finely_is_sampled_coarser_and_says_so():
    rules = load_access_rules()
    capped = dataclasses.replace(rules, derive=dataclasses.replace(rules.derive, max_samples=200))
    diag = diagnose_access(parcel_grid(2, 1, 4), rules=capped)
    assert diag.space.sample_spacing_m > rules.derive.sample_spacing_m
    assert any("sampled every" in w and "may be missed" in w for w in diag.warnings)
    assert not diagnose_access(parcel_grid(2, 1, 4)).warnings
