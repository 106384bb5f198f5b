"""Cost per house, stage and m²: each house (or improvement) stage priced on its own.

Used by the house sheets (cost per stage of a type) and the house tests; the option's bill prices the
same Elements together through :func:`designer.estimate.pricing.cost_option`. The Elements come from
:mod:`designer.estimate.house_takeoff`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from costing.boq.money import round_money
from designer.estimate.house_takeoff import house_elements, type_elements
from designer.estimate.takeoff import option_finance_inputs

if TYPE_CHECKING:
    from collections.abc import Iterable

    from costing.boq.settings import CommunityContribution, EstimateSettings
    from costing.db.repository import CostLibrary
    from costing.takeoff.elements import Element
    from designer.model.document import Document
    from designer.model.housing import HouseType

__all__ = [
    "StageCost",
    "TypeStageCosts",
    "costs_by_house",
    "open_settings_for",
    "option_house_costs",
    "price_house_elements",
    "price_house_types",
]


@dataclass(frozen=True)
class StageCost:
    """The priced cost of one house (or improvement) stage.

    Attributes:
        amount: sum of the priced bill lines of this element (bill currency, lines rounded as in the bill).
        in_kind: part of ``amount`` the community contributes (labour, local materials).
        not_priced: codes the cost library lacks (their lines are priced at zero).
        illustrative: some of its rates are illustrative (no published source).
    """

    source_id: str
    kind: str
    house_type: str
    stage: int
    floor_area_m2: float
    amount: Decimal
    in_kind: Decimal
    not_priced: tuple[str, ...] = ()
    illustrative: bool = False

    @property
    def cash(self) -> Decimal:
        return self.amount - self.in_kind

    @property
    def per_m2(self) -> Decimal | None:
        """Cost per m² of the floor area this stage adds (None when it adds none)."""
        if self.floor_area_m2 <= 0:
            return None
        return round_money(self.amount / Decimal(str(self.floor_area_m2)))


def price_house_elements(
    elements: list[Element],
    library: CostLibrary,
    settings: EstimateSettings,
    community: CommunityContribution | None = None,
) -> list[StageCost]:
    """Price each house/improvement Element on its own with the costing engine; one StageCost each."""
    from costing.boq.builder import price_line
    from costing.boq.settings import CommunityContribution
    from costing.takeoff.engine import Takeoff

    contribution = community if community is not None else CommunityContribution()
    out: list[StageCost] = []
    for element in elements:
        takeoff = Takeoff([element])
        amount = in_kind = Decimal("0")
        missing: list[str] = []
        illustrative = False
        for line in takeoff.sorted_lines():
            _, priced, note = price_line(line, takeoff, library, settings, contribution)
            amount += priced.amount
            in_kind += priced.in_kind
            illustrative = illustrative or (priced.priced and priced.illustrative)
            if note:
                missing.append(line.code)
        out.append(
            StageCost(
                source_id=element.source_id,
                kind=element.kind,
                house_type=str(element.attributes.get("house_type", "")),
                stage=int(element.attributes.get("stage", 1)),
                floor_area_m2=float(element.measures.get("floor_area_m2", 0.0)),
                amount=amount,
                in_kind=in_kind,
                not_priced=tuple(sorted(set(missing))),
                illustrative=illustrative,
            )
        )
    return out


def open_settings_for(doc: Document, library: CostLibrary) -> EstimateSettings:
    """Return the estimate settings of a project and a library: the same as its bills (region, tax, price
    base and escalation, exchange rate, the project's assumptions; ``designer.estimate.assumptions``)."""
    from designer.estimate.assumptions import resolve

    return resolve(doc, library).settings


def option_house_costs(
    doc: Document,
    option_id: str,
    *,
    library: CostLibrary | None = None,
    settings: EstimateSettings | None = None,
) -> list[StageCost]:
    """Return the cost of every house and improvement stage of an option, with its community contribution.

    Args:
        library: a cost library (default: the project's, opened and closed here).
        settings: estimate settings (default: the project's region and price date).
    """
    from costing.db.repository import open_library

    lib = library if library is not None else open_library(doc.project.cost_library)
    try:
        chosen = settings if settings is not None else open_settings_for(doc, lib)
        community = option_finance_inputs(doc, option_id).community
        return price_house_elements(house_elements(doc, option_id), lib, chosen, community)
    finally:
        if library is None:
            lib.close()


def costs_by_house(costs: list[StageCost]) -> dict[str, Decimal]:
    """Return the total cost per house (source id) of a list of stage costs."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for cost in costs:
        totals[cost.source_id] += cost.amount
    return dict(totals)


@dataclass(frozen=True)
class TypeStageCosts:
    """The cost of each stage of some house types, and where the rates came from.

    Attributes:
        by_type: per type id, one StageCost per stage (new-house types only).
        currency: the cost library's currency.
        source: library, region and price date, as printed under the costs.
        illustrative: some or all of the rates are illustrative (not from a published source).
        assumptions: (assumption, value, source) rows the costs rest on, as every report prints them.
        price_notes: how the rates reached the price base and currency, and the tax basis.
    """

    by_type: dict[str, list[StageCost]]
    currency: str
    source: str
    illustrative: bool
    assumptions: tuple[tuple[str, str, str], ...] = ()
    price_notes: tuple[str, ...] = ()


def price_house_types(types: Iterable[HouseType], doc: Document | None = None) -> TypeStageCosts:
    """Price each stage of each new-house type with the project's cost library (or the default one)."""
    from costing.boq.settings import CommunityContribution
    from costing.db.repository import open_library
    from designer.estimate.assumptions import resolve
    from designer.model.document import Document
    from designer.model.housing import HouseCategory
    from designer.model.project import ProjectInfo

    project_doc = doc if doc is not None else Document(ProjectInfo())
    library = open_library(project_doc.project.cost_library)
    try:
        resolved = resolve(project_doc, library)
        settings = resolved.settings
        by_type = {
            ht.id: price_house_elements(type_elements(ht), library, settings, CommunityContribution())
            for ht in types
            if ht.category is HouseCategory.NEW
        }
        meta = library.meta
        source = f"{meta.name}, {settings.region or 'base region'}, prices of {settings.price_base}"
        return TypeStageCosts(
            by_type,
            settings.currency or meta.currency,
            source,
            bool(meta.illustrative) or any(sc.illustrative for scs in by_type.values() for sc in scs),
            assumptions=resolved.rows,
            price_notes=settings.price_notes,
        )
    finally:
        library.close()
