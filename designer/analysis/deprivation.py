"""UN-Habitat slum-household deprivations of each household, decided from the drawing.

The five deprivations (MDG 7.10 / SDG 11.1.1) and how each is decided (thresholds in the rule
pack's [deprivation] table):

* ``water``: no improved water point (the pack's ``water.improved_kinds``) within
  ``water_max_distance_m`` walking along the paths; a yard tap on the household's plot counts;
* ``sanitation``: the toilet the household uses is not of an improved kind
  (``sanitation.improved_kinds``) or is used by more than ``toilet_max_households`` households
  (shared facilities are unimproved); no reachable toilet at all is deprived too;
* water and sanitation are *unknown* (not deprived) on a view with no water point, or no toilet, drawn at
  all (working or not), or with no path drawn for a household without one on its plot: the drawing
  cannot tell;
* ``durable_housing``: the main dwelling on the plot (the largest residential building or core
  house) has walls or roof not in the durable lists, or stands in a hazard area of the listed kinds,
  or there is no dwelling. A core house is durable; a house improvement of walls or roof makes them
  durable;
* ``living_area``: more than ``max_persons_per_room`` persons per habitable room on the plot; a room
  counts as habitable when the floor area gives it at least ``min_room_m2``
  (habitable rooms = min(rooms, floor area ÷ min_room_m2));
* ``tenure``: the household's tenure is not one of ``secure_tenures``; an unknown tenure is reported as
  unknown (``None``), not as deprived. Options do not change tenure.

Households share the dwellings of their plot: they all get the plot's housing and living-area result.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from designer.analysis.access import AccessResult
from designer.analysis.layout import Layout, _polygons
from designer.analysis.standards import StandardPack
from designer.model.people import Tenure

__all__ = ["DEPRIVATIONS", "Deprivations", "decode_flags", "household_deprivations"]

DEPRIVATIONS = ("water", "sanitation", "durable_housing", "living_area", "tenure")


@dataclass
class Deprivations:
    """Deprivations of every household of a layout, one column per deprivation in ``DEPRIVATIONS``.

    Attributes:
        deprived: (H, 5) bool, True where the household is deprived.
        unknown: (H, 5) bool, True where it cannot be told: no water point or no toilet drawn at all,
            tenure unknown, or the main dwelling's materials (durable housing) or rooms (living area)
            not surveyed.
    """

    deprived: np.ndarray
    unknown: np.ndarray
    floor_m2_per_plot: np.ndarray  # covered floor of the dwellings standing on each plot (m²)

    def names(self, k: int) -> tuple[str, ...]:
        """Return the names of household ``k``'s deprivations."""
        return tuple(name for j, name in enumerate(DEPRIVATIONS) if self.deprived[k, j])

    def all_names(self) -> list[tuple[str, ...]]:
        """Return the names of every household's deprivations (one bit code per household, decoded once)."""
        return decode_flags(self.deprived, DEPRIVATIONS)

    @property
    def counts(self) -> np.ndarray:
        """Return the number of deprivations of each household."""
        return np.asarray(self.deprived.sum(axis=1))


