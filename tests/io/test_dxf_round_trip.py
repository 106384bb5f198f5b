"""Jamii's own DXF reads back as Jamii: export → import gives the same records (issue 13, item 7)."""

from __future__ import annotations

import pytest

from designer.io.base_import import ImportRequest, import_survey
from designer.io.project_file import load_project
from designer.model import Document, Entity, Option, ProjectInfo
from designer.model.codec import encode_record
from designer.render.dxf import export_dxf
from designer.resources import sample_project_path

_GEOMETRY = ("outline", "route", "position")


def _drawn_records(doc, option_id):
    """The entities the option's drawing shows (existing ones it keeps, its own proposals)."""
    from designer.render.walker import _option_items

    return {it.entity.id: it.entity for it in _option_items(doc, option_id, None)}


def _same(a, b, drawn_ids):
    ea, eb = encode_record(a), encode_record(b)
    # A reference to a record the drawing does not show (a plot superseded by re-plotting) cannot be kept.
    for name in b.REFERENCES:
        if isinstance(eb[name], str) and eb[name] not in drawn_ids:
            eb[name] = ""
        elif isinstance(eb[name], list):
            eb[name] = [v for v in eb[name] if v in drawn_ids]
    for key in _GEOMETRY:
        ga, gb = ea.pop(key, None), eb.pop(key, None)
        if ga is None:
            assert gb is None
            continue
        flat_a = [ga] if key == "position" else ga
        flat_b = [gb] if key == "position" else gb
        assert len(flat_a) == len(flat_b), a.id
        for pa, pb in zip(flat_a, flat_b, strict=True):
            assert pa == pytest.approx(pb, abs=1e-6), a.id
    assert ea == eb


@pytest.fixture(scope="module")
def sample():
    from designer.model import background  # noqa: F401  (the sample holds a background image record)

    return load_project(sample_project_path())


@pytest.mark.parametrize("option_id", ["opt-a", "opt-b", "opt-c"])
@pytest.mark.parametrize("local", [False, True])
def test_export_then_import_gives_the_same_records(sample, option_id, local, tmp_path):
    out = tmp_path / f"{option_id}.dxf"
    export_dxf(sample, out, option_id=option_id, local_coordinates=local, paper_sizes=("A3",))
    fresh = Document(ProjectInfo(name="read back"))
    result = import_survey(fresh, ImportRequest(source=out))
    assert result.project.crs_epsg == sample.project.crs_epsg
    assert (result.project.origin_x_m, result.project.origin_y_m) == (
        sample.project.origin_x_m,
        sample.project.origin_y_m,
    )
    back = {r.id: r for r in result.records if isinstance(r, Entity)}
    drawn = _drawn_records(sample, option_id)
    assert set(back) == set(drawn)
    for rid, rec in drawn.items():
        _same(
            back[rid], rec, set(drawn)
        )  # plot numbers, levels, pipe sizes, materials, kinds, hazard, supply point …
    options = [r for r in result.records if isinstance(r, Option)]
    assert [(o.id, o.name) for o in options] == [(option_id, sample[option_id].name)]
    assert any("read as a Jamii drawing" in line for line in result.lines)


def test_an_older_jamii_dxf_without_records_is_read_by_its_block_attributes(sample, tmp_path):
    import ezdxf

    from designer.io.dxf_import import read_dxf
    from designer.io.dxf_records import APP_ID, PROJECT_XRECORD
    from designer.io.gis_import import survey_records
    from designer.model import ToiletKind, WaterPoint

    out = tmp_path / "old.dxf"
    export_dxf(sample, out, option_id="opt-a", paper_sizes=("A3",))
    doc = ezdxf.readfile(out)  # strip what this version adds: as a drawing from before issue 13
    for e in doc.modelspace():
        if e.has_xdata(APP_ID):
            e.discard_xdata(APP_ID)
    del doc.rootdict[PROJECT_XRECORD]
    doc.saveas(out)
    survey = read_dxf(out, target_crs=None)
    records, _ = survey_records(survey, (0.0, 0.0))
    kinds = {r.point_kind for r in records if isinstance(r, WaterPoint)}
    expected = {w.point_kind for w in sample.of_type(WaterPoint) if w.scope in ("existing", "opt-a")}
    assert kinds == expected and None not in kinds  # read from the KIND attribute, not defaulted
    taps = sorted(r.taps for r in records if isinstance(r, WaterPoint))
    assert taps == sorted(w.taps for w in sample.of_type(WaterPoint) if w.scope in ("existing", "opt-a"))
    toilets = [r for r in records if r.KIND == "toilet"]
    assert toilets and all(t.toilet_kind in set(ToiletKind) for t in toilets)
