"""Write the bundled sample settlement ``resources/samples/tumaini.jamii``.

Mji wa Tumaini ("town of hope") is fictional and authored here: an irregular neighbourhood of
128 plots between a busy road and a flood-prone stream, with too few water points and toilets, and
three contrasting upgrade options. Deterministic (seeded), so re-running gives the same file.

Usage: ``python scripts/make_sample.py [OUT]``
"""

from __future__ import annotations

import math
import pathlib
import random
import sys
import uuid
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

import shapely
import shapely.ops
from shapely.geometry import LineString, Polygon

from designer.io.project_file import save_project
from designer.model import (
    AgeGroup,
    Ballot,
    Building,
    Demolition,
    Document,
    Drain,
    DrainKind,
    FloorMaterial,
    FundingMix,
    HazardArea,
    HazardKind,
    Household,
    Manhole,
    Option,
    ParticipantCount,
    Path,
    PathKind,
    Plot,
    ProjectInfo,
    Relocation,
    RoofMaterial,
    SavingsGroup,
    Sewer,
    SewerKind,
    Sex,
    SpotLevel,
    StreetLight,
    SupplyPoint,
    Surface,
    Tenure,
    Toilet,
    ToiletAccess,
    ToiletKind,
    Traffic,
    VotingMethod,
    WallMaterial,
    WaterMain,
    WaterPoint,
    WaterPointKind,
    WorkshopRecord,
)

WIDTH_M = 150.0
SPINE_X_M = 75.0
LANES_Y_M = (32.0, 64.0, 96.0)
BLOCK_ROWS_M = ((1.0, 31.0), (33.0, 63.0), (65.0, 95.0), (97.0, 125.0))
ROAD_Y_M = -8.0
STREAM_Y_M = 134.0

FIRST_NAMES_F = ["Amina", "Wanjiru", "Achieng", "Mwanaisha", "Zawadi", "Nyokabi", "Halima", "Akinyi", "Neema"]
FIRST_NAMES_M = ["Otieno", "Juma", "Kamau", "Baraka", "Hassan", "Mwangi", "Omondi", "Kiprono", "Salim"]


def warp(x: float, y: float) -> tuple[float, float]:
    """Bend the grid so the neighbourhood looks grown, not planned (smooth, so shapes stay valid)."""
    return (
        round(x + 2.5 * math.sin(y / 23.0 + 0.7) + 1.2 * math.sin(y / 7.0), 3),
        round(y + 1.8 * math.sin(x / 31.0) + 0.6 * math.sin(x / 9.0 + 1.0), 3),
    )


def warped_line(points: list[tuple[float, float]], step_m: float = 6.0) -> tuple[tuple[float, float], ...]:
    """Densify a straight-segment line and warp it, so it follows the bent grid."""
    out: list[tuple[float, float]] = []
    for (x1, y1), (x2, y2) in pairwise(points):
        n = max(1, int(math.dist((x1, y1), (x2, y2)) // step_m))
        out.extend(warp(x1 + (x2 - x1) * i / n, y1 + (y2 - y1) * i / n) for i in range(n))
    out.append(warp(*points[-1]))
    return tuple(out)


def warped_rect(x0: float, y0: float, x1: float, y1: float) -> tuple[tuple[float, float], ...]:
    return tuple(warp(x, y) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1)))


