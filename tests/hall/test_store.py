"""The ballot box writes every ballot to the project file, with the designer's commands, before confirming."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from designer.hall.codes import CodeError
from designer.hall.store import BallotRejected, BallotStore, VoteClosedError
from designer.io.project_file import load_project, save_project
from designer.model.commands import ReplaceRecord
from designer.model.people import AgeGroup, Ballot, Sex, WorkshopRecord
from tests.hall.hall_helpers import all_ballots, phone_ballots, vote_closed_on_disk


def _store(hall_base, path, workshop_id):
    return BallotStore(path, workshop_id, hall_base.contents[workshop_id].candidates)


def test_a_ballot_is_on_disk_when_cast_returns_and_a_second_cast_replaces_it(hall_base, hall_copy):
    store = _store(hall_base, hall_copy, "ws-single")
    voter = store.voter_of(hall_base.codes["ws-single"][0])
    asyncio.run(store.cast(store.make_ballot(voter, ["opt-a"], "female", "youth")))
    [ballot] = phone_ballots(hall_copy, "ws-single")
    assert ballot.choices == ("opt-a",) and ballot.sex is Sex.FEMALE and ballot.age_group is AgeGroup.YOUTH
    asyncio.run(store.cast(store.make_ballot(voter, ["opt-c"], "", "")))
    [ballot] = phone_ballots(hall_copy, "ws-single")
    assert ballot.choices == ("opt-c",)
    assert ballot.sex is Sex.UNKNOWN and ballot.age_group is None  # not given stays unknown


def test_ballots_arriving_together_are_written_by_few_saves_and_each_once(hall_base, hall_copy):
    store = _store(hall_base, hall_copy, "ws-single")
    voters = [store.voter_of(c) for c in hall_base.codes["ws-single"]]

    async def all_at_once():
        await asyncio.gather(*(store.cast(store.make_ballot(v, ["opt-b"], "male", "adult")) for v in voters))

    asyncio.run(all_at_once())
    ballots = phone_ballots(hall_copy, "ws-single")
    assert sorted(b.voter for b in ballots) == sorted(voters)
    assert store.saves < len(voters)


def test_a_change_made_by_someone_else_is_read_before_writing(hall_base, hall_copy):
    store = _store(hall_base, hall_copy, "ws-single")
    voter = store.voter_of(hall_base.codes["ws-single"][0])
    asyncio.run(store.cast(store.make_ballot(voter, ["opt-a"], "", "")))
    # Paper ballots entered meanwhile from another process (`jamii workshop ballots`).
    doc = load_project(hall_copy)
    w = next(x for x in doc.of_type(WorkshopRecord) if x.id == "ws-single")
    paper = Ballot(sex=Sex.FEMALE, choices=("opt-b",), paper=True)
    ReplaceRecord(w, dataclasses.replace(w, ballots=(*w.ballots, paper))).do(doc)
    save_project(doc, hall_copy)
    other = store.voter_of(hall_base.codes["ws-single"][1])
    asyncio.run(store.cast(store.make_ballot(other, ["opt-c"], "", "")))
    ballots = all_ballots(hall_copy, "ws-single")
    assert [b.choices for b in ballots] == [("opt-a",), ("opt-b",), ("opt-c",)]
    assert [b.paper for b in ballots] == [False, True, False]


def test_invalid_ballots_are_refused_with_the_tallys_reason(hall_base, hall_copy):
    single = _store(hall_base, hall_copy, "ws-single")
    voter = single.voter_of(hall_base.codes["ws-single"][0])
    with pytest.raises(BallotRejected, match="2 choices"):
        single.make_ballot(voter, ["opt-a", "opt-b"], "", "")
    with pytest.raises(BallotRejected, match="unknown choice"):
        single.make_ballot(voter, ["opt-z"], "", "")
    with pytest.raises(BallotRejected, match="listed answers"):
        single.make_ballot(voter, ["opt-a"], "robot", "")
    budget = _store(hall_base, hall_copy, "ws-budget")
    bvoter = budget.voter_of(hall_base.codes["ws-budget"][0])
    with pytest.raises(BallotRejected, match="budget"):
        budget.make_ballot(bvoter, [i["id"] for i in hall_base.items], "", "")


def test_a_forged_code_is_refused_and_a_closed_vote_takes_no_ballot(hall_base, hall_copy):
    store = _store(hall_base, hall_copy, "ws-single")
    with pytest.raises(CodeError):
        store.voter_of("ABCDEF" if "ABCDEF" not in hall_base.codes["ws-single"] else "ABCDEG")
    voter = store.voter_of(hall_base.codes["ws-single"][0])
    ballot = store.make_ballot(voter, ["opt-a"], "", "")
    BallotStore(hall_copy, "ws-single", []).close_vote()  # closed from another process
    with pytest.raises(VoteClosedError):
        asyncio.run(store.cast(ballot))
    with pytest.raises(VoteClosedError):
        store.voter_of(hall_base.codes["ws-single"][1])
    assert phone_ballots(hall_copy, "ws-single") == []
    assert vote_closed_on_disk(hall_copy, "ws-single")


def test_a_shared_copy_holds_neither_the_code_hashes_nor_which_code_cast_which_ballot(hall_base, hall_copy):
    from designer.model.people import PHONE_VOTER, HallCodes
    from designer.model.privacy import strip_personal

    store = _store(hall_base, hall_copy, "ws-single")
    voter = store.voter_of(hall_base.codes["ws-single"][0])
    asyncio.run(store.cast(store.make_ballot(voter, ["opt-a"], "female", "")))
    shared = strip_personal(load_project(hall_copy))
    assert all(c.code_hashes == () and c.salt == "" for c in shared.of_type(HallCodes))
    w = next(x for x in shared.of_type(WorkshopRecord) if x.id == "ws-single")
    assert [b.voter for b in w.ballots] == [PHONE_VOTER]
    assert w.ballots[0].choices == ("opt-a",)  # the vote itself is kept
    text = str(shared.of_type(WorkshopRecord)) + str(shared.of_type(HallCodes))
    assert voter not in text
