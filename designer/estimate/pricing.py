"""A small facade over ``costing`` for the rest of Jamii (GUI, CLI, reports).

Functions (all read-only on the document):

* ``cost_option(doc, option_id) -> BillOfQuantities`` — the priced bill of an option.
* ``option_finance(doc, option_id) -> OptionFinance`` — funding split, monthly repayment per
  household, affordability against incomes, lifetime cost per household per year.
* ``compare_options(doc) -> list[dict]`` — per option ``{"id", "name", "cost": {…}, "finance": {…}}``
  (money as decimal strings), the JSON of ``jamii compare``. Other parts (service scorecard, votes)
  add sibling keys to each option dict.
* ``PricedOption(doc, option_id)`` — an option's measured and priced bill that can be re-measured
  entity by entity; :class:`designer.estimate.live.LiveCosting` keeps one up to date from the
  document's signals while the option is edited.

The cost library is the project's (``ProjectInfo.cost_library``, region, price date), opened from
the user's app-data folder (``costing.db.appdata``; the default library is installed on first
use); pass ``library=`` to use another one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from costing.boq.builder import BoQHeader, ManualLine, assemble, price_line, price_manual
from costing.boq.model import BillOfQuantities, BoQLine
from costing.boq.rate_basis import rate_basis_rows
from costing.boq.settings import CommunityContribution, EstimateSettings
from costing.db.repository import CostLibrary, open_library
from costing.finance.affordability import AffordabilityResult, Thresholds, assess
from costing.finance.allocation import HouseholdShare, allocate_option
from costing.finance.funding import FundingResult, fund
from costing.finance.lifetime import LifetimeCost, lifetime_cost
from costing.takeoff.engine import LineKey, Takeoff
from designer.estimate.assumptions import CostAssumptions, resolve
from designer.estimate.takeoff import (
    MeasureContext,
    OptionFinanceInputs,
    entity_batches,
    household_counts,
    option_batches,
    option_community,
    option_finance_inputs,
)
from designer.gc_pause import gc_paused
from designer.model.document import Document
from designer.model.entities import Entity
from designer.model.manual_items import ManualItem
from designer.model.project import Option

__all__ = [
    "OptionFinance",
    "PricedOption",
    "compare_options",
    "cost_option",
    "option_finance",
    "option_funding",
    "option_summary",
]


def _library(doc: Document, library: CostLibrary | None) -> CostLibrary:
    return library if library is not None else open_library(doc.project.cost_library)


def _resolve(doc: Document, library: CostLibrary, overrides: Mapping[str, str] | None) -> CostAssumptions:
    return resolve(doc, library, overrides)


def _option(doc: Document, option_id: str) -> Option:
    opt = doc.get(option_id)
    if not isinstance(opt, Option):
        from designer.model.errors import JamiiError

        raise JamiiError(f"no option {option_id!r} in the project")
    return opt


def _people(doc: Document) -> tuple[int, int, bool]:
    """Return (households, persons, estimated) without building the finance inputs."""
    return household_counts(doc)


def _notes(estimated: bool, household_count: int) -> list[str]:
    notes = []
    if estimated:
        notes.append(f"no households recorded: {household_count} households estimated from residential plots")
    return notes


def cost_option(
    doc: Document,
    option_id: str,
    *,
    library: CostLibrary | None = None,
    settings: EstimateSettings | None = None,
    assumptions: Mapping[str, str] | None = None,
    measurement_detail: bool = False,
) -> BillOfQuantities:
    """Return the priced bill of quantities of one option (measured lines and manual items).

    Args:
        doc: the project.
        option_id: the option's id.
        library: a cost library (default: the project's, from the app-data folder).
        settings: estimate settings (default: resolved from shipped data, the library and the project).
        assumptions: one-off overrides (``designer.estimate.assumptions``), e.g. ``{"contingency_pct": "5"}``.
        measurement_detail: keep each entity's quantity on its lines (``Provenance.parts``, for the XLSX
            measurement sheet).
    """
    # Bulk work that makes no reference cycles (thousands of shapely geometries, which the collector tracks):
    # the measuring and pricing objects are freed by reference counting when ``priced`` goes, before the
    # collector resumes with only the bill left young (about 0.4 ms of a 15 ms costing at 10,000 plots).
    with gc_paused():
        priced = PricedOption(
            doc,
            option_id,
            library=library,
            settings=settings,
            assumptions=assumptions,
            measurement_detail=measurement_detail,
        )
        try:
            boq = priced.boq
        finally:
            priced.close()
        del priced
    return boq


@dataclass(frozen=True)
class OptionFinance:
    """Funding, affordability and lifetime cost of one option."""

    boq: BillOfQuantities
    funding: FundingResult
    lifetime: LifetimeCost
    affordability: AffordabilityResult
    inputs: OptionFinanceInputs


def option_funding(
    boq: BillOfQuantities, inputs: OptionFinanceInputs, *, same_currency: bool = True
) -> FundingResult:
    """Return who pays the bill's cash cost: subsidy, savings, loan, monthly repayment per household.

    ``same_currency`` False: the bill is in another currency than savings and the subsidy cap (no
    exchange rate given), which are then not applied to it.
    """
    return fund(
        boq.summary.cash,
        inputs.funding,
        inputs.household_count,
        inputs.savings_groups,
        sum((h.savings_balance for h in inputs.households), Decimal(0)),
        same_currency=same_currency,
    )


def _finance(
    boq: BillOfQuantities,
    inputs: OptionFinanceInputs,
    thresholds: Thresholds | None,
    assumptions: CostAssumptions | None = None,
) -> OptionFinance:
    same_currency = assumptions.incomes_comparable if assumptions is not None else True
    funding = option_funding(boq, inputs, same_currency=same_currency)
    life = lifetime_cost(boq, inputs.household_count, assumptions.lifetime if assumptions else None)
    households = inputs.households
    if not same_currency:
        # Incomes are in the project's currency, the cost in the library's: not compared (unknown).
        households = tuple(dataclasses.replace(h, income_per_month=None) for h in households)
    thresholds = thresholds or (assumptions.thresholds if assumptions else None)
    afford = assess(boq, funding.monthly_repayment, life, households, thresholds)
    return OptionFinance(boq, funding, life, afford, inputs)


def option_finance(
    doc: Document,
    option_id: str,
    *,
    boq: BillOfQuantities | None = None,
    library: CostLibrary | None = None,
    thresholds: Thresholds | None = None,
    assumptions: Mapping[str, str] | None = None,
) -> OptionFinance:
    """Return who pays what for an option, whether households can afford it, and its lifetime cost."""
    _option(doc, option_id)
    lib = _library(doc, library)
    try:
        resolved = _resolve(doc, lib, assumptions)
        boq = boq or cost_option(doc, option_id, library=lib, assumptions=assumptions)
    finally:
        if library is None:
            lib.close()
    return _finance(boq, option_finance_inputs(doc, option_id), thresholds, resolved)


def _money(value: Decimal | None) -> str | None:
    """Money as a JSON string to the cent; None (JSON null) when the figure is unknown."""
    return None if value is None else f"{value:.2f}"


def option_summary(fin: OptionFinance, allocation: list[HouseholdShare] | None = None) -> dict[str, Any]:
    """Return the stable JSON-ready summary of one option's cost and finance (money as strings).

    With an ``allocation`` (``PricedOption.allocation``), ``finance.per_household`` lists each household's
    share and monthly cost (repayment, running costs, water, toilet fees, next stage) and
    ``share_affordable`` counts them; otherwise the cost is split equally over the households.
    """
    boq, f, life, aff = fin.boq, fin.funding, fin.lifetime, fin.affordability
    s = boq.summary
    cost: dict[str, Any] = {
        "currency": boq.currency,
        "library": boq.library_name,
        "illustrative": boq.has_illustrative_rates,
        "illustrative_rates": boq.illustrative_count,
        "price_base": boq.price_base,
        "by_bill": [
            {
                "bill": b.number,
                "title": b.title,
                "total": _money(b.total),
                "in_kind": _money(b.in_kind),
                "unpriced": b.unpriced_count,
                "known": b.number not in boq.partial_bills,
            }
            for b in boq.bills
        ],
        "subtotal": _money(s.subtotal),
        "contingency": _money(s.contingency),
        "tax_name": s.tax_name,
        "tax": _money(s.tax),
        "total": _money(s.total),
        "cash": _money(s.cash),
        "in_kind": _money(s.in_kind),
        "community_saving": _money(s.saving),
        "households": boq.households,
        "persons": boq.persons,
        "per_household": _money(boq.per_household),
        "per_person": _money(boq.per_person),
        "cash_per_household": _money(boq.cash_per_household),
        "unpriced_items": list(boq.exclusions),
        "complete": boq.complete,
        "unpriced_count": boq.unpriced_count,
        "incomplete": boq.incomplete_note,
        "price_notes": list(boq.price_notes),
        "assumptions": [{"name": a, "value": v, "source": src} for a, v, src in boq.assumptions],
    }
    finance: dict[str, Any] = {
        "government_works": _money(f.government_works),
        "subsidy_needed": _money(f.subsidy),
        "subsidy_capped": f.subsidy_capped,
        "savings_used": _money(f.savings),
        "savings_available": _money(f.savings_available),
        "savings_members_female": f.savings_members_female,
        "savings_members_male": f.savings_members_male,
        "loan": _money(f.loan),
        "upfront_per_household": _money(f.upfront_per_household),
        "loan_per_household": _money(f.loan_per_household),
        "monthly_repayment": _money(f.monthly_repayment),
        "loan_rate_pct_per_year": str(f.loan_terms.rate_pct_per_year),
        "loan_term_months": f.loan_terms.term_months,
        "loan_grace_months": f.loan_terms.grace_months,
        "monthly_cost_per_household": _money(aff.monthly_cost_per_household),
        "monthly_by_service": {k: _money(v) for k, v in sorted(aff.monthly_by_service.items())},
        "share_affordable": None if aff.share_affordable is None else round(aff.share_affordable, 4),
        "households_affordable": len(aff.affordable_ids),
        "households_unaffordable": list(aff.unaffordable_ids),
        "households_income_unknown": len(aff.unknown_ids),
        "lifetime_cost_per_household_per_year": _money(life.per_household_per_year),
        "notes": list(f.notes),
    }
    finance["allocation"] = "equal split over all households"
    if allocation:
        finance["allocation"] = "to the households each item serves (see designer.estimate.allocation)"
        finance["per_household"] = [
            {
                "household": a.household_id,
                "total": _money(a.total),
                "cash": _money(a.cash),
                "loan": _money(a.loan),
                "repayment": _money(a.repayment),
                "running": _money(a.running),
                "water": _money(a.charges.water),
                "toilet": _money(a.charges.toilet),
                "next_stage": _money(a.charges.next_stage),
                "monthly": _money(a.monthly),
                "affordable": a.affordable,
            }
            for a in allocation
        ]
        known = [a for a in allocation if a.affordable is not None]
        finance["share_affordable"] = (
            None if not known else round(sum(1 for a in known if a.affordable) / len(known), 4)
        )
        finance["households_affordable"] = sum(1 for a in known if a.affordable)
        finance["households_unaffordable"] = [a.household_id for a in known if not a.affordable]
    if not boq.complete:
        _withhold_incomplete(cost, finance)
    return {"cost": cost, "finance": finance}


_COST_TOTALS = (
    "subtotal",
    "contingency",
    "tax",
    "total",
    "cash",
    "in_kind",
    "community_saving",
    "per_household",
    "per_person",
    "cash_per_household",
)
_FINANCE_FIGURES = (
    "government_works",
    "subsidy_needed",
    "savings_used",
    "loan",
    "upfront_per_household",
    "loan_per_household",
    "monthly_repayment",
    "monthly_cost_per_household",
    "share_affordable",
    "lifetime_cost_per_household_per_year",
)


def _withhold_incomplete(cost: dict[str, Any], finance: dict[str, Any]) -> None:
    """Replace the totals of a bill with unpriced lines by None (unknown), keeping the priced part apart.

    Its sums cover the priced lines only; a reader (or a ranking) taking them for the option's cost
    would get a silent wrong answer, so they are not given under the names that mean "the cost".
    """
    cost["priced_part"] = {k: cost[k] for k in ("subtotal", "contingency", "tax", "total", "cash", "in_kind")}
    for key in _COST_TOTALS:
        cost[key] = None
    for key in _FINANCE_FIGURES:
        finance[key] = None
    finance["monthly_by_service"] = {}
    finance["households_affordable"] = None
    finance["households_unaffordable"] = []


def compare_options(
    doc: Document, *, library: CostLibrary | None = None, assumptions: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """Return, per option (sorted by id): ``{"id", "name", "cost": {…}, "finance": {…}, "notes": […]}``.

    ``cost``: totals by bill, cash vs in-kind, community saving, per household and per person.
    ``finance``: subsidy needed, savings, loan and monthly repayment per household, share of
    households (with a known income) for whom it is affordable, lifetime cost per household per year.
    """
    lib = _library(doc, library)
    try:
        out = []
        for opt in sorted(doc.options, key=lambda o: o.id):
            priced = PricedOption(doc, opt.id, library=lib, assumptions=assumptions)
            boq = priced.boq
            inputs = priced.finance_inputs()
            summary = option_summary(priced.finance(), priced.allocation())
            notes = list(boq.price_notes) + _notes(inputs.households_estimated, inputs.household_count)
            out.append({"id": opt.id, "name": opt.name, **summary, "notes": notes})
        return out
    finally:
        if library is None:
            lib.close()


class PricedOption:
    """An option's measured and priced bill, which can be re-measured entity by entity.

    ``boq`` is the current bill; ``remeasure(ids)`` + ``reprice(keys)`` + ``assemble()`` bring it up
    to date after some entities changed (what :class:`designer.estimate.live.LiveCosting` does on
    every edit); ``close()`` closes the cost library if this object opened it.

    Raises (from the constructor): ``costing.errors.CostingError`` when the project's cost library
    cannot be opened, ``designer.model.errors.JamiiError`` for an unknown option.
    """

    library: CostLibrary
    settings: EstimateSettings
    assumptions: CostAssumptions
    context: MeasureContext
    takeoff: Takeoff
    community: CommunityContribution
    _boq: BillOfQuantities
    _inputs: OptionFinanceInputs | None
    _people: tuple[int, int, bool]

    def __init__(
        self,
        doc: Document,
        option_id: str,
        *,
        library: CostLibrary | None = None,
        settings: EstimateSettings | None = None,
        assumptions: Mapping[str, str] | None = None,
        measurement_detail: bool = False,
    ) -> None:
        self.doc = doc
        self.option_id = option_id
        self._detail = measurement_detail
        self._own_library = library is None
        self._library_arg = library
        self._settings_arg = settings
        self._overrides = dict(assumptions or {})
        self.rebuild()

    # ------------------------------------------------------------------ public

    @property
    def boq(self) -> BillOfQuantities:
        return self._boq

    def priced_line(self, key: LineKey) -> BoQLine | None:
        """Return the priced bill line of a measured line (None if it has no rate)."""
        priced = self._priced.get(key)
        return priced[1] if priced is not None else None

    def finance(self, thresholds: Thresholds | None = None) -> OptionFinance:
        """Return funding, affordability and lifetime cost of the current bill."""
        return _finance(self._boq, self.finance_inputs(), thresholds, self.assumptions)

    def allocation(self, thresholds: Thresholds | None = None) -> list[HouseholdShare] | None:
        """Return each recorded household's share of the option and its monthly cost (see
        ``costing.finance.allocation``); None when the bill is incomplete or no household is recorded."""
        if not self._boq.complete:
            return None
        fin = self.finance(thresholds)
        inputs = fin.inputs
        if inputs.households_estimated or not inputs.households:
            return None
        from designer.analysis.check import plot_access
        from designer.estimate.allocation import beneficiaries, direct_costs, monthly_charges

        access = plot_access(self.doc, self.option_id)
        served = beneficiaries(self.doc, self.option_id, inputs.households, access)
        direct = direct_costs(self.takeoff, self._priced, self._manual, inputs.households, served)
        households = inputs.households
        if self.assumptions.incomes_comparable:
            charges = monthly_charges(self.doc, self.option_id, households, access, self)
        else:  # charges and incomes are in the project's currency, the bill in another: not added
            charges = {}
            households = tuple(dataclasses.replace(h, income_per_month=None) for h in households)
        return allocate_option(
            self._boq,
            direct,
            fin.funding,
            fin.lifetime,
            households,
            charges,
            thresholds or self.assumptions.thresholds,
        )

    def finance_inputs(self) -> OptionFinanceInputs:
        """Return the option's finance inputs (households, funding mix), read again after they change."""
        if self._inputs is None:
            self._inputs = option_finance_inputs(self.doc, self.option_id)
        return self._inputs

    def refresh_people(self) -> None:
        """Re-read households and the option's parameters (finance inputs are rebuilt lazily)."""
        self._inputs = None
        self._people = _people(self.doc)

    def close(self) -> None:
        """Close the cost library if this object opened it (the bill stays readable)."""
        if self._own_library:
            self.library.close()

    # ------------------------------------------------------------------ building

    def rebuild(self) -> None:
        """Open the library, measure every entity of the option and price every line."""
        opt = _option(self.doc, self.option_id)
        if getattr(self, "library", None) is not None and self._own_library:
            self.library.close()
        self.library = _library(self.doc, self._library_arg)
        self.assumptions = _resolve(self.doc, self.library, self._overrides)
        self.settings = self._settings_arg or self.assumptions.settings
        self.context = MeasureContext(self.doc, self.option_id)
        self._inputs = None
        self._people = _people(self.doc)
        self.community = option_community(opt)
        self.takeoff = Takeoff(option_batches(self.doc, self.option_id, self.context), self.assumptions.rules)
        self._priced: dict[LineKey, tuple[int, BoQLine, str | None]] = {}
        for ln in self.takeoff.sorted_lines():
            self._priced[ln.key] = price_line(
                ln, self.takeoff, self.library, self.settings, self.community, with_parts=self._detail
            )
        self.price_manual()
        self.assemble_bill(opt)

    def price_manual(self) -> None:
        """Price the option's manual items (added by hand, listed after the measured lines of their bill)."""
        items = sorted(
            (m for m in self.doc.of_type(ManualItem) if m.option_id == self.option_id), key=lambda m: m.id
        )
        self._manual = [
            price_manual(
                ManualLine(m.id, m.bill, m.description, m.unit, m.quantity, m.rate, m.code),
                self.library,
                self.settings,
            )
            for m in items
        ]

    def assemble_bill(self, opt: Option | None = None) -> None:
        """Make ``boq`` from the priced lines (after ``reprice``)."""
        opt = opt or _option(self.doc, self.option_id)
        lines = self.takeoff.sorted_lines()
        measured = [(self._priced[ln.key][0], self._priced[ln.key][1]) for ln in lines]
        measured += [(bill, line) for bill, line, _ in self._manual]
        measured.sort(key=lambda bl: bl[0])  # stable: manual items follow the measured lines of their bill
        notes = [self._priced[ln.key][2] for ln in lines if self._priced[ln.key][2]]
        notes += [note for _, _, note in self._manual if note]
        count, persons, estimated = self._people
        notes += _notes(estimated, count)
        header = BoQHeader(self.doc.project.name, opt.id, opt.name, count, persons)
        boq = assemble(measured, self.library, self.settings, header, [n for n in notes if n])
        self._boq = dataclasses.replace(boq, assumptions=(*self.assumptions.rows, *rate_basis_rows(boq)))

    def reprice(self, keys: Iterable[LineKey]) -> None:
        """Price again the bill lines ``keys`` (dropping those no longer measured)."""
        for key in keys:
            line = self.takeoff.lines.get(key)
            if line is None:
                self._priced.pop(key, None)
            else:
                self._priced[key] = price_line(
                    line, self.takeoff, self.library, self.settings, self.community, with_parts=self._detail
                )

    def remeasure(self, entity_ids: Iterable[str]) -> set[LineKey]:
        """Measure the entities ``entity_ids`` again (gone ones drop out); return the lines they changed."""
        changed: set[LineKey] = set()
        present = []
        for eid in dict.fromkeys(entity_ids):
            for key in self.takeoff.keys_for_source(eid):
                changed |= self.takeoff.remove(key)
            rec = self.doc.get(eid)
            if isinstance(rec, Entity) and rec.scope == self.option_id:
                present.append(rec)
        if present:
            keys = self.takeoff.add(entity_batches(present, self.doc, self.context))
            for k in keys:
                changed |= self.takeoff.line_keys_of(k)
        return changed
