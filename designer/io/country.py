"""Which country a settlement lies in, and the currency a project there is priced in by default.

After a base import the project's currency is chosen from where the data lies: the centre's lon/lat →
ISO 3166 country (``resources/geo/countries.csv``, coarse Natural Earth outlines) → its legal tender
(``resources/geo/currencies.csv``, Unicode CLDR); sources in ``resources/geo/SOURCE.txt``. The choice never
overrides a currency the user set or one the project already had with a drawing: it is then only reported.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from designer.model.project import ProjectInfo

__all__ = [
    "CURRENCY_FROM_DATA",
    "CURRENCY_FROM_USER",
    "Country",
    "choose_currency",
    "country_at",
    "country_named",
    "currency_codes",
    "currency_of",
    "is_currency_code",
    "set_currency_by_user",
]

CURRENCY_FROM_USER = "user"
"""``ProjectInfo.currency_source`` of a currency set by hand (Properties, ``--currency``)."""
CURRENCY_FROM_DATA = "country"
"""``ProjectInfo.currency_source`` prefix of a currency chosen from the data's country ("country DJ")."""

_COAST_MARGIN_DEG = 0.25
"""The outlines are coarse (1:110m): a point this close to a country (~25 km) counts as in it (as ``on_land``)."""


@dataclass(frozen=True)
class Country:
    """A country: ISO 3166-1 alpha-2 and alpha-3 codes, English name (Natural Earth's), lon/lat bounding box."""

    iso_a2: str
    iso_a3: str
    name: str
    bounds_deg: tuple[float, float, float, float]
    """(west, south, east, north) of the coarse outline, degrees WGS 84."""


@cache
def _countries() -> tuple[list[Country], Any]:
    import shapely

    from designer.resources import resource_path

    with resource_path("geo", "countries.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    outlines = shapely.from_wkt([r["wkt"] for r in rows])
    shapely.prepare(outlines)
    countries = [
        Country(r["iso_a2"], r["iso_a3"], r["name"], tuple(float(v) for v in bounds))  # type: ignore[arg-type]
        for r, bounds in zip(rows, shapely.bounds(outlines), strict=True)
    ]
    return countries, outlines


def country_named(code_or_name: str) -> Country | None:
    """Return the country with this ISO alpha-2 or alpha-3 code or English name (any case), or None.

    A state mapped in several outlines (Cyprus, Somalia) gets the box around all of them.
    """
    key = code_or_name.strip().upper()
    parts = [c for c in _countries()[0] if key in (c.iso_a2, c.iso_a3, c.name.upper())]
    if not parts:
        return None
    main = next((c for c in parts if key in (c.iso_a2, c.iso_a3)), parts[0])
    same_state = [c for c in _countries()[0] if c.iso_a2 == main.iso_a2]
    west, south, east, north = zip(*(c.bounds_deg for c in same_state), strict=True)
    return dataclasses.replace(main, bounds_deg=(min(west), min(south), max(east), max(north)))


@cache
def _currencies() -> dict[str, str]:
    from designer.resources import resource_path

    with resource_path("geo", "currencies.csv").open(encoding="utf-8", newline="") as f:
        return {r["iso_a2"]: r["currency"] for r in csv.DictReader(f) if r["currency"]}


def country_at(lon: float, lat: float) -> Country | None:
    """Return the country at lon/lat (WGS 84 degrees): the one containing it, else the nearest within ~25 km.

    None at sea or off the map: the country is then unknown.
    """
    import numpy as np
    import shapely

    countries, outlines = _countries()
    point = shapely.Point(lon, lat)
    inside = np.flatnonzero(shapely.contains(outlines, point))
    if inside.size:
        return countries[int(inside[0])]
    distance_deg = shapely.distance(outlines, point)
    nearest = int(np.argmin(distance_deg))
    return countries[nearest] if distance_deg[nearest] <= _COAST_MARGIN_DEG else None


def currency_of(iso_a2: str) -> str | None:
    """Return the ISO 4217 code of the country's legal tender (None when the table has none)."""
    return _currencies().get(iso_a2.upper())


@cache
def currency_codes() -> tuple[str, ...]:
    """Every current ISO 4217 code of the bundled table, sorted (the choices of the Properties control)."""
    return tuple(sorted(set(_currencies().values())))


def is_currency_code(code: str) -> bool:
    """Return whether ``code`` is written like an ISO 4217 code (three capital letters)."""
    return bool(re.fullmatch(r"[A-Z]{3}", code))


def set_currency_by_user(project: ProjectInfo, code: str) -> ProjectInfo:
    """Return ``project`` with the currency the user chose (never changed by a later import).

    Raises:
        ValueError: ``code`` is not three capital letters (ISO 4217).
    """
    code = code.strip().upper()
    if not is_currency_code(code):
        raise ValueError(f"{code!r} is not a currency code (three letters of ISO 4217, e.g. KES, DJF, USD)")
    return dataclasses.replace(project, currency=code, currency_source=CURRENCY_FROM_USER)


def choose_currency(
    project: ProjectInfo, lon: float, lat: float, *, has_drawing: bool
) -> tuple[ProjectInfo, list[str]]:
    """Return the project with the currency (and country) of where its imported data lies, and lines saying so.

    The currency is set from the data's country only when nobody chose one yet: the project's currency is
    still the default (``currency_source`` empty) and the project had no drawing before this import. A
    user's currency, or the one of a project that already had a drawing, is kept and the difference said.
    The project's country (tax table, price index) is filled in when it was unknown.

    Args:
        project: the project record after the import placed it (CRS, origin).
        lon: longitude of the imported data's centre, degrees.
        lat: latitude of the imported data's centre, degrees.
        has_drawing: the project had entities before this import.
    """
    country = country_at(lon, lat)
    if country is None:
        return project, [
            f"currency: {project.currency} kept; the data lies in no country of Jamii's coarse map "
            "(change it in Properties or with --currency)"
        ]
    currency = currency_of(country.iso_a2)
    changes: dict[str, Any] = {}
    lines: list[str] = []
    if not project.country:
        changes["country"] = country.iso_a2
    where = f"{country.name} ({country.iso_a2})"
    if currency is None:
        lines.append(f"currency: {project.currency} kept; no currency known for {where}")
    elif currency == project.currency:
        lines.append(f"currency: {currency}, the currency of {where} where the data lies")
        if not project.currency_source:
            changes["currency_source"] = f"{CURRENCY_FROM_DATA} {country.iso_a2}"
    elif not project.currency_source and not has_drawing:
        changes.update(currency=currency, currency_source=f"{CURRENCY_FROM_DATA} {country.iso_a2}")
        lines.append(
            f"currency: {currency}, the currency of {where} where the data lies (was {project.currency}; "
            "change it in Properties or with --currency)"
        )
    else:
        why = "set by the user" if project.currency_source == CURRENCY_FROM_USER else "the project's"
        lines.append(
            f"note: the data lies in {where}, whose currency is {currency}; the project keeps {project.currency} "
            f"({why})"
        )
    if "country" in changes and project.country != country.iso_a2:
        lines.append(f"country: {where} (tax table and price index)")
    return (dataclasses.replace(project, **changes) if changes else project), lines
