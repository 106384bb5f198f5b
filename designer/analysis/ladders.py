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
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from designer.analysis.standards import StandardPack
from designer.model.entities import Toilet, WaterPoint

__all__ = ["LadderInputs", "Ladders", "service_ladders"]


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


def service_ladders(
    inp: LadderInputs, water_points: list[WaterPoint], toilets: list[Toilet], pack: StandardPack
) -> Ladders:
    """Return the JMP rungs of every household."""
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
    hygiene = np.where(
        ~has_t | washing_no,
        "no_facility",
        np.where(
            ~washing_yes, "unknown", np.where(soap_yes, "basic", np.where(soap_no, "limited", "unknown"))
        ),
    )
    return Ladders(water=water, sanitation=sanitation, hygiene=hygiene)
