"""Workshop participation and vote counts disaggregated by sex; savings summaries for the funding mix."""

from __future__ import annotations

from decimal import Decimal

import pytest

from designer.analysis.participation import (
    Candidate,
    VotingError,
    load_prices_csv,
    participants_summary,
    tally,
    votes_by_option,
    workshop_results,
)
from designer.analysis.savings import savings_contribution, savings_summary
from designer.model import (
    AgeGroup,
    Ballot,
    Document,
    Household,
    Option,
    ParticipantCount,
    ProjectInfo,
    SavingsGroup,
    Sex,
    VotingMethod,
    WorkshopRecord,
)

F, M = Sex.FEMALE, Sex.MALE


def options_doc(*records) -> Document:
    opts = [
        Option(id="opt-a", name="Kiosks"),
        Option(id="opt-b", name="Yard taps"),
        Option(id="opt-c", name="Standpipes"),
    ]
    return Document(ProjectInfo(name="t"), [*opts, *records])


def ws(method: VotingMethod, ballots, budget=None, participants=()) -> WorkshopRecord:
    return WorkshopRecord(
        id="ws-1",
        date="2026-11-07",
        place="Chief's camp",
        voting=method,
        budget_limit=budget,
        participants=tuple(participants),
        ballots=tuple(ballots),
    )


def b(sex, *choices, paper=False, age=AgeGroup.ADULT) -> Ballot:
    return Ballot(sex=sex, age_group=age, choices=tuple(choices), paper=paper)


def test_participants_are_counted_by_sex_and_age_group():
    w = ws(
        VotingMethod.SINGLE,
        (),
        participants=[
            ParticipantCount(sex=F, age_group=AgeGroup.ADULT, count=21),
            ParticipantCount(sex=F, age_group=AgeGroup.YOUTH, count=6),
            ParticipantCount(sex=M, age_group=AgeGroup.ADULT, count=9),
            ParticipantCount(sex=M, age_group=AgeGroup.ELDER, count=2),
        ],
    )
    s = participants_summary(w)
    assert s["total"] == 38
    assert s["by_sex"] == {"female": 27, "male": 11, "other": 0, "unknown": 0, "total": 38}
    assert s["by_age_group"] == {"child": 0, "youth": 6, "adult": 30, "elder": 2}
    assert s["by_sex_and_age_group"]["female"]["youth"] == 6


def test_single_choice_counts_paper_and_screen_ballots_by_sex_and_rejects_bad_ones():
    doc = options_doc()
    w = ws(
        VotingMethod.SINGLE,
        [
            b(F, "opt-a"),
            b(F, "opt-a"),
            b(M, "opt-b"),
            b(F, "opt-b", paper=True),
            b(M, "opt-a", paper=True),
            b(F, "opt-a", "opt-b"),
            b(M, "opt-z"),
            b(F),
        ],
    )
    result = workshop_results(doc, w)["votes"]
    by_id = {r["id"]: r for r in result["results"]}
    assert by_id["opt-a"]["votes"] == {"female": 2, "male": 1, "other": 0, "unknown": 0, "total": 3}
    assert by_id["opt-b"]["votes"]["female"] == 1
    assert by_id["opt-b"]["votes"]["male"] == 1
    assert by_id["opt-c"]["votes"]["total"] == 0
    assert result["winners"] == ["opt-a"]
    assert (result["paper_ballots"], result["screen_ballots"]) == (2, 3)
    assert result["ballots"]["total"] == 5
    assert [i["ballot"] for i in result["invalid"]] == [6, 7, 8]
    assert "2 choices" in result["invalid"][0]["reason"]
    assert "unknown choice 'opt-z'" in result["invalid"][1]["reason"]


