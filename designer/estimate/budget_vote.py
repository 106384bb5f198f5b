"""Budget-vote prices: the interventions residents put in their baskets, priced per household.

The vote itself is counted by :mod:`designer.analysis.participation`, which prices nothing; this module
gives it the prices: the menu of :mod:`designer.estimate.vote_menu` (taps, toilets, lights, paths, drains,
core houses, improvements of each option), each priced per household from the option's own bill so an
option's items add up to its cost per household in the Costs panel. The designer's voting screen, ``jamii
votes`` and ``jamii compare`` all use it, so a basket costs the same everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.estimate.vote_menu import intervention_menu

if TYPE_CHECKING:
    from designer.analysis.participation import Candidate
    from designer.model.document import Document

__all__ = ["cart_items"]


def cart_items(doc: Document) -> list[Candidate]:
    """Return the priced menu items of every option (price per household, project currency).

    Raises:
        VotingError: the options cannot be priced (the reason is in the message).
    """
    return [item.candidate for item in intervention_menu(doc)]
