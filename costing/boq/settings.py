"""Settings of an estimate (percentages, tax, sums) and of a community contribution, from data files."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from costing.boq.money import QuantityRounding

_ONE = Decimal(1)

__all__ = [
    "CommunityContribution",
    "EstimateSettings",
    "SumItem",
    "TaxRule",
    "country_for_currency",
    "rounding_for_method",
    "tax_rule",
    "work_type_of_bill",
]


@dataclass(frozen=True)
class SumItem:
    """A provisional or prime-cost sum for Bill 11.

    Attributes:
        kind: "provisional" (work not yet measurable) or "pc" (nominated supplier or subcontractor).
        amount: fixed amount in the bill currency, or None to use ``pct_of_measured``.
        pct_of_measured: percentage of the measured works (measured lines of Bills 1–10, before preliminaries).
        attendance_pct: for PC sums, the main contractor's profit and attendance on it (%).
    """

    kind: str
    description: str
    amount: Decimal | None = None
    pct_of_measured: Decimal | None = None
    attendance_pct: Decimal = Decimal("0")


@dataclass(frozen=True)
class EstimateSettings:
    """How a bill is completed after the measured work: percentages, tax, sums, pricing region and date.

    Attributes:
        region: cost-library region whose component factors apply ("" = the library's base).
        price_date: escalate rates to this date (ISO) by the library's price index ("" = price base).
        preliminaries_pct: Bill 1 preliminaries as % of the measured works.
        contingency_pct: Bill 13 as % of Bills 1–12.
        tax_name, tax_pct: e.g. "VAT", 16.
        dayworks: Bill 12 provisional dayworks amount.
        provisional_sums: Bill 11 items.
        method_of_measurement: overrides the library's (decides quantity rounding).
        unit_labels: label set for the bill ("nrm", "east_africa", "india"; "" = the library's).
        currency: the bill's currency ("" = the library's); differs when an exchange rate converts the rates.
        price_base: the price date the bill's rates are at ("" = ``price_date`` or the library's price base).
        rate_factors: (bill, factor) multiplying library rates: escalation by a price index and currency
            conversion; a bill not listed takes factor 1.
        uncharged_codes: items that are transfers, not works (relocation allowances): no contingency, no tax.
        price_notes: how the rates were brought to the bill's price base and currency, and the tax basis;
            every report prints them.
    """

    region: str = ""
    price_date: str = ""
    preliminaries_pct: Decimal = Decimal("0")
    contingency_pct: Decimal = Decimal("0")
    tax_name: str = "VAT"
    tax_pct: Decimal = Decimal("0")
    dayworks: Decimal = Decimal("0")
    provisional_sums: tuple[SumItem, ...] = ()
    method_of_measurement: str = ""
    unit_labels: str = ""
    currency: str = ""
    price_base: str = ""
    rate_factors: tuple[tuple[int, Decimal], ...] = ()
    uncharged_codes: frozenset[str] = frozenset()
    price_notes: tuple[str, ...] = ()

    def factor_for(self, bill: int) -> Decimal:
        """Return the factor applied to library rates of ``bill`` (escalation × exchange rate)."""
        for number, factor in self.rate_factors:
            if number == bill:
                return factor
        return _ONE

    @classmethod
    def defaults(cls, currency: str = "", **overrides: Any) -> EstimateSettings:
        """Return the shipped defaults (``resources/costing/estimate.toml``), tax by the currency's country.

        ``overrides`` may name ``country`` (ISO 3166 alpha-2) to take that country's tax instead.
        """
        data = _estimate_toml()
        base = dict(data.get("default", {}))
        country = str(overrides.pop("country", "") or country_for_currency(currency))
        rule = tax_rule(country)
        if rule is not None:
            base.update(tax_name=rule.name, tax_pct=rule.pct)
        sums = tuple(
            SumItem(
                kind=str(s.get("kind", "provisional")),
                description=str(s["description"]),
                amount=Decimal(str(s["amount"])) if "amount" in s else None,
                pct_of_measured=Decimal(str(s["pct_of_measured"])) if "pct_of_measured" in s else None,
                attendance_pct=Decimal(str(s.get("attendance_pct", 0))),
            )
            for s in data.get("provisional_sums", [])
        )
        values: dict[str, Any] = {
            "preliminaries_pct": Decimal(str(base.get("preliminaries_pct", 0))),
            "contingency_pct": Decimal(str(base.get("contingency_pct", 0))),
            "tax_name": str(base.get("tax_name", "VAT")),
            "tax_pct": Decimal(str(base.get("tax_pct", 0))),
            "dayworks": Decimal(str(base.get("dayworks", 0))),
            "provisional_sums": sums,
            "uncharged_codes": frozenset(data.get("uncharged", {}).get("codes", [])),
        }
        values.update(overrides)
        return cls(**values)


@dataclass(frozen=True)
class TaxRule:
    """A country's tax on construction works: name, rate (%) and the law it comes from."""

    country: str
    name: str
    pct: Decimal
    source: str


