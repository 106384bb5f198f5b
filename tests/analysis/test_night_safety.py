"""Safety by night on the way to the toilet: street lights' reach, toilet lighting and hours, crossings.

Drawing (worked by hand): an unlit footpath (0, 0) → (100, 0); plot A x 10–20, y 2–12 → gate (15, 0);
a communal toilet at (80, −2) → joins the path at (80, 0) by a 2 m leg (legs count as lit).
Route A → toilet: 65 m along the path + 2 m. A street light at (50, 2) on a 6 m pole reaches
6 × 2.5 = 15 m: it lights the path from x = 50 − √(15² − 2²) to 50 + √(15² − 2²), i.e. 29.73 m.
"""

from __future__ import annotations

import math

import pytest

from designer.analysis.check import check_option
from designer.model import (
    Document,
    Household,
    Path,
    Plot,
    ProjectInfo,
    StreetLight,
    Toilet,
    ToiletAccess,
    Traffic,
)
from tests.analysis.layouts import box, busy_road

LIT_M = 2 * math.sqrt(15**2 - 2**2)


def _doc(*extra, toilet: dict | None = None) -> Document:
    wc = Toilet(id="wc", position=(80, -2), access=ToiletAccess.COMMUNAL, **{"lit": True, **(toilet or {})})
    return Document(
        ProjectInfo(name="night"),
        [
            Path(id="p", route=((0, 0), (100, 0)), width_m=2.0, lit=False),
            Plot(id="A", outline=box(10, 2, 20, 12)),
            Household(id="hA", plot_id="A", size_persons=4, children=2),
            wc,
            *extra,
        ],
    )


def _row(doc: Document):
    return check_option(doc, None, pressure=False).households[0]


def test_unlit_metres_count_only_what_no_street_light_reaches():
    dark = _row(_doc())
    assert dark.toilet_m == pytest.approx(67)
    assert dark.toilet_unlit_m == pytest.approx(65)
    assert dark.night_risks == ("unlit_route",) and dark.toilet_safe_at_night is False
    assert "toilet_unsafe_at_night" in dark.problems
    lit = _row(_doc(StreetLight(id="sl", position=(50, 2), height_m=6.0)))
    assert lit.toilet_m == pytest.approx(67)  # lighting changes nothing of the distance
    assert lit.toilet_unlit_m == pytest.approx(65 - LIT_M, abs=1e-6)  # 35.27 m: still more than 10 m


def test_enough_lights_make_the_route_safe_by_night():
    lights = [StreetLight(id=f"sl{k}", position=(x, 2), height_m=6.0) for k, x in enumerate((20, 45, 70))]
    row = _row(_doc(*lights))
    # 15–80 m is covered by three circles of 29.73 m around x = 20, 45 and 70 (5.1–94.9 m)
    assert row.toilet_unlit_m == pytest.approx(0, abs=1e-6)
    assert row.toilet_safe_at_night is True and row.night_risks == ()
    assert "toilet_unsafe_at_night" not in row.problems


def test_a_dark_toilet_locked_at_night_is_flagged():
    lights = [StreetLight(id=f"sl{k}", position=(x, 2), height_m=6.0) for k, x in enumerate((20, 45, 70))]
    row = _row(_doc(*lights, toilet={"lit": False, "open_hours": ((6.0, 18.0),)}))
    assert row.night_risks == ("toilet_unlit", "toilet_closed_at_night")
    assert {"toilet_unsafe_at_night", "toilet_hours_too_short"} <= set(row.problems)


def test_a_busy_road_on_the_way_to_the_toilet_is_flagged():
    """busy_road(): the plot is north of a busy lit road; a communal toilet on the south side at (0, −6)."""
    base = busy_road()
    wc = Toilet(id="wc", position=(0, -6), access=ToiletAccess.COMMUNAL, lit=True)
    doc = Document(base.project, [*(r for r in base.records() if r.id != "project"), wc])
    row = check_option(doc, None, pressure=False).households[0]
    assert row.toilet_crossings == 1
    assert row.night_risks == ("busy_road_crossing",)
    assert any(p.traffic == Traffic.BUSY for p in doc.of_type(Path, None))
