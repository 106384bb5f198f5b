"""Budget-vote prices: an option's works bills as the components residents put in their carts.

The vote itself is counted by :mod:`designer.analysis.participation`, which prices nothing; this module
gives it the prices from the options' bills of quantities.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from costing.boq.money import allocate_largest_remainder
from designer.analysis.participation import WORKS_BILLS, Candidate, VotingError

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = ["cart_items"]


def cart_items(doc: Document) -> list[Candidate]:
    """Return the priced components of every option for a budget vote, from the costing engine.

    One component per works bill of an option's bill of quantities (bills 2–10: earthworks, housing,
    roads, drainage, water, sanitation, lighting, facilities); the option's preliminaries, PC sums,
    contingency and tax are spread over them pro rata, so the components of an option add up to its total.

    Raises:
        VotingError: the costing engine (``designer.estimate.pricing.cost_option``) cannot be loaded.
    """
    try:
        from designer.estimate.pricing import cost_option
    except ImportError as exc:  # a broken install: say so plainly and point to the prices CSV
        raise VotingError(
            "a budget vote needs component prices: the costing engine is not available; give a prices CSV"
        ) from exc
    items: list[Candidate] = []
    for opt in sorted(doc.options, key=lambda o: o.id):
        boq = cost_option(doc, opt.id)
        bills = [b for b in boq.bills if b.number in WORKS_BILLS and b.lines and b.total > 0]
        if not bills:
            continue
        shares = allocate_largest_remainder(boq.summary.total, [b.total for b in bills])
        for bill, price in zip(bills, shares, strict=True):
            items.append(
                Candidate(
                    id=f"{opt.id}/bill-{bill.number}",
                    label=f"{opt.name}: {bill.title}",
                    price=price,
                    option_id=opt.id,
                    colour=opt.colour,
                )
            )
    return items
