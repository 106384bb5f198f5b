"""Small hand-built settlements with answers that can be worked out on paper."""

from __future__ import annotations

from decimal import Decimal

from designer.model import (
    Building,
    CoreHouse,
    Document,
    Household,
    Option,
    Path,
    Plot,
    ProjectInfo,
    Traffic,
    WaterPoint,
)


def box(x0: float, y0: float, x1: float, y1: float) -> tuple[tuple[float, float], ...]:
    """Return a rectangle outline (metres)."""
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def l_shaped() -> Document:
    """Three plots on an L-shaped footpath with a standpipe at the corner.

    Path (0,0) → (100,0) → (100,100), 2 m wide, lit. Standpipe at (101, -1): it joins the path at the
    corner (100, 0) by a √2 m leg. Plots:

    * A: x 10–20, y 2–12 → centroid (15, 7), gate (15, 0): 85 + √2 m;
    * B: x 60–70, y 2–12 → centroid (65, 7), gate (65, 0): 35 + √2 m;
    * C: x 102–112, y 40–50 → centroid (107, 45), gate (100, 45): 45 + √2 m.
    """
    return Document(
        ProjectInfo(name="L"),
        [
            Path(id="p-l", route=((0, 0), (100, 0), (100, 100)), width_m=2.0, lit=True),
            Plot(id="A", outline=box(10, 2, 20, 12)),
            Plot(id="B", outline=box(60, 2, 70, 12)),
            Plot(id="C", outline=box(102, 40, 112, 50)),
            WaterPoint(id="sp", position=(101, -1), taps=2, price_per_20l=Decimal("2")),
            Household(id="hA", plot_id="A", size_persons=4, children=1, income_per_month=Decimal("3000")),
            Household(id="hB", plot_id="B", size_persons=5, income_per_month=Decimal("5000")),
            Household(id="hC", plot_id="C", size_persons=6),
            Option(id="opt", name="Nothing new"),
        ],
    )


def busy_road() -> Document:
    """A plot north of a busy road, a standpipe just south of it and a kiosk further along the north side.

    Road (−100,0) → (100,0), 10 m wide, busy, lit. Plot P: x −5–5, y 6–16 → gate (0, 0) on the north side.
    Standpipe S at (0, −6): south side, leg 6 m. Plain route P → S: cross the road (10 m) + 6 m = 16 m,
    one crossing. Kiosk K at (60, 6): north side, leg 6 m, 60 m along → 66 m and no crossing.
    With the default 100 m crossing penalty the safe route goes to K (66 < 116).
    """
    return Document(
        ProjectInfo(name="Road"),
        [
            Path(id="road", route=((-100, 0), (100, 0)), width_m=10.0, traffic=Traffic.BUSY, lit=True),
            Plot(id="P", outline=box(-5, 6, 5, 16)),
            WaterPoint(id="S", position=(0, -6)),
            WaterPoint(id="K", position=(60, 6)),
            Household(id="hP", plot_id="P", size_persons=5, children=2),
        ],
    )


def widened_lane(*, core_house: bool = False) -> Document:
    """A 2 m lane along y = 0 widened to 6 m: the new strips are y 1..3 and y −3..−1.

    * b1 (x 10–16, y 2–8) on P1 overlaps the strip by 6 × 1 = 6 m²: displaced;
    * b2 (x 30–36, y 4–10) on P2 stays;
    * P1 and P2 (y from 1.5) each lose 12 × 1.5 = 18 m²;
    * P3 (x 50–60, y 5.5–15) is 5.5 m from the centreline: beyond 1 + 3.5 m before, within 3 + 3.5 m after.
    """
    recs = [
        Path(id="lane", route=((0, 0), (100, 0)), width_m=2.0),
        Plot(id="P1", outline=box(8, 1.5, 20, 12)),
        Plot(id="P2", outline=box(28, 1.5, 40, 12)),
        Plot(id="P3", outline=box(50, 5.5, 60, 15)),
        Building(id="b1", outline=box(10, 2, 16, 8), plot_id="P1"),
        Building(id="b2", outline=box(30, 4, 36, 10), plot_id="P2"),
        Household(id="h1", plot_id="P1", size_persons=5),
        Household(id="h2", plot_id="P2", size_persons=4),
        Option(id="wide", name="Widen the lane"),
        Path(id="lane-w", scope="wide", route=((0, 0), (100, 0)), width_m=6.0, widens="lane"),
    ]
    if core_house:
        recs.append(CoreHouse(id="ch", scope="wide", outline=box(12, 6, 18, 11), plot_id="P1"))
    return Document(ProjectInfo(), recs)
