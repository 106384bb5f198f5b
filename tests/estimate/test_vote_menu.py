"""The budget vote's menu: interventions residents recognise, priced per household like the Costs panel."""

from __future__ import annotations

import pytest

from designer.analysis.participation import VotingError
from designer.estimate.budget_vote import cart_items
from designer.estimate.pricing import cost_option
from designer.estimate.vote_menu import intervention_menu, menu_groups
from designer.model import Document, Option, ProjectInfo


@pytest.fixture(scope="module")
def sample():
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    return load_project(sample_project_path())


def test_menu_items_are_interventions_not_bill_sections(sample):
    items = intervention_menu(sample)
    known = {g.id for g in menu_groups()}
    assert items
    assert {i.group.id for i in items} <= known
    assert {"tap", "toilet", "light"} <= {i.group.id for i in items if i.candidate.option_id == "opt-a"}
    assert not any("bill" in i.candidate.id for i in items)
    tap = next(i for i in items if i.candidate.id == "opt-a/tap")
    assert tap.group.icon == "standpipe"
    assert tap.candidate.label == f"Water taps — {sample['opt-a'].name}"


def test_each_options_items_add_up_to_its_cost_per_household_to_the_cent(sample):
    items = cart_items(sample)
    for opt in sample.options:
        own = [i.price for i in items if i.option_id == opt.id]
        assert own, opt.id
        assert sum(own) == cost_option(sample, opt.id).per_household


def test_an_option_that_cannot_be_priced_says_why():
    doc = Document(ProjectInfo(name="w", cost_library="no-such-library"), [Option(id="opt-a", name="A")])
    with pytest.raises(VotingError, match="cannot be priced: no cost library named 'no-such-library'"):
        cart_items(doc)
