"""Every assumption behind an option's cost, where it comes from, and the per-project overrides.

An estimate rests on numbers nobody measured: preliminaries, contingency, tax, the exchange rate and the
price index that bring a library's rates to the project's currency and date, the discount rate, component
lifetimes and O&M, affordability thresholds and the measurement rules' default parameters. ``resolve``
gathers them in one place, in this order (a later source wins):

1. shipped data (``resources/costing/estimate.toml``, ``tax.toml``, ``price_indices.csv``, ``finance.toml``,
   the measurement rules), and the cost library's own metadata (currency, price base, whether its rates
   include tax, country);
2. the project (``ProjectInfo.country``, ``price_date``, ``currency`` and its ``assumptions`` pairs, saved in
   the project file);
3. one-off overrides (``jamii cost --set NAME=VALUE`` or ``--settings FILE.toml``).

Each resolved assumption is a row (name, value, source) that every report prints on its assumptions page.
Names: see ``ASSUMPTIONS`` (and ``lifetime_years.<bill>``, ``om_pct.<bill>``, ``rule.<kind>.<parameter>``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from costing.boq.escalation import escalation
from costing.boq.settings import EstimateSettings, country_for_currency, tax_rule, work_type_of_bill
from costing.db.repository import CostLibrary
from costing.errors import CostingError
from costing.finance.affordability import Thresholds
from costing.finance.lifetime import LifetimeSettings
from costing.takeoff.rules import RuleSet, load_rules
from designer.model.document import Document

__all__ = ["ASSUMPTIONS", "CostAssumptions", "read_settings_file", "resolve"]

ASSUMPTIONS: dict[str, str] = {
    "country": "Country (ISO 3166 alpha-2): tax table and price index",
    "preliminaries_pct": "Preliminaries, % of measured works",
    "contingency_pct": "Contingency, % of Bills 1–12",
    "tax_name": "Tax name",
    "tax_pct": "Tax, % of the cash works",
    "dayworks": "Provisional dayworks (amount)",
    "exchange_rate": "Exchange rate: project currency per unit of the library's currency",
    "exchange_rate_date": "Date of the exchange rate",
    "exchange_rate_source": "Source of the exchange rate",
    "discount_rate_pct": "Discount rate, % per year (lifetime cost)",
    "water_pct": "Affordability: water, max % of household income",
    "sanitation_pct": "Affordability: sanitation, max % of household income",
    "housing_pct": "Affordability: housing, max % of household income",
    "total_pct": "Affordability: all payments, max % of household income",
}
"""Names a project or the command line can set, with what they mean."""

_DECIMALS = {
    "preliminaries_pct",
    "contingency_pct",
    "tax_pct",
    "dayworks",
    "exchange_rate",
    "discount_rate_pct",
    "water_pct",
    "sanitation_pct",
    "housing_pct",
    "total_pct",
}


@dataclass(frozen=True)
class CostAssumptions:
    """What an estimate of a project rests on, resolved.

    Attributes:
        settings: the bill's settings (percentages, tax, price base, rate factors, price notes).
        thresholds: affordability thresholds; ``lifetime``: discount rate and per-bill lifetimes and O&M.
        rules: measurement rules with the project's parameter overrides.
        incomes_comparable: False when the bill stays in another currency than the households' incomes
            (no exchange rate given): then nothing is compared with incomes or savings.
        rows: (assumption, value, source) in a stable order, for the assumptions page.
    """

    settings: EstimateSettings
    thresholds: Thresholds
    lifetime: LifetimeSettings
    rules: RuleSet
    incomes_comparable: bool
    rows: tuple[tuple[str, str, str], ...]


def read_settings_file(path: str | Path) -> dict[str, str]:
    """Read a project settings file (TOML: ``name = value`` at the top level, or under ``[assumptions]``).

    Raises:
        CostingError: a file that cannot be read or parsed (naming the file and the place).
    """
    p = Path(path)
    try:
        with p.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise CostingError(f"{p}: cannot read the settings file ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise CostingError(f"{p}: {exc}") from None
    table = data.get("assumptions", data)
    out: dict[str, str] = {}

    def flatten(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                flatten(f"{prefix}.{k}" if prefix else str(k), v)
        else:
            out[prefix] = str(value)

    flatten("", table)
    return out


def _decimal(name: str, value: str, where: str) -> Decimal:
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        raise CostingError(f"{where}: assumption {name} = {value!r} is not a number") from None
    if not number.is_finite() or number < 0:
        raise CostingError(f"{where}: assumption {name} = {value!r} is not a number ≥ 0")
    return number


def _check_names(pairs: Mapping[str, str], where: str, rules: RuleSet) -> None:
    for name in pairs:
        if name in ASSUMPTIONS:
            continue
        head, _, rest = name.partition(".")
        if head in ("lifetime_years", "om_pct") and rest.isdigit() and 1 <= int(rest) <= 13:
            continue
        if head == "rule":
            kind, _, param = rest.partition(".")
            if kind in rules.kinds and param in rules.kinds[kind].defaults:
                continue
            raise CostingError(f"{where}: no measurement-rule parameter {rest!r} (rule.<kind>.<parameter>)")
        known = ", ".join([*ASSUMPTIONS, "lifetime_years.<bill>", "om_pct.<bill>", "rule.<kind>.<parameter>"])
        raise CostingError(f"{where}: unknown assumption {name!r}; known: {known}")


def resolve(
    doc: Document, library: CostLibrary, overrides: Mapping[str, str] | None = None
) -> CostAssumptions:
    """Return the assumptions of ``doc`` priced from ``library`` (see the module docstring).

    Raises:
        CostingError: an unknown assumption name, a value that is not a number, or an exchange rate
            given without its date and source.
    """
    project = doc.project
    meta = library.meta
    shipped_rules = load_rules()
    project_pairs = dict(project.assumptions)
    command = dict(overrides or {})
    _check_names(project_pairs, "project assumptions", shipped_rules)
    _check_names(command, "command line", shipped_rules)
    values: dict[str, tuple[str, str]] = {}  # name → (value, source)
    for name, value in project_pairs.items():
        values[name] = (value, "project file")
    for name, value in command.items():
        values[name] = (value, "command line")
    rows: list[tuple[str, str, str]] = []
    notes: list[str] = []

    def given(name: str) -> str | None:
        return values[name][0] if name in values else None

    def num(name: str) -> Decimal | None:
        text = given(name)
        return None if text is None else _decimal(name, text, values[name][1])

    # Country, tax
    if given("country"):
        country, country_src = str(given("country")).upper(), values["country"][1]
    elif project.country:
        country, country_src = project.country.upper(), "project file"
    elif meta.extra.get("country"):
        country, country_src = meta.extra["country"].upper(), f"cost library {meta.name}"
    else:
        country = country_for_currency(meta.currency)
        country_src = (
            f"country of the library's currency {meta.currency} (tax.toml)" if country else "unknown"
        )
    base = EstimateSettings.defaults(meta.currency, country=country)
    rows.append((ASSUMPTIONS["country"], country or "unknown", country_src))
    rule = tax_rule(country) if country else None
    includes_tax = meta.extra.get("rates_include_tax", "").lower() in ("1", "true", "yes")
    tax_name, tax_pct = base.tax_name, base.tax_pct
    if includes_tax:
        tax_name = f"{rule.name if rule else 'Tax'} (included in the library's rates)"
        tax_pct, tax_src = Decimal(0), f"cost library {meta.name}: its rates include tax"
        notes.append(f"{meta.name}'s rates include tax: no tax is added")
    elif rule is not None:
        tax_src = rule.source
    else:
        tax_src = "no tax table for this country: not charged"
        notes.append(
            f"no tax table for country {country or 'unknown'}: no tax charged (set the tax_pct assumption)"
        )
    if given("tax_name"):
        tax_name = str(given("tax_name"))
    if (tax_given := num("tax_pct")) is not None:
        tax_pct, tax_src = tax_given, values["tax_pct"][1]
    settings_values: dict[str, Any] = {"tax_name": tax_name, "tax_pct": tax_pct}
    for name in ("preliminaries_pct", "contingency_pct", "dayworks"):
        number = num(name)
        settings_values[name] = number if number is not None else getattr(base, name)
        rows.append(
            (
                ASSUMPTIONS[name],
                str(settings_values[name]),
                values[name][1] if number is not None else "estimate.toml",
            )
        )
    rows.append((ASSUMPTIONS["tax_pct"], f"{tax_name} {tax_pct} %", tax_src))
    if base.uncharged_codes:
        rows.append(
            (
                "No contingency or tax on (transfers, not works)",
                ", ".join(sorted(base.uncharged_codes)),
                "estimate.toml",
            )
        )

    # Price base: escalation from the library's price base to the project's price date
    factors: dict[int, Decimal] = {}
    price_base = meta.price_base
    price_date_for_library = ""
    if project.price_date and project.price_date != meta.price_base:
        if library.has_price_index():
            price_date_for_library = project.price_date
            factor = library.escalation_factor(project.price_date)
            price_base = project.price_date
            notes.append(f"escalated from {meta.price_base} by {meta.name}'s own price index: ×{factor:.4f}")
        else:
            found: dict[str, tuple[Decimal | None, str]] = {
                wt: escalation(country, wt, meta.price_base, project.price_date)
                for wt in ("building", "civil")
            }
            if all(f is not None for f, _ in found.values()):
                for bill in range(1, 13):
                    factor_wt = found[work_type_of_bill(bill)][0]
                    if factor_wt is not None and factor_wt != 1:
                        factors[bill] = factor_wt
                price_base = project.price_date
                notes += [text for _, text in found.values() if text]
            else:
                why = "; ".join(text for f, text in found.values() if f is None)
                notes.append(
                    f"NOT ESCALATED: rates stay at their price base {meta.price_base}, not the project's "
                    f"{project.price_date} ({why})"
                )
    rows.append(
        (
            "Price base of the rates",
            price_base,
            f"library {meta.name} price base {meta.price_base}; project price date {project.price_date}",
        )
    )

    # Currency
    currency = meta.currency
    comparable = meta.currency == project.currency
    rate = num("exchange_rate")
    if meta.currency != project.currency:
        if rate is not None:
            date, source = given("exchange_rate_date"), given("exchange_rate_source")
            if not date or not source:
                raise CostingError(
                    f"{values['exchange_rate'][1]}: exchange_rate needs exchange_rate_date and exchange_rate_source "
                    "(a rate is only as good as its date and where it comes from)"
                )
            for bill in range(1, 13):
                factors[bill] = factors.get(bill, Decimal(1)) * rate
            currency, comparable = project.currency, True
            notes.append(f"converted at 1 {meta.currency} = {rate} {project.currency} ({source}, {date})")
            rows.append(
                (
                    ASSUMPTIONS["exchange_rate"],
                    f"1 {meta.currency} = {rate} {project.currency}",
                    f"{source}, {date}",
                )
            )
        else:
            notes.append(
                f"amounts are in {meta.currency} (the library's currency), not the project's {project.currency}: "
                "not compared with incomes or savings; give exchange_rate, exchange_rate_date and exchange_rate_source"
            )
            rows.append(
                (
                    ASSUMPTIONS["exchange_rate"],
                    "not given",
                    f"library {meta.currency}, project {project.currency}",
                )
            )

    settings = replace(
        base,
        **settings_values,
        region=project.cost_region if library.has_region(project.cost_region) else "",
        price_date=price_date_for_library,
        unit_labels=project.unit_labels,
        currency=currency,
        price_base=price_base,
        rate_factors=tuple(sorted(factors.items())),
        price_notes=tuple(notes),
    )

    # Finance
    th_over = {
        k: v for k in ("water_pct", "sanitation_pct", "housing_pct", "total_pct") if (v := num(k)) is not None
    }
    thresholds = Thresholds.defaults(**th_over)
    for service, pct in sorted(thresholds.pct_by_service.items()):
        key = f"{service}_pct"
        rows.append(
            (ASSUMPTIONS.get(key, key), f"{pct} %", values[key][1] if key in th_over else "finance.toml")
        )
    rows.append(
        (
            ASSUMPTIONS["total_pct"],
            f"{thresholds.total_pct} %",
            values["total_pct"][1] if "total_pct" in th_over else "finance.toml",
        )
    )
    life = LifetimeSettings.defaults()
    discount = num("discount_rate_pct")
    bills = dict(life.bills)
    for bill in range(1, 14):
        years, om = bills.get(bill, (20, Decimal(0)))
        if (y := num(f"lifetime_years.{bill}")) is not None:
            years = int(y)
        if (o := num(f"om_pct.{bill}")) is not None:
            om = o
        bills[bill] = (max(years, 1), om)
    life = LifetimeSettings(discount if discount is not None else life.discount_rate_pct, bills)
    rows.append(
        (
            ASSUMPTIONS["discount_rate_pct"],
            f"{life.discount_rate_pct} %",
            values["discount_rate_pct"][1] if discount is not None else "finance.toml",
        )
    )
    changed = any(k.startswith(("lifetime_years.", "om_pct.")) for k in values)
    rows.append(
        (
            "Lifetime (years) / O&M (% of capital per year) by bill",
            "; ".join(f"{b}: {y} / {o}" for b, (y, o) in sorted(bills.items()) if b <= 12),
            "project / command line and finance.toml" if changed else "finance.toml",
        )
    )

    # Measurement rules: default parameters, with overrides
    rules = shipped_rules
    by_kind: dict[str, dict[str, Any]] = {}
    for name, (value, _src) in values.items():
        if name.startswith("rule."):
            _, kind, param = name.split(".", 2)
            old = shipped_rules.kinds[kind].defaults[param]
            by_kind.setdefault(kind, {})[param] = (
                float(_decimal(name, value, values[name][1]))
                if isinstance(old, int | float) and not isinstance(old, bool)
                else value
            )
    if by_kind:
        kinds = dict(shipped_rules.kinds)
        for kind, params in by_kind.items():
            kinds[kind] = replace(kinds[kind], defaults={**kinds[kind].defaults, **params})
        rules = RuleSet(kinds)
    for kind, kr in sorted(rules.kinds.items()):
        numeric = {
            k: v for k, v in kr.defaults.items() if isinstance(v, int | float) and not isinstance(v, bool)
        }
        if numeric:
            src = "project / command line" if kind in by_kind else f"rules/{kr.source}"
            rows.append(
                (f"Measurement rule {kind}", ", ".join(f"{k} = {v}" for k, v in sorted(numeric.items())), src)
            )
    return CostAssumptions(settings, thresholds, life, rules, comparable, tuple(rows))
