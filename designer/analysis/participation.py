"""Workshop results: who took part (by sex and age group) and how they voted, disaggregated by sex.

Three voting methods (``VotingMethod``): single choice (one option per ballot), ranking (options best
first; Borda count and first preferences), and a budget-limited "shopping cart" (each ballot picks
priced components of the options within the workshop's budget). Paper ballots entered after the
meeting count exactly like ballots cast on screen; both are reported.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from designer.model.errors import JamiiError
from designer.model.people import AgeGroup, Ballot, Sex, VotingMethod, WorkshopRecord

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = [
    "SEX_KEYS",
    "Candidate",
    "CandidateResult",
    "Prices",
    "VoteResult",
    "VotingError",
    "load_prices_csv",
    "participants_summary",
    "tally",
    "votes_by_option",
    "workshop_results",
]

SEX_KEYS: tuple[str, ...] = tuple(s.value for s in Sex)
"""Disaggregation keys, in display order; every by-sex dict also has ``total``."""

WORKS_BILLS = range(2, 11)
"""Bills a resident can choose as a cart component (site works to community facilities); the others
(preliminaries, PC sums, dayworks, contingency) are spread over them pro rata."""


class VotingError(JamiiError):
    """Votes that cannot be counted as asked (e.g. a budget vote without prices)."""


def _by_sex() -> dict[str, int]:
    return dict.fromkeys((*SEX_KEYS, "total"), 0)


def _add(counts: dict[str, int], sex: Sex, n: int = 1) -> None:
    counts[sex.value] += n
    counts["total"] += n


# --------------------------------------------------------------------------- participants


def participants_summary(workshop: WorkshopRecord) -> dict[str, Any]:
    """Return participants by sex, by age group, and by both (JSON-ready, stable keys)."""
    by_sex = _by_sex()
    by_age = dict.fromkeys((a.value for a in AgeGroup), 0)
    cross = {s: dict.fromkeys((a.value for a in AgeGroup), 0) for s in SEX_KEYS}
    for p in workshop.participants:
        _add(by_sex, p.sex, p.count)
        by_age[p.age_group.value] += p.count
        cross[p.sex.value][p.age_group.value] += p.count
    return {"total": by_sex["total"], "by_sex": by_sex, "by_age_group": by_age, "by_sex_and_age_group": cross}


# --------------------------------------------------------------------------- candidates and prices


@dataclass(frozen=True)
class Candidate:
    """Something to vote for: an option (single choice, ranking) or a priced component (budget)."""

    id: str
    label: str
    price: Decimal | None = None
    option_id: str = ""
    colour: str = ""


def load_prices_csv(path: str | os.PathLike[str]) -> list[Candidate]:
    """Read cart components from a CSV with columns ``item_id,label,price`` (price in project currency).

    Raises:
        VotingError: missing columns, empty id, duplicate id, or a price that is not an amount.
    """
    p = str(path)
    with open(p, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"item_id", "price"} - set(reader.fieldnames or [])
        if missing:
            raise VotingError(f"{p}: missing column {sorted(missing)[0]!r} (expected item_id,label,price)")
        out: list[Candidate] = []
        seen: set[str] = set()
        for n, row in enumerate(reader, start=2):
            item_id = (row.get("item_id") or "").strip()
            if not item_id:
                raise VotingError(f"{p} row {n}, column 'item_id': the id is empty")
            if item_id in seen:
                raise VotingError(f"{p} row {n}, column 'item_id': {item_id!r} is listed twice")
            seen.add(item_id)
            text = (row.get("price") or "").strip()
            try:
                price = Decimal(text)
            except InvalidOperation:
                raise VotingError(f"{p} row {n}, column 'price': {text!r} is not an amount") from None
            if not price.is_finite() or price < 0:
                raise VotingError(f"{p} row {n}, column 'price': {text!r} is not an amount")
            out.append(Candidate(item_id, (row.get("label") or item_id).strip(), price))
    return out


def _option_candidates(doc: Document) -> list[Candidate]:
    return [Candidate(o.id, o.name, colour=o.colour) for o in sorted(doc.options, key=lambda o: o.id)]


# --------------------------------------------------------------------------- tallies


Prices = Sequence[Candidate] | Callable[[], Sequence[Candidate]]
"""The priced components of a budget vote: a list, or a function giving it (called only when a budget
vote needs it, as pricing every option takes time). ``designer.estimate.budget_vote.cart_items`` prices
them from the options' bills; the analysis itself does not price anything."""


