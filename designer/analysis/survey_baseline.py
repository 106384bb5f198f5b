"""Today's JMP ladders from the household survey, beside the drawing-based figures, disagreements flagged.

The drawing says which water point and toilet each plot reaches; the survey says which ones the
household actually uses. Each is a view of today: the survey's rungs come from the answers (rules in
``resources/households/jmp_survey.toml``, with their source), the drawing's from :func:`check_option`.
Where a household has both and they differ, it is listed (e.g. the survey says a shared toilet, the
drawing has none within reach) so the facilitator looks again. Answers the rules cannot place leave the
rung *unknown*; households not yet placed on a plot have no drawing figure and are counted apart. Where
the drawing cannot tell a ladder at all (no toilet drawn: sanitation and hygiene; no water point: water)
its rung is *unknown*, so there is nothing to disagree with: a note says the survey's answer stands.
"""

from __future__ import annotations

import math
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from designer.model.people import Household
from designer.model.privacy import public_household_id
from designer.model.survey import SurveyAnswer

if TYPE_CHECKING:
    from designer.analysis.check import CheckResult
    from designer.model.document import Document

__all__ = [
    "LADDERS",
    "Disagreement",
    "HouseholdRungs",
    "SurveyBaseline",
    "household_rungs",
    "survey_baseline",
]

UNKNOWN = "unknown"
LADDERS: dict[str, tuple[str, ...]] = {
    "water": ("surface_water", "unimproved", "limited", "basic"),
    "sanitation": ("open_defecation", "unimproved", "limited", "basic"),
    "hygiene": ("no_facility", "limited", "basic"),
}
"""Rungs the survey can tell, worst first (``safely_managed`` needs data such surveys do not hold)."""

_AS_DRAWN: dict[str, dict[str, frozenset[str]]] = {
    "water": {
        "surface_water": frozenset({"none"}),
        "unimproved": frozenset({"unimproved"}),
        "limited": frozenset({"limited"}),
        "basic": frozenset({"basic", "safely_managed"}),  # the survey cannot tell safely managed
    },
    "sanitation": {
        "open_defecation": frozenset({"open_defecation"}),
        "unimproved": frozenset({"unimproved"}),
        "limited": frozenset({"limited"}),
        "basic": frozenset({"basic", "safely_managed"}),
    },
    "hygiene": {
        "no_facility": frozenset({"no_facility"}),
        "limited": frozenset({"limited"}),
        "basic": frozenset({"basic"}),
    },
}
"""The drawing's rungs (designer.analysis.ladders) that agree with each survey rung."""


@cache
def _rules() -> dict[str, Any]:
    from designer.resources import resource_path

    with open(resource_path("households", "jmp_survey.toml"), "rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class HouseholdRungs:
    """One household's rungs from its answers, each with the answer that decided it."""

    household_id: str
    water: str
    sanitation: str
    hygiene: str
    why: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Disagreement:
    """A household whose survey rung differs from what the drawing gives its plot."""

    household_id: str
    ladder: str
    survey: str
    drawing: str
    detail: str

    def to_json(self) -> dict[str, str]:
        return {
            "household_id": self.household_id,
            "ladder": self.ladder,
            "survey": self.survey,
            "drawing": self.drawing,
            "detail": self.detail,
        }


@dataclass
class SurveyBaseline:
    """Households per rung from the survey and from the drawing, and where the two disagree."""

    surveyed: int
    """Households with at least one survey answer."""
    unplaced: int
    """Surveyed households on no plot: in the survey counts, not in the drawing's or the comparison."""
    survey_counts: dict[str, dict[str, int]]
    drawing_counts: dict[str, dict[str, int]]
    disagreements: list[Disagreement]
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "surveyed": self.surveyed,
            "unplaced": self.unplaced,
            "survey": self.survey_counts,
            "drawing": self.drawing_counts,
            "disagreements": [d.to_json() for d in self.disagreements],
            "notes": list(self.notes),
        }


