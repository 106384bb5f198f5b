"""Helpers of the hall tests: what the fixtures hand over, HTTP calls, and reading ballots back from disk."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from designer.hall.cards import HallContent
from designer.hall.server import HallServer
from designer.io.project_file import load_project
from designer.model.people import Ballot, HallCodes, WorkshopRecord


@dataclass
class HallProject:
    path: Path
    codes: dict[str, list[str]]
    contents: dict[str, HallContent]
    ranking_id: str
    items: list[dict[str, Any]]
    budget_limit: Decimal


@dataclass
class HallRun:
    server: HallServer
    path: Path
    codes: list[str]

    @property
    def url(self) -> str:
        return self.server.url


def call(
    url: str, path: str, body: Any = None, headers: dict[str, str] | None = None, raw: bytes | None = None
) -> tuple[int, dict[str, Any]]:
    """POST JSON (or ``raw`` bytes) or GET; return (status, JSON body or {})."""
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    request = urllib.request.Request(url + path, data=data, method="POST" if data is not None else "GET")
    request.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        text = exc.read()
        try:
            return exc.code, json.loads(text)
        except ValueError:
            return exc.code, {"text": text.decode(errors="replace")}


def vote(
    url: str, code: str, choices: list[str], sex: str = "", age_group: str = ""
) -> tuple[int, dict[str, Any]]:
    """Open a ballot with ``code`` and cast it, as the page does."""
    status, opened = call(url, "api/open", {"code": code})
    if status != 200:
        return status, opened
    body = {"code": code, "choices": choices, "sex": sex, "age_group": age_group}
    return call(url, "api/ballot", body, {"X-Hall-Token": opened["token"]})


def phone_ballots(path: Path, workshop_id: str) -> list[Ballot]:
    """Return the ballots cast by phone (with a code) in the project file on disk."""
    doc = load_project(path)
    workshop = next(w for w in doc.of_type(WorkshopRecord) if w.id == workshop_id)
    return [b for b in workshop.ballots if b.voter]


def all_ballots(path: Path, workshop_id: str) -> list[Ballot]:
    doc = load_project(path)
    return list(next(w for w in doc.of_type(WorkshopRecord) if w.id == workshop_id).ballots)


def vote_closed_on_disk(path: Path, workshop_id: str) -> bool:
    doc = load_project(path)
    return next(c for c in doc.of_type(HallCodes) if c.workshop_id == workshop_id).closed
