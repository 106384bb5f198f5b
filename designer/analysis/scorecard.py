"""The per-option scorecard: who is served, in a handful of numbers that options can be compared by.

Built by ``designer.analysis.check.build_scorecard`` from a finished check; used by `jamii check`
(summary), `jamii compare`, the reports and the GUI. Counts are of households
(from the survey, or assumed one per residential plot when there is none); shares are fractions 0–1.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["Scorecard"]


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
        water_ladder / sanitation_ladder / hygiene_ladder: households on each JMP rung ("unknown"
            counted apart, never as the bottom rung).
        ladders_unknown_because: ladder -> why the drawing cannot tell it (``water_points_not_drawn``,
            ``toilets_not_drawn``, ``handwashing_not_recorded``); empty when every ladder is drawn.
        households_without_path_access: households whose plot no drawn path reaches; None (unknown)
            when the view has no path or road drawn at all, ``path_access_unknown_because`` then says
            ``paths_not_drawn`` (None when paths are drawn).
        plots_gaining_access: plots the option's paths reach that none reached before; None when the
            existing conditions have no path drawn (``access_gained_unknown_because``:
            ``paths_not_drawn_before``), as every plot reached would look gained.
        pressure_failures: piped water points below the minimum pressure or not connected to a supply
            (None when the pressure check was not run).
        deprivations_removed: household deprivations the option removes, minus those it adds, of those
            the drawing tells both before and after (water or sanitation with nothing of the kind drawn
            in one of the two views is left out).
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
    households_without_path_access: int | None
    path_access_unknown_because: str | None
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
    ladders_unknown_because: dict[str, str]
    pressure_failures: int | None
    households_single_operator: int
    operator_warnings: int
    displaced_households: int
    affected_households: int
    displaced_buildings: int
    plot_area_lost_m2: float
    plots_gaining_access: int | None
    access_gained_unknown_because: str | None
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
