"""Fixtures of the hall tests: a sample project with a workshop per voting method and codes for each,
and a hall server on 127.0.0.1 (never another address) over a fresh copy of it."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from designer.hall.cards import HallContent, build_content
from designer.hall.codes import make_codes
from designer.hall.server import HallServer, HallSettings
from designer.hall.store import BallotStore, store_codes
from designer.io.project_file import load_project, save_project
from designer.model.commands import AddRecord
from designer.model.people import VotingMethod, WorkshopRecord
from designer.resources import sample_project_path
from tests.hall.hall_helpers import HallProject, HallRun

LOOPBACK = "127.0.0.1"


@pytest.fixture(scope="session")
def hall_base(tmp_path_factory: pytest.TempPathFactory) -> HallProject:
    """The sample settlement plus a single-choice and a budget workshop; 12 codes per workshop."""
    from designer.estimate.budget_vote import cart_items

    doc = load_project(sample_project_path())
    ranking = doc.of_type(WorkshopRecord)[0]
    items = sorted(cart_items(doc), key=lambda c: c.price or Decimal(0))
    # A budget that holds the two cheapest items but not every item.
    limit = (items[0].price or Decimal(0)) + (items[1].price or Decimal(0))
    single = WorkshopRecord(id="ws-single", date="2026-11-02", place="Hall", voting=VotingMethod.SINGLE)
    budget = WorkshopRecord(
        id="ws-budget", date="2026-11-03", place="Hall", voting=VotingMethod.BUDGET, budget_limit=limit
    )
    for w in (single, budget):
        AddRecord(w, "Add workshop").do(doc)
    codes: dict[str, list[str]] = {}
    contents: dict[str, HallContent] = {}
    for w in (ranking, single, budget):
        record, clear = make_codes(w.id, 12)
        store_codes(doc, record)
        codes[w.id] = clear
    for w in (ranking, single, budget):
        contents[w.id] = build_content(doc, w)
    path = tmp_path_factory.mktemp("hall") / "hall.jamii"
    save_project(doc, path)
    return HallProject(
        path=path,
        codes=codes,
        contents=contents,
        ranking_id=ranking.id,
        items=[dataclasses.asdict(i) for i in items],
        budget_limit=limit,
    )


@pytest.fixture
def hall_copy(hall_base: HallProject, tmp_path: Path) -> Path:
    """A fresh copy of the hall project for one test."""
    path = tmp_path / "hall.jamii"
    shutil.copyfile(hall_base.path, path)
    return path


@pytest.fixture
def start_hall(hall_base: HallProject, hall_copy: Path) -> Iterator[object]:
    """Start a hall server for a workshop on 127.0.0.1 (any free port); stopped after the test."""
    servers: list[HallServer] = []

    def start(workshop_id: str, settings: HallSettings | None = None) -> HallRun:
        content = hall_base.contents[workshop_id]
        store = BallotStore(hall_copy, workshop_id, content.candidates)
        server = HallServer(store, content, host=LOOPBACK, port=0, settings=settings)
        server.start()
        servers.append(server)
        return HallRun(server=server, path=hall_copy, codes=hall_base.codes[workshop_id])

    yield start
    for s in servers:
        s.stop()