def _folded(values: list[str]) -> set[str]:
    return {v.casefold() for v in values}


def _first(answers: dict[str, SurveyAnswer], questions: list[str]) -> SurveyAnswer | None:
    for q in questions:
        a = answers.get(q.casefold())
        if a is not None and a.raw.strip():
            return a
    return None


def _number(a: SurveyAnswer | None, no_answer: list[float]) -> float | None:
    if a is None:
        return None
    try:
        value = float(a.raw)
    except ValueError:
        return None
    return None if not math.isfinite(value) or value in no_answer else value


def _water(answers: dict[str, SurveyAnswer], rules: dict[str, Any]) -> tuple[str, str]:
    src = _first(answers, rules["source_questions"])
    if src is None:
        return UNKNOWN, "no water source answered"
    code = src.raw.casefold()
    said = f"{src.question} = {src.value}"
    if code in _folded(rules["surface"]):
        return "surface_water", said
    if code in _folded(rules["unimproved"]):
        return "unimproved", said
    if code not in _folded(rules["improved"]):
        return UNKNOWN, f"{said}: not a source the rules know"
    if code in _folded(rules["on_premises"]):
        return "basic", said
    trip = _number(_first(answers, rules["round_trip_questions"]), rules.get("no_answer_numbers", []))
    if trip is None:
        return UNKNOWN, f"{said}, round trip not answered"
    limit = float(rules["round_trip_max_min"])
    return ("basic" if trip <= limit else "limited"), f"{said}, round trip {trip:g} min"


def _sanitation(answers: dict[str, SurveyAnswer], rules: dict[str, Any]) -> tuple[str, str]:
    where = _first(answers, rules["location_questions"])
    if where is not None and where.raw.casefold() in _folded(rules["open_defecation"]):
        return "open_defecation", f"{where.question} = {where.value}"
    kind = _first(answers, rules["type_questions"])
    if kind is None:
        return UNKNOWN, "no toilet type answered"
    said = f"{kind.question} = {kind.value}"
    code = kind.raw.casefold()
    if code in _folded(rules["unimproved"]):
        return "unimproved", said
    if code not in _folded(rules["improved"]):
        return UNKNOWN, f"{said}: not a toilet type the rules know"
    if where is not None and where.raw.casefold() in _folded(rules["shared_locations"]):
        return "limited", f"{said}, {where.question} = {where.value}"
    shared = _first(answers, rules["shared_questions"])
    if shared is None:
        return UNKNOWN, f"{said}, sharing not answered"
    if shared.raw.casefold() in _folded(rules["shared_yes"]):
        return "limited", f"{said}, shared"
    if shared.raw.casefold() in _folded(rules["shared_no"]):
        return "basic", f"{said}, not shared"
    return UNKNOWN, f"{said}, sharing {shared.value!r}"


def _hygiene(answers: dict[str, SurveyAnswer], rules: dict[str, Any]) -> tuple[str, str]:
    observed = _first(answers, rules["observed_questions"])
    if observed is not None and observed.raw.casefold() in _folded(rules["not_observed"]):
        return UNKNOWN, f"not observed ({observed.value})"
    place = _first(answers, rules["place_questions"])
    if place is None:
        return UNKNOWN, "handwashing place not recorded"
    if place.raw.casefold() in _folded(rules["no_facility"]):
        return "no_facility", f"{place.question} = {place.value}"
    soap = _first(answers, rules["soap_questions"])
    water = _first(answers, rules["water_questions"])
    if soap is None or water is None:
        return UNKNOWN, "soap or water not recorded"
    ok = soap.raw.casefold() in _folded(rules["soap_yes"]) and water.raw.casefold() in _folded(
        rules["water_yes"]
    )
    return ("basic" if ok else "limited"), f"soap: {soap.value}; water: {water.value}"