def build() -> Document:
    rng = random.Random(20261127)
    project = ProjectInfo(
        name="Mji wa Tumaini",
        place="A fictional informal settlement beside a stream (sample data, not a real place)",
        crs_epsg=32737,  # WGS 84 / UTM zone 37S
        origin_x_m=259_400.0,
        origin_y_m=9_857_600.0,
        currency="KES",
        country="KE",
        cost_library="jamii-default",
        cost_region="nairobi",
        price_date="2026-01-01",
        standards_profile="sphere-2018",
        persons_per_household=4.2,
        language="sw",
        unit_labels="east_africa",
        description="Sample settlement authored for Jamii: 128 plots, a busy road to the south, a flood-prone "
        "stream to the north, one standpipe across the road, a private kiosk and two pit latrines.",
    )
    recs: list = []
    add = recs.append

    # ---------------------------------------------------------------- paths and the busy road
    add(
        Path(
            id="path-road",
            route=warped_line([(-12.0, ROAD_Y_M), (WIDTH_M + 12.0, ROAD_Y_M)], 10.0),
            width_m=12.0,
            surface=Surface.ASPHALT,
            traffic=Traffic.BUSY,
            path_kind=PathKind.ROAD,
            lit=True,
            name="Jogoo Road",
        )
    )
    add(
        Path(
            id="path-spine",
            route=warped_line([(SPINE_X_M, ROAD_Y_M + 6.0), (SPINE_X_M, 128.0)]),
            width_m=2.5,
            name="Njia Kuu (main path)",
        )
    )
    for i, y in enumerate(LANES_Y_M, start=1):
        for side, (xa, xb) in (("w", (0.0, SPINE_X_M)), ("e", (SPINE_X_M, WIDTH_M))):
            add(
                Path(
                    id=f"path-lane{i}{side}",
                    route=warped_line([(xa, y), (xb, y)]),
                    width_m=1.8,
                    name=f"Lane {i}",
                )
            )
    add(
        Path(
            id="path-top",
            route=warped_line([(4.0, 127.5), (WIDTH_M - 4.0, 127.5)]),
            width_m=1.2,
            name="Stream path",
        )
    )

    # ---------------------------------------------------------------- plots and buildings
    plots: list[Plot] = []
    buildings: list[Building] = []
    n = 0
    for row, (y0, y1) in enumerate(BLOCK_ROWS_M):
        ymid = (y0 + y1) / 2.0
        for xa, xb in ((1.5, SPINE_X_M - 1.5), (SPINE_X_M + 1.5, WIDTH_M - 1.5)):
            cuts = [xa]
            while cuts[-1] < xb - 12.0:
                cuts.append(cuts[-1] + rng.uniform(7.5, 11.5))
            cuts[-1] = xb
            # The back boundary between the two rows wanders, as plots were sold off piece by piece.
            mids = [ymid + rng.uniform(-2.5, 2.5) for _ in cuts]
            for half in (0, 1):
                for j in range(len(cuts) - 1):
                    n += 1
                    pid = f"plot-{n:03d}"
                    xa_j, xb_j = cuts[j], cuts[j + 1]
                    if half == 0:
                        corners = ((xa_j, y0), (xb_j, y0), (xb_j, mids[j + 1]), (xa_j, mids[j]))
                    else:
                        corners = ((xa_j, mids[j]), (xb_j, mids[j + 1]), (xb_j, y1), (xa_j, y1))
                    ya, yb = (y0, min(mids[j], mids[j + 1])) if half == 0 else (max(mids[j], mids[j + 1]), y1)
                    plot = Plot(
                        id=pid,
                        outline=tuple(warp(x, y) for x, y in corners),
                        number=f"{row + 1}{'AB'[half]}{j + 1:02d}",
                    )
                    plots.append(plot)
                    # The house fronts its lane: small setback on the lane side, yard behind.
                    front = rng.uniform(0.25, 2.2)
                    back = rng.uniform(2.5, 5.0)
                    side = rng.uniform(0.4, 1.2)
                    by0, by1 = (ya + back, yb - front) if half == 1 else (ya + front, yb - back)
                    if row == 3 and half == 1:  # the top row faces the stream path
                        by0, by1 = ya + back, yb - front
                    walls = rng.choices(
                        [WallMaterial.MUD, WallMaterial.IRON_SHEET, WallMaterial.TIMBER, WallMaterial.BLOCK],
                        [5, 4, 1, 2],
                    )[0]
                    # Warping bends plot edges and houses differently; keep each house inside its plot.
                    footprint = Polygon(warped_rect(xa_j + side, by0, xb_j - side, by1)).intersection(
                        Polygon(plot.outline).buffer(-0.3, join_style="mitre")
                    )
                    footprint = shapely.set_precision(footprint, 0.001)
                    buildings.append(
                        Building(
                            id=f"bldg-{n:03d}",
                            outline=tuple(footprint.exterior.coords[:-1]),
                            plot_id=pid,
                            rooms=rng.choice([1, 1, 2, 2, 3]),
                            storeys=1,
                            wall_material=walls,
                            roof_material=RoofMaterial.IRON_SHEET,
                            floor_material=FloorMaterial.CEMENT
                            if walls == WallMaterial.BLOCK
                            else FloorMaterial.EARTH,
                        )
                    )
    recs += plots + buildings

    # ---------------------------------------------------------------- hazards, levels, existing services
    add(
        HazardArea(
            id="hazard-stream",
            outline=tuple(
                warp(x, y) for x, y in ((-12, 129.5), (WIDTH_M + 12, 129.5), (WIDTH_M + 12, 145), (-12, 145))
            ),
            hazard=HazardKind.FLOOD,
            name="Stream flood zone",
        )
    )
    for k, (x, y, lvl) in enumerate(
        [
            (-5, -8, 1622.0),
            (155, -8, 1621.0),
            (0, 64, 1617.5),
            (150, 64, 1617.0),
            (0, 128, 1613.0),
            (150, 128, 1612.0),
        ]
    ):
        add(SpotLevel(id=f"lvl-{k + 1}", position=warp(x, y), level_m=lvl))
    add(SupplyPoint(id="sup-city", position=warp(-10.0, ROAD_Y_M - 7.5), head_m=1650.0))
    add(
        WaterMain(
            id="wm-city",
            route=warped_line([(-10.0, ROAD_Y_M - 7.5), (WIDTH_M + 10.0, ROAD_Y_M - 7.5)], 20.0),
            diameter_mm=160,
            material="uPVC",
        )
    )
    add(
        WaterPoint(
            id="wp-road",
            position=warp(40.0, ROAD_Y_M - 9.0),
            point_kind=WaterPointKind.STANDPIPE,
            taps=1,
            open_hours=((6.0, 9.0), (17.0, 19.0)),
            price_per_20l=Decimal("3.00"),
            managed_by="City water company",
            name="Road standpipe",
        )
    )
    add(
        WaterPoint(
            id="wp-kiosk",
            position=warp(118.0, 66.5),
            point_kind=WaterPointKind.KIOSK,
            taps=2,
            open_hours=((6.0, 9.0),),
            price_per_20l=Decimal("10.00"),
            managed_by="Private vendor",
            storage_m3=2.0,
            name="Mzee's kiosk",
        )
    )
    add(
        Toilet(
            id="wc-old-1",
            position=warp(30.0, 66.0),
            toilet_kind=ToiletKind.PIT_LATRINE,
            access=ToiletAccess.COMMUNAL,
            seats_unisex=2,
            price_per_use=Decimal("5"),
            managed_by="Private owner",
            name="Old latrine west",
        )
    )
    add(
        Toilet(
            id="wc-old-2",
            position=warp(100.0, 30.0),
            toilet_kind=ToiletKind.PIT_LATRINE,
            access=ToiletAccess.COMMUNAL,
            seats_unisex=2,
            price_per_use=Decimal("5"),
            managed_by="Private owner",
            name="Old latrine east",
        )
    )
    add(
        Drain(
            id="dr-spine",
            route=warped_line([(SPINE_X_M + 1.6, 126.0), (SPINE_X_M + 1.6, -1.0)]),
            width_m=0.4,
            drain_kind=DrainKind.OPEN,
            lined=False,
        )
    )
    add(StreetLight(id="sl-road-1", position=warp(20.0, ROAD_Y_M + 6.5)))
    add(StreetLight(id="sl-road-2", position=warp(130.0, ROAD_Y_M + 6.5)))

    # ---------------------------------------------------------------- people
    groups = [
        SavingsGroup(
            id="sg-tumaini",
            name="Tumaini Women's Savings",
            members_female=38,
            members_male=4,
            balance=Decimal("412500.00"),
            monthly_savings=Decimal("21000.00"),
        ),
        SavingsGroup(
            id="sg-umoja",
            name="Umoja Savings",
            members_female=22,
            members_male=15,
            balance=Decimal("186300.00"),
            monthly_savings=Decimal("11100.00"),
        ),
        SavingsGroup(
            id="sg-jipange",
            name="Jipange Youth Group",
            members_female=9,
            members_male=13,
            balance=Decimal("54800.00"),
            monthly_savings=Decimal("4400.00"),
        ),
    ]
    recs += groups
    h = 0
    for plot in plots:
        for _ in range(rng.choices([1, 2], [3, 1])[0]):
            h += 1
            head = Sex.FEMALE if rng.random() < 0.46 else Sex.MALE
            size = rng.choice([1, 2, 3, 4, 4, 5, 5, 6, 7, 8])
            income = Decimal(rng.randrange(3500, 26000, 250))
            group = rng.choices(
                ["", "sg-tumaini", "sg-umoja", "sg-jipange"], [5, 4 if head == Sex.FEMALE else 1, 2, 1]
            )[0]
            first = rng.choice(FIRST_NAMES_F if head == Sex.FEMALE else FIRST_NAMES_M)
            recs.append(
                Household(
                    id=f"hh-{h:03d}",
                    plot_id=plot.id,
                    size_persons=size,
                    children=min(size - 1, rng.randint(0, 4)),
                    income_per_month=income,
                    income_band="low" if income < 8000 else ("middle" if income < 16000 else "upper"),
                    tenure=rng.choices([Tenure.TENANT, Tenure.STRUCTURE_OWNER, Tenure.OWNER], [6, 3, 1])[0],
                    head_sex=head,
                    savings_group_id=group,
                    savings_balance=Decimal(rng.randrange(0, 20000, 100)) if group else Decimal("0"),
                    monthly_savings=Decimal(rng.choice([200, 300, 500, 800])) if group else Decimal("0"),
                    willingness_to_pay_per_month=Decimal(rng.randrange(200, 1500, 50)),
                    disability=rng.random() < 0.05,
                    name=f"{first} {chr(65 + rng.randrange(26))}.",
                    phone=f"+2547{rng.randrange(10_000_000, 99_999_999)}",
                )
            )

    reblocking, rebuilt_plot_ids = option_reblocking(plots, buildings, recs)
    recs += option_standpipes() + option_yard_taps(plots) + reblocking
    recs.append(
        WorkshopRecord(
            id="ws-2026-10-17",
            date="2026-10-17",
            place="Tumaini community hall",
            participants=(
                ParticipantCount(sex=Sex.FEMALE, age_group=AgeGroup.ADULT, count=19),
                ParticipantCount(sex=Sex.MALE, age_group=AgeGroup.ADULT, count=9),
                ParticipantCount(sex=Sex.FEMALE, age_group=AgeGroup.YOUTH, count=4),
                ParticipantCount(sex=Sex.MALE, age_group=AgeGroup.YOUTH, count=3),
                ParticipantCount(sex=Sex.FEMALE, age_group=AgeGroup.ELDER, count=2),
            ),
            voting=VotingMethod.RANKING,
            ballots=tuple(
                Ballot(sex=sex, age_group=AgeGroup.ADULT, choices=choices, paper=paper)
                for sex, choices, paper, count in (
                    (Sex.FEMALE, ("opt-b", "opt-a", "opt-c"), False, 11),
                    (Sex.FEMALE, ("opt-a", "opt-b", "opt-c"), False, 6),
                    (Sex.FEMALE, ("opt-c", "opt-b", "opt-a"), True, 3),
                    (Sex.MALE, ("opt-a", "opt-c", "opt-b"), False, 5),
                    (Sex.MALE, ("opt-c", "opt-a", "opt-b"), False, 4),
                    (Sex.MALE, ("opt-b", "opt-a", "opt-c"), True, 2),
                )
                for _ in range(count)
            ),
            notes="First options workshop. Women asked for taps they can reach before work and lit paths at night.",
        )
    )
    doc = Document(project, recs)
    # The displaced households get the federation's one-room core house, placed by the same command the
    # designer uses (facing the street, from the shipped house type), so its footprint is the real one.
    from designer.io.house_library import load_library
    from designer.model import UndoStack
    from designer.model.house_placement import place_houses

    # New ids come from uuid4: seed them so the sample file is the same on every run.
    id_rng = random.Random(7)
    real_uuid4 = uuid.uuid4
    uuid.uuid4 = lambda: uuid.UUID(int=id_rng.getrandbits(128), version=4)
    try:
        UndoStack(doc).push(place_houses(doc, "opt-c", rebuilt_plot_ids, load_library().get("core-1room")))
    finally:
        uuid.uuid4 = real_uuid4
    doc.check_references()
    return doc


