"""Who is served: service standards, walking routes, capacity, price, control, pressure, displacement.

No Qt. The public API (imported lazily so that ``import designer.analysis`` stays cheap):

* ``check_option(doc, option_id | None, standard=None, *, pressure=True) -> CheckResult`` — per
  household, per facility and per plot rows, warnings and the scorecard (``standard`` None: the
  project's standards profile, ``sphere-2018`` by default);
* ``scorecard(doc, option_id, standard=None, *, pressure=True) -> Scorecard`` — the numbers options are
  compared by;
* ``plot_access(doc, option_id, standard=None) -> dict[plot_id, PlotAccess]`` — walking distances per
  plot for map overlays (fast: no capacity, no pressure);
* ``route_to_water(doc, option_id, plot_id, standard=None, *, safe=False)`` — the polyline a household
  walks to water (plain or safe route), for drawing it;
* ``load_pack(name) / available_packs()`` — the rule packs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from designer.analysis.check import CheckResult, PlotAccess, check_option, plot_access, route_to_water
    from designer.analysis.scorecard import Scorecard, scorecard
    from designer.analysis.standards import StandardPack, available_packs, load_pack

__all__ = [
    "CheckResult",
    "PlotAccess",
    "Scorecard",
    "StandardPack",
    "available_packs",
    "check_option",
    "load_pack",
    "plot_access",
    "route_to_water",
    "scorecard",
]

_WHERE = {
    "CheckResult": "check",
    "PlotAccess": "check",
    "check_option": "check",
    "plot_access": "check",
    "route_to_water": "check",
    "Scorecard": "scorecard",
    "scorecard": "scorecard",
    "StandardPack": "standards",
    "available_packs": "standards",
    "load_pack": "standards",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'designer.analysis' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"designer.analysis.{module}"), name)
