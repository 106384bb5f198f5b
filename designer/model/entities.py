"""Spatial entities: what is on the ground (scope ``existing``) and what an option proposes.

Every entity belongs to one scope: ``EXISTING`` for the surveyed conditions, or the id of an Option
for that option's interventions. Geometry is in local project metres (see ``geometry``); money is
``Decimal`` in the project currency; units are in the field names.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from designer.model.geometry import (
    Line,
    Point,
    Ring,
    defer,
    normalise_ring,
    validate_line,
    validate_point,
    validate_ring,
)
from designer.model.records import EXISTING, Record, register

__all__ = [
    "AreaEntity",
    "Building",
    "CoreHouse",
    "Demolition",
    "Drain",
    "DrainKind",
    "Entity",
    "FloorMaterial",
    "HazardArea",
    "HazardKind",
    "HouseImprovement",
    "LineEntity",
    "Manhole",
    "OperationalStatus",
    "Path",
    "PathKind",
    "Plot",
    "PointEntity",
    "PowerSource",
    "Relocation",
    "RoofMaterial",
    "Sewer",
    "SewerKind",
    "SpotLevel",
    "StreetLight",
    "SupplyBasis",
    "SupplyPoint",
    "Surface",
    "Toilet",
    "ToiletAccess",
    "ToiletKind",
    "Traffic",
    "WallMaterial",
    "WaterAccess",
    "WaterMain",
    "WaterPoint",
    "WaterPointKind",
    "open_hours_per_day",
]

OpenHours = tuple[tuple[float, float], ...]
"""Opening periods of a facility as (from_h, to_h) in hours of the day, e.g. ((6, 10), (16, 20))."""


Tags = tuple[tuple[str, str], ...]
"""Source attributes the model has no field for, as (key, value) pairs, e.g. (("wheelchair", "yes"),)."""


def open_hours_per_day(periods: OpenHours | None) -> float | None:
    """Return the hours per day a facility is open (None when its hours are unknown)."""
    if periods is None:
        return None
    return sum(max(0.0, b - a) for a, b in periods)


# --------------------------------------------------------------------------- vocabularies


class Surface(StrEnum):
    EARTH = "earth"
    GRAVEL = "gravel"
    MURRAM = "murram"
    CONCRETE = "concrete"
    PAVERS = "pavers"
    ASPHALT = "asphalt"


class Traffic(StrEnum):
    PEDESTRIAN = "pedestrian"
    LIGHT = "light"
    BUSY = "busy"


class PathKind(StrEnum):
    FOOTPATH = "footpath"
    LANE = "lane"
    ROAD = "road"
    # Drawn across a busy road: crossing there is safe (designer.analysis.network).
    ZEBRA = "zebra"
    FOOTBRIDGE = "footbridge"


class WallMaterial(StrEnum):
    MUD = "mud"
    TIMBER = "timber"
    IRON_SHEET = "iron_sheet"
    BRICK = "brick"
    BLOCK = "block"
    STONE = "stone"
    CONCRETE = "concrete"


class RoofMaterial(StrEnum):
    IRON_SHEET = "iron_sheet"
    THATCH = "thatch"
    TILE = "tile"
    CONCRETE = "concrete"
    PLASTIC = "plastic"


class FloorMaterial(StrEnum):
    EARTH = "earth"
    CEMENT = "cement"
    TILE = "tile"
    TIMBER = "timber"


class HazardKind(StrEnum):
    FLOOD = "flood"
    LANDSLIDE = "landslide"
    DUMPSITE = "dumpsite"
    POWER_LINE = "power_line"
    RAIL = "rail"
    OTHER = "other"


class WaterPointKind(StrEnum):
    STANDPIPE = "standpipe"
    KIOSK = "kiosk"
    YARD_TAP = "yard_tap"
    HANDPUMP = "handpump"
    WELL = "well"
    TANK = "tank"


class ToiletKind(StrEnum):
    PIT_LATRINE = "pit_latrine"
    VIP_LATRINE = "vip_latrine"
    POUR_FLUSH = "pour_flush"
    FLUSH_SEWER = "flush_sewer"
    ABLUTION_BLOCK = "ablution_block"
    ECOSAN = "ecosan"


class ToiletAccess(StrEnum):
    HOUSEHOLD = "household"
    SHARED = "shared"
    COMMUNAL = "communal"


class SewerKind(StrEnum):
    CONDOMINIAL = "condominial"
    CONVENTIONAL = "conventional"


class DrainKind(StrEnum):
    OPEN = "open"
    COVERED = "covered"
    PIPED = "piped"


class SupplyBasis(StrEnum):
    """What a supply point's figure is: a head above the datum, or a pressure above the ground there."""

    HEAD = "head"
    PRESSURE = "pressure"