def test_ranking_gives_borda_points_and_first_preferences_by_sex():
    doc = options_doc()
    w = ws(
        VotingMethod.RANKING,
        [
            b(F, "opt-a", "opt-b", "opt-c"),
            b(F, "opt-b", "opt-a"),
            b(M, "opt-c", "opt-b", "opt-a"),
            b(M, "opt-b", paper=True),
        ],
    )
    r = tally(w, [Candidate(o.id, o.name) for o in doc.options])
    by_id = {c.candidate.id: c for c in r.candidates}
    assert by_id["opt-a"].borda == {"female": 3, "male": 0, "other": 0, "unknown": 0, "total": 3}
    assert by_id["opt-b"].borda["total"] == 6
    assert (by_id["opt-b"].borda["female"], by_id["opt-b"].borda["male"]) == (3, 3)
    assert by_id["opt-c"].borda["total"] == 2
    assert by_id["opt-b"].votes == {"female": 1, "male": 1, "other": 0, "unknown": 0, "total": 2}
    assert by_id["opt-a"].votes["total"] == 1
    assert r.winners == ["opt-b"]
    assert r.paper_ballots == 1


def test_budget_cart_rejects_carts_over_budget_and_funds_most_chosen_items():
    items = [
        Candidate("k1", "Kiosk", Decimal("100")),
        Candidate("k2", "Drain", Decimal("300")),
        Candidate("k3", "Lights", Decimal("250")),
    ]
    w = ws(
        VotingMethod.BUDGET,
        [
            b(F, "k1", "k2"),
            b(F, "k2", "k3"),
            b(M, "k1", "k3"),
            b(F, "k1", paper=True),
            b(M, "k2"),
        ],
        budget=Decimal("500"),
    )
    r = tally(w, items)
    by_id = {c.candidate.id: c for c in r.candidates}
    assert by_id["k1"].votes["total"] == 3
    assert (by_id["k1"].votes["female"], by_id["k1"].votes["male"]) == (2, 1)
    assert by_id["k2"].votes["total"] == 2
    assert by_id["k3"].votes == {"female": 0, "male": 1, "other": 0, "unknown": 0, "total": 1}
    assert r.invalid == [(2, "the cart costs 550 but the budget is 500")]
    assert (by_id["k1"].funded, by_id["k2"].funded, by_id["k3"].funded) == (True, True, False)
    assert r.funded_total == Decimal("400")


def test_budget_vote_without_limit_or_price_is_an_error():
    with pytest.raises(VotingError, match="needs a budget limit"):
        tally(ws(VotingMethod.BUDGET, []), [Candidate("k1", "Kiosk", Decimal("1"))])
    with pytest.raises(VotingError, match="'k1' has no price"):
        tally(ws(VotingMethod.BUDGET, [], budget=Decimal("5")), [Candidate("k1", "Kiosk")])


def test_budget_vote_results_need_prices_and_price_lazily():
    """The analysis prices nothing: a budget vote without prices is a plain error, and a price function
    is called only when a budget vote needs it."""
    single = ws(VotingMethod.SINGLE, [b(F, "opt-a")])
    budget = ws(VotingMethod.BUDGET, [b(F, "k1")], budget=Decimal("5"))
    calls = []

    def prices():
        calls.append(1)
        return [Candidate("k1", "Kiosk", Decimal("2"), option_id="opt-a")]

    workshop_results(options_doc(), single, prices)
    assert calls == []
    with pytest.raises(VotingError, match="needs component prices"):
        workshop_results(options_doc(), budget)
    result = workshop_results(options_doc(), budget, prices)
    assert calls == [1]
    assert result["votes"]["results"][0]["votes"]["female"] == 1


