"""Small hand-built documents for model and file tests."""

from __future__ import annotations

from decimal import Decimal

from designer.model import (
    Building,
    Demolition,
    Document,
    Household,
    Option,
    Path,
    Plot,
    ProjectInfo,
    SavingsGroup,
    Traffic,
    WaterPoint,
)


def square(x: float, y: float, size: float = 10.0) -> tuple[tuple[float, float], ...]:
    return ((x, y), (x + size, y), (x + size, y + size), (x, y + size))


def small_document() -> Document:
    """Two plots with a building each, a busy road, a household, and one option with a standpipe and a demolition."""
    return Document(
        ProjectInfo(name="Test", crs_epsg=32737, origin_x_m=250000.0, origin_y_m=9850000.0),
        [
            Plot(id="plot-1", outline=square(0, 0), number="1"),
            Plot(id="plot-2", outline=square(10, 0), number="2"),
            Building(id="bldg-1", outline=square(2, 2, 5), plot_id="plot-1"),
            Building(id="bldg-2", outline=square(12, 2, 5), plot_id="plot-2"),
            Path(id="path-1", route=((0, -3), (20, -3)), width_m=6.0, traffic=Traffic.BUSY),
            SavingsGroup(id="sg-1", name="Savers", members_female=3, balance=Decimal("1200.50")),
            Household(
                id="hh-1",
                plot_id="plot-1",
                size_persons=5,
                income_per_month=Decimal("9000"),
                name="Amina",
                phone="+254700000001",
                savings_group_id="sg-1",
            ),
            Option(id="opt-1", name="Standpipe"),
            WaterPoint(id="wp-1", scope="opt-1", position=(10.0, -1.0), price_per_20l=Decimal("2.50")),
            Demolition(id="demo-1", scope="opt-1", building_id="bldg-2"),
        ],
    )