class OperationalStatus(StrEnum):
    """Whether a facility works (OSM ``operational_status``); imports without the fact say UNKNOWN."""

    FUNCTIONAL = "functional"
    BROKEN = "broken"
    UNKNOWN = "unknown"


class WaterAccess(StrEnum):
    """Who may use a water point (OSM ``access``): everyone, its customers only, or its owners only."""

    PUBLIC = "public"
    CUSTOMERS = "customers"
    PRIVATE = "private"


class PowerSource(StrEnum):
    SOLAR = "solar"
    GRID = "grid"


# --------------------------------------------------------------------------- geometry bases


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity(Record):
    """A record with a place on the plan.

    Attributes:
        scope: ``"existing"`` or the id of the Option that proposes it.
        note: free text shown in the properties panel.
        tags: source attributes the model has no field for (an import keeps them here, never in ``note``).
    """

    KIND: ClassVar[str] = "entity"
    scope: str = EXISTING
    note: str = ""
    tags: Tags = ()

    @property
    def is_existing(self) -> bool:
        return self.scope == EXISTING


@dataclass(frozen=True, slots=True, kw_only=True)
class AreaEntity(Entity):
    """An entity with a closed outline (open ring of ≥ 3 points, metres)."""

    outline: Ring

    def __post_init__(self) -> None:
        if defer(self):
            return
        ring = normalise_ring(tuple((float(x), float(y)) for x, y in self.outline))
        object.__setattr__(self, "outline", ring)
        validate_ring(ring, self.id, self.KIND)

    def geometry_spec(self) -> tuple[str, Any]:
        return ("ring", self.outline)


@dataclass(frozen=True, slots=True, kw_only=True)
class LineEntity(Entity):
    """An entity drawn as a polyline of ≥ 2 points (metres), e.g. a path centreline or a pipe run."""

    route: Line

    def __post_init__(self) -> None:
        if defer(self):
            return
        line = tuple((float(x), float(y)) for x, y in self.route)
        object.__setattr__(self, "route", line)
        validate_line(line, self.id, self.KIND)

    def geometry_spec(self) -> tuple[str, Any]:
        return ("line", self.route)


@dataclass(frozen=True, slots=True, kw_only=True)
class PointEntity(Entity):
    """An entity at one point (metres), e.g. a standpipe, toilet, manhole or street light."""

    position: Point

    def __post_init__(self) -> None:
        if defer(self):
            return
        x, y = self.position
        point = (float(x), float(y))
        object.__setattr__(self, "position", point)
        validate_point(point, self.id, self.KIND)

    def geometry_spec(self) -> tuple[str, Any]:
        return ("point", self.position)


# --------------------------------------------------------------------------- areas


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Plot(AreaEntity):
    """A parcel. In an option, a plot from re-plotting lists the existing plots it ``replaces``."""

    KIND: ClassVar[str] = "plot"
    ID_PREFIX: ClassVar[str] = "plot"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {"replaces": ("plot",)}
    number: str = ""
    land_use: str = "residential"
    replaces: tuple[str, ...] = ()


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Building(AreaEntity):
    """A building footprint with its construction and use.

    Rooms and materials are None (unknown) when the survey does not say them; drawn buildings get the
    defaults below, which the drawer sees and changes.
    """

    KIND: ClassVar[str] = "building"
    ID_PREFIX: ClassVar[str] = "bldg"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {"plot_id": ("plot",)}
    storeys: int = 1
    rooms: int | None = 1
    wall_material: WallMaterial | None = WallMaterial.MUD
    roof_material: RoofMaterial | None = RoofMaterial.IRON_SHEET
    floor_material: FloorMaterial | None = FloorMaterial.EARTH
    use: str = "residential"
    plot_id: str = ""


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class CoreHouse(AreaEntity):
    """A new house of a house type on a plot (option only); ``stages_built`` of its stages are costed."""

    KIND: ClassVar[str] = "core_house"
    ID_PREFIX: ClassVar[str] = "house"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {"plot_id": ("plot",)}
    house_type: str = "core-1room"
    plot_id: str = ""
    storeys: int = 1
    rooms: int = 1
    stages_built: int = 1
    rotation_deg: float = 0.0


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class HazardArea(AreaEntity):
    """An area residents must not build in or should avoid (flood zone, power line corridor, …)."""

    KIND: ClassVar[str] = "hazard"
    ID_PREFIX: ClassVar[str] = "hazard"
    hazard: HazardKind = HazardKind.FLOOD
    name: str = ""