def test_prices_csv_is_read_and_checked(tmp_path):
    good = tmp_path / "prices.csv"
    good.write_text("item_id,label,price\nk1,Kiosk,1200.50\nk2,Drain,300\n", encoding="utf-8")
    assert load_prices_csv(good) == [
        Candidate("k1", "Kiosk", Decimal("1200.50")),
        Candidate("k2", "Drain", Decimal("300")),
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("item_id,label,price\nk1,Kiosk,twelve\n", encoding="utf-8")
    with pytest.raises(VotingError, match="row 2, column 'price': 'twelve' is not an amount"):
        load_prices_csv(bad)


def test_more_ballots_than_participants_of_a_sex_is_noted():
    doc = options_doc()
    w = ws(
        VotingMethod.SINGLE,
        [b(M, "opt-a"), b(M, "opt-a")],
        participants=[ParticipantCount(sex=M, age_group=AgeGroup.ADULT, count=1)],
    )
    notes = workshop_results(doc, w)["notes"]
    assert notes == ["2 valid ballots from male voters but only 1 male participants recorded"]


# --------------------------------------------------------------------------- savings


def savings_doc() -> Document:
    return Document(
        ProjectInfo(name="s"),
        [
            SavingsGroup(
                id="sg-a", name="Tumaini Women", members_female=18, members_male=2, balance=Decimal("50000")
            ),
            SavingsGroup(id="sg-b", name="Vijana", members_female=3, members_male=9),
            Household(
                id="hh-1",
                head_sex=F,
                savings_group_id="sg-a",
                savings_balance=Decimal("3000"),
                monthly_savings=Decimal("300"),
            ),
            Household(
                id="hh-2",
                head_sex=F,
                savings_group_id="sg-b",
                savings_balance=Decimal("1000"),
                monthly_savings=Decimal("100"),
            ),
            Household(
                id="hh-3",
                head_sex=M,
                savings_group_id="sg-b",
                savings_balance=Decimal("500"),
                monthly_savings=Decimal("50"),
            ),
            Household(id="hh-4", head_sex=M),
        ],
    )


def test_savings_summary_by_group_and_sex():
    s = savings_summary(savings_doc())
    assert (s.members_female, s.members_male) == (21, 11)
    a, b_ = s.groups
    assert a.balance == Decimal("50000")  # the treasurer's book wins over member sums
    assert a.households_balance == Decimal("3000")
    assert b_.balance == Decimal("1500")  # no book figure: the member households' sum
    assert b_.monthly_savings == Decimal("150")
    assert s.total_balance == Decimal("51500")
    assert s.households == 4
    assert s.saving_households == 3
    assert s.balance_per_household == Decimal("12875.00")
    assert s.by_head_sex["female"].balance == Decimal("4000")
    assert s.by_head_sex["male"].saving_households == 1
    j = s.to_json()
    assert j["by_head_sex"]["female"]["balance_per_household"] == "2000.00"
    assert j["members"] == {"female": 21, "male": 11, "total": 32}


def test_savings_contribution_splits_by_balance_and_re_adds_by_sex():
    c = savings_contribution(savings_doc(), Decimal("900"))
    assert c["per_household"] == {
        "hh-1": Decimal("600.00"),
        "hh-2": Decimal("200.00"),
        "hh-3": Decimal("100.00"),
        "hh-4": Decimal("0.00"),
    }
    assert c["by_head_sex"]["female"] == Decimal("800.00")
    assert c["by_head_sex"]["male"] == Decimal("100.00")
    assert sum(c["by_head_sex"].values()) == Decimal("900.00")
    assert c["average_per_household"] == Decimal("225.00")


def test_votes_by_option_gives_rank_and_support_by_sex_per_workshop():
    w1 = WorkshopRecord(
        id="ws-1",
        date="2026-10-01",
        voting=VotingMethod.SINGLE,
        ballots=(b(F, "opt-b"), b(F, "opt-b"), b(M, "opt-a")),
    )
    w2 = WorkshopRecord(
        id="ws-2",
        date="2026-11-01",
        voting=VotingMethod.BUDGET,
        budget_limit=Decimal("500"),
        ballots=(b(F, "a-water"), b(M, "a-water", "b-roads")),
    )
    doc = options_doc(w1, w2)
    prices = [
        Candidate("a-water", "A water", Decimal("200"), option_id="opt-a"),
        Candidate("b-roads", "B roads", Decimal("250"), option_id="opt-b"),
    ]
    table = votes_by_option(doc, prices)
    b_first = table["opt-b"]["workshops"][0]
    assert (b_first["workshop_id"], b_first["rank"], b_first["winner"]) == ("ws-1", 1, True)
    assert b_first["votes"]["female"] == 2
    a_cart = table["opt-a"]["workshops"][1]
    assert (a_cart["workshop_id"], a_cart["rank"], a_cart["funded_components"]) == ("ws-2", 1, 1)
    assert (a_cart["votes"]["female"], a_cart["votes"]["male"]) == (1, 1)
    assert table["opt-c"]["workshops"][0]["votes"]["total"] == 0
    assert len(table["opt-c"]["workshops"]) == 1  # no component of opt-c was on offer in ws-2
