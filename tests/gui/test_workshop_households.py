"""Households where none are recorded (a footprint import): the workshop summary, the Costs dock and
`jamii check` count the same assumed households, and the screens say they are assumed."""

from __future__ import annotations

from pathlib import Path as FilePath

import pytest

from designer.analysis.check import check_option
from designer.model import Document, Option, Path, Toilet, ToiletAccess, WaterPoint

pytestmark = pytest.mark.gui

SETTLEMENT = FilePath(__file__).resolve().parent.parent / "data" / "households" / "settlement.jamii"


def footprints(*extra, lane: bool = True) -> Document:
    """Six residential plots, no household recorded, and an option with a standpipe.

    ``lane``: a lane along y = 15 m that every plot touches (without any path drawn, the walks cannot be
    told and neither can who is served).
    """
    from designer.io.project_file import load_project

    base = load_project(SETTLEMENT)
    option = Option(id="opt-s", name="Standpipe")
    tap = WaterPoint(id="sp", scope="opt-s", position=(15.0, 12.0))
    paths = [Path(id="lane", route=((-1.0, 15.0), (31.0, 15.0)), width_m=2.0)] if lane else []
    rest = [r for r in base.records() if r.id != "project"]
    return Document(base.project, [*rest, *paths, option, tap, *extra])


@pytest.fixture
def workshop_window(qtbot, isolated_settings):
    from designer.gui.main_window import MainWindow
    from tests.gui.helpers import forget_changes

    made = []

    def make(doc: Document):
        w = MainWindow(autosave_folder=isolated_settings / "autosave")
        qtbot.addWidget(w, before_close_func=forget_changes)
        w.set_document(doc, None)
        w.resize(1280, 720)
        w.show()
        qtbot.waitExposed(w)
        w.set_workshop(True)
        made.append(w)
        return w

    yield make
    for w in made:
        w.stack.set_clean()  # no "save changes?" question when the test closes the window
        w.close()


def test_today_summary_counts_the_assumed_households_the_check_counts(qtbot, workshop_window):
    doc = footprints()
    checked = check_option(doc, None, pressure=False)
    assert checked.households_assumed and checked.scorecard.households == 6
    w = workshop_window(doc)
    text = w.workshop_panel.summary.text()
    assert "0 households" not in text
    assert "about 6 households, assumed one per home plot (no survey yet)" in text


def test_option_summary_and_costs_dock_say_the_households_are_assumed(qtbot, workshop_window):
    wc = Toilet(id="wc", scope="opt-s", position=(15.0, 13.0), access=ToiletAccess.COMMUNAL)
    doc = footprints(wc)
    w = workshop_window(doc)
    w.workshop_panel.buttons["opt-s"].click()
    panel = w.workshop_panel
    qtbot.waitUntil(lambda: "shared by" in panel.summary.text(), timeout=20_000)
    assert "shared by 6 households (assumed: one per home plot, no survey yet)" in panel.summary.text()
    assert w.costs_dock.lbl_households.text() == "6 (assumed: no survey yet)"
    # Who is served: the check's count of the same six households, said to be assumed.
    qtbot.waitUntil(lambda: "within reach for" in panel.summary.text(), timeout=20_000)
    served = check_option(doc, "opt-s", pressure=False).households
    n = sum(1 for r in served if r.water_within_standard and r.toilet_within_standard)
    assert f"within reach for <b>{n} of 6 households</b> (assumed, no survey yet)" in panel.summary.text()


def test_with_no_path_drawn_the_option_summary_says_who_is_served_cannot_be_told(qtbot, workshop_window):
    """A standpipe and a toilet block but no path: not "0 of 6 households" but cannot be told."""
    from designer.analysis.served import served_count

    wc = Toilet(id="wc", scope="opt-s", position=(15.0, 13.0), access=ToiletAccess.COMMUNAL)
    doc = footprints(wc, lane=False)
    assert served_count(doc, "opt-s").not_drawn == ("paths",)
    w = workshop_window(doc)
    w.workshop_panel.buttons["opt-s"].click()
    panel = w.workshop_panel
    want = "Paths are not drawn yet: who has water and a toilet within reach cannot be told."
    qtbot.waitUntil(lambda: want in panel.summary.text(), timeout=20_000)
    assert "within reach for <b>" not in panel.summary.text()


def test_in_french_the_assumption_is_said_in_french(qtbot, workshop_window):
    from designer.gui.i18n import install_translator

    install_translator("fr")
    try:
        w = workshop_window(footprints())
        assert "supposés un par parcelle d’habitation" in w.workshop_panel.summary.text()
    finally:
        install_translator("en")


def test_compare_cards_say_today_cannot_be_told_and_the_households_are_assumed(qtbot, workshop_window):
    """Today no toilet is drawn: the card does not claim "+N more than today", and says its six
    households are assumed."""
    wc = Toilet(id="wc", scope="opt-s", position=(15.0, 13.0), access=ToiletAccess.COMMUNAL)
    w = workshop_window(footprints(wc))
    w.findChild(type(w.act_workshop), "action_compare_cards").trigger()
    page = w.compare_page
    qtbot.waitUntil(lambda: "opt-s" in page.cards, timeout=60_000)
    text = page.cards["opt-s"].findChild(type(page.status), "card_text").text()
    (facts,) = page.facts
    assert facts.today_not_drawn == ("water_points", "toilets") and facts.not_drawn == ()
    assert f"<b>{facts.served} of 6</b> households (today cannot be told)" in text
    assert "more than today" not in text
    assert "Households assumed: one per home plot, no survey yet." in text


def test_compare_card_of_an_option_without_toilets_says_it_cannot_be_told(qtbot, workshop_window):
    w = workshop_window(footprints())
    w.findChild(type(w.act_workshop), "action_compare_cards").trigger()
    page = w.compare_page
    qtbot.waitUntil(lambda: "opt-s" in page.cards, timeout=60_000)
    text = page.cards["opt-s"].findChild(type(page.status), "card_text").text()
    assert "Toilets are not drawn yet: who has a toilet within reach cannot be told." in text
    assert "within reach: <b>" not in text


def test_costs_and_comparison_docks_say_served_cannot_be_told_without_toilets(qtbot, workshop_window):
    w = workshop_window(footprints())
    w.set_workshop(False)
    w.set_scope("opt-s")
    qtbot.waitUntil(lambda: w.costs_dock.lbl_served.text() == "not drawn: cannot be told", timeout=30_000)
    assert w.costs_dock.lbl_households.text() == "6 (assumed: no survey yet)"
    dock = w.comparison_dock
    dock.show()
    qtbot.waitUntil(lambda: "opt-s" in dock.served and dock.table.rowCount() == 1, timeout=30_000)
    last = dock.table.columnCount() - 1
    qtbot.waitUntil(lambda: dock.table.item(0, last).text() != "…", timeout=30_000)
    assert dock.table.item(0, last).text() == "not drawn: cannot be told"
