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
    from designer.analysis.check import (
        CheckResult,
        PlotAccess,
        check_option,
        plot_access,
        route_to_water,
        scorecard,
    )
    from designer.analysis.scorecard import Scorecard
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

_FROM_CHECK = frozenset(
    {"CheckResult", "PlotAccess", "check_option", "plot_access", "route_to_water", "scorecard"}
)
_FROM_SCORECARD = frozenset({"Scorecard"})
_FROM_STANDARDS = frozenset({"StandardPack", "available_packs", "load_pack"})


def __getattr__(name: str) -> Any:
    # Plain imports inside the function: `import designer.analysis` stays cheap, and the edges stay
    # visible to import-linter and mypy (no module names in strings). `import … as` and not
    # `from designer.analysis import …`, which would ask this very function again.
    if name in _FROM_CHECK:
        import designer.analysis.check as check_module

        return getattr(check_module, name)
    if name in _FROM_SCORECARD:
        import designer.analysis.scorecard as scorecard_module

        return getattr(scorecard_module, name)
    if name in _FROM_STANDARDS:
        import designer.analysis.standards as standards_module

        return getattr(standards_module, name)
    raise AttributeError(f"module 'designer.analysis' has no attribute {name!r}")
