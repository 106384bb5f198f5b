"""`jamii compare` puts cost, finance, who is served and the workshop's votes side by side."""

from __future__ import annotations

import json

from designer.cli import main
from designer.resources import sample_project_path


def test_compare_json_has_the_service_scorecard_and_votes_by_sex(capsys):
    assert main(["compare", str(sample_project_path()), "--format", "json", "--no-pressure"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["standard"] == "sphere-2018"
    by_id = {o["id"]: o for o in data["options"]}
    # Yard taps and a toilet per plot serve everyone; shared VIP latrines leave some beyond 50 m.
    b, a = by_id["opt-b"]["service"], by_id["opt-a"]["service"]
    assert b["households_toilet_within_standard"] == b["households"]
    assert a["households_toilet_within_standard"] < a["households"]
    assert a["pressure_failures"] is None  # --no-pressure
    # The sample's ranking workshop: 20 women and 11 men; first preferences by sex add up to them.
    firsts = {
        sex: sum(o["votes"]["workshops"][0]["votes"][sex] for o in data["options"])
        for sex in ("female", "male")
    }
    assert firsts == {"female": 20, "male": 11}
    assert by_id["opt-b"]["votes"]["workshops"][0]["votes"]["female"] == 11


def test_compare_text_shows_who_is_served_and_votes(capsys):
    assert main(["compare", str(sample_project_path()), "--no-pressure"]) == 0
    out = capsys.readouterr().out
    assert "Who is served (sphere-2018)" in out
    assert "Children crossing a busy road" in out
    assert "Votes at workshop 2026-10-17 (ranking)" in out
