"""The WHO/UNICEF JMP service ladders per household: drinking water, sanitation and hygiene.

Rungs, from the top (JMP 2017 definitions, thresholds from the rule pack):

* drinking water — ``safely_managed``: an improved source on the premises (a private tap, or a shared
  tap standing on the household's plot), available when needed (its hours meet the pack's windows,
  intermittent supply included, and no pressure failure); the JMP's third condition, free from
  contamination, needs a water-quality record, which the drawing does not hold, so it is not asked.
  ``basic``: improved, round trip with the queue within ``max_round_trip_min`` (where the pack checks
  it); ``limited``: improved, longer; ``unimproved``; ``none``: no source the household may use
  within reach of the paths (the JMP's "surface water" when people then drink from a stream);
* sanitation — ``safely_managed``: improved, not shared, and excreta safely disposed of in situ or
  emptied and treated (the toilet's ``excreta_safely_managed`` is true; unknown is not safe);
  ``basic``: improved, not shared (at most ``toilet_max_households`` households); ``limited``: improved
  and shared; ``unimproved``; ``open_defecation``: no toilet the household may use within reach;
* hygiene — ``basic``: a handwashing facility with water and soap at the toilet; ``limited``: a
  facility without soap; ``no_facility``; ``unknown``: a facility whose soap is not recorded, or a
  toilet whose handwashing is not recorded.

An unknown kind (None) is not improved: the household is not counted on an improved rung.

What the drawing does not show stays *unknown*: on a drawing with no water point at all (working or
not) every household's water rung is ``unknown`` ("water points not drawn"), not ``none``; with no
toilet at all, sanitation and hygiene are ``unknown`` ("toilets not drawn"), not open defecation; when
toilets are drawn but none records whether it has a handwashing facility, a household with no toilet
is ``unknown`` on hygiene, not ``no_facility``. With facilities drawn but no path or road at all, how far a
household walks cannot be measured: a household without one on its own plot is ``unknown`` ("paths not
drawn"), not ``none`` or open defecation. Once some are drawn, a household beyond them is on the
rung the standard says. :attr:`Ladders.unknown_because` names the reason per ladder.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from designer.analysis.standards import StandardPack
from designer.model.entities import Toilet, WaterPoint

__all__ = [
    "NOT_DRAWN_REASONS",
    "LadderInputs",
    "Ladders",
    "ladders_unknown_because",
    "not_drawn_mask",
    "service_ladders",
]

NOT_DRAWN_REASONS = (
    "water_points_not_drawn",
    "toilets_not_drawn",
    "handwashing_not_recorded",
    "paths_not_drawn",
)
"""Why a whole ladder is unknown (codes of :attr:`Ladders.unknown_because`, translated by the reports)."""


@dataclass
class LadderInputs:
    """Per household (arrays of equal length): the facilities used and what is known about them."""

    water_point: np.ndarray  # index into the water points, -1 none
    water_on_premises: np.ndarray  # bool
    water_available: np.ndarray  # bool: hours and pressure fine
    round_trip_too_long: np.ndarray  # bool
    toilet: np.ndarray  # index into the toilets, -1 none
    toilet_households: np.ndarray  # households using the household's toilet


@dataclass
class Ladders:
    """The rung of each household on each ladder (strings, see the module docstring)."""

    water: np.ndarray
    sanitation: np.ndarray
    hygiene: np.ndarray
    unknown_because: dict[str, str]
    """Ladder -> reason code (``NOT_DRAWN_REASONS``) where the drawing cannot tell the rung of a household
    beyond the facilities drawn."""
    water_not_drawn: np.ndarray
    """bool per household: its water rung is unknown for ``unknown_because["water"]`` (so is whether
    water is within the standard's walk: the check's rows say None, not False)."""
    sanitation_not_drawn: np.ndarray
    """bool per household: its sanitation rung is unknown for ``unknown_because["sanitation"]``."""


def service_ladders(
    inp: LadderInputs,
    water_points: list[WaterPoint],
    toilets: list[Toilet],
    pack: StandardPack,
    *,
    water_points_drawn: bool,
    toilets_drawn: bool,
    paths_drawn: bool,
) -> Ladders:
    """Return the JMP rungs of every household.

    Args:
        inp: per household, the facilities used and what is known about them.
        water_points, toilets: the facilities in service (the indices of ``inp`` point into them).
        pack: the rule pack (improved kinds, sharing limit).
        water_points_drawn, toilets_drawn: the view has any of that kind at all, in service or not;
            without any, the ladder is unknown rather than its lowest rung.
        paths_drawn: the view has any path or road; without one, a household with no facility of its
            own plot is unknown on that ladder (nothing can be walked to), not on its lowest rung.
    """
    n = len(inp.water_point)
    f, t = inp.water_point, inp.toilet
    has_f, has_t = f >= 0, t >= 0
    ff, tt = np.maximum(f, 0), np.maximum(t, 0)

    def per_facility(values: list[bool], idx: np.ndarray) -> np.ndarray:
        arr = np.array(values, dtype=bool).reshape(-1)
        return arr[idx] if len(arr) else np.zeros(n, bool)

    imp_w = per_facility([w.point_kind in pack.water.improved_kinds for w in water_points], ff)
    water = np.where(
        ~has_f,
        "none",
        np.where(
            ~imp_w,
            "unimproved",
            np.where(
                inp.round_trip_too_long,
                "limited",
                np.where(inp.water_on_premises & inp.water_available, "safely_managed", "basic"),
            ),
        ),
    )
    imp_t = per_facility([x.toilet_kind in pack.sanitation.improved_kinds for x in toilets], tt)
    safe_disposal = per_facility([x.excreta_safely_managed is True for x in toilets], tt)
    shared = inp.toilet_households > pack.deprivation.toilet_max_households
    sanitation = np.where(
        ~has_t,
        "open_defecation",
        np.where(
            ~imp_t,
            "unimproved",
            np.where(shared, "limited", np.where(safe_disposal, "safely_managed", "basic")),
        ),
    )
    washing_no = per_facility([x.handwashing is False for x in toilets], tt)
    washing_yes = per_facility([x.handwashing is True for x in toilets], tt)
    soap_yes = per_facility([x.soap is True for x in toilets], tt)
    soap_no = per_facility([x.soap is False for x in toilets], tt)
    # Beyond the toilets drawn, "no handwashing facility" holds only where the drawing records them at all.
    washing_recorded = any(x.handwashing is not None for x in toilets)
    hygiene = np.where(
        (~has_t & washing_recorded) | (has_t & washing_no),
        "no_facility",
        np.where(
            ~washing_yes, "unknown", np.where(soap_yes, "basic", np.where(soap_no, "limited", "unknown"))
        ),
    )
    unknown_because = ladders_unknown_because(
        toilets, water_points_drawn=water_points_drawn, toilets_drawn=toilets_drawn, paths_drawn=paths_drawn
    )
    water_unknown = not_drawn_mask(unknown_because.get("water"), has_f)
    sanitation_unknown = not_drawn_mask(unknown_because.get("sanitation"), has_t)
    water = np.where(water_unknown, "unknown", water)
    sanitation = np.where(sanitation_unknown, "unknown", sanitation)
    hygiene = np.where(sanitation_unknown, "unknown", hygiene)
    return Ladders(
        water=water,
        sanitation=sanitation,
        hygiene=hygiene,
        unknown_because=unknown_because,
        water_not_drawn=water_unknown,
        sanitation_not_drawn=sanitation_unknown,
    )


def not_drawn_mask(reason: str | None, has_facility: np.ndarray) -> np.ndarray:
    """Return, per household (or plot), whether ``reason`` (of :func:`ladders_unknown_because`) leaves it unknown.

    Nothing of the kind drawn: every household; no path drawn: those without one on their own plot.
    """
    if reason is None:
        return np.zeros(len(has_facility), bool)
    if reason == "paths_not_drawn":
        return ~has_facility
    return np.ones(len(has_facility), bool)


def ladders_unknown_because(
    toilets: list[Toilet], *, water_points_drawn: bool, toilets_drawn: bool, paths_drawn: bool
) -> dict[str, str]:
    """Return ladder -> reason code for the ladders the drawing cannot tell beyond its facilities.

    Args:
        toilets: the toilets in service.
        water_points_drawn, toilets_drawn: the view has any of that kind at all, in service or not.
        paths_drawn: the view has any path or road (without one, nothing off the plot can be walked to).
    """
    out: dict[str, str] = {}
    if not water_points_drawn:
        out["water"] = "water_points_not_drawn"
    elif not paths_drawn:
        out["water"] = "paths_not_drawn"
    if not toilets_drawn:
        out["sanitation"] = out["hygiene"] = "toilets_not_drawn"
    elif not any(x.handwashing is not None for x in toilets):
        out["hygiene"] = "handwashing_not_recorded"
        if not paths_drawn:
            out["sanitation"] = "paths_not_drawn"
    elif not paths_drawn:
        out["sanitation"] = out["hygiene"] = "paths_not_drawn"
    return out
