"""Capacity, queues, opening hours and price of each water point and toilet.

Households are assigned to the facility their plain walking route reaches first (or to their own
private one). Per water point:

* capacity L/day = taps × flow L/min × 60 × opening hours per day;
* demand L/day = persons × the pack's litres per person per day; utilisation ρ = demand / capacity;
* queue (minutes): each tap serves containers of ``container_l`` litres, one every
  s = container_l / flow minutes. Below capacity the mean wait is the M/D/1 (Pollaczek–Khinchine)
  value ρ·s / (2(1 − ρ)), never more than half the opening time; at or above capacity the backlog
  grows all day and the mean wait is taken as ρ × half the opening time, never more than the opening
  time itself (nobody queues longer than the point is open), and the share of demand left unmet is
  1 − 1/ρ;
* hours are enough when the point is open at least ``min_open_hours_per_day`` and during every
  period of ``needed_open_windows_h``;
* cost per month = persons × L/person/day × 30.4 days / 20 L × price per 20 L;
* intermittent supply: a piped point without storage runs only while the city main runs, so its
  opening periods are cut to the supply hours (``supply_periods``); one with storage fills its tank
  while the main runs and keeps its own hours.

Per toilet: persons, seats by sex (women and girls are ``female_share`` of each household), persons per
seat, per women's and per men's seat (unisex seats shared in proportion), and whether a block meets
the pack's female:male seat ratio (a communal block with more than one seat must be sex-separated), and
whether it is open in every window of ``sanitation.needed_open_windows_h`` (by default day and night;
unknown hours: unknown).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from costing.boq.money import round_money
from designer.analysis.standards import StandardPack
from designer.model.entities import (
    OpenHours,
    Toilet,
    ToiletAccess,
    WaterPoint,
    WaterPointKind,
    open_hours_per_day,
)

__all__ = [
    "DAYS_PER_MONTH",
    "ToiletLoad",
    "WaterLoad",
    "hours_cover",
    "intersect_hours",
    "queue_minutes",
    "supply_periods",
    "toilet_loads",
    "water_cost_per_month",
    "water_loads",
]

DAYS_PER_MONTH = Decimal("30.4")
_HANDPUMP_KINDS = (WaterPointKind.HANDPUMP, WaterPointKind.WELL)


@dataclass(frozen=True, slots=True)
class WaterLoad:
    """What one water point has to deliver and how well it can.

    None where the point's taps, flow, hours or price are unknown (not surveyed): a value that
    depends on an unknown is unknown, never computed from a default.
    """

    persons: float
    households: int
    persons_per_tap: float | None
    max_persons_per_tap: float
    capacity_l_per_day: float | None
    demand_l_per_day: float
    utilisation: float | None
    queue_min: float | None
    unmet_share: float | None
    open_hours: float | None
    hours_ok: bool | None
    cost_per_person_month: Decimal | None


@dataclass(frozen=True, slots=True)
class ToiletLoad:
    """Users and seats of one toilet."""

    persons: float
    households: int
    seats_female: int
    seats_male: int
    seats_unisex: int
    persons_per_seat: float
    persons_per_female_seat: float
    persons_per_male_seat: float
    female_to_male: float | None
    meets_ratio: bool | None
    open_hours: float | None
    hours_ok: bool | None


def queue_minutes(utilisation: float, container_min: float, open_min: float) -> float:
    """Return the mean wait in minutes at a tap with utilisation ρ (see the module docstring)."""
    if open_min <= 0:
        return float("inf")
    if utilisation <= 0:
        return 0.0
    half = open_min / 2.0
    if utilisation < 1.0:
        return min(utilisation * container_min / (2.0 * (1.0 - utilisation)), half)
    # Nobody queues longer than the point is open: beyond that the demand is unmet (``unmet_share``).
    return min(utilisation * half, open_min)


def hours_cover(periods: OpenHours, needed: tuple[tuple[float, float], ...]) -> bool:
    """Return True when ``periods`` cover every needed window (hours of the day)."""
    for lo, hi in needed:
        covered = 0.0
        for a, b in periods:
            covered += max(0.0, min(b, hi) - max(a, lo))
        if covered + 1e-9 < hi - lo:
            return False
    return True


def intersect_hours(a: OpenHours, b: OpenHours) -> OpenHours:
    """Return the periods (hours of the day) in both ``a`` and ``b``."""
    out = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi > lo:
                out.append((lo, hi))
    return tuple(sorted(out))


def supply_periods(
    points: list[WaterPoint], supply_hours: OpenHours | None, pack: StandardPack
) -> list[OpenHours | None]:
    """Return the periods each water point can deliver water: its opening hours, cut to the supply hours
    for a piped point without storage (``supply_hours`` None: the main runs all day; unknown opening
    hours stay unknown)."""
    out: list[OpenHours | None] = []
    for wp in points:
        piped = wp.point_kind in pack.water.piped_kinds
        if supply_hours is None or not piped or wp.storage_m3 > 0 or wp.open_hours is None:
            out.append(wp.open_hours)
        else:
            out.append(intersect_hours(wp.open_hours, supply_hours))
    return out


def water_cost_per_month(persons: float, price_per_20l: Decimal | None, pack: StandardPack) -> Decimal | None:
    """Return the cost of the pack's daily demand for ``persons`` over a month, in the project currency.

    cost = persons × L/person/day × 30.4 days ÷ 20 L × price per 20 L, rounded half up to 0.01;
    None when the price is unknown (unknown is not free).
    """
    if price_per_20l is None:
        return None
    litres = Decimal(str(persons)) * Decimal(str(pack.water.min_l_per_person_day)) * DAYS_PER_MONTH
    return round_money(litres / Decimal(20) * price_per_20l)


def water_loads(
    points: list[WaterPoint],
    persons: np.ndarray,
    households: np.ndarray,
    pack: StandardPack,
    periods: list[OpenHours | None] | None = None,
) -> list[WaterLoad]:
    """Return the load of each water point given the persons and households assigned to it.

    ``periods``: the hours each point can deliver (see :func:`supply_periods`); None: its opening hours.
    """
    w = pack.water
    out = []
    for k, wp in enumerate(points):
        p = float(persons[k])
        taps = None if wp.taps is None else max(wp.taps, 0)
        open_periods = wp.open_hours if periods is None else periods[k]
        hours = open_hours_per_day(open_periods)
        flow = wp.flow_l_per_min
        demand = p * w.min_l_per_person_day
        limit = w.max_persons_per_handpump if wp.point_kind in _HANDPUMP_KINDS else w.max_persons_per_tap
        capacity = rho = queue = unmet = None
        if taps is not None and flow is not None and hours is not None:
            capacity = taps * flow * 60.0 * hours
            rho = demand / capacity if capacity > 0 else (float("inf") if demand > 0 else 0.0)
            container_min = w.container_l / flow if flow > 0 else float("inf")
            queue = queue_minutes(rho, container_min, hours * 60.0)
            unmet = max(0.0, 1.0 - 1.0 / rho) if rho > 1 else 0.0
        hours_ok = (
            None
            if open_periods is None or hours is None
            else hours + 1e-9 >= w.min_open_hours_per_day
            and hours_cover(open_periods, w.needed_open_windows_h)
        )
        out.append(
            WaterLoad(
                persons=p,
                households=int(households[k]),
                persons_per_tap=None if taps is None else (p / taps if taps else float("inf")),
                max_persons_per_tap=limit,
                capacity_l_per_day=capacity,
                demand_l_per_day=demand,
                utilisation=rho,
                queue_min=queue,
                unmet_share=unmet,
                open_hours=hours,
                hours_ok=hours_ok,
                cost_per_person_month=water_cost_per_month(1, wp.price_per_20l, pack),
            )
        )
    return out


def toilet_loads(
    toilets: list[Toilet], persons: np.ndarray, households: np.ndarray, pack: StandardPack
) -> list[ToiletLoad]:
    """Return the users and seats of each toilet given the persons and households assigned to it."""
    fem = pack.people.female_share
    out = []
    for k, t in enumerate(toilets):
        p = float(persons[k])
        seats = t.seats_total
        f_seats = t.seats_female + t.seats_unisex * fem
        m_seats = t.seats_male + t.seats_unisex * (1.0 - fem)
        separated = t.seats_female > 0 and t.seats_male > 0
        ratio = t.seats_female / t.seats_male if separated else None
        if separated:
            meets: bool | None = t.seats_female + 1e-9 >= pack.sanitation.female_to_male * t.seats_male
        elif t.access == ToiletAccess.COMMUNAL and seats > 1:
            meets = False  # a block for everyone must have seats for women apart from men
        else:
            meets = None
        out.append(
            ToiletLoad(
                persons=p,
                households=int(households[k]),
                seats_female=t.seats_female,
                seats_male=t.seats_male,
                seats_unisex=t.seats_unisex,
                persons_per_seat=p / seats if seats else float("inf"),
                persons_per_female_seat=p * fem / f_seats
                if f_seats
                else (0.0 if p * fem == 0 else float("inf")),
                persons_per_male_seat=p * (1 - fem) / m_seats
                if m_seats
                else (0.0 if p * (1 - fem) == 0 else float("inf")),
                female_to_male=ratio,
                meets_ratio=meets,
                open_hours=open_hours_per_day(t.open_hours),
                hours_ok=None
                if t.open_hours is None
                else hours_cover(t.open_hours, pack.sanitation.needed_open_windows_h),
            )
        )
    return out
