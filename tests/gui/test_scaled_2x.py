"""The workshop at 2× scaling on a 1920 × 1080 projector (960 × 540 logical pixels), in English and
Kiswahili: every screen fits without growing the window, and all the pictograms show (issue 16).

Qt reads QT_SCALE_FACTOR once per process, so each language runs ``scaled_child.py`` in a child process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.helpers import child_report

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
LOGICAL = (960, 540)


@pytest.fixture(scope="module", params=["en", "sw"])
def scaled(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"scaled-{request.param}")
    return child_report("scaled_child.py", request.param, str(out), cwd=REPO), out


def test_the_screen_is_1920x1080_at_2x(scaled):
    report, _ = scaled
    assert tuple(report["screen"]) == LOGICAL


def test_every_workshop_screen_fits_without_growing_the_window(scaled):
    report, out = scaled
    assert set(report["screens"]) == {"plan", "vote_ranking", "vote_budget", "compare", "plan_again"}
    sizes = {tuple(s["window"]) for s in report["screens"].values()}
    assert len(sizes) == 1, f"the window changed size between screens: {report['screens']}"
    (size,) = sizes
    assert size[0] <= LOGICAL[0] and size[1] <= LOGICAL[1]
    for name, s in report["screens"].items():
        hint = s["minimum_hint"]
        assert hint[0] <= LOGICAL[0] and hint[1] <= LOGICAL[1], f"{name} asks for {hint}"
        assert (out / f"{name}.png").stat().st_size > 0


def test_the_vote_buttons_and_basket_total_are_on_screen(scaled):
    report, _ = scaled
    for key in ("ranking_cast_inside", "ranking_back_inside", "budget_cast_inside", "budget_total_inside"):
        assert report[key], key


def test_all_ten_pictograms_and_every_control_show_whole(scaled):
    report, _ = scaled
    pictograms = report["pictograms"]
    assert len(pictograms) >= 10
    assert all(pictograms.values()), [name for name, shown in pictograms.items() if not shown]
    assert report["pictogram_lines"] >= 2, "they wrap onto a second line instead of being cut"
    assert all(report["controls"].values()), report["controls"]
    assert report["plan_px"][1] >= 200, "the plan keeps some height between the bars"
