"""The ballot box of a phone vote: checks codes and writes each ballot into the project file.

Every accepted ballot is in the project file (atomic write, fsync) before the phone is told it counted,
so closing the laptop lid or a crash loses no ballot that a resident saw confirmed. Ballots that arrive
while a save is running are written together by the next save (group commit), so a hall full of phones
costs a few saves a second, not one per phone. Before each save the file is re-read if anything else
changed it since (the designer, ``jamii workshop ballots``), and the ballot is applied with the same
``ReplaceRecord`` command the designer uses.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from designer.analysis.participation import Candidate, tally
from designer.hall.codes import CodeError, hash_code, normalise_code
from designer.io.atomic import atomic_write
from designer.io.project_file import document_to_bytes, load_project, save_project
from designer.model.commands import AddRecord, ReplaceRecord
from designer.model.errors import JamiiError
from designer.model.people import AgeGroup, Ballot, HallCodes, Sex, VotingMethod, WorkshopRecord

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = [
    "BallotRejected",
    "BallotStore",
    "VoteClosedError",
    "find_workshop",
    "hall_codes_of",
    "store_codes",
]

COALESCE_S = 0.01
"""How long the writer waits after the first ballot of a burst before saving (seconds)."""


class BallotRejected(JamiiError):
    """A ballot that cannot be counted (e.g. two options on a single-choice ballot)."""


class VoteClosedError(JamiiError):
    """The facilitator closed the vote."""


def find_workshop(doc: Document, workshop_id: str) -> WorkshopRecord:
    """Return the workshop record ``workshop_id``.

    Raises:
        JamiiError: no such workshop (the message lists the known ones).
    """
    for w in doc.of_type(WorkshopRecord):
        if w.id == workshop_id:
            return w
    known = ", ".join(sorted(w.id for w in doc.of_type(WorkshopRecord))) or "none yet"
    raise JamiiError(f"no workshop {workshop_id!r}; the workshops are: {known}")


def hall_codes_of(doc: Document, workshop_id: str) -> HallCodes | None:
    """Return the phone-voting codes of a workshop, or None when none were made."""
    return next((c for c in doc.of_type(HallCodes) if c.workshop_id == workshop_id), None)


def _fingerprint(path: Path) -> tuple[int, int]:
    st = path.stat()
    return (st.st_mtime_ns, st.st_size)


class BallotStore:
    """The ballots of one workshop's phone vote, kept in its project file.

    Args:
        path: the project file (re-read when something else changes it).
        workshop_id: the workshop voting.
        candidates: what may be chosen: the options (single, ranking) or priced cart items (budget).
    """

    def __init__(
        self, path: str | os.PathLike[str], workshop_id: str, candidates: Sequence[Candidate]
    ) -> None:
        self.path = Path(path)
        self.workshop_id = workshop_id
        self.candidates = list(candidates)
        self._lock = threading.Lock()
        self._pending: list[tuple[Ballot, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None
        self.saves = 0
        self._writing = False
        with self._lock:
            self._load()
        if self._codes is None:
            raise CodeError(
                f"workshop {workshop_id}: no voting codes yet; make them first (jamii hall --codes N)"
            )

    # ------------------------------------------------------------------ reading

    def _load(self) -> None:
        self.doc = load_project(self.path)
        self._seen = _fingerprint(self.path)
        self.workshop = find_workshop(self.doc, self.workshop_id)
        self._codes = hall_codes_of(self.doc, self.workshop_id)
        self._hashes = frozenset(self._codes.code_hashes) if self._codes else frozenset()

    def _refresh(self) -> None:
        if not self._writing and _fingerprint(self.path) != self._seen:
            self._load()

    @property
    def method(self) -> VotingMethod:
        return self.workshop.voting

    @property
    def closed(self) -> bool:
        """Whether the vote is closed (as last read or written)."""
        return self._codes is None or self._codes.closed

    def closed_on_disk(self) -> bool:
        """Re-read the file if it changed and return whether the vote is closed (``jamii hall --close``)."""
        with self._lock:
            self._refresh()
            return self.closed

    def voter_of(self, code: str) -> str:
        """Return the voter key of a code (its hash), re-reading the file if it changed.

        Raises:
            CodeError: malformed or not a code of this workshop.
            VoteClosedError: the vote is closed.
        """
        with self._lock:
            self._refresh()
            if self._codes is None:
                raise CodeError("this workshop has no voting codes")
            key = hash_code(self._codes.salt, normalise_code(code))
            if key not in self._hashes:
                raise CodeError("this code is not one of this workshop's codes")
            if self._codes.closed:
                raise VoteClosedError("the vote is closed")
            return key

    def ballot_of(self, voter: str) -> Ballot | None:
        """Return the ballot a code cast, or None."""
        return next((b for b in self.workshop.ballots if b.voter == voter), None)

    def used_codes(self) -> int:
        """Return how many codes have cast a ballot."""
        return sum(1 for b in self.workshop.ballots if b.voter)

    # ------------------------------------------------------------------ checking

    def make_ballot(self, voter: str, choices: Sequence[str], sex: str, age_group: str) -> Ballot:
        """Return a checked ballot, or raise BallotRejected saying what is wrong with it."""
        try:
            voter_sex = Sex(sex or "unknown")
            age = AgeGroup(age_group) if age_group else None
        except ValueError:
            raise BallotRejected("sex or age group is not one of the listed answers") from None
        ballot = Ballot(sex=voter_sex, age_group=age, choices=tuple(choices), voter=voter)
        # The tally's own checks decide what counts, so a phone ballot is valid exactly when a counted one is.
        result = tally(dataclasses.replace(self.workshop, ballots=(ballot,)), self.candidates)
        if result.invalid:
            raise BallotRejected(result.invalid[0][1])
        return ballot

    # ------------------------------------------------------------------ writing

    async def cast(self, ballot: Ballot) -> None:
        """Record ``ballot`` (replacing the earlier ballot of its code) and return once it is on disk.

        Raises:
            VoteClosedError: the vote was closed before the ballot was written.
        """
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((ballot, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_pending())
        await future

    async def _write_pending(self) -> None:
        # Ballots come in bursts (the facilitator says "vote now"): a short wait lets one save take
        # the burst instead of the first ballot alone.
        await asyncio.sleep(COALESCE_S)
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                await asyncio.to_thread(self._commit, [b for b, _ in batch])
            except Exception as exc:  # every phone of the batch hears why (closed, disk full, …)
                for _, fut in batch:
                    if not fut.done():
                        fut.set_exception(exc)
            else:
                for _, fut in batch:
                    if not fut.done():
                        fut.set_result(None)

    def _commit(self, ballots: Sequence[Ballot]) -> None:
        with self._lock:
            self._refresh()
            if self.closed:
                raise VoteClosedError("the vote is closed")
            by_voter = {b.voter: b for b in ballots}  # the latest ballot of a code wins
            kept = [by_voter.pop(b.voter, b) if b.voter else b for b in self.workshop.ballots]
            new = dataclasses.replace(self.workshop, ballots=(*kept, *by_voter.values()))
            ReplaceRecord(self.workshop, new, "Phone ballots").do(self.doc)
            self.workshop = new
            data = document_to_bytes(self.doc)
            self._writing = True
        # The disk write (fsync) runs without the lock, so phones opening their ballot are not held up.
        try:
            atomic_write(self.path, lambda tmp: tmp.write_bytes(data))
        except BaseException:
            with self._lock:
                self._writing = False
                self._load()  # back to what is on disk: the phones of this batch are told it failed
            raise
        with self._lock:
            self._seen = _fingerprint(self.path)
            self._writing = False
            self.saves += 1

    def close_vote(self) -> None:
        """Mark the vote closed in the project file (no code casts or changes a ballot after this)."""
        with self._lock:
            self._refresh()
            assert self._codes is not None
            if not self._codes.closed:
                closed = dataclasses.replace(self._codes, closed=True)
                ReplaceRecord(self._codes, closed, "Close phone vote").do(self.doc)
                self._save()
                self._codes = closed

    def _save(self) -> None:
        save_project(self.doc, self.path)
        self._seen = _fingerprint(self.path)
        self.saves += 1


def store_codes(doc: Document, record: HallCodes) -> None:
    """Add or replace a workshop's codes record in ``doc`` (through the model's commands)."""
    old = hall_codes_of(doc, record.workshop_id)
    (ReplaceRecord(old, record, "Voting codes") if old else AddRecord(record, "Voting codes")).do(doc)