_NOT_DRAWN_NOTES = {
    "water_points_not_drawn": "water points not drawn: the drawing cannot tell the water rung, the survey's "
    "answer stands",
    "toilets_not_drawn": "toilets not drawn: the drawing cannot tell the sanitation and hygiene rungs, the "
    "survey's answer stands",
    "handwashing_not_recorded": "handwashing not recorded at the toilets drawn: the drawing cannot tell the "
    "hygiene rung of a household without a toilet, the survey's answer stands",
    "paths_not_drawn": "paths not drawn: the drawing cannot tell the rungs of a household without a water "
    "point or toilet on its own plot, the survey's answer stands",
}


def _not_drawn_notes(unknown_because: dict[str, str]) -> list[str]:
    """Return one note per reason the drawing cannot tell a ladder (in the order of the ladders)."""
    reasons = list(dict.fromkeys(unknown_because[k] for k in LADDERS if k in unknown_because))
    return [_NOT_DRAWN_NOTES.get(r, r.replace("_", " ")) for r in reasons]


def household_rungs(household: Household) -> HouseholdRungs:
    """Return a household's water, sanitation and hygiene rungs from its survey answers."""
    rules = _rules()
    answers: dict[str, SurveyAnswer] = {}
    for a in household.survey:
        answers.setdefault(a.question.rsplit("/", 1)[-1].casefold(), a)
    water, why_w = _water(answers, rules["water"])
    san, why_s = _sanitation(answers, rules["sanitation"])
    hyg, why_h = _hygiene(answers, rules["hygiene"])
    return HouseholdRungs(
        household.id, water, san, hyg, {"water": why_w, "sanitation": why_s, "hygiene": why_h}
    )


def survey_baseline(doc: Document, check: CheckResult | None) -> SurveyBaseline:
    """Return today's rungs from the survey beside the drawing's (``check`` of the existing conditions).

    Args:
        doc: the project.
        check: :func:`check_option` of ``doc`` with no option, or None to leave the drawing out.
    """
    surveyed = [h for h in doc.of_type(Household) if h.survey]
    rows = {r.household_id: r for r in check.households} if check is not None else {}
    survey_counts = {ladder: dict.fromkeys((*rungs, UNKNOWN), 0) for ladder, rungs in LADDERS.items()}
    drawing: dict[str, Counter[str]] = {ladder: Counter() for ladder in LADDERS}
    disagreements: list[Disagreement] = []
    unplaced = 0
    for h in sorted(surveyed, key=lambda x: x.id):
        rungs = household_rungs(h)
        for ladder in LADDERS:
            survey_counts[ladder][getattr(rungs, ladder)] += 1
        if not h.plot_id:
            unplaced += 1
            continue
        row = rows.get(h.id)
        if row is None:
            continue
        for ladder in LADDERS:
            drawn = getattr(row, f"{ladder}_service_level")
            drawing[ladder][drawn] += 1
            said = getattr(rungs, ladder)
            if UNKNOWN not in (said, drawn) and drawn not in _AS_DRAWN[ladder][said]:
                disagreements.append(
                    Disagreement(
                        public_household_id(h),
                        ladder,
                        said,
                        drawn,
                        f"the survey says {said.replace('_', ' ')} ({rungs.why[ladder]}); "
                        f"the drawing gives {drawn} for plot {h.plot_id}",
                    )
                )
    notes = [
        "safely managed is not shown: it needs water quality and excreta treatment data the survey does not hold"
    ]
    if check is not None:
        notes += _not_drawn_notes(check.ladders_unknown_because)
    if unplaced:
        notes.append(
            f"{unplaced} surveyed household(s) are not placed on a plot: counted in the survey figures only"
        )
    drawing_counts = {k: dict(sorted(v.items())) for k, v in drawing.items()}
    return SurveyBaseline(len(surveyed), unplaced, survey_counts, drawing_counts, disagreements, notes)