@dataclass
class CandidateResult:
    """The votes of one candidate.

    Attributes:
        votes: ballots choosing it (single), ranking it first (ranking), or putting it in the cart
            (budget); by sex and ``total``.
        borda: Borda points by sex and total (ranking only): with n candidates, rank r (1 = best)
            scores n − r; unranked candidates score 0.
        funded: budget only — whether the most-chosen components fit in the budget with it.
        votes_by_age: the same votes by the voter's age group (child, youth, adult, elder, unknown).
    """

    candidate: Candidate
    votes: dict[str, int] = field(default_factory=_by_sex)
    votes_by_age: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((*(a.value for a in AgeGroup), "unknown"), 0)
    )
    borda: dict[str, int] | None = None
    funded: bool | None = None

    def score(self) -> int:
        return self.borda["total"] if self.borda is not None else self.votes["total"]

    def to_json(self) -> dict[str, Any]:
        c = self.candidate
        out: dict[str, Any] = {
            "id": c.id,
            "label": c.label,
            "votes": dict(self.votes),
            "votes_by_age": dict(self.votes_by_age),
        }
        if self.borda is not None:
            out["borda"] = dict(self.borda)
        if c.price is not None:
            out["price"] = str(c.price)
        if self.funded is not None:
            out["funded"] = self.funded
        return out


@dataclass
class VoteResult:
    """The count of one workshop's ballots."""

    workshop_id: str
    method: VotingMethod
    candidates: list[CandidateResult]
    ballots: dict[str, int] = field(default_factory=_by_sex)
    paper_ballots: int = 0
    screen_ballots: int = 0
    phone_ballots: int = 0
    ballots_by_age_group: dict[str, int] = field(default_factory=dict)
    invalid: list[tuple[int, str]] = field(default_factory=list)
    corrected: list[tuple[int, str]] = field(default_factory=list)
    budget_limit: Decimal | None = None
    funded_total: Decimal | None = None

    @property
    def ranked(self) -> list[CandidateResult]:
        """Return candidates best first (score, then id for a stable order)."""
        return sorted(self.candidates, key=lambda r: (-r.score(), r.candidate.id))

    @property
    def winners(self) -> list[str]:
        """Return the id(s) with the top score (several on a tie; none without valid ballots)."""
        ranked = self.ranked
        if not ranked or ranked[0].score() == 0:
            return []
        top = ranked[0].score()
        return [r.candidate.id for r in ranked if r.score() == top]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "workshop_id": self.workshop_id,
            "method": self.method.value,
            "ballots": dict(self.ballots),
            "paper_ballots": self.paper_ballots,
            "screen_ballots": self.screen_ballots,
            "phone_ballots": self.phone_ballots,
            "ballots_by_age_group": dict(self.ballots_by_age_group),
            "invalid": [{"ballot": n, "reason": why} for n, why in self.invalid],
            "corrected": [{"ballot": n, "reason": why} for n, why in self.corrected],
            "results": [r.to_json() for r in self.ranked],
            "winners": self.winners,
        }
        if self.budget_limit is not None:
            out["budget_limit"] = str(self.budget_limit)
        if self.funded_total is not None:
            out["funded_total"] = str(self.funded_total)
        return out


