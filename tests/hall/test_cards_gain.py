"""The hall's option cards: households gaining water or a toilet within reach, unknown when today's
drawing has nothing of the kind to compare with (not every household "gaining")."""

from __future__ import annotations

from designer.hall.cards import build_content
from designer.model import (
    Document,
    Option,
    Toilet,
    ToiletAccess,
    ToiletKind,
    VotingMethod,
    WorkshopRecord,
)
from tests.analysis.layouts import l_shaped


def _cards(*extra):
    base = l_shaped()
    ws = WorkshopRecord(id="ws", date="2026-12-05", voting=VotingMethod.RANKING)
    recs = [r for r in base.records() if r.id not in ("project", "opt")]
    doc = Document(base.project, [*recs, Option(id="opt", name="A toilet block"), ws, *extra])
    return {c["id"]: c for c in build_content(doc, ws, thumbnails=False).page["options"]}


def block(scope: str) -> Toilet:
    return Toilet(
        id=f"blk-{scope}",
        scope=scope,
        position=(64.0, -2.0),
        access=ToiletAccess.COMMUNAL,
        toilet_kind=ToiletKind.VIP_LATRINE,
    )


def test_a_toilet_gain_over_a_today_without_toilets_drawn_is_unknown():
    card = _cards(block("opt"))["opt"]
    assert card["toilet_gain_households"] is None  # today: no toilet drawn, nothing to gain over
    assert card["water_gain_households"] == 0  # the standpipe is drawn today and in the option


def test_with_toilets_drawn_today_the_gain_is_counted():
    """Today a block at B's gate (within 50 m of A and B); the option adds nothing: no gain."""
    card = _cards(block("existing"), block("opt"))["opt"]
    assert card["toilet_gain_households"] == 0