# --------------------------------------------------------------------------- lines


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Path(LineEntity):
    """A footpath, lane or road centreline. In an option, ``widens`` names the existing path it replaces."""

    KIND: ClassVar[str] = "path"
    ID_PREFIX: ClassVar[str] = "path"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {"widens": ("path",)}
    width_m: float = 1.5
    surface: Surface | None = Surface.EARTH
    traffic: Traffic = Traffic.PEDESTRIAN
    path_kind: PathKind = PathKind.FOOTPATH
    lit: bool = False
    name: str = ""
    widens: str = ""

    def __post_init__(self) -> None:
        LineEntity.__post_init__(self)
        if not self.width_m > 0:
            from designer.model.errors import InvalidRecordError

            raise InvalidRecordError(self.id, self.KIND, f"width must be positive, got {self.width_m} m")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class WaterMain(LineEntity):
    """One water pipe run between network nodes.

    ``diameter_mm`` is the nominal size (outside diameter for PE/PVC, DN for steel); with ``material`` and
    ``pressure_class`` (empty: the material's default class) it names a row of the pipe catalogue
    (designer.model.pipes), which gives the bore the hydraulics use and the pipe the bill prices.
    """

    KIND: ClassVar[str] = "water_main"
    ID_PREFIX: ClassVar[str] = "wm"
    diameter_mm: int = 63
    material: str = "HDPE"
    pressure_class: str = ""
    depth_m: float = 0.9


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Sewer(LineEntity):
    """One sewer run between manholes or junctions."""

    KIND: ClassVar[str] = "sewer"
    ID_PREFIX: ClassVar[str] = "sw"
    diameter_mm: int = 110
    material: str = "uPVC"
    sewer_kind: SewerKind = SewerKind.CONDOMINIAL
    depth_m: float = 0.8


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Drain(LineEntity):
    """A storm-water drain run."""

    KIND: ClassVar[str] = "drain"
    ID_PREFIX: ClassVar[str] = "dr"
    width_m: float = 0.45
    drain_kind: DrainKind = DrainKind.OPEN
    lined: bool = True


