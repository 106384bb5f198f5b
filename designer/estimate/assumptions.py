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

import threading
import tomllib
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from costing.boq.escalation import escalation
from costing.boq.settings import EstimateSettings, country_for_currency, tax_rule, work_type_of_bill
from costing.db.repository import CostLibrary, LibraryMeta
from costing.errors import CostingError
from costing.finance.affordability import Thresholds
from costing.finance.lifetime import LifetimeSettings, discount_rate_source
from costing.takeoff.rules import RuleSet, load_rules
from designer.model.document import Document
from designer.model.project import ProjectInfo

__all__ = ["ASSUMPTIONS", "CostAssumptions", "check_assumptions", "read_settings_file", "resolve"]

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

_GROUNDWATER = "groundwater_depth_m"
"""The measurement-rule parameter for the groundwater level (−1 in the shipped rules: not given)."""

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


def check_assumptions(pairs: Mapping[str, str], where: str = "project assumptions") -> None:
    """Check names and numbers of assumption pairs before they are saved (a Settings dialog, a file).

    Raises:
        CostingError: an unknown name or a value that is not a number ≥ 0, naming ``where``.
    """
    _check_names(pairs, where, load_rules())
    for name, value in pairs.items():
        if name in _DECIMALS or name.startswith(("lifetime_years.", "om_pct.")):
            _decimal(name, value, where)
        elif name.startswith("rule."):
            kind, _, param = name.removeprefix("rule.").partition(".")
            old = load_rules().kinds[kind].defaults[param]
            if isinstance(old, int | float) and not isinstance(old, bool):
                _decimal(name, value, where)


_RECENT_MAX = 8
_recent: list[
    tuple[weakref.ref[CostLibrary], LibraryMeta, ProjectInfo, tuple[tuple[str, str], ...], CostAssumptions]
] = []
_recent_lock = threading.Lock()


def resolve(
    doc: Document, library: CostLibrary, overrides: Mapping[str, str] | None = None
) -> CostAssumptions:
    """Return the assumptions of ``doc`` priced from ``library`` (see the module docstring).

    The last few are kept: the same library (its metadata unchanged: a write to the library reads it
    anew), the same project record (records are immutable: any change of the project is a new one) and the
    same overrides give the same assumptions, so re-costing after an edit does not gather them again.

    Raises:
        CostingError: an unknown assumption name, a value that is not a number, or an exchange rate
            given without its date and source.
    """
    key = tuple(sorted((overrides or {}).items()))
    meta, project = library.meta, doc.project
    with _recent_lock:
        for ref, known_meta, known_project, known_key, known in _recent:
            if ref() is library and known_meta is meta and known_project is project and known_key == key:
                return known
    resolved = _resolve(doc, library, overrides or {})
    with _recent_lock:
        _recent.insert(0, (weakref.ref(library), meta, project, key, resolved))
        del _recent[_RECENT_MAX:]
    return resolved


def _resolve(doc: Document, library: CostLibrary, overrides: Mapping[str, str]) -> CostAssumptions:
    r = _Resolver(doc, library, overrides)
    country = r.country()
    base = EstimateSettings.defaults(library.meta.currency, country=country)
    settings_values = r.percentages(base, country)
    factors, price_base, price_date = r.price_base(country)
    currency, comparable = r.currency(factors)
    project = doc.project
    settings = replace(
        base,
        **settings_values,
        region=project.cost_region if library.has_region(project.cost_region) else "",
        price_date=price_date,
        unit_labels=project.unit_labels,
        currency=currency,
        price_base=price_base,
        rate_factors=tuple(sorted(factors.items())),
        price_notes=tuple(r.notes),
    )
    thresholds = r.thresholds()
    lifetime = r.lifetime()
    rules = r.rules()
    return CostAssumptions(settings, thresholds, lifetime, rules, comparable, tuple(r.rows))


