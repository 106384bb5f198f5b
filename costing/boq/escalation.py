"""Price base, escalation and currency: the factors that carry a library's rates to a project's price date.

Escalation between price dates uses a published price-index series per country and work type
(``resources/costing/price_indices.csv``, with its source and retrieval date): the factor is
``I(project date) / I(price base)``, each read as the latest index published on or before that date. A
date before the first index of a series cannot be escalated: the factor is then *unknown* and the rates
stay at their price base (the bill says so), never silently "escalated" by 1.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

__all__ = ["IndexPoint", "IndexSeries", "escalation", "index_series"]


@dataclass(frozen=True)
class IndexPoint:
    date: str
    period: str
    index: Decimal


@dataclass(frozen=True)
class IndexSeries:
    """One published series: country, name, work type ("building" or "civil"), its points and source."""

    country: str
    name: str
    work_type: str
    points: tuple[IndexPoint, ...]
    source: str
    retrieved: str

    def at(self, date: str) -> IndexPoint | None:
        """Return the latest point published on or before ``date`` (ISO; a bare year means 1 January)."""
        key = _iso(date)
        found = [p for p in self.points if p.date <= key]
        return found[-1] if found else None


STALE_AFTER_DAYS = 183
"""An index is taken as still current up to about two quarters after its date (quarterly releases lag)."""


def _days_between(a: str, b: str) -> int:
    import datetime as dt

    return (dt.date.fromisoformat(b[:10]) - dt.date.fromisoformat(a[:10])).days


def _iso(date: str) -> str:
    text = date.strip()
    return f"{text}-01-01" if len(text) == 4 and text.isdigit() else text


@cache
def index_series() -> tuple[IndexSeries, ...]:
    """Return the shipped price-index series."""
    from costing.db.appdata import shipped_resource

    rows: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    with shipped_resource("price_indices.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            rows.setdefault((r["country"], r["series"], r["work_type"]), []).append(r)
    out = []
    for (country, name, work_type), points in rows.items():
        pts = tuple(
            sorted(
                (IndexPoint(p["date"], p["period"], Decimal(p["index"])) for p in points),
                key=lambda p: p.date,
            )
        )
        out.append(IndexSeries(country, name, work_type, pts, points[0]["source"], points[0]["retrieved"]))
    return tuple(out)


def escalation(country: str, work_type: str, from_date: str, to_date: str) -> tuple[Decimal | None, str]:
    """Return (factor, the sentence a bill prints) to escalate rates from ``from_date`` to ``to_date``.

    The factor is None when no series of that country and work type covers both dates.
    """
    if not from_date or not to_date or _iso(from_date) == _iso(to_date):
        return Decimal(1), ""
    series = next((s for s in index_series() if s.country == country and s.work_type == work_type), None)
    if series is None:
        return None, f"no {work_type} price index for {country or 'an unknown country'} in the index table"
    base, now = series.at(from_date), series.at(to_date)
    if base is None or now is None:
        first = series.points[0].period if series.points else "?"
        return None, f"{series.name} starts at {first}: it does not cover {from_date} to {to_date}"
    last = series.points[-1]
    if now == last and _days_between(last.date, _iso(to_date)) > STALE_AFTER_DAYS:
        # The table ends long before the project's date: the index then is not known, not "unchanged".
        return None, f"{series.name} ends at {last.period}: no index for {to_date} in the table"
    factor = now.index / base.index
    return factor, (
        f"{work_type} works escalated ×{factor:.4f} = {series.name} {now.period} {now.index} / {base.period} "
        f"{base.index} (source: {series.source}; retrieved {series.retrieved})"
    )