def _check_ballot(ballot: Ballot, known: set[str], method: VotingMethod) -> str:
    """Return why a ballot is invalid, or ''."""
    if not ballot.choices:
        return "blank ballot"
    unknown = [c for c in ballot.choices if c not in known]
    if unknown:
        return f"unknown choice {unknown[0]!r}"
    if len(set(ballot.choices)) != len(ballot.choices):
        return "the same choice appears twice"
    if method is VotingMethod.SINGLE and len(ballot.choices) != 1:
        return f"{len(ballot.choices)} choices on a single-choice ballot"
    return ""


def _count(out: VoteResult, results: dict[str, CandidateResult], ballot: Ballot, n_cands: int) -> None:
    """Add one valid ballot to the count (by sex, and by age group for the charts)."""
    _add(out.ballots, ballot.sex)
    age = ballot.age_group.value if ballot.age_group else "unknown"  # phone ballots may not give one
    out.ballots_by_age_group[age] = out.ballots_by_age_group.get(age, 0) + 1
    if ballot.paper:
        out.paper_ballots += 1
    elif ballot.voter:
        out.phone_ballots += 1
    else:
        out.screen_ballots += 1
    if out.method is VotingMethod.RANKING:
        _add(results[ballot.choices[0]].votes, ballot.sex)
        results[ballot.choices[0]].votes_by_age[age] += 1
        for rank, choice in enumerate(ballot.choices, start=1):
            borda = results[choice].borda
            assert borda is not None
            _add(borda, ballot.sex, n_cands - rank)
        return
    for choice in ballot.choices:
        _add(results[choice].votes, ballot.sex)
        results[choice].votes_by_age[age] += 1


def tally(
    workshop: WorkshopRecord, candidates: Iterable[Candidate], budget_limit: Decimal | None = None
) -> VoteResult:
    """Count a workshop's ballots (screen and paper) for the given candidates, by sex.

    Invalid ballots (blank, unknown or repeated choice, several choices on a single-choice ballot,
    a cart over the budget) are not counted and are listed with their 1-based number and reason.

    Raises:
        VotingError: a budget vote without a budget limit or with an unpriced component.
    """
    cands = list(candidates)
    method = workshop.voting
    results = {c.id: CandidateResult(c) for c in cands}
    if method is VotingMethod.RANKING:
        for r in results.values():
            r.borda = _by_sex()
    limit = budget_limit if budget_limit is not None else workshop.budget_limit
    if method is VotingMethod.BUDGET:
        if limit is None:
            raise VotingError(f"workshop {workshop.id}: a budget vote needs a budget limit")
        unpriced = [c.id for c in cands if c.price is None]
        if unpriced:
            raise VotingError(f"workshop {workshop.id}: component {unpriced[0]!r} has no price")
    out = VoteResult(workshop.id, method, list(results.values()), budget_limit=limit)
    # Age groups as recorded; "unknown" where the voter did not give one (phone ballots make it optional).
    out.ballots_by_age_group = dict.fromkeys((*(a.value for a in AgeGroup), "unknown"), 0)
    n_cands = len(cands)
    for number, counted, correction in workshop.counted_ballots():
        if correction is not None:
            out.corrected.append((number, correction.reason))
        if counted is None:
            reason = correction.reason if correction is not None else ""
            out.invalid.append((number, f"voided by the facilitator: {reason}"))
            continue
        ballot = counted
        why = _check_ballot(ballot, set(results), method)
        if not why and method is VotingMethod.BUDGET and limit is not None:
            spent = sum((results[c].candidate.price or Decimal(0) for c in ballot.choices), Decimal(0))
            if spent > limit:
                why = f"the cart costs {spent} but the budget is {limit}"
        if why:
            out.invalid.append((number, why))
            continue
        _count(out, results, ballot, n_cands)
    if method is VotingMethod.BUDGET and limit is not None:
        # Fund the most-chosen components while they fit (ties: cheaper first, then id).
        spent = Decimal("0")
        order = sorted(
            out.candidates, key=lambda r: (-r.votes["total"], r.candidate.price or Decimal(0), r.candidate.id)
        )
        for r in order:
            price = r.candidate.price or Decimal(0)
            r.funded = r.votes["total"] > 0 and spent + price <= limit
            if r.funded:
                spent += price
        out.funded_total = spent
    return out