class _Resolver:
    """Gathers the assumptions one concern at a time, with the rows and price notes they print."""

    def __init__(self, doc: Document, library: CostLibrary, overrides: Mapping[str, str]) -> None:
        self.project = doc.project
        self.library = library
        self.meta = library.meta
        self.shipped_rules = load_rules()
        project_pairs = dict(self.project.assumptions)
        _check_names(project_pairs, "project assumptions", self.shipped_rules)
        _check_names(overrides, "command line", self.shipped_rules)
        self.values: dict[str, tuple[str, str]] = {}  # name → (value, source)
        for name, value in project_pairs.items():
            self.values[name] = (value, "project file")
        for name, value in overrides.items():
            self.values[name] = (value, "command line")
        self.rows: list[tuple[str, str, str]] = []
        self.notes: list[str] = []

    def given(self, name: str) -> str | None:
        return self.values[name][0] if name in self.values else None

    def source(self, name: str, default: str) -> str:
        return self.values[name][1] if name in self.values else default

    def num(self, name: str) -> Decimal | None:
        text = self.given(name)
        return None if text is None else _decimal(name, text, self.values[name][1])

    # ------------------------------------------------------------------ country and tax
    def country(self) -> str:
        meta = self.meta
        if self.given("country"):
            country, src = str(self.given("country")).upper(), self.values["country"][1]
        elif self.project.country:
            country, src = self.project.country.upper(), "project file"
        elif meta.extra.get("country"):
            country, src = meta.extra["country"].upper(), f"cost library {meta.name}"
        else:
            country = country_for_currency(meta.currency)
            src = f"country of the library's currency {meta.currency} (tax.toml)" if country else "unknown"
        self.rows.append((ASSUMPTIONS["country"], country or "unknown", src))
        return country

    def _tax(self, base: EstimateSettings, country: str) -> tuple[str, Decimal, str]:
        meta = self.meta
        rule = tax_rule(country) if country else None
        if meta.extra.get("rates_include_tax", "").lower() in ("1", "true", "yes"):
            self.notes.append(f"{meta.name}'s rates include tax: no tax is added")
            name = f"{rule.name if rule else 'Tax'} (included in the library's rates)"
            return name, Decimal(0), f"cost library {meta.name}: its rates include tax"
        if rule is not None:
            return base.tax_name, base.tax_pct, rule.source
        self.notes.append(
            f"no tax table for country {country or 'unknown'}: no tax charged (set the tax_pct assumption)"
        )
        return base.tax_name, base.tax_pct, "no tax table for this country: not charged"

    def percentages(self, base: EstimateSettings, country: str) -> dict[str, Any]:
        """Return tax, preliminaries, contingency and dayworks (shipped, library, project, command line)."""
        tax_name, tax_pct, tax_src = self._tax(base, country)
        tax_name = str(self.given("tax_name") or tax_name)
        if (tax_given := self.num("tax_pct")) is not None:
            tax_pct, tax_src = tax_given, self.values["tax_pct"][1]
        out: dict[str, Any] = {"tax_name": tax_name, "tax_pct": tax_pct}
        for name in ("preliminaries_pct", "contingency_pct", "dayworks"):
            number = self.num(name)
            out[name] = number if number is not None else getattr(base, name)
            self.rows.append((ASSUMPTIONS[name], str(out[name]), self.source(name, "estimate.toml")))
        self.rows.append((ASSUMPTIONS["tax_pct"], f"{tax_name} {tax_pct} %", tax_src))
        if base.uncharged_codes:
            codes = ", ".join(sorted(base.uncharged_codes))
            self.rows.append(("No contingency or tax on (transfers, not works)", codes, "estimate.toml"))
        return out

    # ------------------------------------------------------------------ price base and currency
    def price_base(self, country: str) -> tuple[dict[int, Decimal], str, str]:
        """Return (rate factor per bill, the bill's price base, the date the library escalates to)."""
        meta, project = self.meta, self.project
        factors: dict[int, Decimal] = {}
        price_base, library_date = meta.price_base, ""
        if project.price_date and project.price_date != meta.price_base:
            if self.library.has_price_index():
                library_date = price_base = project.price_date
                factor = self.library.escalation_factor(project.price_date)
                self.notes.append(
                    f"escalated from {meta.price_base} by {meta.name}'s own price index: ×{factor:.4f}"
                )
            else:
                found = {
                    wt: escalation(country, wt, meta.price_base, project.price_date)
                    for wt in ("building", "civil")
                }
                if all(f is not None for f, _ in found.values()):
                    for bill in range(1, 13):
                        factor_wt = found[work_type_of_bill(bill)][0]
                        if factor_wt is not None and factor_wt != 1:
                            factors[bill] = factor_wt
                    price_base = project.price_date
                    self.notes += [text for _, text in found.values() if text]
                else:
                    why = "; ".join(text for f, text in found.values() if f is None)
                    self.notes.append(
                        f"NOT ESCALATED: rates stay at their price base {meta.price_base}, not the project's "
                        f"{project.price_date} ({why})"
                    )
        where = f"library {meta.name} price base {meta.price_base}; project price date {project.price_date}"
        self.rows.append(("Price base of the rates", price_base, where))
        return factors, price_base, library_date

    def currency(self, factors: dict[int, Decimal]) -> tuple[str, bool]:
        """Return (the bill's currency, whether it can be compared with incomes); converts ``factors``."""
        meta, project = self.meta, self.project
        if meta.currency == project.currency:
            return meta.currency, True
        rate = self.num("exchange_rate")
        if rate is None:
            self.notes.append(
                f"amounts are in {meta.currency} (the library's currency), not the project's {project.currency}: "
                "not compared with incomes or savings; give exchange_rate, exchange_rate_date and exchange_rate_source"
            )
            where = f"library {meta.currency}, project {project.currency}"
            self.rows.append((ASSUMPTIONS["exchange_rate"], "not given", where))
            return meta.currency, False
        date, source = self.given("exchange_rate_date"), self.given("exchange_rate_source")
        if not date or not source:
            raise CostingError(
                f"{self.values['exchange_rate'][1]}: exchange_rate needs exchange_rate_date and exchange_rate_source "
                "(a rate is only as good as its date and where it comes from)"
            )
        for bill in range(1, 13):
            factors[bill] = factors.get(bill, Decimal(1)) * rate
        self.notes.append(f"converted at 1 {meta.currency} = {rate} {project.currency} ({source}, {date})")
        text = f"1 {meta.currency} = {rate} {project.currency}"
        self.rows.append((ASSUMPTIONS["exchange_rate"], text, f"{source}, {date}"))
        return project.currency, True

    # ------------------------------------------------------------------ finance
    def thresholds(self) -> Thresholds:
        keys = ("water_pct", "sanitation_pct", "housing_pct", "total_pct")
        given = {k: v for k in keys if (v := self.num(k)) is not None}
        thresholds = Thresholds.defaults(**given)
        for service, pct in sorted(thresholds.pct_by_service.items()):
            key = f"{service}_pct"
            self.rows.append((ASSUMPTIONS.get(key, key), f"{pct} %", self.source(key, "finance.toml")))
        total = (
            ASSUMPTIONS["total_pct"],
            f"{thresholds.total_pct} %",
            self.source("total_pct", "finance.toml"),
        )
        self.rows.append(total)
        return thresholds

    def lifetime(self) -> LifetimeSettings:
        life = LifetimeSettings.defaults()
        discount = self.num("discount_rate_pct")
        bills = dict(life.bills)
        for bill in range(1, 14):
            years, om = bills.get(bill, (20, Decimal(0)))
            if (y := self.num(f"lifetime_years.{bill}")) is not None:
                years = int(y)
            if (o := self.num(f"om_pct.{bill}")) is not None:
                om = o
            bills[bill] = (max(years, 1), om)
        life = LifetimeSettings(discount if discount is not None else life.discount_rate_pct, bills)
        rate_src = self.source("discount_rate_pct", discount_rate_source())
        self.rows.append((ASSUMPTIONS["discount_rate_pct"], f"{life.discount_rate_pct} %", rate_src))
        changed = any(k.startswith(("lifetime_years.", "om_pct.")) for k in self.values)
        self.rows.append(
            (
                "Lifetime (years) / O&M (% of capital per year) by bill",
                "; ".join(f"{b}: {y} / {o}" for b, (y, o) in sorted(bills.items()) if b <= 12),
                "project / command line and finance.toml" if changed else "finance.toml",
            )
        )
        return life

    # ------------------------------------------------------------------ measurement rules
    def rules(self) -> RuleSet:
        """Return the measurement rules with the project's parameter overrides (``rule.<kind>.<name>``)."""
        shipped = self.shipped_rules
        by_kind: dict[str, dict[str, Any]] = {}
        for name, (value, src) in self.values.items():
            if name.startswith("rule."):
                _, kind, param = name.split(".", 2)
                old = shipped.kinds[kind].defaults[param]
                numeric = isinstance(old, int | float) and not isinstance(old, bool)
                by_kind.setdefault(kind, {})[param] = float(_decimal(name, value, src)) if numeric else value
        rules = shipped
        if by_kind:
            kinds = dict(shipped.kinds)
            for kind, params in by_kind.items():
                kinds[kind] = replace(kinds[kind], defaults={**kinds[kind].defaults, **params})
            rules = RuleSet(kinds)
        self._groundwater_row(rules, by_kind)
        for kind, kr in sorted(rules.kinds.items()):
            numeric_defaults = {
                k: v
                for k, v in kr.defaults.items()
                if isinstance(v, int | float) and not isinstance(v, bool) and k != _GROUNDWATER
            }
            if numeric_defaults:
                src = "project / command line" if kind in by_kind else f"rules/{kr.source}"
                text = ", ".join(f"{k} = {v}" for k, v in sorted(numeric_defaults.items()))
                self.rows.append((f"Measurement rule {kind}", text, src))
        return rules

    def _groundwater_row(self, rules: RuleSet, by_kind: Mapping[str, Mapping[str, Any]]) -> None:
        """Say which groundwater level the dewatering items used; "not given" (none measured) is said."""
        levels = {
            kind: float(kr.defaults[_GROUNDWATER])
            for kind, kr in sorted(rules.kinds.items())
            if _GROUNDWATER in kr.defaults
        }
        given = {kind: level for kind, level in levels.items() if level >= 0}
        missing = [kind for kind in levels if kind not in given]
        parts = [f"{kind} {level:g} m below ground" for kind, level in given.items()]
        if missing:
            parts.append(f"not given for {', '.join(missing)}: no dewatering measured there")
        value = "; ".join(parts) if given else f"not given: no dewatering measured ({', '.join(missing)})"
        source = (
            "project / command line"
            if any(_GROUNDWATER in params for params in by_kind.values())
            else f"a site survey; set rule.<kind>.{_GROUNDWATER} (m below ground)"
        )
        if given and missing:
            source += f"; set rule.<kind>.{_GROUNDWATER} for the others"
        self.rows.append(("Groundwater level (dewatering)", value, source))
