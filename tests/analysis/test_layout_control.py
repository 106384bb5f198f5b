"""The analysis resolves options exactly like the model does; operators and capture warnings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from designer.analysis.check import check_option
from designer.analysis.layout import build_layout, resolve, scan
from designer.model import Document, Household, Path, Plot, ProjectInfo, WaterPoint
from designer.resources import sample_project_path
from tests.analysis.layouts import box


@pytest.mark.parametrize("option_id", [None, "opt-a", "opt-b", "opt-c"])
def test_one_pass_resolution_equals_the_documents_option_view(option_id):
    from designer.io.project_file import load_project

    doc = load_project(sample_project_path())
    view = doc.option_view(option_id) if option_id else doc.existing_view()
    existing, proposed = scan(doc, option_id)
    ours = resolve(existing, proposed if option_id else [])
    assert sorted(e.id for e in ours) == sorted(e.id for e in view.entities())


def test_households_follow_their_plot_when_it_is_re_plotted():
    from designer.io.project_file import load_project

    doc = load_project(sample_project_path())
    lay = build_layout(doc, "opt-c")
    replaced = {old for p in lay.plots for old in p.replaces}
    moved = [(h, lay.plots[lay.hh_plot[k]]) for k, h in enumerate(lay.households) if h.plot_id in replaced]
    assert moved, "the sample's option C re-plots plots with households on them"
    assert all(h.plot_id in plot.replaces for h, plot in moved)


def market() -> Document:
    """Four standpipes on a 300 m path: three run by a vendor, one by a women's group.

    Plot V (x 0–10) uses the vendor's v1, plot W (x 250–260) the group's g1; both have both operators
    within 500 m. The vendor has 75 % of the points (over the 50 % limit) and 50 % of the persons
    (not over); the group 25 % and 50 %.
    """
    return Document(
        ProjectInfo(),
        [
            Path(id="p", route=((0, 0), (300, 0))),
            Plot(id="V", outline=box(0, 1.5, 10, 11.5)),
            Plot(id="W", outline=box(250, 1.5, 260, 11.5)),
            WaterPoint(id="v1", position=(0, -1), managed_by="Vendor"),
            WaterPoint(id="v2", position=(100, -1), managed_by="Vendor"),
            WaterPoint(id="v3", position=(200, -1), managed_by="Vendor"),
            WaterPoint(id="g1", position=(290, -1), managed_by="Women's group"),
            Household(id="hV", plot_id="V", size_persons=4),
            Household(id="hW", plot_id="W", size_persons=4),
        ],
    )


def test_operator_share_over_the_limit_warns():
    result = check_option(market(), None, pressure=False)
    shares = {o.operator: o for o in result.control.operators}
    assert shares["Vendor"].water_points == 3 and shares["Vendor"].share_of_points == 0.75
    assert shares["Vendor"].share_of_persons == 0.5 and shares["Women's group"].share_of_persons == 0.5
    assert shares["Vendor"].over_limit and not shares["Women's group"].over_limit
    assert any(w.startswith("Vendor controls 3 of 4 public water points") for w in result.warnings)
    assert not any(r.water_single_operator for r in result.households)  # both operators within reach


def test_household_with_only_one_operator_within_reach_is_flagged():
    doc = market()
    recs = [r for r in doc.records() if r.id not in ("project", "g1", "V", "hV")]
    recs.append(WaterPoint(id="g1", position=(900, -1), managed_by="Women's group"))
    recs.append(Path(id="p2", route=((300, 0), (1000, 0))))
    result = check_option(Document(doc.project, recs), None, pressure=False)
    row = result.households[0]
    assert row.water_single_operator and "single_operator" in row.problems
    assert result.scorecard.households_single_operator == 1


def _respelled(*names: str) -> Document:
    """market() with the vendor's three points and the group's point named as given."""
    doc = market()
    ids = ["v1", "v2", "v3", "g1"]
    recs = [r for r in doc.records() if r.id != "project" and r.id not in ids]
    old = {r.id: r for r in doc.records()}
    recs += [replace(old[i], managed_by=n) for i, n in zip(ids, names, strict=True)]
    return Document(doc.project, recs)


def test_spellings_of_one_operator_are_merged_before_the_share_is_judged():
    """Issue 17: "Vendor", "vendor ", "VENDOR." were three operators of 25 % each: none over the limit."""
    result = check_option(_respelled("Vendor", "vendor ", " VENDOR.", "Women's group"), None, pressure=False)
    shares = {o.operator: o for o in result.control.operators}
    assert set(shares) == {"Vendor", "Women's group"}
    assert shares["Vendor"].water_points == 3 and shares["Vendor"].over_limit
    assert any("operator names taken as one, Vendor" in w for w in result.warnings)
    assert {w.operator_group for w in result.water_points if w.water_point_id != "g1"} == {"Vendor"}


def test_the_alias_table_merges_abbreviations(tmp_path, monkeypatch):
    (tmp_path / "operator_aliases.csv").write_text("alias,operator\nV Co,Vendor\n", encoding="utf-8")
    monkeypatch.setenv("JAMII_STANDARDS_DIR", str(tmp_path))
    result = check_option(_respelled("Vendor", "V Co", "v co", "Women's group"), None, pressure=False)
    shares = {o.operator: o.water_points for o in result.control.operators}
    assert shares == {"Vendor": 3, "Women's group": 1}


def test_blank_operators_are_unknown_and_reported_not_an_operator():
    result = check_option(_respelled("Vendor", "", "  ", "Women's group"), None, pressure=False)
    shares = {o.operator: o for o in result.control.operators}
    assert shares["unknown"].water_points == 2 and not shares["unknown"].over_limit
    assert any(
        "2 public water point(s) with no operator recorded (unknown): v2, v3" in w for w in result.warnings
    )


def test_concentration_counts_persons_served_not_only_points():
    """Forty persons on V depend on the group's point only... the vendor's one point serves 40 of 48."""
    doc = _respelled("Vendor", "Women's group", "Women's group", "Women's group")
    recs = [r for r in doc.records() if r.id not in ("project", "hV")]
    recs.append(Household(id="hV", plot_id="V", size_persons=40))
    result = check_option(Document(doc.project, recs), None, pressure=False)
    vendor = next(o for o in result.control.operators if o.operator == "Vendor")
    assert vendor.share_of_points == 0.25 and vendor.share_of_persons == pytest.approx(40 / 44)
    assert vendor.over_limit


def test_a_yard_tap_with_its_own_operator_does_not_break_the_control_analysis():
    """Was: ValueError in the control analysis, so `check`, `compare` and the poster crashed."""
    from designer.model import WaterPointKind

    doc = market()
    recs = [r for r in doc.records() if r.id != "project"]
    recs.append(
        WaterPoint(
            id="yard", position=(5, 6), point_kind=WaterPointKind.YARD_TAP, plot_id="V", managed_by="Landlord"
        )
    )
    result = check_option(Document(doc.project, recs), None, pressure=False)
    shares = {o.operator: o for o in result.control.operators}
    assert set(shares) == {"Vendor", "Women's group"}  # the private tap is nobody's public point
    assert shares["Vendor"].water_points == 3
