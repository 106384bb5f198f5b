"""The input of the estimating library: elements to be measured, independent of any drawing program.

An Element is one thing to be built (a pipe run, a standpipe, a house stage, …) with its measures
(numbers with units in their names) and attributes (categorical values). Measurement rules in
``resources/costing/rules`` turn each element kind into billed quantities. An ElementBatch is many
elements of one kind as columns, as a vectorised measurer produces them: the take-off measures it
without building one Element (and its two dicts) per thing, and builds those only when asked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

import numpy as np

__all__ = ["ELEMENT_KINDS", "Categories", "Element", "ElementBatch"]

ELEMENT_KINDS: dict[str, str] = {
    # kind: measures the measurement rules may rely on (units in the names)
    "water_main": "length_m, diameter_mm, depth_m; attributes: material, surface (of the route)",
    "sewer": "length_m, diameter_mm, depth_m; attributes: material, sewer_kind, surface",
    "drain": "length_m, width_m (depth_m optional); attributes: drain_kind, lined",
    "path": "length_m, width_m, area_m2, widened_from_width_m (0 if new); attributes: surface, path_kind, lit",
    "water_point": "taps, storage_m3, connection_length_m; attributes: point_kind",
    "toilet": "seats (total), seats_female, seats_male; attributes: toilet_kind, access, handwashing",
    "manhole": "depth_m, diameter_mm",
    "street_light": "height_m, lamp_w, cable_length_m; attributes: power",
    "house": "floor_area_m2, storeys, foundation_length_m, foundation_volume_m3, wall_area_external_m2, "
    "wall_area_internal_m2, wall_area_party_m2, roof_area_m2, door_count, window_count, window_area_m2, "
    "wc_count, shower_count, kitchen_count; attributes: house_type, stage",
    "house_improvement": "floor_area_m2, roof_area_m2, wall_area_m2, extra_rooms; attributes: roof, floor, walls",
    "demolition": "floor_area_m2, storeys; attributes: wall_material",
    "relocation": "floor_area_m2; attributes: wall_material",
    "plot": "area_m2, perimeter_m (re-plotting: survey and beacons)",
    "crossing": "length_m, width_m (across the road); attributes: crossing_kind (zebra, footbridge)",
}


@dataclass(frozen=True, slots=True)
class Element:
    """One thing to be built, as the estimator sees it.

    Attributes:
        kind: one of ``ELEMENT_KINDS``.
        source_id: id of the drawn entity it was measured from ("" for a manual entry).
        measures: numbers, units in the names (``length_m``, ``area_m2``, ``taps``).
        attributes: categorical values (``surface="earth"``, ``toilet_kind="vip_latrine"``).
        label: human-readable name for provenance ("Water main wm-12 (63 mm, 84.2 m)").
        provenance: how the measures were obtained: "drawn", "formula" or "manual".
    """

    kind: str
    source_id: str = ""
    measures: Mapping[str, float] = field(default_factory=dict)
    attributes: Mapping[str, str | bool | int | float] = field(default_factory=dict)
    label: str = ""
    provenance: str = "drawn"


def _cell(column: Any, i: int) -> Any:
    """One value of a column as a plain Python value (numpy scalars become float, bool, str)."""
    value = column[i]
    return value.item() if hasattr(value, "item") else value


class Categories(Sequence[str]):
    """A text column held as its distinct values and one number per element: element ``i``'s value is
    ``names[codes[i]]``. What a measurer that already grouped its elements (by pipe size and class, by the
    path a pipe runs under) can hand over, so the take-off need not number the texts again.

    Raises:
        ValueError: ``names`` repeats a value, or a code does not name one of them.
    """

    def __init__(self, names: Sequence[str], codes: Any) -> None:
        self.names = tuple(names)
        self.codes = np.asarray(codes, dtype=np.intp).reshape(-1)
        if not all(type(name) is str for name in self.names):
            raise ValueError(f"category names must be texts: {self.names!r}")
        if len(set(self.names)) != len(self.names):
            raise ValueError(f"category names repeat a value: {self.names!r}")
        if len(self.codes) and (self.codes.min() < 0 or self.codes.max() >= len(self.names)):
            raise ValueError(f"a category code is not one of the {len(self.names)} names")

    def __len__(self) -> int:
        return len(self.codes)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self.names[c] for c in self.codes[i].tolist()]
        return self.names[int(self.codes[i])]

    def __repr__(self) -> str:
        return f"Categories({list(self)!r})"


@dataclass(frozen=True, slots=True)
class ElementBatch:
    """Many elements of one kind as columns (one value per element in every column).

    Element ``i`` of the batch is ``batch.element(i)``: the same kind, ``source_ids[i]``, the ``i``-th
    value of every measure and attribute column, ``labels[i]`` and the batch's provenance.

    Attributes:
        kind: one of ``ELEMENT_KINDS``.
        source_ids: the drawn entities' ids ("" for manual entries).
        measures: name → column of numbers (a numpy array or a sequence), units in the names.
        attributes: name → column of categorical values.
        labels: human-readable names, one per element (empty: none given).
        provenance: how every element's measures were obtained: "drawn", "formula" or "manual".

    Raises:
        ValueError: a column or the labels do not have one value per element.
    """

    kind: str
    source_ids: Sequence[str]
    measures: Mapping[str, Sequence[float] | Any] = field(default_factory=dict)
    attributes: Mapping[str, Sequence[str | bool | int | float] | Any] = field(default_factory=dict)
    labels: Sequence[str] = ()
    provenance: str = "drawn"

    def __post_init__(self) -> None:
        n = len(self.source_ids)
        for name, column in (*self.measures.items(), *self.attributes.items()):
            if len(column) != n:
                raise ValueError(
                    f"{self.kind} batch: column {name!r} has {len(column)} values for {n} elements"
                )
        if self.labels and len(self.labels) != n:
            raise ValueError(f"{self.kind} batch: {len(self.labels)} labels for {n} elements")

    def __len__(self) -> int:
        return len(self.source_ids)

    def label(self, i: int) -> str:
        """Return element ``i``'s label ("" when the batch has none)."""
        return self.labels[i] if self.labels else ""

    def element(self, i: int) -> Element:
        """Return element ``i`` as an Element."""
        return Element(
            self.kind,
            self.source_ids[i],
            {name: _cell(column, i) for name, column in self.measures.items()},
            {name: _cell(column, i) for name, column in self.attributes.items()},
            self.label(i),
            self.provenance,
        )

    def elements(self) -> list[Element]:
        """Return every element of the batch, in order."""
        return [self.element(i) for i in range(len(self))]