def household_deprivations(
    lay: Layout,
    access: AccessResult,
    toilet_households: np.ndarray,
    pack: StandardPack,
    gone_building_ids: frozenset[str] = frozenset(),
) -> Deprivations:
    """Return the deprivations of every household of ``lay``.

    Args:
        lay: the layout (existing or an option).
        access: its walking access.
        toilet_households: households using each toilet of the layout.
        pack: the rule pack.
        gone_building_ids: buildings the option removes that the layout still holds (hit by corridors).
    """
    import shapely

    rules = pack.deprivation
    n_plots = len(lay.plots)
    improved_walls = {i.building_id for i in lay.improvements if i.walls}
    improved_roofs = {i.building_id for i in lay.improvements if i.roof}
    extra_rooms: dict[str, int] = {}
    for i in lay.improvements:
        extra_rooms[i.building_id] = extra_rooms.get(i.building_id, 0) + i.extra_rooms
    # StrEnum members compare and hash as their strings: no .value lookups in the loops below.
    walls_ok = set(rules.durable_wall_materials)
    roofs_ok = set(rules.durable_roof_materials)
    # Dwellings: buildings (residential, still standing) then core houses, as arrays.
    blds = lay.buildings
    use = np.array(
        [b.use == "residential" and b.id not in gone_building_ids for b in blds], dtype=bool
    ).reshape(-1)
    durable_b = np.array(
        [
            (b.wall_material in walls_ok or b.id in improved_walls)
            and (b.roof_material in roofs_ok or b.id in improved_roofs)
            for b in blds
        ],
        dtype=bool,
    ).reshape(-1)
    # A material the survey did not give (None) leaves durability unknown, unless the known part
    # already fails or an improvement replaces the unknown one.
    unknown_b = np.array(
        [
            (
                (b.wall_material is None and b.id not in improved_walls)
                or (b.roof_material is None and b.id not in improved_roofs)
            )
            and (b.wall_material is None or b.wall_material in walls_ok or b.id in improved_walls)
            and (b.roof_material is None or b.roof_material in roofs_ok or b.id in improved_roofs)
            for b in blds
        ],
        dtype=bool,
    ).reshape(-1)
    storeys_b = np.array([b.storeys for b in blds], dtype=float).reshape(-1)
    # Unknown rooms are NaN: the plot's rooms (a sum) become NaN and its living area unknown.
    rooms_b = np.array(
        [np.nan if b.rooms is None else b.rooms + extra_rooms.get(b.id, 0) for b in blds], dtype=float
    ).reshape(-1)
    b_polys = lay.building_polygons
    area_b = shapely.area(b_polys) if len(blds) else np.zeros(0)
    plot_b = lay.building_plot if len(blds) else np.zeros(0, dtype=np.int64)
    polys = [b_polys]
    plot_d = [plot_b]
    area_d = [area_b]
    durable_d = [durable_b]
    unknown_d = [unknown_b]
    rooms_d = [rooms_b]
    storeys_d = [storeys_b]
    use_d = [use]
    if lay.core_houses:
        h_polys = _polygons([h.outline for h in lay.core_houses])
        inside = lay.plots_containing(shapely.get_coordinates(shapely.centroid(h_polys)))
        polys.append(h_polys)
        plot_d.append(
            np.array([lay.plot_index.get(h.plot_id, int(inside[k])) for k, h in enumerate(lay.core_houses)])
        )
        area_d.append(shapely.area(h_polys))
        durable_d.append(np.ones(len(lay.core_houses), bool))
        unknown_d.append(np.zeros(len(lay.core_houses), bool))
        rooms_d.append(np.array([h.rooms for h in lay.core_houses], dtype=float))
        storeys_d.append(np.array([h.storeys for h in lay.core_houses], dtype=float))
        use_d.append(np.ones(len(lay.core_houses), bool))
    all_polys = np.concatenate(polys)
    d_plot = np.concatenate(plot_d).astype(np.int64)
    d_area = np.concatenate(area_d)
    d_durable = np.concatenate(durable_d)
    d_unknown = np.concatenate(unknown_d)
    d_rooms = np.concatenate(rooms_d)
    d_storeys = np.concatenate(storeys_d)
    ok = np.concatenate(use_d) & (d_plot >= 0)
    habitable = np.minimum(d_rooms, np.floor(d_area * d_storeys / rules.min_room_m2 + 1e-9))
    rooms = np.zeros(n_plots)
    floor = np.zeros(n_plots)
    np.add.at(floor, d_plot[ok], (d_area * d_storeys)[ok])
    np.add.at(rooms, d_plot[ok], habitable[ok])
    # The main dwelling of a plot: its largest (core houses win ties, they come last).
    idx = np.flatnonzero(ok)
    main = np.full(n_plots, -1, dtype=np.int64)
    if len(idx):
        order = idx[np.lexsort((np.arange(len(idx)), d_area[idx], d_plot[idx]))]
        plots_sorted = d_plot[order]
        last = np.concatenate((plots_sorted[1:] != plots_sorted[:-1], [True]))
        main[plots_sorted[last]] = order[last]
    has_main = main >= 0
    main_durable = np.zeros(n_plots, bool)
    main_durable[has_main] = d_durable[main[has_main]]
    main_unknown = np.zeros(n_plots, bool)
    main_unknown[has_main] = d_unknown[main[has_main]]
    # Hazards: the main dwelling (or the plot, without one) inside a listed hazard area.
    in_hazard = np.zeros(n_plots, bool)
    hazards = [h for h in lay.hazards if h.hazard.value in rules.hazard_kinds]
    if hazards and n_plots:
        hz = _polygons([h.outline for h in hazards])
        probe = lay.plot_polygons.copy()
        probe[has_main] = all_polys[main[has_main]]
        _, hit = shapely.STRtree(probe).query(hz, predicate="intersects")
        in_hazard[hit] = True
    persons = lay.persons_per_plot()
    improved_toilet = np.array(
        [t.toilet_kind in pack.sanitation.improved_kinds for t in lay.toilets], dtype=bool
    ).reshape(-1)
    plot_h = lay.hh_plot
    n_h = len(plot_h)
    has_plot = plot_h >= 0
    p = np.maximum(plot_h, 0)
    water = ~(access.improved_water_m[p] <= rules.water_max_distance_m) if n_plots else np.ones(n_h, bool)
    t = access.toilet.facility[p] if n_plots else np.full(n_h, -1)
    tt = np.maximum(t, 0)
    sanitation = (
        (t < 0) | ~improved_toilet[tt] | (toilet_households[tt] > rules.toilet_max_households)
        if len(improved_toilet)
        else np.ones(n_h, bool)
    )
    housing_unknown = (main_unknown[p] & ~in_hazard[p] & has_plot) if n_plots else np.zeros(n_h, bool)
    housing = (~(main_durable[p] & ~in_hazard[p]) & ~housing_unknown) if n_plots else np.ones(n_h, bool)
    rooms_unknown = (np.isnan(rooms[p]) & has_plot) if n_plots else np.zeros(n_h, bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        crowded = (
            (rooms[p] <= 0) | (persons[p] / rooms[p] > rules.max_persons_per_room + 1e-9)
        ) & ~rooms_unknown
    secure = set(rules.secure_tenures)
    tenure_unknown = np.array([h.tenure == Tenure.UNKNOWN for h in lay.households], dtype=bool).reshape(-1)
    insecure = np.array([h.tenure not in secure for h in lay.households], dtype=bool).reshape(-1)
    # Nothing of the kind drawn: whether the household has it cannot be told from the drawing.
    water_unknown = np.full(n_h, not lay.water_points_drawn) & has_plot
    sanitation_unknown = np.full(n_h, not lay.toilets_drawn) & has_plot
    if not lay.paths_drawn:  # nothing off the plot can be walked to: unknown beyond the plot's own
        water_unknown |= water & has_plot
        sanitation_unknown |= (t < 0) & has_plot
    water = water & ~water_unknown
    sanitation = sanitation & ~sanitation_unknown
    deprived = np.stack([water, sanitation, housing, crowded, insecure & ~tenure_unknown], axis=1)
    deprived[~has_plot, :4] = True  # a household without a plot in this view lacks all of them
    unknown = np.zeros_like(deprived)
    unknown[:, 0] = water_unknown
    unknown[:, 1] = sanitation_unknown
    unknown[:, 2] = housing_unknown
    unknown[:, 3] = rooms_unknown
    unknown[:, 4] = tenure_unknown
    return Deprivations(deprived=deprived, unknown=unknown, floor_m2_per_plot=floor)


def decode_flags(flags: np.ndarray, names: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return, per row of a (N, len(names)) bool array, the names of its True columns."""
    if flags.shape[0] == 0:
        return []
    codes = flags.astype(np.int64) @ (1 << np.arange(len(names), dtype=np.int64))
    table = {int(c): tuple(n for j, n in enumerate(names) if int(c) >> j & 1) for c in np.unique(codes)}
    return [table[c] for c in codes.tolist()]
