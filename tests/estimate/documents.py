"""Small documents for the estimate tests, with quantities that can be checked by hand."""

from __future__ import annotations

from decimal import Decimal

from designer.model import (
    Building,
    CoreHouse,
    Demolition,
    Document,
    Drain,
    FundingMix,
    Household,
    HouseImprovement,
    Manhole,
    Option,
    Path,
    Plot,
    PowerSource,
    ProjectInfo,
    Relocation,
    SavingsGroup,
    Sewer,
    StreetLight,
    Surface,
    Toilet,
    ToiletKind,
    WaterMain,
    WaterPoint,
    WaterPointKind,
)


def make_doc() -> Document:
    """A small settlement with one option touching every costed kind (numbers easy to check)."""
    opt = Option(
        id="opt-a",
        name="Option A",
        community_labour_share=0.5,
        labour_share_by_bill=(("8", 1.0),),
        local_materials=("M-SAND",),
        funding=FundingMix(
            savings_share=0.1,
            subsidy_share=0.6,
            loan_share=0.3,
            loan_rate_pct_per_year=6.0,
            loan_term_months=60,
        ),
    )
    opt_b = Option(
        id="opt-b", name="Option B", funding=FundingMix(subsidy_share=1.0, savings_share=0, loan_share=0)
    )
    recs = [
        opt,
        opt_b,
        Plot(id="plot-1", outline=((0, 10), (10, 10), (10, 25), (0, 25))),
        Path(id="path-1", route=((0, 0), (100, 0)), width_m=2.0, surface=Surface.MURRAM),
        Building(id="bldg-1", outline=((200, 0), (206, 0), (206, 5), (200, 5)), storeys=1, plot_id="plot-1"),
        Building(id="bldg-2", outline=((220, 0), (224, 0), (224, 4), (220, 4))),
        Building(id="bldg-3", outline=((240, 0), (245, 0), (245, 4), (240, 4)), storeys=2),
        StreetLight(id="sl-old", position=(0, 40), power=PowerSource.GRID),
        # Option A
        WaterMain(id="wm-1", scope="opt-a", route=((0, 1), (60, 1), (60, 81)), diameter_mm=63),
        WaterPoint(id="wp-1", scope="opt-a", position=(30, 6), taps=2),
        WaterPoint(
            id="wp-2", scope="opt-a", position=(300, 300), point_kind=WaterPointKind.KIOSK, storage_m3=2.0
        ),
        Toilet(id="wc-1", scope="opt-a", position=(60, 10), seats_unisex=2),
        Path(
            id="path-1w",
            scope="opt-a",
            route=((0, 0), (100, 0)),
            width_m=3.5,
            surface=Surface.CONCRETE,
            widens="path-1",
        ),
        Path(id="path-2", scope="opt-a", route=((0, 50), (0, 80)), width_m=1.5),
        Sewer(id="sw-1", scope="opt-a", route=((0, 60), (40, 60)), diameter_mm=110),
        Manhole(id="mh-1", scope="opt-a", position=(0, 60), depth_m=1.2),
        Drain(id="dr-1", scope="opt-a", route=((0, 90), (20, 90)), width_m=0.4),
        StreetLight(id="sl-1", scope="opt-a", position=(30, 40), power=PowerSource.GRID),
        StreetLight(id="sl-2", scope="opt-a", position=(80, 40)),
        Demolition(id="demo-1", scope="opt-a", building_id="bldg-1"),
        Relocation(id="move-1", scope="opt-a", building_id="bldg-3"),
        HouseImprovement(
            id="impr-1", scope="opt-a", building_id="bldg-2", roof=True, floor=True, extra_rooms=1
        ),
        CoreHouse(
            id="house-1",
            scope="opt-a",
            outline=((300, 0), (306, 0), (306, 5), (300, 5)),
            rooms=2,
            house_type="core-2room",
            stages_built=3,
        ),
        Plot(
            id="plot-n",
            scope="opt-a",
            outline=((400, 0), (412, 0), (412, 10), (400, 10)),
            replaces=("plot-1",),
        ),
        # Option B: ablution block only
        Toilet(
            id="wc-b",
            scope="opt-b",
            position=(50, 50),
            toilet_kind=ToiletKind.ABLUTION_BLOCK,
            seats_female=3,
            seats_male=2,
            seats_unisex=0,
        ),
        Household(
            id="hh-1",
            plot_id="plot-1",
            size_persons=5,
            income_per_month=Decimal("20000"),
            savings_balance=Decimal("3000"),
        ),
        Household(id="hh-2", size_persons=3, income_per_month=Decimal("3000")),
        Household(id="hh-3", size_persons=4),
        SavingsGroup(
            id="sg-1", name="Tumaini women", members_female=12, members_male=2, balance=Decimal("40000")
        ),
    ]
    return Document(ProjectInfo(name="Test settlement", currency="KES"), recs)
