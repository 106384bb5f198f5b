"""The bundled sample is a realistic, contrasting starting point for workshops and examples."""

from __future__ import annotations

import shapely

from designer.io.project_file import load_project
from designer.model import EXISTING, Building, Household, Path, Plot, Toilet, Traffic, WaterPoint
from designer.resources import sample_project_path


def test_sample_has_the_required_content():
    doc = load_project(sample_project_path())
    plots = doc.of_type(Plot, EXISTING)
    assert len(plots) >= 80
    assert len(doc.of_type(Building, EXISTING)) >= 80
    paths = doc.of_type(Path, EXISTING)
    assert sum(p.traffic == Traffic.BUSY for p in paths) == 1
    assert 1 <= len(doc.of_type(WaterPoint, EXISTING)) <= 3  # too few …
    assert 1 <= len(doc.of_type(Toilet, EXISTING)) <= 3
    households = doc.of_type(Household)
    assert len(households) >= len(plots)
    assert {h.head_sex for h in households} >= {"female", "male"}
    assert len({h.tenure for h in households}) >= 3
    assert len(doc.options) >= 3
    doc.check_references()


def test_sample_plots_do_not_overlap_and_buildings_sit_on_their_plots():
    doc = load_project(sample_project_path())
    polys = {p.id: shapely.Polygon(p.outline) for p in doc.of_type(Plot, EXISTING)}
    union_area = shapely.union_all(list(polys.values())).area
    assert abs(union_area - sum(p.area for p in polys.values())) < 1.0
    for b in doc.of_type(Building, EXISTING):
        assert polys[b.plot_id].buffer(0.05).contains(shapely.Polygon(b.outline)), b.id


def test_sample_options_contrast():
    doc = load_project(sample_project_path())
    kinds = {o.id: {e.KIND for e in doc.entities(o.id)} for o in doc.options}
    assert "water_point" in kinds["opt-a"] and "sewer" not in kinds["opt-a"]
    assert {"sewer", "manhole"} <= kinds["opt-b"]
    assert {"demolition", "core_house"} <= kinds["opt-c"]
