"""Drawing primitives the walker emits, and the backend interface that receives them.

All coordinates are in the project CRS in metres (local model metres + project origin), x east,
y north. Point arrays are ``numpy`` float64 arrays of shape (n, 2); rings are open (the closing
vertex is implied by ``closed=True``).

A backend (DXF writer, GeoPackage/GeoJSON writer, PDF plan sheet) implements
:class:`DrawingBackend`. The walker calls ``begin`` once, then any number of ``shape``,
``symbol``, ``label``, ``hatch`` and ``dimension`` calls in drawing order (areas, then lines,
then points, then annotation), then ``finish`` once with a :class:`DrawingSummary` (the layers
used, the extents, and one :class:`Sheet` per paper layout).

Which primitives carry a model record: every ``Shape`` and ``Symbol`` with ``record`` set is the
one drawing of that record (a GIS backend writes exactly these as features); ``Shape`` with
``record=None`` (road edges), ``Label``, ``Hatch`` and ``Dimension`` are cartographic
decoration that only graphic backends draw.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np

    from designer.model.entities import Entity
    from designer.model.project import ProjectInfo
    from designer.render.profile import LayerProfile, LayerSpec

__all__ = [
    "DrawingBackend",
    "DrawingSummary",
    "Hatch",
    "Label",
    "LinearDimension",
    "PlanInfo",
    "Shape",
    "Sheet",
    "Symbol",
]


@dataclass(slots=True)
class Shape:
    """A polyline (open) or polygon outline (``closed``) on one layer.

    Attributes:
        layer: layer name from the profile.
        points: (n, 2) CRS metres.
        closed: True for areas (plots, buildings, hazards), False for runs and centre lines.
        feature: the profile feature name (e.g. ``"building"``, ``"road_edge"``).
        status: ``E``, ``N``, ``D``, ``M`` (see the profile).
        record: the model entity drawn; None for decoration.
        option_id: the option this belongs to (None for existing conditions).
    """

    layer: str
    points: np.ndarray
    closed: bool
    feature: str
    status: str
    record: Entity | None = None
    option_id: str | None = None


@dataclass(slots=True)
class Symbol:
    """A point facility drawn as a block ``JM_*`` with attributes (tag → text value).

    Attributes:
        layer: layer of the insert (and of its attributes).
        block: block name, e.g. ``JM_STANDPIPE``.
        x, y: insertion point in CRS metres.
        attributes: block attributes, tags as in CONVENTIONS.md (ID, STATUS, …, JAMII_ID).
        show_label: False where the block's visible attribute (its name) would overlap another label at
            every place tried; the value stays in the attribute, hidden.
        label_at: where the visible attribute starts (baseline left, CRS metres) when not at the block's
            own place right of the symbol.
    """

    layer: str
    block: str
    x: float
    y: float
    attributes: dict[str, str]
    feature: str
    status: str
    record: Entity | None = None
    option_id: str | None = None
    show_label: bool = True
    label_at: tuple[float, float] | None = None


@dataclass(slots=True)
class Label:
    """A one-line text label (plot number, pipe size, path name) centred on (x, y).

    Attributes:
        height_m: text height in model metres (paper mm × scale ÷ 1000).
        rotation_deg: counter-clockwise from east, kept upright (−90, 90].
    """

    layer: str
    text: str
    x: float
    y: float
    height_m: float
    rotation_deg: float = 0.0
    record_id: str = ""


@dataclass(slots=True)
class Hatch:
    """A hatched area (e.g. a proposed building) with a named pattern at a pattern scale."""

    layer: str
    points: np.ndarray
    pattern: str
    scale: float
    record_id: str = ""


@dataclass(slots=True)
class LinearDimension:
    """An aligned dimension from p1 to p2 (CRS metres), its line offset by ``offset_m`` to the left."""

    layer: str
    p1: tuple[float, float]
    p2: tuple[float, float]
    offset_m: float
    record_id: str = ""


@dataclass(frozen=True, slots=True)
class PlanInfo:
    """What is being drawn: passed to ``DrawingBackend.begin``.

    Attributes:
        project: the project record (name, place, CRS).
        profile: the layer profile in use.
        mode: ``"existing"``, ``"option"`` or ``"all"``.
        option_ids: the options drawn (empty for existing conditions), in layer-digit order.
        option_names: their names, same order.
        origin: (x, y) added to local metres to get the drawing's coordinates ((0, 0) when local).
        local_coordinates: True when the drawing is in local metres, not in the project CRS.
    """

    project: ProjectInfo
    profile: LayerProfile
    mode: str
    option_ids: tuple[str, ...]
    option_names: tuple[str, ...]
    origin: tuple[float, float]
    local_coordinates: bool = False


@dataclass(frozen=True, slots=True)
class Sheet:
    """One paper layout (per option, or the existing conditions) to be produced at each paper size.

    Attributes:
        key: short id used in layout names (option id or ``EXISTING``).
        title: drawing title.
        option_id: the option shown (None for existing conditions).
        number: 1-based position of the sheet in this drawing ("sheet 2 of 3").
        frozen_layers: layers hidden in this sheet's viewport (other options' layers).
        drawing_no: the option's number in the project (options by id: 1, 2, …; 0 for the existing
            conditions), the same however the option is exported, so drawing numbers are stable.
    """

    key: str
    title: str
    option_id: str | None
    number: int
    frozen_layers: tuple[str, ...] = ()
    drawing_no: int = 0


@dataclass
class DrawingSummary:
    """Passed to ``DrawingBackend.finish``: what was drawn.

    Attributes:
        layers: every layer the drawing uses (profile layers plus option-digit layers), by name.
        counts: number of primitives per layer (shapes, symbols, labels, hatches, dimensions).
        extents: (xmin, ymin, xmax, ymax) of all shapes and symbols in CRS metres; None if empty.
        sheets: the paper layouts to make.
    """

    layers: dict[str, LayerSpec] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    extents: tuple[float, float, float, float] | None = None
    sheets: list[Sheet] = field(default_factory=list)


class DrawingBackend(Protocol):
    """What a renderer of the walker's primitives implements (DXF, GeoPackage/GeoJSON, PDF plan)."""

    def begin(self, plan: PlanInfo) -> None:
        """Start a drawing; called once before any primitive."""

    def shape(self, shape: Shape) -> None:
        """Draw a polyline or polygon outline."""

    def symbol(self, symbol: Symbol) -> None:
        """Draw a point facility."""

    def label(self, label: Label) -> None:
        """Draw a text label."""

    def hatch(self, hatch: Hatch) -> None:
        """Draw a hatched area."""

    def dimension(self, dim: LinearDimension) -> None:
        """Draw a linear dimension."""

    def finish(self, summary: DrawingSummary) -> None:
        """End the drawing: layers, sheets and anything that needs the extents."""
