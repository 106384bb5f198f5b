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
