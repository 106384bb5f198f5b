"""A small hand-built settlement with two options, for the drawing and GIS export tests."""

from __future__ import annotations

import pytest

from designer.model import (
    EXISTING,
    Building,
    CoreHouse,
    Demolition,
    Document,
    Drain,
    HazardArea,
    HouseImprovement,
    Manhole,
    Option,
    Path,
    PathKind,
    Plot,
    ProjectInfo,
    Relocation,
    Sewer,
    SpotLevel,
    StreetLight,
    Toilet,
    Traffic,
    WaterMain,
    WaterPoint,
    WaterPointKind,
)

ORIGIN = (252_000.0, 9_851_000.0)
EPSG = 32737  # WGS 84 / UTM 37S (Nairobi)
NORTH_ORIGIN = (721_000.0, 1_252_000.0)
NORTH_EPSG = 32638  # WGS 84 / UTM 38N (Djibouti): northings LibreCAD's printer can fit (see test_dxf_readers)


def rect(x: float, y: float, w: float, h: float) -> tuple[tuple[float, float], ...]:
    return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))


def small_settlement(origin: tuple[float, float] = ORIGIN, epsg: int = EPSG) -> Document:
    """Return 6 plots with houses, a road, footpaths, services, and options A (many changes) and B."""
    project = ProjectInfo(
        name="Tumaini test", place="Nairobi", crs_epsg=epsg, origin_x_m=origin[0], origin_y_m=origin[1]
    )
    recs: list = [Option(id="opt-a", name="Upgrade in place"), Option(id="opt-b", name="Re-block")]
    for i in range(3):
        for j in range(2):
            n = i * 2 + j + 1
            recs.append(Plot(id=f"plot-{n}", outline=rect(i * 12, j * 16, 12, 16), number=str(n)))
            recs.append(
                Building(id=f"bldg-{n}", outline=rect(i * 12 + 2, j * 16 + 3, 6, 8), plot_id=f"plot-{n}")
            )
    recs += [
        Path(
            id="path-road",
            route=((-5, 34), (20, 34), (45, 34)),
            width_m=6.0,
            path_kind=PathKind.ROAD,
            traffic=Traffic.BUSY,
            name="Tumaini Road",
        ),
        Path(id="path-walk", route=((12, 0), (12, 32)), width_m=1.5),
        WaterMain(id="wm-old", route=((-5, 36), (45, 36)), diameter_mm=90),
        WaterPoint(id="wp-old", position=(24, 33), name="SP1"),
        Toilet(id="wc-old", position=(30, 33)),
        SpotLevel(id="lvl-1", position=(0, 0), level_m=1612.35),
        HazardArea(id="hazard-1", outline=((36, 0), (44, 0), (44, 32), (36, 32)), name="river bank"),
        # Option A: demolish one house, move another, a core house, new pipes and facilities, widen the road.
        Demolition(id="demo-1", scope="opt-a", building_id="bldg-1"),
        Relocation(id="move-1", scope="opt-a", building_id="bldg-2", destination_plot_id="plot-6"),
        HouseImprovement(id="impr-1", scope="opt-a", building_id="bldg-3"),
        CoreHouse(id="house-1", scope="opt-a", outline=rect(2, 4, 5, 6), plot_id="plot-1"),
        Plot(id="plot-7", scope="opt-a", outline=rect(24, 16, 12, 16), number="5A", replaces=("plot-6",)),
        Path(
            id="path-road2",
            scope="opt-a",
            route=((-5, 34), (45, 34)),
            width_m=9.0,
            path_kind=PathKind.ROAD,
            widens="path-road",
            name="Tumaini Road",
        ),
        WaterMain(id="wm-new", scope="opt-a", route=((12, 32), (12, 16), (30, 16)), diameter_mm=63),
        Sewer(id="sw-1", scope="opt-a", route=((0, 32.5), (36, 32.5)), diameter_mm=110),
        Drain(id="dr-1", scope="opt-a", route=((0, 31), (36, 31))),
        WaterPoint(id="wp-1", scope="opt-a", position=(12.5, 16), taps=4, name="SP2"),
        WaterPoint(
            id="wp-2", scope="opt-a", position=(30, 16.5), point_kind=WaterPointKind.KIOSK, storage_m3=5.0
        ),
        Toilet(id="wc-1", scope="opt-a", position=(20, 30), seats_female=3, seats_male=2, seats_unisex=0),
        Manhole(id="mh-1", scope="opt-a", position=(36, 32.5)),
        StreetLight(id="sl-1", scope="opt-a", position=(6, 33)),
        StreetLight(id="sl-2", scope="opt-a", position=(30, 35)),
        # Option B: only two lights and one demolition.
        StreetLight(id="sl-3", scope="opt-b", position=(18, 33)),
        Demolition(id="demo-2", scope="opt-b", building_id="bldg-4"),
    ]
    doc = Document(project, recs)
    doc.check_references()
    return doc


__all__ = [
    "EPSG",
    "EXISTING",
    "NORTH_EPSG",
    "NORTH_ORIGIN",
    "ORIGIN",
    "background_kind",
    "rect",
    "small_settlement",
]


@pytest.fixture
def background_kind():
    """Keep the ``background_image`` record kind registered only while a test runs.

    ``designer.model`` does not import ``designer.model.background`` yet (the lead adds that import and
    regenerates resources/schema); until then a kind left registered after these tests would make
    tests/io/test_schema.py compare the shipped schema with a model that has one kind more.
    """
    from designer.model import records
    from designer.model.background import BackgroundImage
    from designer.resources import resource_path

    records._REGISTRY["background_image"] = BackgroundImage
    yield BackgroundImage
    shipped = resource_path("schema", "jamii-project.schema.json").read_text(encoding="utf-8")
    if "background_image" not in shipped:
        records._REGISTRY.pop("background_image", None)