def _tax_toml() -> dict[str, Any]:
    return _resource_toml("tax.toml")


def tax_rule(country: str) -> TaxRule | None:
    """Return the tax of a country (``resources/costing/tax.toml``), or None when the table lacks it."""
    row = _tax_toml().get("countries", {}).get(country.upper())
    if row is None:
        return None
    return TaxRule(
        country.upper(), str(row["tax_name"]), Decimal(str(row["tax_pct"])), str(row.get("source", ""))
    )


def country_for_currency(currency: str) -> str:
    """Return the country whose currency this is ("" when not in the table)."""
    return str(_tax_toml().get("currency_country", {}).get(currency.upper(), ""))


def work_type_of_bill(bill: int) -> str:
    """Return "building" or "civil": which price-index series escalates a bill (``estimate.toml``)."""
    for work_type, bills in _estimate_toml().get("work_type_by_bill", {}).items():
        if bill in bills:
            return str(work_type)
    return "civil"


@dataclass(frozen=True)
class CommunityContribution:
    """What residents contribute in kind to an option.

    Attributes:
        labour_share: share (0–1) of the labour of community-buildable items done by residents.
        labour_share_by_bill: overrides per bill number.
        local_materials: resource codes the community supplies (their material cost becomes in-kind).
    """

    labour_share: Decimal = Decimal("0")
    labour_share_by_bill: Mapping[int, Decimal] = field(default_factory=dict)
    local_materials: frozenset[str] = frozenset()

    def share_for(self, bill: int) -> Decimal:
        return self.labour_share_by_bill.get(bill, self.labour_share)

    @property
    def is_empty(self) -> bool:
        return (
            not self.local_materials
            and self.labour_share == 0
            and not any(self.labour_share_by_bill.values())
        )


def _estimate_toml() -> dict[str, Any]:
    return _resource_toml("estimate.toml")


@lru_cache(maxsize=4)
def _resource_toml(name: str) -> dict[str, Any]:
    from costing.db.appdata import shipped_resource

    with shipped_resource(name).open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=16)
def rounding_for_method(method: str) -> QuantityRounding:
    """Return the quantity rounding of a method of measurement (``resources/costing/units.toml``)."""
    from costing.db.appdata import shipped_resource

    with shipped_resource("units.toml").open("rb") as fh:
        rules = tomllib.load(fh).get("rounding", {})
    r = rules.get(method) or rules.get("NRM2", {})
    return QuantityRounding(
        decimals_by_unit={k: int(v) for k, v in r.get("decimals_by_unit", {}).items()},
        default_decimals=int(r.get("default_decimals", 2)),
        minimum_one=bool(r.get("minimum_one", False)),
        exempt_units=tuple(r.get("exempt_units", ())),
    )