def _priced(prices: Prices | None) -> list[Candidate]:
    if prices is None:
        raise VotingError("a budget vote needs component prices: give a prices CSV")
    return list(prices() if callable(prices) else prices)


def workshop_results(doc: Document, workshop: WorkshopRecord, prices: Prices | None = None) -> dict[str, Any]:
    """Return a workshop's participation and vote count, JSON-ready (``jamii votes``, reports, GUI).

    Single-choice and ranking votes are over the project's options; a budget vote is over ``prices``
    (a list, or a function giving it such as ``designer.estimate.budget_vote.cart_items``).

    Raises:
        VotingError: a budget vote without ``prices``.
    """
    candidates = _priced(prices) if workshop.voting is VotingMethod.BUDGET else _option_candidates(doc)
    result = tally(workshop, candidates)
    participants = participants_summary(workshop)
    notes = []
    for sex in SEX_KEYS:
        voted, came = result.ballots[sex], participants["by_sex"][sex]
        if participants["total"] and voted > came:
            notes.append(
                f"{voted} valid ballots from {sex} voters but only {came} {sex} participants recorded"
            )
    return {
        "id": workshop.id,
        "date": workshop.date,
        "place": workshop.place,
        "participants": participants,
        "votes": result.to_json(),
        "notes": notes,
    }


def votes_by_option(doc: Document, prices: Prices | None = None) -> dict[str, dict[str, Any]]:
    """Return each option's support in every workshop, by sex, to show beside the option comparison.

    For ``jamii compare`` and the comparison screen: ``{option id: {"workshops": [{"workshop_id", "date",
    "method", "votes", "borda", "rank", "winner"}, …]}}``. ``votes`` is by sex: ballots choosing the option
    (single), ranking it first (ranking), or carts holding one of its components (budget, which also gives
    ``funded_components`` and ``components``). ``rank`` is 1 for the most support.
    """
    out: dict[str, dict[str, Any]] = {o.id: {"workshops": []} for o in doc.options}
    workshops = sorted(doc.of_type(WorkshopRecord), key=lambda w: (w.date, w.id))
    for w in workshops:
        if w.voting is VotingMethod.BUDGET:
            try:
                items = _priced(prices)
            except VotingError:
                continue  # no prices: the budget vote cannot be attributed to options
            result = tally(w, items)
            per_option: dict[str, dict[str, Any]] = {}
            for r in result.candidates:
                oid = r.candidate.option_id
                if oid not in out:
                    continue
                entry = per_option.setdefault(
                    oid, {"votes": _by_sex(), "components": 0, "funded_components": 0}
                )
                for k, v in r.votes.items():
                    entry["votes"][k] += v
                entry["components"] += 1
                entry["funded_components"] += 1 if r.funded else 0
            order = sorted(per_option, key=lambda oid: (-per_option[oid]["votes"]["total"], oid))
            top = per_option[order[0]]["votes"]["total"] if order else 0
            for rank, oid in enumerate(order, start=1):
                e = per_option[oid]
                out[oid]["workshops"].append(
                    {
                        "workshop_id": w.id,
                        "date": w.date,
                        "method": w.voting.value,
                        "votes": e["votes"],
                        "borda": None,
                        "rank": rank,
                        "winner": top > 0 and e["votes"]["total"] == top,
                        "components": e["components"],
                        "funded_components": e["funded_components"],
                    }
                )
            continue
        result = tally(w, _option_candidates(doc))
        winners = set(result.winners)
        for rank, r in enumerate(result.ranked, start=1):
            out[r.candidate.id]["workshops"].append(
                {
                    "workshop_id": w.id,
                    "date": w.date,
                    "method": w.voting.value,
                    "votes": dict(r.votes),
                    "borda": dict(r.borda) if r.borda is not None else None,
                    "rank": rank,
                    "winner": r.candidate.id in winners,
                }
            )
    return out