def option_standpipes() -> list:
    """Option A: a water main up the main path and along the middle lane, six standpipes, shared VIP latrines."""
    opt = "opt-a"
    recs: list = [
        Option(
            id=opt,
            name="Standpipes on the main path",
            description="A water main up Njia Kuu and along Lane 2 with six double standpipes run by a water "
            "committee, ten shared VIP latrines and solar lights on the main path.",
            proposed_by="City water company with the federation",
            colour="#0072B2",
            community_labour_share=0.3,
            funding=FundingMix(
                savings_share=0.1,
                subsidy_share=0.7,
                loan_share=0.2,
                loan_rate_pct_per_year=6.0,
                loan_term_months=36,
            ),
        ),
        WaterMain(
            id="wm-a-spine",
            scope=opt,
            route=warped_line([(SPINE_X_M - 1.6, ROAD_Y_M - 7.5), (SPINE_X_M - 1.6, 126.0)]),
            diameter_mm=90,
        ),
        WaterMain(
            id="wm-a-lane2",
            scope=opt,
            route=warped_line([(2.0, 64.6), (WIDTH_M - 2.0, 64.6)]),
            diameter_mm=63,
        ),
    ]
    spots = [
        (SPINE_X_M - 3.0, 16.0),
        (SPINE_X_M - 3.0, 48.0),
        (20.0, 66.5),
        (130.0, 66.5),
        (SPINE_X_M - 3.0, 80.0),
        (SPINE_X_M - 3.0, 112.0),
    ]
    for k, (x, y) in enumerate(spots, start=1):
        recs.append(
            WaterPoint(
                id=f"wp-a-{k}",
                scope=opt,
                position=warp(x, y),
                point_kind=WaterPointKind.STANDPIPE,
                taps=2,
                open_hours=((5.5, 10.0), (15.0, 20.0)),
                price_per_20l=Decimal("2.00"),
                managed_by="Tumaini water committee",
                name=f"Standpipe {k}",
            )
        )
    latrines = [
        (12, 33.6),
        (40, 33.6),
        (110, 33.6),
        (138, 33.6),
        (12, 96.6),
        (40, 96.6),
        (110, 96.6),
        (138, 96.6),
        (25, 62.4),
        (125, 62.4),
    ]
    for k, (x, y) in enumerate(latrines, start=1):
        recs.append(
            Toilet(
                id=f"wc-a-{k:02d}",
                scope=opt,
                position=warp(x, y),
                toilet_kind=ToiletKind.VIP_LATRINE,
                access=ToiletAccess.SHARED,
                seats_female=2,
                seats_male=1,
                seats_unisex=0,
                managed_by="Plot owners' cluster",
                lit=True,
                name=f"Shared VIP {k}",
            )
        )
    for k, y in enumerate((10.0, 40.0, 70.0, 100.0, 122.0), start=1):
        recs.append(StreetLight(id=f"sl-a-{k}", scope=opt, position=warp(SPINE_X_M + 2.2, y)))
    return recs


