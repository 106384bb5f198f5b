"""The budget vote's menu in the user's language, with a pictogram per intervention."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from designer.resources import resource_path

if TYPE_CHECKING:
    from designer.analysis.participation import Candidate
    from designer.model.document import Document

__all__ = ["budget_candidates", "group_label"]


def group_label(group_id: str, english: str) -> str:
    """Return a menu group's plain name in the user's language (``english`` if it is not known here)."""
    labels = {
        "tap": QCoreApplication.translate("VoteMenu", "Water taps"),
        "toilet": QCoreApplication.translate("VoteMenu", "Toilets"),
        "light": QCoreApplication.translate("VoteMenu", "Street lights"),
        "path": QCoreApplication.translate("VoteMenu", "Paths"),
        "drain": QCoreApplication.translate("VoteMenu", "Drains"),
        "core_house": QCoreApplication.translate("VoteMenu", "Core houses"),
        "improvement": QCoreApplication.translate("VoteMenu", "House improvements"),
    }
    return labels.get(group_id, english)


def budget_candidates(doc: Document) -> tuple[list[Candidate], dict[str, str]]:
    """Return the priced menu items of every option and their pictogram files by candidate id.

    Raises:
        designer.analysis.participation.VotingError: the options cannot be costed.
    """
    from designer.estimate.vote_menu import intervention_menu

    candidates: list[Candidate] = []
    pictures: dict[str, str] = {}
    for item in intervention_menu(doc):
        label = f"{group_label(item.group.id, item.group.label)}\n{item.option_name}"
        candidates.append(dataclasses.replace(item.candidate, label=label))
        picture = resource_path("icons", f"{item.group.icon}.svg")
        if picture.is_file():
            pictures[item.candidate.id] = str(picture)
    return candidates, pictures
