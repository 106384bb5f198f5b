"""Plain inputs of the reports besides the bill itself: funding, the plan drawing, comparison rows, poster facts.

The reports live in ``costing`` and must not import ``designer``; the glue in ``designer/export/reports.py``
fills these from a Document. Money is Decimal in the project currency; lengths are metres; coordinates are
local metres (x east, y north).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

__all__ = [
    "FundingLine",
    "FundingSummary",
    "OptionComparison",
    "PlanDrawing",
    "PlanShape",
    "PlanStyle",
    "PlanUnderlay",
    "PosterFacts",
    "ServiceView",
    "TitleBlock",
]


@dataclass(frozen=True)
class FundingLine:
    """One source of money for an option: its total and its share per household."""

    label: str
    amount: Decimal
    per_household: Decimal | None = None


@dataclass(frozen=True)
class FundingSummary:
    """Who pays what for an option, and what a household repays each month.

    Attributes:
        lines: sources (savings, subsidy, loan, government works, community in kind); their amounts should sum
            to ``total``.
        total: the option's total cost (the BoQ total).
        loan_per_household: principal borrowed per household.
        monthly_repayment: instalment per household per month (0 when there is no loan).
        notes: label/value pairs shown under the table (affordability, income share …), already worded.
    """

    currency: str
    households: int
    lines: tuple[FundingLine, ...]
    total: Decimal
    loan_per_household: Decimal = Decimal("0")
    monthly_repayment: Decimal = Decimal("0")
    loan_rate_pct_per_year: Decimal = Decimal("0")
    loan_term_months: int = 0
    loan_grace_months: int = 0
    notes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PlanStyle:
    """How one layer of the plan is drawn (colours as #rrggbb, widths in mm on paper)."""

    key: str
    label: str
    stroke: str = "#000000"
    fill: str | None = None
    width_mm: float = 0.25
    dash_mm: tuple[float, ...] = ()
    symbol: str = ""  # for points: "tap", "toilet", "light", "manhole", "dot", "square"
    size_mm: float = 2.5
    legend: bool = True


@dataclass(frozen=True)
class PlanShape:
    """A primitive of the plan in local metres: an area, a line, a point symbol or a label."""

    kind: str  # "area" | "line" | "point" | "text"
    style: str
    coords: tuple[tuple[float, float], ...]
    text: str = ""
    width_m: float = 0.0  # lines drawn at true width when > 0 (paths, roads)


@dataclass(frozen=True)
class TitleBlock:
    """The fields of the title block (ISO 7200 subset)."""

    project: str
    title: str
    option: str
    drawing_no: str = ""
    revision: str = "A"
    date: str = ""
    crs: str = ""
    drawn: str = "Jamii"
    checked: str = ""
    disclaimer: str = "Participatory design option, not for construction."


@dataclass(frozen=True)
class PlanUnderlay:
    """An image printed under the plan (a drone or satellite image), read at the sheet's resolution.

    ``read(bounds, width_px, height_px)`` returns a PIL RGBA image of ``bounds`` (min_x, min_y, max_x, max_y in
    local metres) at that size, transparent where there is no image; the caller picks the file's overview.
    """

    name: str
    read: Callable[[tuple[float, float, float, float], int, int], Any]
    bounds_m: tuple[float, float, float, float] | None = None  # where the image lies (local metres)


@dataclass(frozen=True)
class PlanDrawing:
    """The option drawn as primitives, with layer styles in drawing order (first drawn first)."""

    shapes: tuple[PlanShape, ...]
    styles: tuple[PlanStyle, ...]
    title: TitleBlock
    extent: tuple[float, float, float, float] | None = None  # min_x, min_y, max_x, max_y in local metres
    underlays: tuple[PlanUnderlay, ...] = ()  # bottom first

    def bounds(self) -> tuple[float, float, float, float]:
        """Return the extent (given, or of every coordinate; a 10 m square round the origin when empty)."""
        if self.extent is not None:
            return self.extent
        xs = [x for s in self.shapes for x, _ in s.coords]
        ys = [y for s in self.shapes for _, y in s.coords]
        if not xs:
            boxes = [u.bounds_m for u in self.underlays if u.bounds_m is not None]
            if boxes:  # imagery only (a new project traced over a drone image): the sheet shows the image
                return (
                    min(b[0] for b in boxes),
                    min(b[1] for b in boxes),
                    max(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                )
            return (-5.0, -5.0, 5.0, 5.0)
        return (min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True)
class OptionComparison:
    """One option's figures in the comparison report (all money in one currency).

    ``scorecard`` rows are (label, printed value) pairs from the service analysis, in a stable order.
    """

    option_id: str
    name: str
    bill_totals: tuple[tuple[int, str, Decimal], ...]
    total: Decimal
    cash: Decimal
    in_kind: Decimal
    households: int
    subsidy: Decimal = Decimal("0")
    savings: Decimal = Decimal("0")
    loan: Decimal = Decimal("0")
    monthly_repayment: Decimal = Decimal("0")
    affordable_share: float | None = None  # share (0-1) of households for whom the repayment is affordable
    scorecard: tuple[tuple[str, str], ...] = ()
    illustrative: bool = False
    currency: str = ""
    cost_per_household: Decimal | None = None  # BillOfQuantities.per_household: None when no households
    unpriced_by_bill: tuple[tuple[int, int], ...] = ()
    """(bill number, unpriced lines) for each bill whose total is not known (a percentage bill: 0 lines)."""
    assumptions: tuple[tuple[str, str, str], ...] = ()
    price_notes: tuple[str, ...] = ()

    @property
    def unpriced_count(self) -> int:
        """Lines the cost library could not price: the option's totals are then not its cost."""
        return sum(n for _, n in self.unpriced_by_bill)

    @property
    def complete(self) -> bool:
        return self.unpriced_count == 0


@dataclass(frozen=True)
class PosterFacts:
    """The four numbers residents ask first, plus what is needed to say them plainly.

    Distances are walking distances along the drawn paths, in metres (None when not analysed yet).
    """

    option_name: str
    currency: str
    cost_per_household: Decimal | None  # None when the option serves no household
    monthly_repayment: Decimal
    repayment_months: int
    walk_to_water_m: float | None
    walk_to_toilet_m: float | None
    households_served: int | None  # None: cannot be told (no water point or no toilet drawn)
    households_total: int
    total_cost: Decimal = Decimal("0")
    in_kind: Decimal = Decimal("0")
    illustrative: bool = False
    notes: tuple[str, ...] = field(default=())
    unpriced_count: int = 0  # > 0: the poster refuses to print a cost (it would be the priced part only)
    assumptions: tuple[tuple[str, str, str], ...] = ()  # (assumption, value, source) for page 2
    price_notes: tuple[str, ...] = ()
    displaced_households: int = 0
    # (before, after, all): plots a path reaches before and after the option; None when it gains none.
    plots_reachable: tuple[int, int, int] | None = None
    # Why households_served is None: "water_points_not_drawn", "toilets_not_drawn" or "paths_not_drawn".
    served_unknown_because: str = ""
    # No path or road drawn in the option's view: which plots a path reaches is not known.
    path_access_unknown: bool = False


@dataclass(frozen=True)
class ServiceView:
    """Who is served in one scenario (today, or one option), for the negotiation pages.

    Plots carry the rung of their worst-off household on each JMP ladder (``""``: nobody lives there), so
    the maps can colour them; counts are households. Coordinates are local metres.

    Attributes:
        scenario_id: ``"existing"`` for today, else the option id.
        failing: (reason key, households) for the households still failing, by reason (a household can
            fail for several); ``failing_households`` counts each once.
        operators: (operator, water points, share of the persons they serve 0–1).
        water_points: (id, operator, hours open a day or None when unknown, price per 20 L as printed,
            or "-" when unknown).
        ladders_unknown_because: (ladder, reason) for each JMP ladder the drawing cannot tell
            (``water_points_not_drawn``, ``toilets_not_drawn``, ``handwashing_not_recorded``): its
            households are on the "unknown" rung, not the bottom one; ``paths_not_drawn``: those without
            a facility on their own plot are.
        path_access_unknown_because: ``paths_not_drawn`` when the scenario has no path or road at all:
            which plots a path reaches is unknown (no household counted as without path access).
    """

    scenario_id: str
    name: str
    households: int
    water_ladder: tuple[tuple[str, int], ...]
    sanitation_ladder: tuple[tuple[str, int], ...]
    hygiene_ladder: tuple[tuple[str, int], ...]
    failing: tuple[tuple[str, int], ...]
    failing_households: int
    operators: tuple[tuple[str, int, float], ...]
    water_points: tuple[tuple[str, str, float | None, str], ...]
    displaced_households: int
    area_lost_m2: float
    plot_outlines: tuple[tuple[tuple[float, float], ...], ...] = ()
    plot_water: tuple[str, ...] = ()
    plot_sanitation: tuple[str, ...] = ()
    paths: tuple[tuple[tuple[float, float], ...], ...] = ()
    water_xy: tuple[tuple[float, float], ...] = ()
    toilet_xy: tuple[tuple[float, float], ...] = ()
    ladders_unknown_because: tuple[tuple[str, str], ...] = ()
    path_access_unknown_because: str = ""
