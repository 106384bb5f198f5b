"""Check an option against a service standard: one row per household, per facility and per plot.

``check_option(doc, option_id, standard)`` runs every analysis of this package on the option (or on
the existing conditions when ``option_id`` is None): walking access, capacity and queues, price and
hours, control, pressure (optional, it is the slow part), reblocking effects and deprivations before
and after; it returns a :class:`CheckResult` whose ``to_json()`` is the stable output of
``jamii check --format json`` (schema ``jamii-check/1``, described in resources/standards/README.md).
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain, repeat
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import numpy as np

from designer.analysis.access import AccessResult, compute_access
from designer.analysis.capacity import (
    ToiletLoad,
    WaterLoad,
    hours_cover,
    supply_periods,
    toilet_loads,
    water_loads,
)
from designer.analysis.control import ControlResult, control_of_water
from designer.analysis.deprivation import Deprivations, decode_flags, household_deprivations
from designer.analysis.hazards import FacilityHazards, facility_hazards
from designer.analysis.ladders import LadderInputs, ladders_unknown_because, not_drawn_mask, service_ladders
from designer.analysis.layout import Layout, build_layout, scan
from designer.analysis.pressure import PressureError, PressureResult, simulate_pressure
from designer.analysis.reblocking import ReblockingResult, reblocking_effects
from designer.analysis.scorecard import Scorecard
from designer.analysis.standards import StandardPack, load_pack
from designer.analysis.terrain import DemSource
from designer.analysis.unknowns import unknown_facts
from designer.analysis.use_costs import use_costs
from designer.gc_pause import gc_paused
from designer.model.entities import OpenHours, ToiletAccess, open_hours_per_day
from designer.model.errors import JamiiError

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = [
    "SCHEMA",
    "CheckResult",
    "HouseholdRow",
    "PlotAccess",
    "ToiletRow",
    "WaterPointRow",
    "build_scorecard",
    "check_option",
    "plot_access",
    "route_to_water",
    "scorecard",
]

SCHEMA = "jamii-check/1"


@dataclass(frozen=True, slots=True)
class PlotAccess:
    """Walking distances from one plot (what the GUI's standards overlay colours plots by).

    Distances are plain walking metres, None when the plot has no path access or nothing is reachable.
    ``path_access`` is None (unknown) when the view has no path or road drawn at all.
    """

    plot_id: str
    path_access: bool | None
    water_m: float | None
    toilet_m: float | None
    water_within_standard: bool | None  # None: water points (or paths) not drawn, as on the household rows
    toilet_within_standard: bool | None  # None: toilets (or paths) not drawn
    water_point_id: str | None
    toilet_id: str | None


@dataclass(slots=True)
class HouseholdRow:
    """Everything the check says about one household (metres, minutes, project currency per month).

    Not frozen: a frozen dataclass sets each of its 38 fields through ``object.__setattr__``, which
    doubles the time to make ten thousand rows. Treat rows as read-only values all the same.
    """

    household_id: str
    plot_id: str | None
    persons: int
    children: int
    head_sex: str
    path_access: bool | None  # None: no path or road drawn in the view, so it cannot be told
    water_point_id: str | None
    water_private: bool
    water_on_premises: bool
    water_m: float | None
    water_safe_m: float | None
    water_safe_cost_m: float | None
    water_crossings: int
    water_safe_crossings: int
    # None: water points (or paths) not drawn, so it cannot be told (the water ladder is unknown)
    water_within_standard: bool | None
    children_cross_busy_road: bool
    toilet_id: str | None
    toilet_private: bool
    toilet_m: float | None
    toilet_safe_m: float | None
    toilet_crossings: int
    toilet_unlit_m: float | None
    toilet_safe_at_night: bool | None
    night_risks: tuple[str, ...]
    # None: toilets (or paths) not drawn, so it cannot be told (the sanitation ladder is unknown)
    toilet_within_standard: bool | None
    persons_per_tap: float | None
    queue_min: float | None
    round_trip_min: float | None
    water_hours_ok: bool | None
    water_cost_per_month: Decimal | None
    water_cost_share: float | None
    water_affordable: bool | None
    persons_per_toilet_seat: float | None
    toilet_cost_per_month: Decimal | None
    toilet_emptying_per_month: Decimal | None
    services_cost_per_month: Decimal | None
    services_cost_complete: bool
    services_cost_share: float | None
    services_affordable: bool | None
    covered_m2_per_person: float | None
    water_service_level: str
    sanitation_service_level: str
    hygiene_service_level: str
    water_single_operator: bool
    displaced: bool
    affected: bool
    deprivations_before: tuple[str, ...]
    deprivations_after: tuple[str, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WaterPointRow:
    """One water point: who depends on it, its load, queue, hours, price, operator and pressure."""

    water_point_id: str
    kind: str
    name: str
    operator: str
    operator_group: str
    users: str
    shared_by: tuple[str, ...]
    private: bool
    plot_id: str | None
    reachable: bool
    hazards: tuple[str, ...]
    households: int
    persons: float
    taps: int | None
    persons_per_tap: float | None
    max_persons_per_tap: float
    over_capacity: bool | None
    capacity_l_per_day: float | None
    demand_l_per_day: float
    utilisation: float | None
    queue_min: float | None
    queue_too_long: bool | None
    unmet_share: float | None
    open_hours: float | None
    hours_cut_by_supply: bool | None
    hours_ok: bool | None
    price_per_20l: Decimal | None
    cost_per_person_month: Decimal | None
    pressure_m: float | None
    pressure_ok: bool | None
    pressure_status: str | None
    pressure_note: str


@dataclass(frozen=True, slots=True)
class ToiletRow:
    """One toilet: users, seats by sex and the female:male ratio."""

    toilet_id: str
    kind: str
    access: str
    operator: str
    users: str
    shared_by: tuple[str, ...]
    private: bool
    plot_id: str | None
    reachable: bool
    hazards: tuple[str, ...]
    contamination_risk: bool
    improved: bool
    households: int
    persons: float
    seats: int
    seats_female: int
    seats_male: int
    seats_unisex: int
    persons_per_seat: float
    persons_per_female_seat: float
    persons_per_male_seat: float
    female_to_male: float | None
    meets_ratio: bool | None
    over_capacity: bool
    open_hours: float | None
    hours_ok: bool | None


@dataclass
class CheckResult:
    """The outcome of :func:`check_option`."""

    option_id: str | None
    option_name: str
    pack: StandardPack
    households: list[HouseholdRow]
    water_points: list[WaterPointRow]
    toilets: list[ToiletRow]
    control: ControlResult
    reblocking: ReblockingResult
    pressure: PressureResult | None
    households_assumed: bool
    warnings: list[str] = field(default_factory=list)
    ladders_unknown_because: dict[str, str] = field(default_factory=dict)
    """JMP ladder -> why the drawing cannot tell it (``designer.analysis.ladders.NOT_DRAWN_REASONS``)."""
    deprivations_not_drawn: frozenset[str] = frozenset()
    """UN-Habitat deprivations ("water", "sanitation") the drawing cannot tell before or after: nothing of
    the kind drawn in one of the two views. They are left out of ``deprivations_removed``."""
    path_access_unknown_because: str | None = None
    """``"paths_not_drawn"`` when the view has no path or road at all: which plots a path reaches is
    unknown (not "no path access"); None when paths are drawn."""
    access_gained_unknown_because: str | None = None
    """``"paths_not_drawn_before"`` when an option is checked over existing conditions with no path drawn:
    which plots the option gives path access cannot be told (every plot it reaches would look gained)."""
    summary: dict[str, Any] = field(default_factory=dict)
    timings_s: dict[str, float] = field(default_factory=dict)
    _scorecard: Scorecard | None = None
    _plot_source: tuple[Layout, AccessResult] | None = field(default=None, repr=False)
    _plots: dict[str, PlotAccess] | None = field(default=None, repr=False)

    @property
    def plots(self) -> dict[str, PlotAccess]:
        """Return walking distances by plot id (built on first use: the GUI overlay reads them)."""
        if self._plots is None:
            self._plots = {} if self._plot_source is None else _plots(*self._plot_source, self.pack)
        return self._plots

    @property
    def scorecard(self) -> Scorecard:
        if self._scorecard is None:
            self._scorecard = build_scorecard(self)
        return self._scorecard

    @property
    def no_access_plots(self) -> list[str]:
        """Ids of plots no path reaches (none when no path is drawn: that is unknown, not "no access")."""
        return [pid for pid, p in self.plots.items() if p.path_access is False]

    def to_json(self) -> dict[str, Any]:
        """Return the stable JSON form (schema ``jamii-check/1``)."""
        return {
            "schema": SCHEMA,
            "option": {"id": self.option_id, "name": self.option_name},
            "standard": self.pack.to_json(),
            "scorecard": self.scorecard.to_json(),
            "warnings": list(self.warnings),
            "households": _rows_json(self.households),
            "plots": _rows_json(list(self.plots.values())),
            "water_points": _rows_json(self.water_points),
            "toilets": _rows_json(self.toilets),
            "operators": _rows_json(self.control.operators),
            "reblocking": {
                "buildings": _rows_json(self.reblocking.buildings),
                "area_lost_m2": {k: round(v, 2) for k, v in sorted(self.reblocking.area_lost_m2.items())},
                # null: no path drawn today, so what the option gives cannot be told
                "plots_gaining_access": None
                if self.access_gained_unknown_because
                else sorted(self.reblocking.plots_gaining_access),
                "displaced_households": sorted(self.reblocking.displaced_households),
                "affected_households": sorted(self.reblocking.affected_households),
            },
            "pressure": None
            if self.pressure is None
            else {
                "pipes": self.pressure.pipes,
                "junctions": self.pressure.junctions,
                "note": self.pressure.note,
                "assumptions": list(self.pressure.assumptions),
                "points": _rows_json(self.pressure.points),
            },
        }


def _plain(v: Any) -> Any:
    if isinstance(v, float):
        return None if not math.isfinite(v) else round(v, 3)
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, tuple | list):
        return [_plain(x) for x in v]
    return v


def _row_json(row: Any) -> dict[str, Any]:
    """Return a row's fields as JSON-ready values (floats to 3 decimals, non-finite as null)."""
    names, values_of = _row_getter(type(row))
    return dict(zip(names, map(_value_json, values_of(row)), strict=True))


def _rows_json(rows: Sequence[Any]) -> list[dict[str, Any]]:
    """Return rows as :func:`_row_json` would, a field (a column of all rows) at a time.

    Ten thousand households of fifty fields each: a column whose values are all text, whole numbers,
    true/false or null goes as it is, a column of floats is rounded in one pass, and only a column
    of mixed values goes value by value; the dicts are then made from the columns in one sweep.
    """
    if not rows:
        return []
    row_types = set(map(type, rows))
    if len(row_types) != 1:
        return [_row_json(r) for r in rows]
    names, _ = _row_getter(row_types.pop())
    columns = [_column_json(list(map(attrgetter(name), rows))) for name in names]
    return list(map(dict, map(zip, repeat(names), zip(*columns, strict=True))))


_AS_IS = frozenset((str, int, bool, type(None)))
_FLOATS_OR_NONE = frozenset((float, type(None)))
_TEXT = frozenset((str,))
_AMOUNTS_OR_NONE = frozenset((Decimal, type(None)))


def _column_json(values: list[Any]) -> list[Any]:
    """Return one field's values of many rows as JSON-ready values (as ``_row_json`` turns each)."""
    kinds = set(map(type, values))
    if kinds <= _AS_IS:
        return values
    if kinds <= _FLOATS_OR_NONE:
        return _round_3(values)
    if kinds == {tuple} and set(map(type, chain.from_iterable(values))) <= _TEXT:
        return list(map(list, values))
    if kinds <= _AMOUNTS_OR_NONE:
        return [None if v is None else str(v) for v in values]
    return list(map(_value_json, values))


_ROUND_3_LIMIT = 1e6
"""Below this magnitude, ``x * 1000`` is within 1.2e-7 of its exact value (see :func:`_round_3`)."""


def _round_3(values: list[float | None]) -> list[float | None]:
    """Return ``round(v, 3)`` of each float (None for None, NaN and infinities), as ``_value_json`` does.

    ``round(v, 3)`` of a float is exact decimal rounding and slow (it formats the float). Here numpy
    rounds ``v * 1000`` to a whole ``k`` and divides by 1000, which gives the double nearest to
    ``k / 1000``: the same double ``round`` returns whenever ``k`` is the same. It differs only when
    ``v * 1000`` lies within its own rounding error (below 1.2e-7 here) of a half: those values, and
    any of 1e6 or more, NaN, infinite or None, take ``_value_json`` one by one.
    """
    import numpy as np

    x = np.array([np.nan if v is None else v for v in values], dtype=float)
    with np.errstate(invalid="ignore", over="ignore"):  # NaN and infinities are doubtful anyway
        scaled = x * 1000.0
        half_gap = np.abs(scaled - np.floor(scaled) - 0.5)
        doubtful = ~((half_gap > 1e-6) & (np.abs(x) < _ROUND_3_LIMIT))
        out: list[float | None] = (np.rint(scaled) / 1000.0).tolist()
    for i in np.flatnonzero(doubtful).tolist():
        out[i] = _value_json(values[i])
    return out


def _value_json(v: Any) -> Any:
    """Return one value of a row as ``_row_json`` writes it."""
    t = type(v)
    if t is str or t is int or t is bool or v is None:
        return v
    if t is float:
        return round(v, 3) if v - v == 0.0 else None
    if t is tuple or t is list:
        return [x if type(x) is str else _plain(x) for x in v]
    if t is Decimal:
        return str(v)
    return _plain(v)


_ROW_GETTERS: dict[type, tuple[tuple[str, ...], Any]] = {}


def _row_getter(cls: type) -> tuple[tuple[str, ...], Any]:
    """Return a row class's field names and a function giving all their values at once."""
    got = _ROW_GETTERS.get(cls)
    if got is None:
        names = tuple(cls.__slots__)  # type: ignore[attr-defined]
        getter = operator.attrgetter(*names)
        got = _ROW_GETTERS[cls] = (names, getter if len(names) > 1 else lambda row: (getter(row),))
    return got


def plot_access(doc: Document, option_id: str | None, standard: str | None = None) -> dict[str, PlotAccess]:
    """Return walking distances by plot id, for the standards overlay (no capacity, no pressure)."""
    pack = load_pack(standard or doc.project.standards_profile)
    with gc_paused():
        lay = build_layout(doc, option_id)
        return _plots(lay, compute_access(lay, pack, routes=False), pack)


def route_to_water(
    doc: Document, option_id: str | None, plot_id: str, standard: str | None = None, *, safe: bool = False
) -> list[tuple[float, float]]:
    """Return the walking route (polyline, local metres) from a plot's gate to its nearest water point.

    ``safe=True`` gives the route that minimises the penalised length (busy-road crossings and unlit
    metres cost extra). Empty when the plot has no path access or no public water point is reachable;
    a plot with a private tap has no route to walk.
    """
    pack = load_pack(standard or doc.project.standards_profile)
    lay = build_layout(doc, option_id)
    if plot_id not in lay.plot_index:
        raise JamiiError(f"no plot {plot_id!r} in this view")
    acc = compute_access(lay, pack, routes=False)
    i = lay.plot_index[plot_id]
    if acc.water.private[i]:
        return []
    f = int(acc.water.facility[i])
    if f >= 0 and not acc.water_users.public[f]:
        if int(acc.water_users.host_plot[f]) == i:
            return []  # a tap shared from this plot: nothing to walk
        sources = np.array([acc.water_vertex[f]], dtype=np.int64)  # the shared tap it may use
    else:
        sources = np.where(acc.water_users.public, acc.water_vertex, -1)
    return acc.graph.path_to(sources, int(acc.plot_vertex[i]), penalised=safe)[::-1]


def _ladders_unknown_because(lay: Layout) -> dict[str, str]:
    """Return :func:`ladders_unknown_because` of a view (what the drawing of it cannot tell)."""
    return ladders_unknown_because(
        lay.toilets,
        water_points_drawn=lay.water_points_drawn,
        toilets_drawn=lay.toilets_drawn,
        paths_drawn=lay.paths_drawn,
    )


def _plots(lay: Layout, acc: AccessResult, pack: StandardPack) -> dict[str, PlotAccess]:
    """Return the walking distances of every plot by id (a column per field, then one row per plot)."""
    w_lim, t_lim = pack.water.max_distance_m, pack.sanitation.max_distance_m
    wm, tm = acc.water.plain_m, acc.toilet.plain_m
    wp_ids = [w.id for w in lay.water_points]
    wc_ids = [t.id for t in lay.toilets]
    ids = [p.id for p in lay.plots]
    # The households' decision (the ladders'): unknown where nothing of the kind, or no path, is drawn.
    why = _ladders_unknown_because(lay)
    columns = (
        ids,
        # No path or road drawn at all: path access is unknown (None), not "none reached".
        np.asarray(acc.has_access, dtype=bool).tolist() if lay.paths_drawn else [None] * len(ids),
        [v if math.isfinite(v) else None for v in wm.tolist()],
        [v if math.isfinite(v) else None for v in tm.tolist()],
        _unless(wm <= w_lim, not_drawn_mask(why.get("water"), acc.water.facility >= 0)),
        _unless(tm <= t_lim, not_drawn_mask(why.get("sanitation"), acc.toilet.facility >= 0)),
        [wp_ids[k] if k >= 0 else None for k in acc.water.facility.tolist()],
        [wc_ids[k] if k >= 0 else None for k in acc.toilet.facility.tolist()],
    )
    return dict(zip(ids, map(PlotAccess, *columns), strict=True))


def _assign(facility: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros(n)
    ok = facility >= 0
    np.add.at(out, facility[ok], values[ok])
    return out


def _toilet_households(lay: Layout, acc: AccessResult) -> np.ndarray:
    hh = lay.households_per_plot().astype(float)
    return _assign(acc.toilet.facility, hh, len(lay.toilets))


def check_option(
    doc: Document, option_id: str | None, standard: str | None = None, *, pressure: bool = True
) -> CheckResult:
    """Check ``option_id`` (None: the existing conditions) of ``doc`` against the rule pack ``standard``.

    Args:
        doc: the project.
        option_id: an option's id, or None for the settlement as it is.
        standard: a pack id or a path to a pack file; None uses the project's standards profile.
        pressure: run the hydraulic simulation (the slow part; its time is reported separately).

    Raises:
        JamiiError: the option does not exist, the pack cannot be read, or the network cannot be solved.
    """
    if option_id is not None and not any(o.id == option_id for o in doc.options):
        raise JamiiError(f"no option {option_id!r} in the project")
    # The check makes tens of thousands of short-lived objects; the cyclic GC would rescan the whole
    # document each time (performance-limits.md: a first-order cost for bulk work). Nothing here
    # makes reference cycles, so it pauses for the duration.
    with gc_paused():
        return _check(doc, option_id, standard, pressure=pressure)


def _check(doc: Document, option_id: str | None, standard: str | None, *, pressure: bool) -> CheckResult:
    clock = _Clock()
    pack = load_pack(standard or doc.project.standards_profile)
    scanned = scan(doc, option_id)
    lay = build_layout(doc, option_id, scanned)
    clock.lap("layout")
    acc = compute_access(lay, pack)
    clock.lap("access")
    n_plots = len(lay.plots)
    persons_plot = lay.persons_per_plot()
    hh_plot_count = lay.households_per_plot().astype(float)
    wp_persons = _assign(acc.water.facility, persons_plot, len(lay.water_points))
    wp_hh = _assign(acc.water.facility, hh_plot_count, len(lay.water_points))
    wc_persons = _assign(acc.toilet.facility, persons_plot, len(lay.toilets))
    wc_hh = _assign(acc.toilet.facility, hh_plot_count, len(lay.toilets))
    supply_hours = _supply_hours(lay)
    wloads = water_loads(
        lay.water_points, wp_persons, wp_hh, pack, supply_periods(lay.water_points, supply_hours, pack)
    )
    tloads = toilet_loads(lay.toilets, wc_persons, wc_hh, pack)
    clock.lap("capacity")
    control = control_of_water(lay, acc, wp_persons, pack)
    clock.lap("control")
    press = None
    press_failed = ""
    if pressure:
        try:
            project = doc.project
            dem = (
                DemSource(
                    project.terrain_dem,
                    project.crs_epsg,
                    project.origin_x_m,
                    project.origin_y_m,
                    project.terrain_contours,
                    project.crs_wkt,
                )
                if project.terrain_dem or project.terrain_contours
                else None
            )
            press = simulate_pressure(lay, pack, dem)
        except PressureError as exc:
            # An unsolvable water network must not hide everything else the check has to say.
            press_failed = str(exc)
    clock.lap("pressure")

    # Before the option: existing conditions, for deprivations and access gained.
    if option_id is None:
        before_lay, before_acc, before_toilet_hh = lay, acc, wc_hh
    else:
        before_lay = build_layout(doc, None, scanned)
        before_lay.share_geometry(lay)
        before_acc = compute_access(before_lay, pack, routes=False, like=(lay, acc))
        before_toilet_hh = _toilet_households(before_lay, before_acc)
    clock.lap("before")
    reb = reblocking_effects(doc, before_lay, lay, before_acc.has_access, acc.has_access, scanned[1])
    clock.lap("reblocking")
    gone = frozenset(b.building_id for b in reb.buildings)
    dep_before = household_deprivations(before_lay, before_acc, before_toilet_hh, pack)
    dep_after = household_deprivations(lay, acc, wc_hh, pack, gone) if option_id else dep_before
    clock.lap("deprivations")

    warnings: list[str] = []
    if lay.households_assumed and lay.households:
        warnings.append(
            f"no household records: one household assumed on every residential plot "
            f"({doc.project.persons_per_household:g} persons on average)"
        )
    # No path or road drawn at all: which plots a path reaches cannot be told (not "none reached").
    no_access = int((~acc.has_access).sum()) if lay.paths_drawn else None
    if no_access:
        warnings.append(f"{no_access} plot(s) have no path access")
    elif no_access is None and n_plots:
        warnings.append(
            "paths not drawn: path access is unknown, not 'no path access' "
            "(`jamii access derive` derives the public-space network from the plots)"
        )
    for k, w in enumerate(lay.water_points):
        if not acc.water_reachable[k] and lay.paths_drawn:  # no path at all is said once, above
            warnings.append(
                f"water point {w.id} is more than {pack.walking.facility_attach_max_m:g} m from every path"
            )
    for k, t in enumerate(lay.toilets):
        if not acc.toilet_reachable[k] and lay.paths_drawn:
            warnings.append(
                f"toilet {t.id} is more than {pack.walking.facility_attach_max_m:g} m from every path"
            )
    # Surveyed before the plots were drawn or numbered: said apart from households outside this view.
    unplaced = [h.id for h in lay.households if not h.plot_id]
    if unplaced:
        warnings.append(
            f"{len(unplaced)} household(s) are not placed on a plot yet: left out of distances and loads"
        )
    homeless = [h.id for k, h in enumerate(lay.households) if lay.hh_plot[k] < 0 and h.plot_id]
    if homeless:
        warnings.append(f"{len(homeless)} household(s) have no plot in this view: {', '.join(homeless[:5])}")
    warnings += _user_warnings(lay, acc)
    haz = facility_hazards(lay, pack)
    warnings += haz.warnings
    cut = [
        w.id
        for w, ld in zip(lay.water_points, wloads, strict=True)
        if _hours_cut(ld.open_hours, w.open_hours)
    ]
    if cut and supply_hours is not None:
        spans = ", ".join(f"{a:02.0f}–{b:02.0f}" for a, b in supply_hours)
        warnings.append(
            f"intermittent supply ({spans}): {len(cut)} piped water point(s) without storage deliver water "
            f"only then: {', '.join(cut[:5])}"
        )
    warnings += control.warnings
    warnings += unknown_facts(lay.water_points, lay.toilets, lay.buildings, lay.out_of_service)
    # Nothing of a kind drawn: the ladder is unknown (not its bottom rung) and nobody is flagged for it.
    not_drawn = _ladders_unknown_because(lay)
    if not_drawn.get("water") == "water_points_not_drawn":
        warnings.append("water points not drawn: the drinking-water ladder is unknown, not 'no water point'")
    if "paths_not_drawn" in not_drawn.values():
        warnings.append(
            "paths not drawn: a household without a water point or toilet on its own plot is unknown on "
            "the JMP ladders, not 'no water point' or open defecation (nothing can be walked to)"
        )
    if not_drawn.get("sanitation") == "toilets_not_drawn":
        warnings.append(
            "toilets not drawn: the sanitation and hygiene ladders are unknown, not open defecation"
        )
    for j, what in ((2, "durable housing (materials not surveyed)"), (3, "living area (rooms not surveyed)")):
        n_unknown = int(dep_after.unknown[:, j].sum()) if len(dep_after.unknown) else 0
        if n_unknown:
            warnings.append(f"{what} unknown for {n_unknown} households")
    if press_failed:
        warnings.append(f"pressure not checked: {press_failed}")
    if press is not None:
        warnings += press.warnings
    for b in reb.buildings_undrawn:
        warnings.append(
            f"building {b.building_id} is crossed by the new corridor {b.corridor_path_id} but not demolished"
        )

    press_by_id = {p.water_point_id: p for p in press.points} if press else {}
    w_rows = [
        _water_row(lay, acc, k, wloads[k], press_by_id.get(w.id), pack, control, haz)
        for k, w in enumerate(lay.water_points)
    ]
    t_rows = [_toilet_row(lay, acc, k, tloads[k], pack, haz) for k in range(len(lay.toilets))]
    before_by_id = {h.id: k for k, h in enumerate(before_lay.households)}
    rows = _household_rows(
        lay, acc, wloads, tloads, control, reb, (dep_before, before_by_id), dep_after, press_by_id, pack, haz
    )
    clock.lap("rows")
    option = next((o for o in doc.options if o.id == option_id), None)
    result = CheckResult(
        option_id=option_id,
        option_name=option.name if option else "Existing conditions",
        pack=pack,
        households=rows,
        water_points=w_rows,
        toilets=t_rows,
        control=control,
        reblocking=reb,
        pressure=press,
        households_assumed=lay.households_assumed,
        warnings=warnings,
        ladders_unknown_because=not_drawn,
        deprivations_not_drawn=frozenset(
            name
            for name, drawn in (("water", "water_points_drawn"), ("sanitation", "toilets_drawn"))
            if not (getattr(lay, drawn) and getattr(before_lay, drawn))
            or not (lay.paths_drawn and before_lay.paths_drawn)
        ),
        path_access_unknown_because=None if lay.paths_drawn else "paths_not_drawn",
        access_gained_unknown_because=(
            "paths_not_drawn_before" if option_id is not None and not before_lay.paths_drawn else None
        ),
        _plot_source=(lay, acc),
    )
    result.summary = {"plots": n_plots, "plots_without_access": no_access}
    result.timings_s = clock.laps
    return result


def _hours_cut(delivering_h: float | None, open_hours: OpenHours | None) -> bool | None:
    """Whether intermittent supply shortens a point's hours (None when its hours are unknown)."""
    own = open_hours_per_day(open_hours)
    if delivering_h is None or own is None:
        return None
    return delivering_h + 1e-9 < own


def _supply_hours(lay: Layout) -> OpenHours | None:
    """Return the hours the city main runs: the union of the supply points' hours (None: all day).

    The network is taken as one: a settlement rarely has more than one connection, and where it has
    several, water reaches a tap while any of them runs.
    """
    if not lay.supplies:
        return None
    hours = sorted(h for s in lay.supplies for h in s.supply_hours)
    merged: list[tuple[float, float]] = []
    for a, b in hours:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return None if merged == [(0.0, 24.0)] else tuple(merged)


def _user_warnings(lay: Layout, acc: AccessResult) -> list[str]:
    """Say which shared toilets were taken as open to all, and which named users are not in the view."""
    out = []
    unnamed = [lay.toilets[k].id for k in acc.toilet_users.unnamed_shared]
    if unnamed:
        more = f" and {len(unnamed) - 5} more" if len(unnamed) > 5 else ""
        out.append(
            f"{len(unnamed)} shared toilet(s) name no users and are taken as open to every neighbour: "
            f"{', '.join(unnamed[:5])}{more}"
        )
    for fac, uid in acc.water_users.unknown_users + acc.toilet_users.unknown_users:
        out.append(f"{fac} is shared by {uid!r}, which is not a plot or a housed household in this view")
    return out


class _Clock:
    """Wall time of each stage of a check (seconds), so the pressure run can be reported apart."""

    def __init__(self) -> None:
        import time

        self._now = time.perf_counter
        self._t = self._now()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        t = self._now()
        self.laps[name] = self.laps.get(name, 0.0) + t - self._t
        self._t = t


def _water_row(
    lay: Layout,
    acc: AccessResult,
    k: int,
    load: WaterLoad,
    press: Any,
    pack: StandardPack,
    control: ControlResult,
    haz: FacilityHazards,
) -> WaterPointRow:
    w = lay.water_points[k]
    private_plot = int(acc.water_private_plot[k])
    return WaterPointRow(
        water_point_id=w.id,
        kind=w.point_kind.value if w.point_kind else "unknown",
        name=w.name,
        operator=w.managed_by,
        operator_group=control.operator_of_point[k] if control.operator_of_point else w.managed_by,
        users=acc.water_users.kind[k].value,
        shared_by=w.shared_by,
        private=private_plot >= 0,
        plot_id=lay.plots[private_plot].id if private_plot >= 0 else (w.plot_id or None),
        reachable=bool(acc.water_reachable[k]),
        hazards=haz.water_points[k],
        households=load.households,
        persons=load.persons,
        taps=w.taps,
        persons_per_tap=load.persons_per_tap,
        max_persons_per_tap=load.max_persons_per_tap,
        over_capacity=None
        if load.persons_per_tap is None
        else load.persons_per_tap > load.max_persons_per_tap,
        capacity_l_per_day=load.capacity_l_per_day,
        demand_l_per_day=load.demand_l_per_day,
        utilisation=load.utilisation,
        queue_min=load.queue_min,
        queue_too_long=None if load.queue_min is None else load.queue_min > pack.water.max_queue_min,
        unmet_share=load.unmet_share,
        open_hours=load.open_hours,
        hours_cut_by_supply=_hours_cut(load.open_hours, w.open_hours),
        hours_ok=load.hours_ok,
        price_per_20l=w.price_per_20l,
        cost_per_person_month=load.cost_per_person_month,
        pressure_m=None if press is None else press.pressure_m,
        pressure_ok=None if press is None else press.ok,
        pressure_status=None if press is None else press.status,
        pressure_note="" if press is None else press.reason,
    )


def _toilet_row(
    lay: Layout, acc: AccessResult, k: int, load: ToiletLoad, pack: StandardPack, haz: FacilityHazards
) -> ToiletRow:
    t = lay.toilets[k]
    private_plot = int(acc.toilet_private_plot[k])
    private = private_plot >= 0
    return ToiletRow(
        toilet_id=t.id,
        kind=t.toilet_kind.value if t.toilet_kind else "unknown",
        access=t.access.value if t.access else "unknown",
        operator=t.managed_by,
        users=acc.toilet_users.kind[k].value,
        shared_by=t.shared_by,
        private=private,
        plot_id=lay.plots[private_plot].id if private else (t.plot_id or None),
        reachable=bool(acc.toilet_reachable[k]),
        hazards=haz.toilets[k],
        contamination_risk=haz.contamination_risk[k],
        improved=t.toilet_kind in pack.sanitation.improved_kinds,
        households=load.households,
        persons=load.persons,
        seats=t.seats_total,
        seats_female=load.seats_female,
        seats_male=load.seats_male,
        seats_unisex=load.seats_unisex,
        persons_per_seat=load.persons_per_seat,
        persons_per_female_seat=load.persons_per_female_seat,
        persons_per_male_seat=load.persons_per_male_seat,
        female_to_male=load.female_to_male,
        meets_ratio=load.meets_ratio,
        over_capacity=load.persons_per_seat > pack.sanitation.max_persons_per_toilet,
        open_hours=load.open_hours,
        hours_ok=load.hours_ok,
    )


_PROBLEMS = (
    "no_path_access",
    "no_water",
    "water_too_far",
    "no_toilet",
    "toilet_too_far",
    "children_cross_busy_road",
    "too_many_per_tap",
    "queue_too_long",
    "hours_too_short",
    "round_trip_too_long",
    "water_unaffordable",
    "services_unaffordable",
    "too_many_per_toilet",
    "toilet_hours_too_short",
    "toilet_unsafe_at_night",
    "facility_in_hazard_area",
    "single_operator",
    "low_pressure",
    "not_connected",
    "no_supply",
    "displaced",
    "too_little_floor_area",
)


_NIGHT_RISKS = ("unlit_route", "toilet_unlit", "toilet_closed_at_night", "busy_road_crossing")


def _opt(values: np.ndarray, valid: np.ndarray) -> list[float | None]:
    """Return a list with None where ``valid`` is False or the value is not finite."""
    out: list[float | None] = values.astype(float, copy=False).tolist()
    for i in np.flatnonzero(~(valid & np.isfinite(values))).tolist():
        out[i] = None
    return out


def _household_rows(
    lay: Layout,
    acc: AccessResult,
    wloads: list[WaterLoad],
    tloads: list[ToiletLoad],
    control: ControlResult,
    reb: ReblockingResult,
    dep_before: tuple[Deprivations, dict[str, int]],
    dep_after: Deprivations,
    press_by_id: dict[str, Any],
    pack: StandardPack,
    haz: FacilityHazards,
) -> list[HouseholdRow]:
    """Return one row per household; the per-household values are computed as arrays first."""
    w, san, walk = pack.water, pack.sanitation, pack.walking
    hh = lay.households
    n = len(hh)
    plot = lay.hh_plot
    has_plot = plot >= 0
    p = np.maximum(plot, 0)
    n_plots = len(lay.plots)

    def per_plot(values: np.ndarray, fill: Any) -> np.ndarray:
        out = values[p] if n_plots else np.full(n, fill)
        return np.where(has_plot, out, fill)

    wr, tr = acc.water, acc.toilet
    access = per_plot(acc.has_access, False)
    # No path or road drawn: path access is unknown for every household (no problem raised for it).
    access_col: list[bool | None] = access.tolist() if lay.paths_drawn else [None] * n
    f = per_plot(wr.facility, -1)
    t = per_plot(tr.facility, -1)
    water_m = per_plot(wr.plain_m, np.inf)
    toilet_m = per_plot(tr.plain_m, np.inf)
    children = np.array([h.children for h in hh], dtype=np.int64).reshape(-1)
    persons = np.array([h.size_persons for h in hh], dtype=np.int64).reshape(-1)
    water_cross = per_plot(wr.plain_crossings, 0)
    crosses = (children > 0) & (water_cross > 0)
    # A displaced household is not served at the plot it leaves: where it goes is not drawn.
    displaced_set = set(reb.displaced_households)
    displaced = np.array([h.id in displaced_set for h in hh], bool).reshape(-1)
    water_ok = (water_m <= w.max_distance_m) & ~displaced
    toilet_ok = (toilet_m <= san.max_distance_m) & ~displaced
    has_f = f >= 0
    has_t = t >= 0
    ff = np.maximum(f, 0)

    def load_attr(loads: list[Any], name: str, idx: np.ndarray, fill: float) -> np.ndarray:
        arr = np.array([getattr(ld, name) for ld in loads], dtype=float).reshape(-1)
        return np.where(idx >= 0, arr[np.maximum(idx, 0)] if len(arr) else fill, fill)

    per_tap = load_attr(wloads, "persons_per_tap", f, np.nan)
    max_per_tap = load_attr(wloads, "max_persons_per_tap", f, np.inf)
    queue = load_attr(wloads, "queue_min", f, np.nan)
    hours_ok = load_attr(wloads, "hours_ok", f, np.nan)
    per_seat = load_attr(tloads, "persons_per_seat", t, np.nan)
    toilet_hours_ok = load_attr(tloads, "hours_ok", t, np.nan)
    toilet_hh = load_attr(tloads, "households", t, 0)
    round_trip = 2.0 * water_m / walk.speed_m_per_min + queue
    check_trip = w.max_round_trip_min > 0
    trip_long = check_trip & has_f & ~(round_trip <= w.max_round_trip_min)
    single = (
        per_plot(control.single_operator_plot, False)
        if len(control.single_operator_plot)
        else np.zeros(n, bool)
    )

    def pressure_is(status: str) -> np.ndarray:
        if not press_by_id or not len(lay.water_points):
            return np.zeros(n, bool)
        hit = np.array(
            [x.id in press_by_id and press_by_id[x.id].status == status for x in lay.water_points], bool
        ).reshape(-1)
        return np.asarray(has_f & hit[ff])

    low_pressure = pressure_is("low_pressure")
    not_connected = pressure_is("not_connected")
    no_supply = pressure_is("no_supply")
    affected_set = set(reb.affected_households)
    # On the premises: a private tap, or a shared one standing on the household's own plot.
    wp_host = acc.water_users.host_plot
    on_premises = per_plot(wr.private, False) | (
        has_f & has_plot & ((wp_host[ff] if len(wp_host) else np.full(n, -1)) == plot)
    )
    ladders = service_ladders(
        LadderInputs(
            water_point=f,
            water_on_premises=on_premises,
            water_available=has_f & (hours_ok == 1) & ~low_pressure & ~not_connected & ~no_supply,
            round_trip_too_long=trip_long,
            toilet=t,
            toilet_households=toilet_hh,
        ),
        lay.water_points,
        lay.toilets,
        pack,
        water_points_drawn=lay.water_points_drawn,
        toilets_drawn=lay.toilets_drawn,
        paths_drawn=lay.paths_drawn,
    )
    # By night (women and children): the way to the toilet and the toilet itself.
    toilet_unlit = per_plot(tr.plain_unlit_m, np.nan)
    t_dark = np.array([not x.lit and x.access != ToiletAccess.HOUSEHOLD for x in lay.toilets], bool).reshape(
        -1
    )
    t_closed = np.array(
        [x.open_hours is not None and not hours_cover(x.open_hours, san.night_h) for x in lay.toilets], bool
    ).reshape(-1)
    # Hours not surveyed: whether it is open at night is unknown (not "safe").
    t_hours_unknown = np.array([x.open_hours is None for x in lay.toilets], bool).reshape(-1)
    tt = np.maximum(t, 0)
    night_unknown = has_t & (t_hours_unknown[tt] if len(t_hours_unknown) else np.zeros(n, bool))
    night = np.stack(
        [
            has_t & (toilet_unlit > walk.night_max_unlit_m),
            has_t & (t_dark[tt] if len(t_dark) else np.zeros(n, bool)),
            has_t & (t_closed[tt] if len(t_closed) else np.zeros(n, bool)),
            has_t & (per_plot(tr.plain_crossings, 0) > 0),
        ],
        axis=1,
    )
    night_lists = decode_flags(night, _NIGHT_RISKS)
    unsafe_night = night.any(axis=1)
    wp_haz = np.array([bool(k) for k in haz.water_points], bool).reshape(-1)
    wc_haz = np.array([bool(k) for k in haz.toilets], bool).reshape(-1)
    in_hazard = (has_f & (wp_haz[ff] if len(wp_haz) else np.zeros(n, bool))) | (
        has_t & (wc_haz[tt] if len(wc_haz) else np.zeros(n, bool))
    )
    toilet_hh_per_toilet = np.array([ld.households for ld in tloads], dtype=np.int64).reshape(-1)
    money = use_costs(hh, f, t, toilet_hh_per_toilet, lay.water_points, lay.toilets, pack)
    unaffordable = np.array([a is False for a in money.water_affordable], bool).reshape(-1)
    services_unaffordable = np.array([a is False for a in money.total_affordable], bool).reshape(-1)
    # Covered floor per person: the plot's dwellings shared by everyone living on the plot (unknown
    # where no dwelling is drawn, rather than a false alarm).
    persons_plot = lay.persons_per_plot()
    floor_plot = np.where(dep_after.floor_m2_per_plot > 0, dep_after.floor_m2_per_plot, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        covered = per_plot(floor_plot / persons_plot, np.nan) if n_plots else np.full(n, np.nan)
    cramped = np.isfinite(covered) & (covered < pack.shelter.min_covered_m2_per_person)
    flags = (
        np.stack(
            [
                ~access & lay.paths_drawn,
                ~has_f & lay.water_points_drawn & lay.paths_drawn,
                has_f & ~water_ok,
                ~has_t & lay.toilets_drawn & lay.paths_drawn,
                has_t & ~toilet_ok,
                crosses,
                has_f & (per_tap > max_per_tap),
                has_f & (queue > w.max_queue_min),
                has_f & (hours_ok == 0),
                trip_long & np.isfinite(round_trip),
                unaffordable,
                services_unaffordable,
                has_t & (per_seat > san.max_persons_per_toilet),
                has_t & (toilet_hours_ok == 0),
                unsafe_night,
                in_hazard,
                single,
                low_pressure,
                not_connected,
                no_supply,
                displaced,
                cramped,
            ],
            axis=1,
        )
        & has_plot[:, None]
    )
    problem_lists = decode_flags(flags, _PROBLEMS)
    wp_ids = [x.id for x in lay.water_points]
    wc_ids = [x.id for x in lay.toilets]
    plot_ids = [x.id for x in lay.plots]
    before_dep, before_index = dep_before
    cols = {
        "water_m": _opt(water_m, has_plot),
        "water_safe_m": _opt(per_plot(wr.safe_m, np.inf), has_plot),
        "water_safe_cost_m": _opt(per_plot(wr.safe_cost_m, np.inf), has_plot),
        "toilet_m": _opt(toilet_m, has_plot),
        "toilet_safe_m": _opt(per_plot(tr.safe_m, np.inf), has_plot),
        "per_tap": _opt(per_tap, has_f),
        "queue": _opt(queue, has_f),
        "round_trip": _opt(round_trip, has_f),
        "per_seat": _opt(per_seat, has_t),
    }
    before_names = before_dep.all_names()
    after_names = dep_after.all_names()
    before_of = [before_index.get(h.id, -1) for h in hh]
    plot_col = [plot_ids[i] if i >= 0 else None for i in plot.tolist()]
    problems_col = [
        pr if ok else ("no_plot",) for pr, ok in zip(problem_lists, has_plot.tolist(), strict=True)
    ]
    f_l, t_l = f.tolist(), t.tolist()
    # Columns in the field order of HouseholdRow; rows are then made positionally (much faster).
    columns = [
        [h.id for h in hh],
        plot_col,
        persons.tolist(),
        children.tolist(),
        [h.head_sex.value for h in hh],
        access_col,
        [wp_ids[x] if x >= 0 else None for x in f_l],
        per_plot(wr.private, False).tolist(),
        on_premises.tolist(),
        cols["water_m"],
        cols["water_safe_m"],
        cols["water_safe_cost_m"],
        water_cross.tolist(),
        per_plot(wr.safe_crossings, 0).tolist(),
        _unless(water_ok, ladders.water_not_drawn),
        crosses.tolist(),
        [wc_ids[x] if x >= 0 else None for x in t_l],
        per_plot(tr.private, False).tolist(),
        cols["toilet_m"],
        cols["toilet_safe_m"],
        per_plot(tr.plain_crossings, 0).tolist(),
        _opt(toilet_unlit, has_t),
        [
            None if x < 0 or (not r and unk) else not r
            for x, r, unk in zip(t_l, night_lists, night_unknown.tolist(), strict=True)
        ],
        night_lists,
        _unless(toilet_ok, ladders.sanitation_not_drawn),
        cols["per_tap"],
        cols["queue"],
        cols["round_trip"],
        [bool(v) if x >= 0 else None for v, x in zip(hours_ok.tolist(), f_l, strict=True)],
        money.water,
        money.water_share,
        money.water_affordable,
        cols["per_seat"],
        money.toilet_fees,
        money.emptying,
        money.total,
        money.complete,
        money.total_share,
        money.total_affordable,
        _opt(covered, has_plot),
        np.where(displaced, "unknown", ladders.water).tolist(),
        np.where(displaced, "unknown", ladders.sanitation).tolist(),
        np.where(displaced, "unknown", ladders.hygiene).tolist(),
        single.tolist(),
        displaced.tolist(),
        [h.id in affected_set for h in hh],
        [before_names[kb] if kb >= 0 else () for kb in before_of],
        after_names,
        problems_col,
    ]
    assert len(columns) == len(HouseholdRow.__slots__)
    return [HouseholdRow(*values) for values in zip(*columns, strict=True)]


def _unless(values: np.ndarray, unknown: np.ndarray) -> list[bool | None]:
    """Return ``values`` as a list, None where ``unknown`` (what the drawing cannot tell is not False)."""
    return [None if u else v for v, u in zip(values.tolist(), unknown.tolist(), strict=True)]


def build_scorecard(result: CheckResult) -> Scorecard:
    """Return the scorecard of a finished check."""
    rows = result.households

    def column(name: str) -> list[Any]:
        return list(map(attrgetter(name), rows))  # one field of every household (one pass, in C)

    def count(name: str) -> int:
        return sum(map(bool, column(name)))

    water_shares = column("water_cost_share")
    n_incomes = len(rows) - water_shares.count(None)
    n_affordable = sum(
        1 for s, ok in zip(water_shares, column("water_affordable"), strict=True) if s is not None and ok
    )
    public_w = [f for f in result.water_points if not f.private and f.reachable]
    public_t = [f for f in result.toilets if not f.private and f.reachable]
    taps = sum(f.taps for f in public_w if f.taps is not None)
    known_tap_load = [f.persons_per_tap for f in public_w if f.persons_per_tap is not None]
    seats = sum(f.seats for f in public_t)
    crossing = column("children_cross_busy_road")
    deprived_before, deprived_after = column("deprivations_before"), column("deprivations_after")
    before = sum(map(len, deprived_before))
    after = sum(map(len, deprived_after))
    # Removed: only deprivations the drawing tells both before and after (unknown is not "deprived").
    told = result.deprivations_not_drawn
    n_before, n_after = (
        Counter(chain.from_iterable(deprived_before)),
        Counter(chain.from_iterable(deprived_after)),
    )
    removed = (before - sum(n_before[d] for d in told)) - (after - sum(n_after[d] for d in told))
    pressure = result.pressure
    too_costly_heads = [
        sex for sex, ok in zip(column("head_sex"), column("services_affordable"), strict=True) if ok is False
    ]
    shares = [s for s in column("services_cost_share") if s is not None]
    return Scorecard(
        option_id=result.option_id,
        option_name=result.option_name,
        standard=result.pack.id,
        households=len(rows),
        persons=sum(column("persons")),
        households_assumed=result.households_assumed,
        households_water_within_standard=count("water_within_standard"),
        households_toilet_within_standard=count("toilet_within_standard"),
        water_standard_m=result.pack.water.max_distance_m,
        toilet_standard_m=result.pack.sanitation.max_distance_m,
        households_without_path_access=None
        if result.path_access_unknown_because
        else len(rows) - count("path_access"),
        path_access_unknown_because=result.path_access_unknown_because,
        persons_per_tap_max=max(known_tap_load, default=0.0),
        persons_per_tap_mean=sum(f.persons for f in public_w if f.taps is not None) / taps
        if taps
        else (math.inf if public_w else 0.0),
        water_points_over_capacity=sum(1 for f in public_w if f.over_capacity),
        water_points_queue_too_long=sum(1 for f in public_w if f.queue_too_long),
        water_points_hours_short=sum(1 for f in public_w if f.hours_ok is False),
        persons_per_toilet_seat_max=max((f.persons_per_seat for f in public_t), default=0.0),
        persons_per_toilet_seat_mean=sum(f.persons for f in public_t) / seats
        if seats
        else (math.inf if public_t else 0.0),
        toilets_over_capacity=sum(1 for f in public_t if f.over_capacity),
        toilet_blocks_ratio_failing=sum(1 for f in result.toilets if f.meets_ratio is False),
        children_busy_crossing_households=sum(map(bool, crossing)),
        children_busy_crossing=sum(c for c, x in zip(column("children"), crossing, strict=True) if x),
        affordability_share=n_affordable / n_incomes if n_incomes else None,
        households_water_unaffordable=n_incomes - n_affordable,
        households_services_unaffordable=len(too_costly_heads),
        services_unaffordable_by_head_sex=dict(sorted(Counter(too_costly_heads).items())),
        services_cost_share_max=max(shares, default=None),
        water_ladder=dict(sorted(Counter(column("water_service_level")).items())),
        sanitation_ladder=dict(sorted(Counter(column("sanitation_service_level")).items())),
        hygiene_ladder=dict(sorted(Counter(column("hygiene_service_level")).items())),
        ladders_unknown_because=dict(sorted(result.ladders_unknown_because.items())),
        pressure_failures=None if pressure is None else len(pressure.failures),
        households_single_operator=count("water_single_operator"),
        operator_warnings=len(result.control.warnings),
        displaced_households=len(result.reblocking.displaced_households),
        affected_households=len(result.reblocking.affected_households),
        displaced_buildings=len(result.reblocking.buildings),
        plot_area_lost_m2=sum(result.reblocking.area_lost_m2.values()),
        plots_gaining_access=None
        if result.access_gained_unknown_because
        else len(result.reblocking.plots_gaining_access),
        access_gained_unknown_because=result.access_gained_unknown_because,
        deprivations_before=before,
        deprivations_after=after,
        deprivations_removed=removed,
        households_deprived_before=sum(map(bool, deprived_before)),
        households_deprived_after=sum(map(bool, deprived_after)),
    )


def scorecard(
    doc: Document, option_id: str | None, standard: str | None = None, *, pressure: bool = True
) -> Scorecard:
    """Return the scorecard of ``option_id`` (None: the existing conditions) under ``standard``."""
    return check_option(doc, option_id, standard, pressure=pressure).scorecard
