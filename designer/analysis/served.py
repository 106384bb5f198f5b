"""Who is served, in one place: the definition every panel, report and summary uses, and the walk that explains it.

A household is *served* when both water and a toilet are within the standard's walking distance of its
plot, walked along the drawn paths (``designer.analysis.check``: ``water_within_standard and
toilet_within_standard`` of its row). :func:`households_served` counts that; :func:`plot_walks` returns,
for one plot, the two walks behind it (polyline, metres, within the limit or not) so the designer can
draw them when the plot is selected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from designer.analysis.access import compute_access, dwelling_centres
from designer.analysis.check import check_option, plot_access
from designer.analysis.layout import build_layout
from designer.analysis.standards import load_pack
from designer.model.errors import JamiiError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from designer.analysis.check import HouseholdRow
    from designer.model.document import Document

__all__ = [
    "PlotWalks",
    "ServedCount",
    "Walk",
    "count_served",
    "households_served",
    "plot_walks",
    "served_count",
]


def count_served(rows: Iterable[HouseholdRow]) -> int:
    """Return how many of the check's household rows are served (water and a toilet within the standard)."""
    return sum(1 for r in rows if r.water_within_standard and r.toilet_within_standard)


def households_served(doc: Document, option_id: str | None) -> tuple[int, int]:
    """Return (households with water and a toilet within the standard's walking distance, all households).

    ``option_id`` None: the settlement as it is today.
    """
    rows = check_option(doc, option_id, pressure=False).households
    return count_served(rows), len(rows)


@dataclass(frozen=True)
class ServedCount:
    """Who is served, with what the count rests on, for a screen to say it in plain words.

    Attributes:
        served: households with water and a toilet within the standard's walking distance.
        households: all households of the view.
        households_assumed: no households are recorded: one per residential plot is assumed
            (``designer.model.assumed_households``).
        not_drawn: "water_points" and/or "toilets" when nothing of that kind is drawn: who has it
            within reach cannot be told (``served`` is then 0 for want of a drawing, not a finding);
            "paths" when both are drawn but no path or road is (only facilities on a household's own
            plot are told).
    """

    served: int
    households: int
    households_assumed: bool
    not_drawn: tuple[str, ...]


def served_count(doc: Document, option_id: str | None) -> ServedCount:
    """Return :class:`ServedCount` of ``option_id`` (None: the settlement as it is today)."""
    result = check_option(doc, option_id, pressure=False)
    not_drawn = served_not_drawn(result.ladders_unknown_because)
    rows = result.households
    return ServedCount(count_served(rows), len(rows), result.households_assumed, not_drawn)


def served_not_drawn(ladders_unknown_because: Mapping[str, str]) -> tuple[str, ...]:
    """Return what is not drawn, so who is served cannot be told: ("water_points", "toilets") or
    one of them; ("paths",) when the facilities are drawn but no path; () when it can be told.

    ``ladders_unknown_because`` is the check's ``ladders_unknown_because`` (ladder -> reason).
    """
    not_drawn = tuple(
        kind
        for kind, ladder in (("water_points", "water"), ("toilets", "sanitation"))
        if ladders_unknown_because.get(ladder) == f"{kind}_not_drawn"
    )
    if not not_drawn and "paths_not_drawn" in (
        ladders_unknown_because.get("water"),
        ladders_unknown_because.get("sanitation"),
    ):
        return ("paths",)
    return not_drawn


@dataclass(frozen=True)
class Walk:
    """The walk from a plot's gate to its nearest facility of one kind.

    Attributes:
        route: polyline in local metres from the dwelling (or the plot's gate when no dwelling is drawn)
            to the facility (empty: on the plot itself, or nothing reachable).
        distance_m: walking metres along the paths (0 for a facility on the plot; None: unreachable).
        limit_m: the standard's greatest walking distance.
        within_standard: what the check says (the same test that counts the household as served);
            None when it cannot be told (nothing of the kind, or no path, drawn).
        private: the facility is the household's own (on its plot): nothing to walk.
    """

    route: tuple[tuple[float, float], ...]
    distance_m: float | None
    limit_m: float
    within_standard: bool | None
    private: bool


@dataclass(frozen=True)
class PlotWalks:
    """Both walks of one plot, and whether the plot touches a path at all (None: no path drawn at all)."""

    plot_id: str
    path_access: bool | None
    water: Walk
    toilet: Walk

    @property
    def served(self) -> bool:
        """Both within the standard (unknown, None, is not served)."""
        return self.water.within_standard is True and self.toilet.within_standard is True


def plot_walks(doc: Document, option_id: str | None, plot_id: str, standard: str | None = None) -> PlotWalks:
    """Return the walks to water and to a toilet from one plot, as the check measures them.

    Raises:
        JamiiError: no such plot in this option's view of the settlement.
    """
    pack = load_pack(standard or doc.project.standards_profile)
    lay = build_layout(doc, option_id)
    if plot_id not in lay.plot_index:
        raise JamiiError(f"no plot {plot_id!r} in this view")
    acc = compute_access(lay, pack, routes=False)
    access = plot_access(doc, option_id, standard)[plot_id]
    i = lay.plot_index[plot_id]
    target = int(acc.plot_vertex[i])

    gate = (float(acc.gate_xy[i][0]), float(acc.gate_xy[i][1]))
    home = dwelling_centres(lay)[i]
    # The check walks from the dwelling to the gate too (when a dwelling is drawn), so the drawing does.
    start = [(float(home[0]), float(home[1]))] if np.isfinite(home[0]) and acc.entrance_m[i] > 0 else []

    def walk(
        private: bool,
        public_vertices: np.ndarray,
        distance_m: float | None,
        limit_m: float,
        ok: bool | None,
        facility: tuple[float, float] | None,
    ) -> Walk:
        if private:
            return Walk((), 0.0, limit_m, ok, True)
        on_paths = acc.graph.path_to(public_vertices, target, penalised=False)[::-1]
        if not on_paths:
            return Walk((), distance_m, limit_m, ok, False)
        # From the plot's gate, along the paths, to the facility itself (the check counts both ends too).
        route = [*start, gate, *on_paths, *([facility] if facility is not None else [])]
        route = [p for k, p in enumerate(route) if k == 0 or p != route[k - 1]]
        return Walk(tuple(route), distance_m, limit_m, ok, False)

    def position(points: list[Any], k: int) -> tuple[float, float] | None:
        return (float(points[k].position[0]), float(points[k].position[1])) if k >= 0 else None

    def assigned(vertices: np.ndarray, k: int) -> np.ndarray:
        # The facility the check assigns this plot (not merely the nearest one: it may be closed or full).
        return vertices[[k]] if k >= 0 else np.zeros(0, dtype=np.int64)

    water = walk(
        bool(acc.water.private[i]),
        assigned(acc.water_vertex, int(acc.water.facility[i])),
        access.water_m,
        pack.water.max_distance_m,
        access.water_within_standard,
        position(lay.water_points, int(acc.water.facility[i])),
    )
    toilet = walk(
        bool(acc.toilet.private[i]),
        assigned(acc.toilet_vertex, int(acc.toilet.facility[i])),
        access.toilet_m,
        pack.sanitation.max_distance_m,
        access.toilet_within_standard,
        position(lay.toilets, int(acc.toilet.facility[i])),
    )
    return PlotWalks(plot_id, access.path_access, water, toilet)
