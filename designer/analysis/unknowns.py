"""What the analysis could not know: facts the survey did not give, counted and said, never assumed.

An imported water point whose price the source does not give is "price unknown", not free; unknown
hours are not "open", unknown status is not "working", unknown access is not "private". The check
reports these counts (e.g. "price unknown for 612 water points") beside its results, and leaves out
the facilities known not to serve anyone: broken ones, and private ones that belong to no plot.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from designer.model.entities import OperationalStatus, Toilet, WaterAccess, WaterPoint

__all__ = ["in_service", "unknown_facts"]


def in_service(facility: WaterPoint | Toilet) -> bool:
    """Whether a facility can serve anyone: not known broken, and not private without a plot it serves."""
    if facility.operational_status == OperationalStatus.BROKEN:
        return False
    return not (
        isinstance(facility, WaterPoint) and facility.access == WaterAccess.PRIVATE and not facility.plot_id
    )


def _count(counter: Counter[str], noun: str) -> list[str]:
    return [f"{label} unknown for {n} {noun}{'s' if n != 1 else ''}" for label, n in counter.items() if n]


def unknown_facts(
    water_points: list[WaterPoint], toilets: list[Toilet], buildings: list[Any], out_of_service: list[Any]
) -> list[str]:
    """Return one line per kind of unknown fact among the facilities and buildings the check used."""
    lines: list[str] = []
    w: Counter[str] = Counter()
    for p in water_points:
        w["price"] += p.price_per_20l is None
        w["opening hours"] += p.open_hours is None
        w["operational status"] += p.operational_status == OperationalStatus.UNKNOWN
        w["access"] += p.access is None
        w["kind"] += p.point_kind is None
        w["taps or flow (capacity)"] += p.taps is None or p.flow_l_per_min is None
        w["operator"] += not p.managed_by.strip()
    lines += _count(w, "water point")
    t: Counter[str] = Counter()
    for x in toilets:
        t["price"] += x.price_per_use is None
        t["opening hours"] += x.open_hours is None
        t["operational status"] += x.operational_status == OperationalStatus.UNKNOWN
        t["access"] += x.access is None
        t["kind"] += x.toilet_kind is None
    lines += _count(t, "toilet")
    b: Counter[str] = Counter()
    for y in buildings:
        b["wall or roof material"] += y.wall_material is None or y.roof_material is None
        b["rooms"] += y.rooms is None
    lines += _count(b, "building")
    broken = sum(1 for f in out_of_service if f.operational_status == OperationalStatus.BROKEN)
    private = len(out_of_service) - broken
    if broken:
        lines.append(f"{broken} facilities are broken and serve no one in this check")
    if private:
        lines.append(f"{private} water points are private (access=private, on no plot) and serve no one here")
    return lines
