"""A full hall: 200 simulated phones vote at once against 127.0.0.1; every ballot is recorded exactly once.

Bounded in count (200 phones, at most 50 connections at a time) and in time (the whole vote must end
within 60 s, or the test fails rather than hanging); speed itself is measured in benchmarks/bench_hall.py.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from designer.hall.codes import make_codes
from designer.hall.store import hall_codes_of, store_codes
from designer.io.project_file import load_project, save_project
from tests.hall.hall_helpers import phone_ballots

PHONES = 200
OPTIONS = ("opt-a", "opt-b", "opt-c")


async def _phone(session, url: str, code: str, choice: str) -> int:
    async with session.post(url + "api/open", json={"code": code}) as r:
        token = (await r.json())["token"]
    body = {"code": code, "choices": [choice], "sex": "female" if len(code) % 2 else "", "age_group": ""}
    async with session.post(url + "api/ballot", json=body, headers={"X-Hall-Token": token}) as r:
        return r.status


async def _hall(url: str, codes: list[str]) -> list[int]:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=50)
    async with aiohttp.ClientSession(connector=connector) as session:
        phones = [_phone(session, url, c, OPTIONS[n % 3]) for n, c in enumerate(codes)]
        return await asyncio.wait_for(asyncio.gather(*phones), timeout=60)


def test_two_hundred_phones_each_recorded_once(start_hall, hall_copy):
    doc = load_project(hall_copy)
    record, codes = make_codes("ws-single", PHONES, hall_codes_of(doc, "ws-single"))
    store_codes(doc, record)
    save_project(doc, hall_copy)
    run = start_hall("ws-single")
    statuses = asyncio.run(_hall(run.url, codes))
    assert statuses == [200] * PHONES
    ballots = phone_ballots(run.path, "ws-single")
    assert len(ballots) == PHONES
    assert len({b.voter for b in ballots}) == PHONES
    assert Counter(b.choices[0] for b in ballots) == Counter(OPTIONS[n % 3] for n in range(PHONES))
    assert run.server.store.saves < PHONES  # ballots arriving together share a save
