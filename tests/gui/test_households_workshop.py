"""Workshop-record dialog and the voting screen (single choice, ranking, shopping cart), tallied by sex."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from designer.analysis.participation import Candidate
from designer.model import (
    AddRecord,
    AgeGroup,
    Document,
    Option,
    ProjectInfo,
    ReplaceRecord,
    Sex,
    UndoStack,
    VotingMethod,
    WorkshopRecord,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def doc():
    return Document(
        ProjectInfo(name="w"),
        [
            Option(id="opt-a", name="Kiosks", colour="#ffcc00"),
            Option(id="opt-b", name="Yard taps", colour="#1f78b4"),
        ],
    )


def add_workshop(doc, stack, method=VotingMethod.SINGLE, budget=None) -> str:
    w = WorkshopRecord(id="ws-1", date="2026-11-07", voting=method, budget_limit=budget)
    stack.apply_permanent(AddRecord(w))
    return w.id


def test_workshop_dialog_records_participants_by_sex_and_age(qtbot, doc):
    from designer.gui.households import WorkshopRecordDialog

    stack = UndoStack(doc)
    dlg = WorkshopRecordDialog(doc, stack)
    qtbot.addWidget(dlg)
    dlg.place_edit.setText("Chief's camp")
    dlg.count_spins[(Sex.FEMALE, AgeGroup.ADULT)].setValue(21)
    dlg.count_spins[(Sex.MALE, AgeGroup.YOUTH)].setValue(4)
    assert "25 participants: 21 women, 4 men" in dlg.total_label.text()
    dlg.accept()
    (w,) = doc.of_type(WorkshopRecord)
    assert w.place == "Chief's camp"
    assert {(p.sex, p.age_group, p.count) for p in w.participants} == {
        (Sex.FEMALE, AgeGroup.ADULT, 21),
        (Sex.MALE, AgeGroup.YOUTH, 4),
    }
    # Attendance is a record of the meeting, not a drawing step: it is saved but never undone.
    assert stack.count() == 0
    assert not stack.is_clean()
    stack.undo()
    assert doc.of_type(WorkshopRecord) == [w]


def test_workshop_dialog_edit_keeps_ballots_and_budget_needs_amount(qtbot, doc):
    from designer.gui.households import WorkshopRecordDialog
    from designer.model import Ballot

    stack = UndoStack(doc)
    w = WorkshopRecord(id="ws-9", date="2026-11-01", ballots=(Ballot(sex=Sex.FEMALE, choices=("opt-a",)),))
    stack.apply_permanent(AddRecord(w))
    dlg = WorkshopRecordDialog(doc, stack, w)
    qtbot.addWidget(dlg)
    assert dlg.date_edit.date().toString("yyyy-MM-dd") == "2026-11-01"
    dlg.method_combo.setCurrentIndex(dlg.method_combo.findData("budget"))
    dlg.accept()
    assert "needs a budget" in dlg.error_label.text()
    dlg.budget_spin.setValue(5000)
    dlg.accept()
    saved = doc["ws-9"]
    assert saved.voting is VotingMethod.BUDGET
    assert saved.budget_limit == Decimal("5000.0")
    assert len(saved.ballots) == 1


def test_single_choice_votes_are_reviewed_tallied_by_sex_and_survive_undo(qtbot, doc):
    from designer.gui.households import VotingScreen
    from designer.model import WaterPoint

    stack = UndoStack(doc)
    stack.push(AddRecord(WaterPoint(id="wp-1", scope="opt-a", position=(1.0, 2.0))))
    ws_id = add_workshop(doc, stack)
    screen = VotingScreen(doc, stack, ws_id)
    qtbot.addWidget(screen)
    assert set(screen.option_buttons) == {"opt-a", "opt-b"}

    screen.option_buttons["opt-a"].click()
    assert not screen.review()  # no sex chosen yet
    assert "Woman, Man or Other" in screen.message.text()
    screen.findChild(type(screen.cast_button), "sex_female").click()
    screen.cast_button.click()
    # The review step shows the choice and records nothing until the voter confirms.
    assert screen.pages.currentWidget() is screen.review_area
    assert "Kiosks" in screen.review_label.text()
    assert doc[ws_id].ballots == ()
    with qtbot.waitSignal(screen.vote_cast, timeout=1000):
        screen.confirm_button.click()
    assert "Vote recorded" in screen.message.text()
    screen.findChild(type(screen.cast_button), "sex_male").click()
    screen.option_buttons["opt-b"].click()
    screen.paper_check.setChecked(True)
    assert screen.cast()

    w = doc[ws_id]
    assert [(b.sex, b.choices, b.paper) for b in w.ballots] == [
        (Sex.FEMALE, ("opt-a",), False),
        (Sex.MALE, ("opt-b",), True),
    ]
    assert screen.selected_sex() is None  # the next voter starts fresh
    assert screen.tally_table.isHidden()  # results stay hidden until the facilitator shows them
    screen.show_tally.setChecked(True)
    assert not screen.tally_table.isHidden()
    rows = {r[0]: r[1:] for r in screen.tally_rows()}
    assert rows["Kiosks"] == ["1", "0", "0", "1"]
    assert rows["Yard taps"] == ["0", "1", "0", "1"]
    assert "2 ballots (1 on paper)" in screen.ballot_label.text()

    # Undo takes back the last drawing step (the standpipe), never a vote.
    assert stack.undo_text() != "Vote"
    stack.undo()
    stack.undo()
    assert "wp-1" not in doc
    assert len(doc[ws_id].ballots) == 2
    assert not stack.is_clean()  # the votes still need saving

    # Only the facilitator's explicit correction changes the count, and it is recorded with its reason.
    screen.correct(2, "pressed the wrong picture", None)
    w = doc[ws_id]
    assert len(w.ballots) == 2 and w.corrections[0].ballot_number == 2
    assert w.corrections[0].reason == "pressed the wrong picture" and w.corrections[0].at
    assert {r[0]: r[4] for r in screen.tally_rows()}["Yard taps"] == "0"
    assert "1 corrected by the facilitator" in screen.ballot_label.text()
    stack.undo()
    assert len(doc[ws_id].corrections) == 1


def test_correct_a_ballot_dialog_needs_a_reason_and_counts_the_meant_choice(qtbot, doc):
    from designer.gui.households import VotingScreen
    from designer.gui.households.correct_ballot import CorrectBallotDialog
    from designer.model import Ballot

    stack = UndoStack(doc)
    ws_id = add_workshop(doc, stack)
    old = doc[ws_id]
    stack.apply_permanent(
        ReplaceRecord(old, dataclasses.replace(old, ballots=(Ballot(sex=Sex.FEMALE, choices=("opt-a",)),)))
    )
    screen = VotingScreen(doc, stack, ws_id)
    qtbot.addWidget(screen)
    dlg = CorrectBallotDialog(doc[ws_id], screen.candidates)
    qtbot.addWidget(dlg)
    dlg.set_choices(["opt-b"])
    assert dlg.correction() is None
    assert "why" in dlg.error_label.text()
    dlg.reason_edit.setText("voter meant yard taps")
    c = dlg.correction()
    assert c is not None and c.ballot_number == 1
    assert c.replacement is not None and c.replacement.choices == ("opt-b",)
    assert c.replacement.sex is Sex.FEMALE
    screen.correct(c.ballot_number, c.reason, c.replacement)
    screen.show_tally.setChecked(True)
    rows = {r[0]: r[4] for r in screen.tally_rows()}
    assert rows == {"Kiosks": "0", "Yard taps": "1"}
    assert doc[ws_id].ballots[0].choices == ("opt-a",)  # what was cast stays on record


def test_ranking_screen_numbers_choices_and_counts_borda(qtbot, doc):
    from designer.gui.households import VotingScreen

    stack = UndoStack(doc)
    ws_id = add_workshop(doc, stack, VotingMethod.RANKING)
    screen = VotingScreen(doc, stack, ws_id)
    qtbot.addWidget(screen)
    screen.findChild(type(screen.cast_button), "sex_female").click()
    screen.option_buttons["opt-b"].click()
    screen.option_buttons["opt-a"].click()
    assert screen.choice() == ("opt-b", "opt-a")
    assert screen.option_buttons["opt-b"].text().startswith("1 · Yard taps")
    assert screen.cast()
    screen.show_tally.setChecked(True)
    rows = {r[0]: r for r in screen.tally_rows()}
    assert rows["Yard taps"][1] == "1"  # Borda points from women
    assert rows["Yard taps"][5] == "1"  # first preferences
    assert rows["Kiosks"][4] == "0"


def test_budget_screen_blocks_a_basket_over_the_budget(qtbot, doc):
    from designer.gui.households import VotingScreen

    stack = UndoStack(doc)
    ws_id = add_workshop(doc, stack, VotingMethod.BUDGET, Decimal("1000"))
    items = [
        Candidate("kiosk", "Water kiosk", Decimal("600"), colour="#ffcc00"),
        Candidate("drain", "Drain", Decimal("300")),
        Candidate("lights", "Lights", Decimal("250")),
    ]
    screen = VotingScreen(doc, stack, ws_id, candidates=items)
    qtbot.addWidget(screen)
    screen.findChild(type(screen.cast_button), "sex_female").click()
    for cid in ("kiosk", "drain", "lights"):
        screen.option_buttons[cid].click()
    assert "Too much for the budget: take something out (at least KES 150)" in screen.cart_label.text()
    assert screen.budget_bar.value() == 100
    assert not screen.cast_button.isEnabled()
    screen.option_buttons["lights"].click()  # take it out again
    assert screen.budget_bar.value() == 90  # the bar fills as the basket does
    assert "Too much" not in screen.cart_label.text()
    assert screen.cast_button.isEnabled()
    assert screen.cast()
    assert doc[ws_id].ballots[0].choices == ("kiosk", "drain")


def test_budget_screen_that_cannot_be_priced_explains_why(qtbot):
    from designer.gui.households import VotingScreen

    doc = Document(ProjectInfo(name="w", cost_library="no-such-library"), [Option(id="opt-a", name="A")])
    stack = UndoStack(doc)
    ws_id = add_workshop(doc, stack, VotingMethod.BUDGET, Decimal("1000"))
    screen = VotingScreen(doc, stack, ws_id)
    qtbot.addWidget(screen)
    assert "cannot be priced: no cost library named 'no-such-library'" in screen.message.text()
    assert not screen.cast_button.isEnabled()


def test_voting_screen_on_the_sample_shows_the_same_count_as_jamii_votes(qtbot):
    from designer.analysis.participation import workshop_results
    from designer.gui.households import HouseholdsPanel, VotingScreen
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    doc = load_project(sample_project_path())
    stack = UndoStack(doc)
    (w,) = doc.of_type(WorkshopRecord)
    screen = VotingScreen(doc, stack, w.id)
    qtbot.addWidget(screen)
    screen.show_tally.setChecked(True)
    expected = workshop_results(doc, w)["votes"]["results"]
    rows = screen.tally_rows()
    assert [r[0] for r in rows] == [e["label"] for e in expected]
    assert [int(r[4]) for r in rows] == [
        e["borda"]["total"] if "borda" in e else e["votes"]["total"] for e in expected
    ]
    panel = HouseholdsPanel(doc)
    qtbot.addWidget(panel)
    assert panel.visible_rows() == len(doc.households)


def test_budget_vote_offers_interventions_priced_per_household_like_the_costs_panel(qtbot):
    from designer.estimate.pricing import option_finance, option_summary
    from designer.gui.households import VotingScreen
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    doc = load_project(sample_project_path())
    stack = UndoStack(doc)
    ws_id = add_workshop(doc, stack, VotingMethod.BUDGET, Decimal("40000"))
    screen = VotingScreen(doc, stack, ws_id)
    qtbot.addWidget(screen)
    groups = {cid.split("/")[1] for cid in screen.option_buttons}
    assert {"tap", "toilet", "light"} <= groups
    assert not any("bill" in cid for cid in screen.option_buttons)  # no bill sections
    for opt in doc.options:
        per_household = Decimal(option_summary(option_finance(doc, opt.id))["cost"]["per_household"])
        items = [c for c in screen.candidates if c.option_id == opt.id]
        assert items, opt.id
        assert sum(c.price for c in items) == per_household
    tap = screen.option_buttons["opt-a/tap"]
    assert not tap.icon().isNull()  # a pictogram on every intervention
    assert tap.text().startswith("Water taps\nStandpipes on the main path")


def test_results_are_shown_as_charts_by_sex_and_by_age_group(qtbot, doc):
    from designer.gui.households import VotingScreen

    stack = UndoStack(doc)
    ws_id = add_workshop(doc, stack)
    screen = VotingScreen(doc, stack, ws_id)
    qtbot.addWidget(screen)
    for sex, age, choice in (
        ("female", "youth", "opt-a"),
        ("female", "elder", "opt-a"),
        ("male", "adult", "opt-b"),
    ):
        screen.findChild(type(screen.cast_button), f"sex_{sex}").click()
        screen.findChild(type(screen.cast_button), f"age_{age}").click()
        screen.option_buttons[choice].click()
        assert screen.cast()
    assert screen.chart_by_sex.isHidden()  # hidden like the table until the facilitator shows results
    screen.show_tally.setChecked(True)
    screen.show()
    assert not screen.chart_by_sex.isHidden()
    assert dict(screen.chart_by_sex.rows)["Kiosks"] == [("female", 2), ("male", 0), ("other", 0)]
    assert dict(screen.chart_by_age.rows)["Kiosks"] == [
        ("child", 0),
        ("youth", 1),
        ("adult", 0),
        ("elder", 1),
    ]
    assert dict(screen.chart_by_age.rows)["Yard taps"] == [
        ("child", 0),
        ("youth", 0),
        ("adult", 1),
        ("elder", 0),
    ]
    image = screen.chart_by_sex.grab().toImage()
    assert image.width() > 100 and image.pixelColor(image.width() // 2, image.height() // 2).isValid()
