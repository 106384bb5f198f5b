"""Facilities in hazard areas: water points and toilets inside a drawn flood zone, landslide, dump…

A facility standing inside a hazard area is flagged with the hazard's kind. A toilet with a pit
(``sanitation.pit_kinds``) inside a flood zone is a contamination risk: floodwater lifts the pit's
contents into the paths, drains and shallow wells around it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from designer.analysis.layout import Layout
from designer.analysis.standards import StandardPack
from designer.model.entities import HazardKind

__all__ = ["FacilityHazards", "facility_hazards"]


@dataclass
class FacilityHazards:
    """Per water point and per toilet: the kinds of the hazard areas it stands in (sorted, unique)."""

    water_points: list[tuple[str, ...]]
    toilets: list[tuple[str, ...]]
    contamination_risk: list[bool]  # per toilet: a pit in a flood zone
    warnings: list[str]


def _inside(lay: Layout, xy: np.ndarray) -> list[tuple[str, ...]]:
    import shapely

    out: list[set[str]] = [set() for _ in range(len(xy))]
    if len(xy) and lay.hazards:
        polys = shapely.polygons([list(h.outline) for h in lay.hazards])
        pi, hi = shapely.STRtree(polys).query(shapely.points(xy), predicate="within")
        for p, h in zip(pi.tolist(), hi.tolist(), strict=True):
            out[p].add(lay.hazards[h].hazard.value)
    return [tuple(sorted(s)) for s in out]


def facility_hazards(lay: Layout, pack: StandardPack) -> FacilityHazards:
    """Return the hazard areas each water point and toilet of ``lay`` stands in."""
    wp = _inside(lay, np.array([w.position for w in lay.water_points], dtype=float).reshape(-1, 2))
    wc = _inside(lay, np.array([t.position for t in lay.toilets], dtype=float).reshape(-1, 2))
    risk = [
        HazardKind.FLOOD.value in kinds and t.toilet_kind in pack.sanitation.pit_kinds
        for t, kinds in zip(lay.toilets, wc, strict=True)
    ]
    warnings = [
        f"toilet {t.id} ({str(t.toilet_kind).replace('_', ' ')}) has a pit in a flood zone: contamination risk"
        for t, r in zip(lay.toilets, risk, strict=True)
        if r
    ]
    warnings += [
        f"water point {w.id} stands in a hazard area ({', '.join(kinds)})"
        for w, kinds in zip(lay.water_points, wp, strict=True)
        if kinds
    ]
    return FacilityHazards(wp, wc, risk, warnings)
