"""What residents see on their phones: one card per option, or the priced items of a budget vote.

A card holds the option's name, a pictogram, a plan thumbnail, its cost per household (once and per
month), how many households gain water and a toilet within the standard's distance, and how many are
displaced. Figures the project cannot give (an unpriced option, households' incomes unknown) are
``None`` and shown as "unknown", never as zero.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from designer.analysis.participation import Candidate
from designer.model.people import VotingMethod, WorkshopRecord
from designer.resources import resource_path

if TYPE_CHECKING:
    from designer.analysis.scorecard import Scorecard
    from designer.model.document import Document

__all__ = ["HallContent", "build_content", "pictogram_svg"]


@dataclass
class HallContent:
    """Everything the hall pages show, computed once when the vote opens.

    Attributes:
        page: JSON-ready dict for the phones (workshop, currency, cards or items).
        thumbnails_png: PNG bytes by option id.
        candidates: what a ballot may choose (options, or priced items of a budget vote).
    """

    page: dict[str, Any]
    thumbnails_png: dict[str, bytes] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)


def pictogram_svg(doc: Document, option_id: str) -> str:
    """Return the SVG text of the pictogram for what the option mostly adds (``resources/hall/pictograms.toml``)."""
    table = tomllib.loads(resource_path("hall", "pictograms.toml").read_text(encoding="utf-8"))
    kinds = Counter(e.KIND for e in doc.entities(option_id))
    name = next((icon for kind, icon in table["order"] if kinds.get(kind)), table["fallback"])
    return resource_path("icons", name).read_text(encoding="utf-8")


def _gain(after: Scorecard, before: Scorecard, ladder: str) -> int | None:
    """Households the option brings within reach of water ("water") or a toilet ("sanitation").

    None (shown "unknown") when nothing of the kind is drawn today or in the option: the difference
    would count the drawing, not the option.
    """
    if ladder in before.ladders_unknown_because or ladder in after.ladders_unknown_because:
        return None
    if ladder == "water":
        return max(after.households_water_within_standard - before.households_water_within_standard, 0)
    return max(after.households_toilet_within_standard - before.households_toilet_within_standard, 0)


def _option_cards(doc: Document) -> list[dict[str, Any]]:
    from designer.analysis.check import scorecard
    from designer.estimate.pricing import compare_options

    priced = {o["id"]: o for o in compare_options(doc)}
    # The hydraulic simulation is left out: the card shows who is within reach, not pressure.
    before = scorecard(doc, None, pressure=False)
    cards = []
    for opt in sorted(doc.options, key=lambda o: o.id):
        after = scorecard(doc, opt.id, pressure=False)
        cost = priced[opt.id]["cost"]
        finance = priced[opt.id]["finance"]
        cards.append(
            {
                "id": opt.id,
                "name": opt.name,
                "description": opt.description,
                "colour": opt.colour,
                "pictogram_svg": pictogram_svg(doc, opt.id),
                "thumbnail": f"thumb/{opt.id}.png",
                "per_household": cost["per_household"],
                "monthly_per_household": finance["monthly_cost_per_household"],
                "unpriced_items": len(cost["unpriced_items"]),
                "households": after.households,
                "water_gain_households": _gain(after, before, "water"),
                "toilet_gain_households": _gain(after, before, "sanitation"),
                "displaced_households": after.displaced_households,
            }
        )
    return cards


def build_content(doc: Document, workshop: WorkshopRecord, *, thumbnails: bool = True) -> HallContent:
    """Return the cards (or budget items), thumbnails and candidates of ``workshop``'s vote.

    Raises:
        VotingError: a budget vote whose items cannot be priced.
        CostingError: the cost library cannot be opened.
    """
    from designer.estimate.budget_vote import cart_items
    from designer.hall.thumbnail import plan_thumbnail_png

    cards = _option_cards(doc)
    page: dict[str, Any] = {
        "workshop": {
            "id": workshop.id,
            "date": workshop.date,
            "place": workshop.place,
            "method": workshop.voting.value,
            "budget_limit": None if workshop.budget_limit is None else f"{workshop.budget_limit:.2f}",
        },
        "project": doc.project.name,
        "currency": doc.project.currency,
        "language": doc.project.language,
        "options": cards,
        "items": [],
    }
    if workshop.voting is VotingMethod.BUDGET:
        candidates = cart_items(doc)
        page["items"] = [
            {"id": c.id, "label": c.label, "price": f"{c.price:.2f}", "option_id": c.option_id}
            for c in candidates
            if c.price is not None
        ]
    else:
        candidates = [
            Candidate(o.id, o.name, colour=o.colour) for o in sorted(doc.options, key=lambda o: o.id)
        ]
    pngs = {c["id"]: plan_thumbnail_png(doc, c["id"]) for c in cards} if thumbnails else {}
    return HallContent(page=page, thumbnails_png=pngs, candidates=candidates)
