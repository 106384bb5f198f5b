"""The hall server over HTTP on 127.0.0.1: codes, tokens, limits, closing, results; the file after each."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from designer.hall.server import HallSettings
from tests.hall.hall_helpers import call, phone_ballots, vote, vote_closed_on_disk

FORGED = "ZZZZZZ"


def test_the_page_and_its_assets_are_served_small_and_from_the_laptop_only(start_hall):
    run = start_hall("ws-single")
    assert run.server.host == "127.0.0.1"
    total = 0
    for path in ("", "static/hall.js", "static/hall.css", "api/content", "thumb/opt-a.png"):
        with urllib.request.urlopen(run.url + path, timeout=30) as r:
            body = r.read()
            total += len(body)
            assert "default-src 'self'" in r.headers["Content-Security-Policy"]
            if path == "":
                assert b"http" not in body.replace(b"http-equiv", b"")  # no CDN or external link
    assert total <= 200_000
    status, _ = call(run.url, "static/../../hall.toml")
    assert status == 404


def test_content_is_in_the_phones_language_with_cards_and_unknowns_kept(start_hall):
    run = start_hall("ws-single")
    request = urllib.request.Request(run.url + "api/content", headers={"Accept-Language": "sw-KE,sw;q=0.9"})
    import json

    with urllib.request.urlopen(request, timeout=30) as r:
        content = json.loads(r.read())
    assert content["lang"] == "sw" and content["strings"]["send"] == "Tuma kura yangu"
    card = content["options"][0]
    assert {"name", "pictogram_svg", "thumbnail", "per_household", "monthly_per_household"} <= set(card)
    assert card["per_household"] is not None and "<svg" in card["pictogram_svg"]
    assert {"water_gain_households", "toilet_gain_households", "displaced_households"} <= set(card)
    with urllib.request.urlopen(run.url + "api/content?lang=pt", timeout=30) as r:
        assert json.loads(r.read())["strings"]["send"] == "Enviar o meu voto"


def test_a_code_casts_one_ballot_that_it_can_change(start_hall):
    run = start_hall("ws-single")
    code = run.codes[0]
    assert vote(run.url, code, ["opt-a"], "female", "elder") == (200, {"status": "sent"})
    assert [b.choices for b in phone_ballots(run.path, "ws-single")] == [("opt-a",)]
    status, opened = call(run.url, "api/open", {"code": code.lower()})
    assert status == 200 and opened["ballot"] == {"choices": ["opt-a"], "sex": "female", "age_group": "elder"}
    assert vote(run.url, code, ["opt-b"]) == (200, {"status": "changed"})
    [ballot] = phone_ballots(run.path, "ws-single")
    assert ballot.choices == ("opt-b",)


def test_a_forged_code_or_token_casts_nothing(start_hall):
    run = start_hall("ws-single")
    status, body = vote(run.url, FORGED, ["opt-a"])
    assert status == 403 and body["error"] == "bad_code"
    body = {"code": run.codes[0], "choices": ["opt-a"], "sex": "", "age_group": ""}
    status, answer = call(run.url, "api/ballot", body, {"X-Hall-Token": "0" * 64})
    assert status == 403 and answer["error"] == "bad_token"
    status, _ = call(run.url, "api/ballot", body)  # no token: a cross-site form cannot add the header
    assert status == 403
    assert phone_ballots(run.path, "ws-single") == []


def test_forms_and_cross_site_posts_are_refused(start_hall):
    run = start_hall("ws-single")
    request = urllib.request.Request(
        run.url + "api/open",
        data=b"code=ABCDEF",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(request, timeout=30)
    assert exc.value.code == 415
    status, _ = call(run.url, "api/open", {"code": run.codes[0]}, {"Origin": "http://evil.example"})
    assert status == 403


def test_an_oversized_request_is_refused_and_writes_nothing(start_hall):
    run = start_hall("ws-single")
    status, opened = call(run.url, "api/open", {"code": run.codes[0]})
    huge = {"code": run.codes[0], "choices": ["opt-a"] * 5000, "sex": "", "age_group": ""}
    status, _ = call(run.url, "api/ballot", huge, {"X-Hall-Token": opened["token"]})
    assert status == 413
    assert phone_ballots(run.path, "ws-single") == []


def test_wrong_codes_are_rate_limited_per_phone(start_hall):
    run = start_hall("ws-single", HallSettings(max_failed_codes_per_minute=3))
    statuses = [call(run.url, "api/open", {"code": FORGED})[0] for _ in range(4)]
    assert statuses == [403, 403, 403, 429]
    # Even a good code waits: guessing is slowed for the whole address.
    assert call(run.url, "api/open", {"code": run.codes[0]})[0] == 429


def test_an_invalid_ballot_is_refused_with_its_reason(start_hall):
    run = start_hall("ws-single")
    status, body = vote(run.url, run.codes[0], ["opt-a", "opt-b"])
    assert status == 400 and "2 choices" in body["reason"]
    assert phone_ballots(run.path, "ws-single") == []


def test_closing_the_vote_refuses_ballots_and_stops_listening(start_hall):
    settings = HallSettings(admin_token="facilitator-secret")
    run = start_hall("ws-single", settings)
    assert vote(run.url, run.codes[0], ["opt-a"])[0] == 200
    assert call(run.url, "api/close", {}, {"X-Hall-Admin": "wrong"})[0] == 403
    assert not vote_closed_on_disk(run.path, "ws-single")
    assert call(run.url, "api/close", {}, {"X-Hall-Admin": "facilitator-secret"}) == (
        200,
        {"status": "closed"},
    )
    assert vote_closed_on_disk(run.path, "ws-single")
    assert run.server.closed.wait(5)
    run.server._thread.join(5)
    with (
        pytest.raises(ConnectionRefusedError),
        socket.create_connection(("127.0.0.1", run.server.port), timeout=2),
    ):
        pass
    assert len(phone_ballots(run.path, "ws-single")) == 1


def test_results_count_phone_ballots_by_sex_and_age_group(start_hall):
    run = start_hall("ws-single")
    vote(run.url, run.codes[0], ["opt-a"], "female", "youth")
    vote(run.url, run.codes[1], ["opt-a"], "male", "")
    vote(run.url, run.codes[2], ["opt-b"], "female", "elder")
    status, results = call(run.url, "api/results")
    assert status == 200
    by_option = {r["id"]: r["votes"] for r in results["votes"]["results"]}
    assert by_option["opt-a"]["female"] == 1 and by_option["opt-a"]["male"] == 1
    assert by_option["opt-b"]["total"] == 1
    ages = results["votes"]["ballots_by_age_group"]
    assert ages == {"child": 0, "youth": 1, "adult": 0, "elder": 1, "unknown": 1}
    assert results["votes"]["phone_ballots"] == 3
    assert results["codes_used"] == 3 and results["codes"] == 12
