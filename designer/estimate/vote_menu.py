"""The budget vote's menu: interventions residents recognise, priced per household like the Costs panel.

Each option's bill (the same ``LiveCosting`` the Costs panel shows) is split by what its measured
lines were measured from: a line's amount goes to the menu item of each contributing element's kind
(``resources/costing/vote_menu.toml``), in proportion to its share of the line's quantity. What no item
claims (preliminaries, contingency, tax, demolition, re-plotting) is spread pro rata, so the items of an
option add up exactly, to the cent, to that option's cost per household in the Costs panel.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from designer.analysis.participation import Candidate, VotingError
from designer.resources import resource_path

if TYPE_CHECKING:
    from costing.db.repository import CostLibrary
    from designer.model.document import Document

__all__ = ["MenuGroup", "MenuItem", "intervention_menu", "menu_groups"]


@dataclass(frozen=True)
class MenuGroup:
    """One kind of intervention on the menu (``label`` in English; the GUI translates it)."""

    id: str
    label: str
    icon: str
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class MenuItem:
    """One thing to put in the basket: a group of one option, priced per household."""

    candidate: Candidate
    group: MenuGroup
    option_name: str


def menu_groups() -> list[MenuGroup]:
    """Return the menu's groups from ``resources/costing/vote_menu.toml``, in menu order."""
    data = tomllib.loads(resource_path("costing", "vote_menu.toml").read_text(encoding="utf-8"))
    return [MenuGroup(g["id"], g["label"], g["icon"], tuple(g["kinds"])) for g in data["item"]]


def intervention_menu(doc: Document, *, library: CostLibrary | None = None) -> list[MenuItem]:
    """Return every option's menu items with their price per household (options by id, groups in menu order).

    Raises:
        VotingError: the project's cost library cannot be opened (the reason is in the message).
    """
    from costing.errors import CostingError

    try:
        return _menu(doc, library)
    except CostingError as exc:
        raise VotingError(f"the budget vote cannot be priced: {exc}") from exc


def _menu(doc: Document, library: CostLibrary | None) -> list[MenuItem]:
    from costing.boq.money import allocate_largest_remainder
    from designer.estimate.pricing import PricedOption

    groups = menu_groups()
    group_of_kind = {kind: g for g in groups for kind in g.kinds}
    items: list[MenuItem] = []
    for opt in sorted(doc.options, key=lambda o: o.id):
        live = PricedOption(doc, opt.id, library=library)
        try:
            boq = live.boq
            weights = dict.fromkeys((g.id for g in groups), Decimal(0))
            for key, line in live.takeoff.lines.items():
                priced = live.priced_line(key)
                total_qty = sum(line.contributions.values())
                if priced is None or not total_qty:
                    continue
                for element_key, qty in line.contributions.items():
                    element = live.takeoff.elements.get(element_key)
                    group = group_of_kind.get(element.kind) if element is not None else None
                    if group is not None:
                        weights[group.id] += priced.amount * Decimal(repr(qty / total_qty))
        finally:
            live.close()
        offered = [g for g in groups if weights[g.id] > 0]
        per_household = boq.per_household  # the Costs panel's figure (unknown without households)
        if not offered or per_household is None:
            continue
        shares = allocate_largest_remainder(per_household, [weights[g.id] for g in offered])
        for group, price in zip(offered, shares, strict=True):
            candidate = Candidate(
                id=f"{opt.id}/{group.id}",
                label=f"{group.label} — {opt.name}",
                price=price,
                option_id=opt.id,
                colour=opt.colour,
            )
            items.append(MenuItem(candidate, group, opt.name))
    return items