def option_yard_taps(plots: list[Plot]) -> list:
    """Option B: water mains in every lane with a yard tap per plot, pour-flush toilets on a condominial sewer."""
    opt = "opt-b"
    recs: list = [
        Option(
            id=opt,
            name="Yard taps and condominial sewer",
            description="Small water mains along every lane with a yard tap on each plot, and a pour-flush "
            "toilet per plot on a shallow condominial sewer laid by residents.",
            proposed_by="Tumaini Women's Savings",
            colour="#D55E00",
            community_labour_share=0.5,
            funding=FundingMix(
                savings_share=0.15,
                subsidy_share=0.5,
                loan_share=0.35,
                loan_rate_pct_per_year=6.0,
                loan_term_months=60,
            ),
        ),
        WaterMain(
            id="wm-b-spine",
            scope=opt,
            # Up to the stream path's main (y 127.5 + 0.5), so the top row's yard taps are connected.
            route=warped_line([(SPINE_X_M - 1.6, ROAD_Y_M - 7.5), (SPINE_X_M - 1.6, 128.0)]),
            diameter_mm=90,
        ),
        Sewer(
            id="sw-b-spine",
            scope=opt,
            route=warped_line([(SPINE_X_M + 0.8, 127.1), (SPINE_X_M + 0.8, ROAD_Y_M - 4.0)]),
            diameter_mm=160,
        ),
        Manhole(id="mh-b-outfall", scope=opt, position=warp(SPINE_X_M + 0.8, ROAD_Y_M - 4.0), depth_m=1.8),
    ]
    lane_ys = (*LANES_Y_M, 127.5, 0.6)
    for i, y in enumerate(lane_ys, start=1):
        for side, (xa, xb) in (("w", (2.0, SPINE_X_M - 1.6)), ("e", (SPINE_X_M - 1.6, WIDTH_M - 2.0))):
            recs.append(
                WaterMain(
                    id=f"wm-b-{i}{side}",
                    scope=opt,
                    route=warped_line([(xa, y + 0.5), (xb, y + 0.5)]),
                    diameter_mm=50,
                )
            )
        for side, (xa, xb) in (("w", (2.0, SPINE_X_M + 0.8)), ("e", (WIDTH_M - 2.0, SPINE_X_M + 0.8))):
            recs.append(
                Sewer(
                    id=f"sw-b-{i}{side}",
                    scope=opt,
                    route=warped_line([(xa, y - 0.4), (xb, y - 0.4)]),
                    diameter_mm=110,
                )
            )
        recs.append(
            Manhole(id=f"mh-b-{i}", scope=opt, position=warp(SPINE_X_M + 0.8, y - 0.4), depth_m=1.0 + 0.1 * i)
        )
    for plot in plots:
        poly = Polygon(plot.outline)
        c = poly.centroid
        nearest_lane = min(lane_ys, key=lambda y: abs(y - c.y))
        # Tap and toilet sit on the lane side of the plot, 1.5 m inside the boundary.
        target = (c.x, nearest_lane)
        edge_pt = shapely.ops.nearest_points(poly.exterior, shapely.Point(target))[0]
        inward = shapely.Point(edge_pt.x + (c.x - edge_pt.x) * 0.25, edge_pt.y + (c.y - edge_pt.y) * 0.25)
        recs.append(
            WaterPoint(
                id=f"wp-b-{plot.id[5:]}",
                scope=opt,
                position=(round(inward.x, 3), round(inward.y, 3)),
                point_kind=WaterPointKind.YARD_TAP,
                taps=1,
                flow_l_per_min=10.0,
                open_hours=((0.0, 24.0),),
                price_per_20l=Decimal("1.00"),
                managed_by="City water company",
                plot_id=plot.id,
            )
        )
        recs.append(
            Toilet(
                id=f"wc-b-{plot.id[5:]}",
                scope=opt,
                position=(round(inward.x + 1.2, 3), round(inward.y, 3)),
                toilet_kind=ToiletKind.POUR_FLUSH,
                access=ToiletAccess.HOUSEHOLD,
                seats_unisex=1,
                plot_id=plot.id,
                lit=True,
            )
        )
    return recs


