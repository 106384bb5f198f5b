"""The negotiation pages' data: reasons for failing, plot colours, operators, on a drawing worked by hand."""

from __future__ import annotations

import re
from decimal import Decimal

from designer.analysis.check import check_option
from designer.export.service_views import service_view
from designer.model import Document, Toilet, ToiletAccess, ToiletKind
from tests.analysis.layouts import l_shaped


def test_reasons_plot_colours_and_operators_of_the_l_shaped_settlement():
    """L-shaped settlement + a shared VIP latrine on B (no named users, lit, open day and night).

    By hand: A (gate 15, 0) walks 49 + 10 = 59 m to it: too far; C walks 91 m: too far. A pays
    4 × 15 × 30.4 / 20 × 2 = 182.40 of 3,000 a month for water (6.1 % > 5 %): too costly. No supply
    point is drawn for the standpipe: "pressure" (no supply) for all three. B fails nothing else.
    """
    base = l_shaped()
    wc = Toilet(
        id="wc", position=(64, 10), access=ToiletAccess.SHARED, toilet_kind=ToiletKind.VIP_LATRINE, lit=True
    )
    doc = Document(base.project, [*(r for r in base.records() if r.id != "project"), wc])
    view = service_view(doc, check_option(doc, None), "Today")
    reasons = dict(view.failing)
    assert reasons["too_far"] == 2 and reasons["too_costly"] == 1 and reasons["pressure"] == 3
    assert view.failing_households == 3
    assert dict(view.sanitation_ladder) == {"limited": 3}
    plots = dict(zip((o for o in view.plot_outlines), view.plot_sanitation, strict=True))
    assert set(plots.values()) == {"limited"}
    assert view.water_points == (("sp", "", 8.0, "2"),)
    assert view.operators == (("unknown", 1, 1.0),)
    assert Decimal(view.water_points[0][3]) == 2


def test_no_toilet_drawn_is_unknown_on_the_negotiation_pages_not_open_defecation(tmp_path):
    """The L-shaped settlement has a standpipe but no toilet: every plot is grey ("unknown") on the
    sanitation map, the table says why, the plain words say so, and nobody is "too far" from a toilet."""
    from designer.export.reports import export_comparison_pdf
    from tests.costing.pdf_readback import pages_text

    doc = l_shaped()
    view = service_view(doc, check_option(doc, None), "Today")
    assert dict(view.sanitation_ladder) == {"unknown": 3}
    assert dict(view.hygiene_ladder) == {"unknown": 3}
    assert set(view.plot_sanitation) == {"unknown"}
    assert dict(view.ladders_unknown_because)["sanitation"] == "toilets_not_drawn"
    out = tmp_path / "compare.pdf"
    export_comparison_pdf(doc, out)
    text = " ".join(" ".join(page.split()) for page in pages_text(out))
    # The map legend names every rung; no household is counted on the open-defecation rung.
    assert not re.search(r"open defecation\)\s*\d+\s*/\s*\d+", text)
    assert "Cannot be told from the drawing Toilets not drawn Toilets not drawn" in text  # today, option
    assert "Toilets are not drawn here, so who has a toilet is not known" in text
    assert "Too far" not in text  # nobody fails for a toilet that is not drawn


def test_poster_and_compare_say_served_cannot_be_told_without_toilets(tmp_path, capsys):
    """Not "0 of 3 households served" on the poster's headline, nor "0/3" in jamii compare."""
    from designer.cli import main
    from designer.io.project_file import save_project
    from tests.costing.pdf_readback import pages_text

    project = tmp_path / "l.jamii"
    save_project(l_shaped(), project)
    poster = tmp_path / "poster.pdf"
    assert main(["export", str(project), "--option", "opt", "--poster", str(poster)]) == 0
    assert "households served unknown (toilets not drawn)" in capsys.readouterr().out
    first = " ".join(pages_text(poster)[0].split())
    assert "Households served not known yet Toilets not drawn · of 3 households" in first
    assert main(["compare", str(project)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Households with a toilet in reach\s+not drawn", out)
    assert re.search(r"Households with water in reach\s+3/3", out)


def _plots_only_with_option(road: bool):
    """The 32-plot grid of tests.analysis.parcels (no path) with an option "opt" (the street as a road, or nothing)."""
    from designer.model import Document, Option, Path
    from tests.analysis.parcels import parcel_grid

    base = parcel_grid(2, 1, 4, households=True)
    extra = [Path(id="road-opt", scope="opt", route=((42.0, 0.0), (42.0, 40.0)), width_m=4.0)] if road else []
    rest = [r for r in base.records() if r is not base.project]
    return Document(base.project, [*rest, Option(id="opt", name="Street"), *extra])


def test_no_path_drawn_is_unknown_path_access_on_the_comparison_pdf_poster_and_compare(tmp_path, capsys):
    """Not "32 of 32 without path access" nor 32 households "too far": unknown, and said why."""
    from designer.cli import main
    from designer.export.reports import export_comparison_pdf
    from designer.io.project_file import save_project
    from tests.costing.pdf_readback import pages_text

    doc = _plots_only_with_option(road=False)
    view = service_view(doc, check_option(doc, None, pressure=False), "Today")
    assert view.path_access_unknown_because == "paths_not_drawn" and view.failing_households == 0
    out = tmp_path / "compare.pdf"
    export_comparison_pdf(doc, out)
    text = " ".join(" ".join(page.split()) for page in pages_text(out))
    assert "Households without path access unknown (paths not drawn)" in text
    assert "Plots reachable by a path (before → after) unknown (paths not drawn)" in text
    assert "Cannot be told from the drawing Paths not drawn: path access not known" in text
    assert "Paths are not drawn here, so which plots a path reaches is not known" in text
    assert "Too far" not in text
    project = tmp_path / "p.jamii"
    save_project(doc, project)
    poster = tmp_path / "poster.pdf"
    assert main(["export", str(project), "--option", "opt", "--poster", str(poster)]) == 0
    capsys.readouterr()
    assert "Paths not drawn: path access not known" in " ".join(pages_text(poster)[0].split())
    assert main(["compare", str(project), "--no-pressure"]) == 0
    assert re.search(r"Households without path access\s+not drawn", capsys.readouterr().out)


def test_an_option_road_over_a_today_without_paths_cannot_tell_the_plots_it_gains(tmp_path, capsys):
    """The option's road reaches 8 of 32 plots; today has no path, so 'before' is unknown, not 0."""
    from designer.cli import main
    from designer.export.reports import export_comparison_pdf
    from designer.io.project_file import save_project
    from tests.costing.pdf_readback import pages_text

    doc = _plots_only_with_option(road=True)
    out = tmp_path / "compare.pdf"
    export_comparison_pdf(doc, out)
    text = " ".join(" ".join(page.split()) for page in pages_text(out))
    assert "Households without path access 24 of 32" in text
    assert "Plots reachable by a path (before → after) unknown (no path drawn today) → 8 of 32" in text
    project = tmp_path / "p.jamii"
    save_project(doc, project)
    assert main(["compare", str(project), "--no-pressure"]) == 0
    shown = capsys.readouterr().out
    assert re.search(r"Households without path access\s+24/32", shown)
    assert re.search(r"Plots gaining path access\s+unknown \(no path today\)", shown)
