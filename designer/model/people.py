"""People: households, savings groups and workshop records.

Personal data (names, phone numbers) is listed in each type's ``PERSONAL`` and never leaves the
project file: exporters use the pseudonymous ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import ClassVar

from designer.model.errors import InvalidRecordError
from designer.model.records import Record, register
from designer.model.survey import SurveyAnswer

__all__ = [
    "PHONE_VOTER",
    "AgeGroup",
    "Ballot",
    "BallotCorrection",
    "HallCodes",
    "Household",
    "ParticipantCount",
    "SavingsGroup",
    "Sex",
    "Tenure",
    "VotingMethod",
    "WorkshopRecord",
]


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class AgeGroup(StrEnum):
    CHILD = "child"
    YOUTH = "youth"
    ADULT = "adult"
    ELDER = "elder"


class Tenure(StrEnum):
    OWNER = "owner"
    STRUCTURE_OWNER = "structure_owner"
    TENANT = "tenant"
    RENT_FREE = "rent_free"
    UNKNOWN = "unknown"


PHONE_VOTER = "phone"
"""``Ballot.voter`` of a phone ballot in a shared copy, where the link to its code is cut."""


class VotingMethod(StrEnum):
    SINGLE = "single"
    RANKING = "ranking"
    BUDGET = "budget"


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Household(Record):
    """A household living on a plot; money per month in the project currency."""

    KIND: ClassVar[str] = "household"
    ID_PREFIX: ClassVar[str] = "hh"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {
        "plot_id": ("plot",),
        "savings_group_id": ("savings_group",),
    }
    PERSONAL: ClassVar[tuple[str, ...]] = ("name", "phone", "survey_personal")
    plot_id: str = ""
    size_persons: int = 4
    children: int = 0
    income_per_month: Decimal | None = None
    income_band: str = ""
    tenure: Tenure = Tenure.UNKNOWN
    head_sex: Sex = Sex.UNKNOWN
    savings_group_id: str = ""
    savings_balance: Decimal = Decimal("0")
    monthly_savings: Decimal = Decimal("0")
    willingness_to_pay_per_month: Decimal | None = None
    disability: bool = False
    name: str = ""
    phone: str = ""
    survey: tuple[SurveyAnswer, ...] = ()
    """The survey's other answers about the household (questions without a field here)."""
    survey_personal: tuple[SurveyAnswer, ...] = ()
    """Answers that may name or reach a person (names, phones, free text): never exported."""
    members: tuple[tuple[SurveyAnswer, ...], ...] = ()
    """The answers of the member repeat, one tuple per person (names and free text are in survey_personal)."""

    def __post_init__(self) -> None:
        if self.size_persons < 1:
            raise InvalidRecordError(self.id, self.KIND, "a household has at least one person")
        if not 0 <= self.children <= self.size_persons:
            raise InvalidRecordError(self.id, self.KIND, "children must be between 0 and the household size")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class SavingsGroup(Record):
    """A savings group of the federation, with members by sex and its money."""

    KIND: ClassVar[str] = "savings_group"
    ID_PREFIX: ClassVar[str] = "sg"
    name: str
    members_female: int = 0
    members_male: int = 0
    balance: Decimal = Decimal("0")
    monthly_savings: Decimal = Decimal("0")


@dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantCount:
    """How many people of one sex and age group took part."""

    sex: Sex
    age_group: AgeGroup
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Ballot:
    """One vote: option ids (single choice: one; ranking: best first) or chosen item ids (budget)."""

    sex: Sex
    age_group: AgeGroup | None = AgeGroup.ADULT
    """The voter's age group; None when the voter did not give it (phone ballots make it optional)."""
    choices: tuple[str, ...] = ()
    paper: bool = False
    voter: str = ""
    """Key of the phone-voting code that cast it (``HallCodes.code_hashes``), so that the resident can
    change it; empty for ballots entered on paper or on the shared screen; ``PHONE_VOTER`` in a shared
    copy (still a phone ballot, no longer linked to its code)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BallotCorrection:
    """The facilitator's correction of one cast ballot, kept beside the ballot it corrects.

    A cast ballot is never edited or removed: a correction voids it (``replacement`` None) or counts
    ``replacement`` in its place, and says why and when, so the count can be audited afterwards.

    Attributes:
        ballot_number: 1-based number of the corrected ballot in ``WorkshopRecord.ballots``.
        reason: why (required; e.g. "pressed the wrong picture").
        replacement: the ballot as the voter meant it, or None to void it.
        at: when the correction was made (ISO 8601, local time of the workshop machine).
    """

    ballot_number: int
    reason: str
    replacement: Ballot | None = None
    at: str = ""


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class WorkshopRecord(Record):
    """A workshop session: who came and how they voted."""

    KIND: ClassVar[str] = "workshop"
    ID_PREFIX: ClassVar[str] = "ws"
    date: str
    place: str = ""
    participants: tuple[ParticipantCount, ...] = ()
    voting: VotingMethod = VotingMethod.SINGLE
    budget_limit: Decimal | None = None
    ballots: tuple[Ballot, ...] = ()
    corrections: tuple[BallotCorrection, ...] = ()
    notes: str = ""

    def __post_init__(self) -> None:
        for c in self.corrections:
            if not 1 <= c.ballot_number <= len(self.ballots):
                raise InvalidRecordError(
                    self.id, self.KIND, f"a correction names ballot {c.ballot_number}, which was not cast"
                )
            if not c.reason.strip():
                raise InvalidRecordError(self.id, self.KIND, "a ballot correction needs a reason")

    def counted_ballots(self) -> list[tuple[int, Ballot | None, BallotCorrection | None]]:
        """Return ``(number, ballot to count or None if voided, latest correction or None)`` per cast ballot."""
        latest = {c.ballot_number: c for c in self.corrections}
        out: list[tuple[int, Ballot | None, BallotCorrection | None]] = []
        for number, ballot in enumerate(self.ballots, start=1):
            c = latest.get(number)
            out.append((number, ballot if c is None else c.replacement, c))
        return out


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class HallCodes(Record):
    """The single-use phone-voting codes of a workshop, stored only as salted SHA-256 hashes.

    Attributes:
        workshop_id: the workshop whose vote the codes open.
        salt: hex salt of the hashes (one per workshop, so equal codes hash differently elsewhere).
        code_hashes: hex SHA-256 of salt + code, one per code handed out; a ballot cast with a code
            keeps its hash as ``Ballot.voter``.
        closed: the facilitator closed the vote: no code casts or changes a ballot any more.
    """

    KIND: ClassVar[str] = "hall_codes"
    ID_PREFIX: ClassVar[str] = "hc"
    # 29.7-bit codes are brute-forced from their hashes in seconds: a shared copy must not hold them.
    PERSONAL: ClassVar[tuple[str, ...]] = ("salt", "code_hashes")
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {"workshop_id": ("workshop",)}
    workshop_id: str
    salt: str
    code_hashes: tuple[str, ...] = ()
    closed: bool = False
