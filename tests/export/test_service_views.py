"""The negotiation pages' data: reasons for failing, plot colours, operators, on a drawing worked by hand."""

from __future__ import annotations

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
