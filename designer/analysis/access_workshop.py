"""What the workshop view shows about access: each plot's way out, and what an option changes.

Residents read the plan, not the numbers, so each plot gets one of four plain classes
(:class:`WayOut`), from the access diagnosis (``access_diagnosis``; the derived centrelines are not
needed, so this stays quick on a large settlement):

* ``DIRECT``: the plot faces public space or a path (its own door onto the way out);
* ``THROUGH_ONE``: the only way out crosses one other plot (depth 2);
* ``THROUGH_MORE``: it crosses two or more other plots (depth 3 and deeper);
* ``SHUT_IN``: no chain of neighbouring plots leads out (depth unknown).

For an option it also says what the option changes, from ``reblocking_effects``: its new paths (drawn
bold), the strips of land each plot gives up to them (the new corridors inside the plot), the
houses that move (residential buildings the option relocates, demolishes or crosses) and the other
buildings taken down. The summary counts the *households* on plots without direct access today and,
for an option, how many of them it gives a path; without household records the count is of plots,
and the summary says so (never a household count that is really a guess).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import numpy as np

from designer.analysis.access_diagnosis import AccessDiagnosis, diagnose_access
from designer.analysis.access_rules import AccessRules, load_access_rules
from designer.analysis.layout import Layout, build_layout
from designer.model.entities import Path

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = ["WayOut", "WorkshopAccess", "way_out_of", "workshop_access"]

Ring = tuple[tuple[float, float], ...]


class WayOut(StrEnum):
    """How a plot's people get out to a path or street."""

    DIRECT = "direct"
    THROUGH_ONE = "through_one"
    THROUGH_MORE = "through_more"
    SHUT_IN = "shut_in"


def way_out_of(direct: bool, depth: int | None) -> WayOut:
    """Return the class of a plot from its diagnosis (direct access, depth: plots crossed + 1)."""
    if direct:
        return WayOut.DIRECT
    if depth is None:
        return WayOut.SHUT_IN
    return WayOut.THROUGH_ONE if depth <= 2 else WayOut.THROUGH_MORE


@dataclass
class WorkshopAccess:
    """The access picture of one view (existing conditions or an option) for the workshop."""

    option_id: str | None
    way_out: dict[str, WayOut]  # plot id -> class, in the view shown
    counts_households: bool  # False: no household records, the counts below are of plots
    without_today: int  # households (or plots) without direct access in the existing conditions
    given_a_path: int | None  # of those, how many have direct access in the option (None: today)
    without_after: int | None  # households (or plots) without direct access in the option
    new_path_routes: list[tuple[Ring, float]] = field(default_factory=list)  # (route, width m)
    land_given: dict[str, list[Ring]] = field(default_factory=dict)  # plot id -> strips it gives up
    houses_moving: list[str] = field(default_factory=list)  # residential building ids
    buildings_down: list[str] = field(default_factory=list)  # other building ids taken down

    @property
    def counts(self) -> dict[WayOut, int]:
        """Plots per class in the view shown."""
        out = dict.fromkeys(WayOut, 0)
        for w in self.way_out.values():
            out[w] += 1
        return out


def _by_direct_access(lay: Layout, diag: AccessDiagnosis) -> tuple[set[str], set[str], bool]:
    """Return (ids with direct access, ids without, whether the ids are households).

    The ids are the households' where any are recorded, else the plots'. A household whose plot is
    gone in the view is in neither set.
    """
    direct = {p.plot_id: p.direct_access for p in diag.plots}
    if lay.households_assumed:
        return {k for k, ok in direct.items() if ok}, {k for k, ok in direct.items() if not ok}, False
    yes: set[str] = set()
    no: set[str] = set()
    for h, k in zip(lay.households, lay.hh_plot.tolist(), strict=True):
        if k >= 0:
            (yes if direct.get(lay.plots[k].id, False) else no).add(h.id)
    return yes, no, True


def workshop_access(
    doc: Document, option_id: str | None = None, rules: AccessRules | None = None
) -> WorkshopAccess:
    """Return the workshop access picture of ``option_id`` (None: the existing conditions).

    Raises:
        JamiiError: no such option.
    """
    from designer.analysis.reblocking import reblocking_effects

    rules = rules or load_access_rules()
    before_lay = build_layout(doc, None)
    before = diagnose_access(doc, None, rules, lay=before_lay, centrelines=False)
    _, without_today, counts_households = _by_direct_access(before_lay, before)
    if option_id is None:
        return WorkshopAccess(
            None,
            {p.plot_id: way_out_of(p.direct_access, p.depth) for p in before.plots},
            counts_households,
            len(without_today),
            None,
            None,
        )
    lay = build_layout(doc, option_id)
    lay.share_geometry(before_lay)
    after = diagnose_access(doc, option_id, rules, lay=lay, centrelines=False)
    with_after, without_after, _ = _by_direct_access(lay, after)
    # Given a path: short of one today, and living (or, without household records, the same plot)
    # on a plot with direct access in the option; a household moved to a new plot counts there.
    given = len(without_today & with_after)
    direct_before = np.array([p.direct_access for p in before.plots], dtype=bool)
    direct_after = np.array([p.direct_access for p in after.plots], dtype=bool)
    proposed = doc.entities(option_id)
    reb = reblocking_effects(doc, before_lay, lay, direct_before, direct_after, proposed)
    residential = {b.id for b in before_lay.buildings if b.use == "residential"}
    new_paths = [p for p in proposed if isinstance(p, Path)]
    return WorkshopAccess(
        option_id,
        {p.plot_id: way_out_of(p.direct_access, p.depth) for p in after.plots},
        counts_households,
        len(without_today),
        given,
        len(without_after),
        new_path_routes=[(p.route, p.width_m) for p in new_paths],
        land_given=_land_given(doc, before_lay, new_paths, reb.area_lost_m2),
        houses_moving=sorted(b.building_id for b in reb.buildings if b.building_id in residential),
        buildings_down=sorted(b.building_id for b in reb.buildings if b.building_id not in residential),
    )


def _land_given(
    doc: Document, lay: Layout, paths: list[Path], lost_m2: dict[str, float]
) -> dict[str, list[Ring]]:
    """Return per plot losing area the outlines of the new corridor strips inside it (metres)."""
    import shapely

    from designer.analysis.reblocking import new_corridors

    if not lost_m2 or not paths:
        return {}
    corridors = shapely.union_all(new_corridors(doc, paths))
    out: dict[str, list[Ring]] = {}
    for pid in sorted(lost_m2):
        piece: Any = shapely.intersection(lay.plot_polygons[lay.plot_index[pid]], corridors)
        rings = [
            tuple((round(float(x), 3), round(float(y), 3)) for x, y in shapely.get_coordinates(g.exterior))
            for g in shapely.get_parts(piece)
            if g.geom_type == "Polygon" and g.area > 0.01
        ]
        if rings:
            out[pid] = rings
    return out