def option_reblocking(plots: list[Plot], buildings: list[Building], existing: list) -> tuple[list, list[str]]:
    """Option C: widen Lane 2 into a 4.5 m paved street with drains, rebuild the displaced, add a sanitation block."""
    opt = "opt-c"
    rebuilt_plot_ids: list[str] = []  # trimmed plots whose house the street takes: rebuilt as core houses
    recs: list = [
        Option(
            id=opt,
            name="Reblocking with a sanitation block",
            description="Lane 2 becomes a 4.5 m paved street with side drains and lights; houses in its way "
            "are rebuilt as core houses on the trimmed plots; four plots by the main path become a "
            "communal sanitation block and water kiosk.",
            proposed_by="Community architects",
            colour="#009E73",
            community_labour_share=0.4,
            funding=FundingMix(
                savings_share=0.1,
                subsidy_share=0.6,
                loan_share=0.3,
                loan_rate_pct_per_year=5.0,
                loan_term_months=84,
                loan_grace_months=6,
            ),
        )
    ]
    lanes = [p for p in existing if isinstance(p, Path) and p.id in ("path-lane2w", "path-lane2e")]
    corridor = shapely.union_all([LineString(p.route).buffer(2.25, cap_style="flat") for p in lanes])
    for lane in lanes:
        recs.append(
            replace(
                lane,
                id=f"{lane.id}-c",
                scope=opt,
                width_m=4.5,
                surface=Surface.CONCRETE,
                path_kind=PathKind.LANE,
                lit=True,
                widens=lane.id,
            )
        )
        for off in (-2.6, 2.6):
            line = LineString(lane.route).offset_curve(off)
            recs.append(
                Drain(
                    id=f"dr-c-{lane.id[5:]}-{'s' if off < 0 else 'n'}",
                    scope=opt,
                    route=tuple((round(x, 3), round(y, 3)) for x, y in line.coords),
                    width_m=0.3,
                    drain_kind=DrainKind.COVERED,
                )
            )
    by_plot = {b.plot_id: b for b in buildings}
    # The communal block: the four plots nearest the junction of Lane 2 and the main path (west side).
    junction = shapely.Point(warp(SPINE_X_M - 6.0, 60.0))
    block_plots = sorted(plots, key=lambda p: Polygon(p.outline).centroid.distance(junction))[:4]
    block_ids = {p.id for p in block_plots}
    merged = shapely.union_all([Polygon(p.outline) for p in block_plots]).difference(corridor)
    if merged.geom_type == "MultiPolygon":
        merged = max(merged.geoms, key=lambda g: g.area)
    merged = merged.simplify(0.05)
    recs.append(
        Plot(
            id="plot-c-community",
            scope=opt,
            outline=tuple((round(x, 3), round(y, 3)) for x, y in merged.exterior.coords[:-1]),
            number="C1",
            land_use="community",
            replaces=tuple(sorted(block_ids)),
        )
    )
    cx, cy = merged.centroid.x, merged.centroid.y
    recs.append(
        Toilet(
            id="wc-c-block",
            scope=opt,
            position=(round(cx - 3, 3), round(cy, 3)),
            toilet_kind=ToiletKind.ABLUTION_BLOCK,
            access=ToiletAccess.COMMUNAL,
            seats_female=6,
            seats_male=3,
            seats_unisex=1,
            managed_by="Tumaini sanitation committee",
            price_per_use=Decimal("2"),
            open_hours=((5.0, 22.0),),
            lit=True,
            accessible=True,
            name="Tumaini sanitation block",
        )
    )
    recs.append(
        WaterPoint(
            id="wp-c-kiosk",
            scope=opt,
            position=(round(cx + 3, 3), round(cy, 3)),
            point_kind=WaterPointKind.KIOSK,
            taps=4,
            open_hours=((5.0, 11.0), (14.0, 21.0)),
            price_per_20l=Decimal("2.00"),
            managed_by="Tumaini sanitation committee",
            storage_m3=10.0,
            name="Community kiosk",
        )
    )
    recs.append(
        WaterMain(
            id="wm-c-spine",
            scope=opt,
            route=warped_line([(SPINE_X_M - 1.6, ROAD_Y_M - 7.5), (SPINE_X_M - 1.6, 64.0)]),
            diameter_mm=90,
        )
    )
    recs.append(
        Sewer(
            id="sw-c-block",
            scope=opt,
            route=(
                (round(cx - 3, 3), round(cy, 3)),
                warp(SPINE_X_M + 0.8, 60.0),
                warp(SPINE_X_M + 0.8, ROAD_Y_M - 4.0),
            ),
            diameter_mm=160,
            sewer_kind=SewerKind.CONVENTIONAL,
        )
    )
    recs.append(Manhole(id="mh-c-1", scope=opt, position=warp(SPINE_X_M + 0.8, 60.0), depth_m=1.2))
    recs.append(Manhole(id="mh-c-2", scope=opt, position=warp(SPINE_X_M + 0.8, ROAD_Y_M - 4.0), depth_m=1.6))
    for k, x in enumerate((15.0, 45.0, 105.0, 135.0), start=1):
        recs.append(StreetLight(id=f"sl-c-{k}", scope=opt, position=warp(x, 61.0)))
    # Re-plot and rebuild what the street takes.
    for plot in plots:
        poly = Polygon(plot.outline)
        if plot.id in block_ids:
            b = by_plot.get(plot.id)
            if b:
                recs.append(
                    Relocation(
                        id=f"move-c-{plot.id[5:]}",
                        scope=opt,
                        building_id=b.id,
                        reason="site of the sanitation block",
                    )
                )
            continue
        if not poly.intersects(corridor) or poly.intersection(corridor).area < 0.5:
            continue
        trimmed = poly.difference(corridor)
        if trimmed.geom_type == "MultiPolygon":
            trimmed = max(trimmed.geoms, key=lambda g: g.area)
        trimmed = trimmed.simplify(0.05)
        new_plot = Plot(
            id=f"{plot.id}-c",
            scope=opt,
            outline=tuple((round(x, 3), round(y, 3)) for x, y in trimmed.exterior.coords[:-1]),
            number=plot.number,
            replaces=(plot.id,),
        )
        recs.append(new_plot)
        b = by_plot.get(plot.id)
        if b and Polygon(b.outline).intersects(corridor):
            recs.append(
                Demolition(
                    id=f"demo-c-{plot.id[5:]}", scope=opt, building_id=b.id, reason="in the widened street"
                )
            )
            rebuilt_plot_ids.append(new_plot.id)
    return recs, rebuilt_plot_ids


def main() -> None:
    out = (
        pathlib.Path(sys.argv[1])
        if len(sys.argv) > 1
        else pathlib.Path(__file__).resolve().parent.parent / "resources/samples/tumaini.jamii"
    )
    doc = build()
    save_project(doc, out)
    print(f"wrote {out}: {len(doc)} records")


if __name__ == "__main__":
    main()
