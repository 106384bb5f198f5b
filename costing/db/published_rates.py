"""Rates of a shipped library derived from published benchmarks, converted to its currency and price year.

A library folder may hold ``published_rates.csv`` beside its tables: one row per published figure
considered for one of its items (the reference number in ``../shared/reference/unit-cost-sources.csv``,
the figure, value, currency, unit, price year, place and source). A row with ``status = used`` sets that
item's rate; other rows record why a figure was not used. The figure is converted with the exchange
rates and price indices of ``resources/costing/conversion_series.csv`` (annual averages, each with its
source), following the reference's method: convert a USD figure at the price year's exchange rate, then
escalate with the local index::

    rate = value × exchange rate(price year) × index(latest year) / index(price year)

rounded to the cent once (``costing.boq.money``). The item is marked ``basis = benchmark`` and its
``source`` carries the figure, the factors and their sources, so that the bill shows where the rate came
from. A figure whose exchange rate or index is not in the table is *not* converted by a guess: the item
is left out of the library (its bill lines are unpriced) and the library's ``unpriced_items`` says why.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from costing.boq.money import round_money
from costing.db.tables import LibraryData
from costing.errors import CostingError

__all__ = [
    "PUBLISHED_RATES_FILE",
    "ConversionPoint",
    "Derivation",
    "apply_published_rates",
    "conversion_series",
    "derive_rate",
]

PUBLISHED_RATES_FILE = "published_rates.csv"


@dataclass(frozen=True)
class ConversionPoint:
    """One annual figure of a series: an exchange rate (local units per unit of ``unit``) or an index."""

    kind: str  # "exchange_rate" | "price_index"
    country: str
    series: str
    year: int
    value: Decimal
    unit: str
    source: str
    read_at: str


@cache
def conversion_series() -> tuple[ConversionPoint, ...]:
    """Return the shipped exchange rates and price indices (``resources/costing/conversion_series.csv``)."""
    from costing.db.appdata import shipped_resource

    with shipped_resource("conversion_series.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(
            ConversionPoint(
                r["kind"],
                r["country"],
                r["series"],
                int(r["year"]),
                Decimal(r["value"]),
                r["unit"],
                r["source"],
                r["read_at"],
            )
            for r in csv.DictReader(fh)
        )


def _point(kind: str, country: str, year: int, unit: str = "") -> ConversionPoint | None:
    return next(
        (
            p
            for p in conversion_series()
            if p.kind == kind and p.country == country and p.year == year and (not unit or p.unit == unit)
        ),
        None,
    )


def _latest_index_year(country: str) -> int | None:
    years = [p.year for p in conversion_series() if p.kind == "price_index" and p.country == country]
    return max(years) if years else None


@dataclass(frozen=True)
class Derivation:
    """A published figure carried to a library's currency and latest index year (or why it cannot be).

    Attributes:
        rate: the converted rate, rounded to the cent; None when a factor is missing.
        to_year: the price year of ``rate`` (the latest year of the country's index series).
        text: the working, with each factor's source, as the bill prints it.
        missing: why no rate ("" when derived).
    """

    code: str
    rate: Decimal | None
    to_year: int | None
    text: str
    missing: str = ""


def derive_rate(row: dict[str, str], currency: str, country: str) -> Derivation:
    """Convert one ``published_rates.csv`` row to ``currency`` at the latest index year of ``country``."""
    code = row["code"]
    value, from_currency = Decimal(row["value"]), row["currency"].strip().upper()
    if not row["price_year"].strip().isdigit():
        return Derivation(code, None, None, "", f"the figure has no price year ({row['note']})")
    year = int(row["price_year"])
    figure = f"{from_currency} {value:,} per {row['unit']} ({year}, {row['place']})"
    steps = [figure]
    factor = Decimal(1)
    sources: list[str] = []
    if from_currency != currency:
        fx = _point("exchange_rate", country, year, f"{currency} per {from_currency}")
        if fx is None:
            why = f"no {currency} per {from_currency} exchange rate for {year} in conversion_series.csv"
            return Derivation(code, None, None, "", why)
        factor *= fx.value
        steps.append(f"× {fx.value} {fx.unit} ({year} average)")
        sources.append(f"exchange rate: {fx.source}, read at {fx.read_at}")
    to_year = _latest_index_year(country)
    start = _point("price_index", country, year)
    end = _point("price_index", country, to_year) if to_year is not None else None
    if start is None or end is None or to_year is None:
        why = f"no {country} price index for {year} in conversion_series.csv: the figure cannot be escalated"
        return Derivation(code, None, None, "", why)
    factor = factor * end.value / start.value
    steps.append(f"× {end.series.split(',')[0]} {end.value} / {start.value} ({to_year} / {year})")
    sources.append(f"index: {end.source}, read at {end.read_at}")
    rate = round_money(value * factor)
    steps.append(f"= {currency} {rate:,} at {to_year} average prices")
    return Derivation(code, rate, to_year, f"{' '.join(steps)}; {'; '.join(sources)}")


def apply_published_rates(data: LibraryData, folder: Path) -> None:
    """Set the rates of the items that ``folder/published_rates.csv`` sources (see the module docstring).

    Raises:
        CostingError: a row naming an item the library lacks, or a unit that is not the item's.
    """
    path = folder / PUBLISHED_RATES_FILE
    if not path.exists():
        return
    meta = data.meta()
    currency = meta.get("currency", "")
    country = meta.get("country", "") or _country_of(currency)
    assemblies = {r.get("code"): r for r in data.tables["assembly"]}
    left_out: list[str] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for number, row in enumerate(csv.DictReader(fh), start=2):
            if row["status"].strip() != "used":
                continue
            target = assemblies.get(row["code"])
            if target is None:
                raise CostingError(f"{path}, row {number}: no item {row['code']!r} in the library")
            if target.get("unit") != row["unit"]:
                raise CostingError(
                    f"{path}, row {number}: the figure is per {row['unit']}, item {row['code']} per {target.get('unit')}"
                )
            derived = derive_rate(row, currency, country)
            if derived.rate is None:
                # Never a guessed conversion: the item leaves the library, so its lines are unpriced.
                left_out.append(f"{row['code']}: {derived.missing}")
                data.tables["assembly"].remove(target)
                data.tables["assembly_line"] = [
                    r for r in data.tables["assembly_line"] if r.get("assembly_code") != row["code"]
                ]
                continue
            target.values.update(
                fixed_rate=str(derived.rate),
                basis="benchmark",
                price_date=str(derived.to_year),
                source=(
                    f"{row['source']} — {row['figure']} (reference #{row['reference_id']}, {row['verified']}): "
                    f"{derived.text}. Benchmark, not a quote. {row['note']}".strip()
                ),
            )
    if left_out:
        data.set_meta("unpriced_items", "; ".join(left_out))


def _country_of(currency: str) -> str:
    from costing.boq.settings import country_for_currency

    return country_for_currency(currency)
