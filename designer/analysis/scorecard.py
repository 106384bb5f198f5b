"""The per-option scorecard: who is served, in a handful of numbers that options can be compared by.

Used by `jamii check` (summary), `jamii compare`, the reports and the GUI. Counts are of households
(from the survey, or assumed one per residential plot when there is none); shares are fractions 0–1.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from designer.analysis.check import CheckResult
    from designer.model.document import Document

__all__ = ["Scorecard", "build_scorecard", "scorecard"]


@dataclass(frozen=True, slots=True)
class Scorecard:
    """How well one option (or the existing conditions, ``option_id=None``) serves its households.

    Attributes:
        households_water_within_standard: households whose walking distance to water is within the pack's.
        persons_per_tap_max: the most persons depending on one tap of a public water point.
        persons_per_tap_mean: persons served by public water points ÷ their taps.
        persons_per_toilet_seat_max / _mean: the same for public toilets (per seat).
        children_busy_crossing_households: households with children whose shortest route to water
            crosses a busy road; ``children_busy_crossing`` counts the children.
        affordability_share: of households with a known income, the share for whom water costs at
            most the pack's share of income.
        households_services_unaffordable: households whose costs of use (water, toilet fees,
            emptying) exceed the pack's share of income; ``services_unaffordable_by_head_sex`` splits
            them by the sex of the household head; ``services_cost_share_max`` is the worst share.
        water_ladder / sanitation_ladder / hygiene_ladder: households on each JMP rung.
        pressure_failures: piped water points below the minimum pressure or not connected
            (None when the pressure check was not run).
        deprivations_removed: household deprivations the option removes, minus those it adds.
    """

    option_id: str | None
    option_name: str
    standard: str
    households: int
    persons: int
    households_assumed: bool
    households_water_within_standard: int
    households_toilet_within_standard: int
    water_standard_m: float
    toilet_standard_m: float
    households_without_path_access: int
    persons_per_tap_max: float
    persons_per_tap_mean: float
    water_points_over_capacity: int
    water_points_queue_too_long: int
    water_points_hours_short: int
    persons_per_toilet_seat_max: float
    persons_per_toilet_seat_mean: float
    toilets_over_capacity: int
    toilet_blocks_ratio_failing: int
    children_busy_crossing_households: int
    children_busy_crossing: int
    affordability_share: float | None
    households_water_unaffordable: int
    households_services_unaffordable: int
    services_unaffordable_by_head_sex: dict[str, int]
    services_cost_share_max: float | None
    water_ladder: dict[str, int]
    sanitation_ladder: dict[str, int]
    hygiene_ladder: dict[str, int]
    pressure_failures: int | None
    households_single_operator: int
    operator_warnings: int
    displaced_households: int
    affected_households: int
    displaced_buildings: int
    plot_area_lost_m2: float
    plots_gaining_access: int
    deprivations_before: int
    deprivations_after: int
    deprivations_removed: int
    households_deprived_before: int
    households_deprived_after: int

    def to_json(self) -> dict[str, Any]:
        """Return the scorecard as plain JSON values (floats rounded for reading)."""
        out = asdict(self)
        for k, v in out.items():
            if isinstance(v, float):
                out[k] = round(v, 3) if math.isfinite(v) else None
        return out


def build_scorecard(result: CheckResult) -> Scorecard:
    """Return the scorecard of a finished check."""
    import math

    rows = result.households
    incomes = [r for r in rows if r.water_cost_share is not None]
    affordable = [r for r in incomes if r.water_affordable]
    public_w = [f for f in result.water_points if not f.private and f.reachable]
    public_t = [f for f in result.toilets if not f.private and f.reachable]
    taps = sum(f.taps for f in public_w)
    seats = sum(f.seats for f in public_t)
    crossing = [r for r in rows if r.children_cross_busy_road]
    before = sum(len(r.deprivations_before) for r in rows)
    after = sum(len(r.deprivations_after) for r in rows)
    pressure = result.pressure
    too_costly = [r for r in rows if r.services_affordable is False]
    shares = [r.services_cost_share for r in rows if r.services_cost_share is not None]
    return Scorecard(
        option_id=result.option_id,
        option_name=result.option_name,
        standard=result.pack.id,
        households=len(rows),
        persons=sum(r.persons for r in rows),
        households_assumed=result.households_assumed,
        households_water_within_standard=sum(1 for r in rows if r.water_within_standard),
        households_toilet_within_standard=sum(1 for r in rows if r.toilet_within_standard),
        water_standard_m=result.pack.water.max_distance_m,
        toilet_standard_m=result.pack.sanitation.max_distance_m,
        households_without_path_access=sum(1 for r in rows if not r.path_access),
        persons_per_tap_max=max((f.persons_per_tap for f in public_w), default=0.0),
        persons_per_tap_mean=sum(f.persons for f in public_w) / taps
        if taps
        else (math.inf if public_w else 0.0),
        water_points_over_capacity=sum(1 for f in public_w if f.over_capacity),
        water_points_queue_too_long=sum(1 for f in public_w if f.queue_too_long),
        water_points_hours_short=sum(1 for f in public_w if not f.hours_ok),
        persons_per_toilet_seat_max=max((f.persons_per_seat for f in public_t), default=0.0),
        persons_per_toilet_seat_mean=sum(f.persons for f in public_t) / seats
        if seats
        else (math.inf if public_t else 0.0),
        toilets_over_capacity=sum(1 for f in public_t if f.over_capacity),
        toilet_blocks_ratio_failing=sum(1 for f in result.toilets if f.meets_ratio is False),
        children_busy_crossing_households=len(crossing),
        children_busy_crossing=sum(r.children for r in crossing),
        affordability_share=len(affordable) / len(incomes) if incomes else None,
        households_water_unaffordable=len(incomes) - len(affordable),
        households_services_unaffordable=len(too_costly),
        services_unaffordable_by_head_sex=dict(sorted(Counter(r.head_sex for r in too_costly).items())),
        services_cost_share_max=max(shares, default=None),
        water_ladder=dict(sorted(Counter(r.water_service_level for r in rows).items())),
        sanitation_ladder=dict(sorted(Counter(r.sanitation_service_level for r in rows).items())),
        hygiene_ladder=dict(sorted(Counter(r.hygiene_service_level for r in rows).items())),
        pressure_failures=None if pressure is None else len(pressure.failures),
        households_single_operator=sum(1 for r in rows if r.water_single_operator),
        operator_warnings=len(result.control.warnings),
        displaced_households=len(result.reblocking.displaced_households),
        affected_households=len(result.reblocking.affected_households),
        displaced_buildings=len(result.reblocking.buildings),
        plot_area_lost_m2=sum(result.reblocking.area_lost_m2.values()),
        plots_gaining_access=len(result.reblocking.plots_gaining_access),
        deprivations_before=before,
        deprivations_after=after,
        deprivations_removed=before - after,
        households_deprived_before=sum(1 for r in rows if r.deprivations_before),
        households_deprived_after=sum(1 for r in rows if r.deprivations_after),
    )


def scorecard(
    doc: Document, option_id: str | None, standard: str | None = None, *, pressure: bool = True
) -> Scorecard:
    """Return the scorecard of ``option_id`` (None: the existing conditions) under ``standard``."""
    from designer.analysis.check import check_option

    return check_option(doc, option_id, standard, pressure=pressure).scorecard