# --------------------------------------------------------------------------- points


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class WaterPoint(PointEntity):
    """A place to collect water: standpipe, kiosk, yard tap (private to ``plot_id``), hand pump, …

    A value the source does not give is None (unknown): the analysis reports it as unknown and never
    counts it as free, open, working or private. ``managed_by`` "" is an unknown operator.

    Attributes:
        operational_status: whether it works (imports: UNKNOWN unless the source says).
        access: who may use it (None: unknown).
        users_per_day: people who use it a day, as surveyed (None: not surveyed).

    ``shared_by`` names the plots and households that may use it (a tap shared by a yard or a
    cluster); empty: a private kind serves its plot, any other kind is public (designer.analysis.users).
    """

    KIND: ClassVar[str] = "water_point"
    ID_PREFIX: ClassVar[str] = "wp"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {
        "plot_id": ("plot",),
        "shared_by": ("plot", "household"),
    }
    point_kind: WaterPointKind | None = WaterPointKind.STANDPIPE
    taps: int | None = 1
    flow_l_per_min: float | None = 7.5
    open_hours: OpenHours | None = ((6.0, 10.0), (16.0, 20.0))
    price_per_20l: Decimal | None = Decimal("0")
    managed_by: str = ""
    plot_id: str = ""
    storage_m3: float = 0.0
    name: str = ""
    operational_status: OperationalStatus = OperationalStatus.FUNCTIONAL
    access: WaterAccess | None = WaterAccess.PUBLIC
    users_per_day: int | None = None
    shared_by: tuple[str, ...] = ()


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Toilet(PointEntity):
    """A toilet, latrine or ablution block with its seats by sex.

    Kind, access, price and hours are None (unknown) when the source does not give them.
    Who may use it: ``access`` household (private to its plot), shared, or communal (public), and
    ``shared_by``: the plots and households a shared toilet is shared by. A shared toilet whose users
    are not named is open to the neighbours who reach it (designer.analysis.users).
    ``soap`` at the handwashing facility, ``excreta_safely_managed`` (emptied and treated, or safely
    kept in situ) and ``emptying_cost_per_year`` are unknown (None) until recorded.
    """

    KIND: ClassVar[str] = "toilet"
    ID_PREFIX: ClassVar[str] = "wc"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {
        "plot_id": ("plot",),
        "shared_by": ("plot", "household"),
    }
    toilet_kind: ToiletKind | None = ToiletKind.PIT_LATRINE
    access: ToiletAccess | None = ToiletAccess.SHARED
    seats_female: int = 0
    seats_male: int = 0
    seats_unisex: int = 1
    plot_id: str = ""
    managed_by: str = ""
    price_per_use: Decimal | None = Decimal("0")
    open_hours: OpenHours | None = ((0.0, 24.0),)
    lit: bool = False
    handwashing: bool | None = True
    accessible: bool = False
    name: str = ""
    operational_status: OperationalStatus = OperationalStatus.FUNCTIONAL
    shared_by: tuple[str, ...] = ()
    soap: bool | None = None
    excreta_safely_managed: bool | None = None
    emptying_cost_per_year: Decimal | None = None

    @property
    def seats_total(self) -> int:
        return self.seats_female + self.seats_male + self.seats_unisex


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Manhole(PointEntity):
    """A sewer manhole or inspection chamber."""

    KIND: ClassVar[str] = "manhole"
    ID_PREFIX: ClassVar[str] = "mh"
    depth_m: float = 1.0
    diameter_mm: int = 600


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class StreetLight(PointEntity):
    """A street light on a pole."""

    KIND: ClassVar[str] = "street_light"
    ID_PREFIX: ClassVar[str] = "sl"
    height_m: float = 6.0
    power: PowerSource = PowerSource.SOLAR
    lamp_w: int = 30


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class SupplyPoint(PointEntity):
    """Where the settlement network meets the city main, and what the city main delivers there.

    The user says what the figure is: ``given_as`` head (``head_m``, metres above the datum of the
    levels) or pressure (``pressure_m``, metres of water above the ground at the supply point, which
    the check converts with the ground level there). ``supply_hours`` are the hours of the day the
    city main runs (intermittent supply); piped water points run only then.
    """

    KIND: ClassVar[str] = "supply_point"
    ID_PREFIX: ClassVar[str] = "sup"
    head_m: float = 25.0
    given_as: SupplyBasis = SupplyBasis.HEAD
    pressure_m: float = 0.0
    supply_hours: OpenHours = ((0.0, 24.0),)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class SpotLevel(PointEntity):
    """A surveyed ground level (m above datum); levels elsewhere are interpolated, flat if none."""

    KIND: ClassVar[str] = "spot_level"
    ID_PREFIX: ClassVar[str] = "lvl"
    level_m: float = 0.0


# --------------------------------------------------------------------------- changes to existing things


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Demolition(Entity):
    """An option's decision to demolish an existing building (drawn on the building's outline)."""

    KIND: ClassVar[str] = "demolition"
    ID_PREFIX: ClassVar[str] = "demo"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {"building_id": ("building",)}
    building_id: str
    reason: str = ""


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Relocation(Entity):
    """An option's decision to move a household's building, optionally to a named plot."""

    KIND: ClassVar[str] = "relocation"
    ID_PREFIX: ClassVar[str] = "move"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {
        "building_id": ("building",),
        "destination_plot_id": ("plot",),
    }
    building_id: str
    destination_plot_id: str = ""
    reason: str = ""


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class HouseImprovement(Entity):
    """An option's improvement of an existing building: roof, floor, walls, added rooms."""

    KIND: ClassVar[str] = "house_improvement"
    ID_PREFIX: ClassVar[str] = "impr"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {"building_id": ("building",)}
    building_id: str
    roof: bool = True
    floor: bool = False
    walls: bool = False
    extra_rooms: int = 0
    house_type: str = ""
