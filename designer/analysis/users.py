"""Who may use each water point and toilet: private to a plot, shared by named users, or public.

Rules (the same for water points and toilets; ``shared_by`` lists plot and household ids):

* a facility with named users (``shared_by``) is **shared**: the plots named, the plots the named
  households live on, and the plot it stands on (its ``plot_id``, else the plot containing it) may
  use it; nobody else. The check works per plot, so a named household opens the facility to its plot;
* otherwise a household toilet, or a water point of a private kind (yard tap) or with private access,
  is **private** to its ``plot_id`` or the plot it stands in; standing outside every plot, it is used as a public one;
* otherwise the facility is **public**: a communal block, a standpipe, and a shared toilet whose users
  are not named. Such a shared toilet is taken as open to the neighbours who reach it (it is not
  anybody's private toilet; the plot it stands on reaches it at 0 m) and the check says so in a
  warning; JMP still ranks it "limited".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np

from designer.analysis.layout import Layout
from designer.analysis.standards import StandardPack
from designer.model.entities import Plot, Toilet, ToiletAccess, WaterAccess, WaterPoint
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = [
    "FacilityUsers",
    "UserKind",
    "UsersStatus",
    "UsersSummary",
    "toilet_users",
    "users_summary",
    "water_point_users",
]


class UserKind(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"
    SHARED = "shared"


@dataclass
class FacilityUsers:
    """Per facility of one kind (water points or toilets) of a layout: who may use it.

    Attributes:
        kind: the UserKind of each facility.
        host_plot: the plot each facility stands on or belongs to (-1 none): a private facility's owner,
            a shared facility's own plot (its users walk 0 m to it).
        users: for each shared facility, the indices of the plots that may use it (empty otherwise).
        unnamed_shared: indices of shared toilets with no named users, taken as public (their own
            plot, if any, still reaches them at 0 m).
        unknown_users: (facility id, user id) pairs naming a plot or household not in this view.
    """

    kind: list[UserKind]
    host_plot: np.ndarray
    users: list[np.ndarray]
    unnamed_shared: list[int] = field(default_factory=list)
    unknown_users: list[tuple[str, str]] = field(default_factory=list)

    @property
    def private(self) -> np.ndarray:
        """Return a bool per facility: private to its host plot."""
        return np.array([k == UserKind.PRIVATE for k in self.kind], dtype=bool).reshape(-1)

    @property
    def public(self) -> np.ndarray:
        """Return a bool per facility: anyone may walk to it."""
        return np.array([k == UserKind.PUBLIC for k in self.kind], dtype=bool).reshape(-1)

    @property
    def shared(self) -> list[int]:
        """Return the indices of the facilities shared by named users."""
        return [k for k, kind in enumerate(self.kind) if kind == UserKind.SHARED]


def water_point_users(lay: Layout, pack: StandardPack) -> FacilityUsers:
    """Return who may use each water point of ``lay``."""
    # A private kind (yard tap) or a point whose access is private serves its plot; unknown access is
    # not private (it is taken as open, and the check counts the unknowns).
    private = [
        w.point_kind in pack.water.private_kinds or w.access == WaterAccess.PRIVATE for w in lay.water_points
    ]
    return _users(lay, lay.water_points, private, unnamed_shared=[False] * len(lay.water_points))


def toilet_users(lay: Layout) -> FacilityUsers:
    """Return who may use each toilet of ``lay``."""
    private = [t.access == ToiletAccess.HOUSEHOLD for t in lay.toilets]
    unnamed = [t.access == ToiletAccess.SHARED and not t.shared_by for t in lay.toilets]
    return _users(lay, lay.toilets, private, unnamed_shared=unnamed)


def _users(
    lay: Layout,
    facilities: Sequence[WaterPoint | Toilet],
    private_kind: list[bool],
    *,
    unnamed_shared: list[bool],
) -> FacilityUsers:
    n = len(facilities)
    xy = np.array([f.position for f in facilities], dtype=float).reshape(-1, 2)
    host = np.array([lay.plot_index.get(f.plot_id, -1) for f in facilities], dtype=np.int64).reshape(-1)
    missing = host < 0
    if missing.any():
        host[missing] = lay.plots_containing(xy[missing])
    named = any(f.shared_by for f in facilities)
    hh_plot = {h.id: int(lay.hh_plot[k]) for k, h in enumerate(lay.households)} if named else {}
    kinds: list[UserKind] = []
    users: list[np.ndarray] = []
    unknown: list[tuple[str, str]] = []
    unnamed: list[int] = []
    for k, f in enumerate(facilities):
        if f.shared_by:
            plots = {int(host[k])} if host[k] >= 0 else set()
            for uid in f.shared_by:
                if uid in lay.plot_index:
                    plots.add(lay.plot_index[uid])
                elif hh_plot.get(uid, -1) >= 0:
                    plots.add(hh_plot[uid])
                else:
                    unknown.append((f.id, uid))
            kinds.append(UserKind.SHARED)
            users.append(np.array(sorted(plots), dtype=np.int64))
            continue
        if private_kind[k] and host[k] >= 0:
            kinds.append(UserKind.PRIVATE)
        else:
            kinds.append(UserKind.PUBLIC)
            if unnamed_shared[k]:
                unnamed.append(k)
        users.append(np.zeros(0, dtype=np.int64))
    assert len(kinds) == n
    return FacilityUsers(kinds, host, users, unnamed, unknown)


class UsersStatus(StrEnum):
    """Who may use one facility, in the words the Properties dock shows (same rules as the check)."""

    SHARED_NAMED = "shared_named"  # shared by the plots and households in ``shared_by``
    SHARED_UNNAMED = "shared_unnamed"  # a shared toilet whose users are not named: open to neighbours
    PRIVATE = "private"  # private to the plot it stands on
    PUBLIC = "public"  # anyone who reaches it
    ACCESS_UNKNOWN = "access_unknown"  # nobody said who may use it: counted as open, never as private


@dataclass(frozen=True)
class UsersSummary:
    """Who may use one water point or toilet, for the editor of its users.

    Attributes:
        status: see UsersStatus.
        host_plot_id: the plot it stands on or belongs to ("" none).
        plots: the named plots (ids, as in ``shared_by``).
        households: the named households.
        missing: named ids that are neither a plot nor a household of the project.
        user_plots: the plots whose households may use it (named plots, the plots of named households and
            the host plot) when shared by name; the host plot when private; empty otherwise.
        households_served: households living on ``user_plots``.
        persons: persons in those households (None when no household is recorded on them).
    """

    status: UsersStatus
    host_plot_id: str
    plots: tuple[str, ...]
    households: tuple[str, ...]
    missing: tuple[str, ...]
    user_plots: tuple[str, ...]
    households_served: int
    persons: int | None


def users_summary(doc: Document, facility: WaterPoint | Toilet, private_kinds: Sequence[str]) -> UsersSummary:
    """Return who may use ``facility`` in its scope, by the rules of this module.

    Args:
        doc: the project.
        facility: a water point or toilet of ``doc``.
        private_kinds: water point kinds private to their plot (the standards pack's ``private_kinds``).
    """
    import shapely

    from designer.model.people import Household

    view = doc.option_view(facility.scope) if facility.scope != EXISTING else doc.existing_view()
    plots = {p.id: p for p in view.of_type(Plot)}
    host = facility.plot_id if facility.plot_id in plots else ""
    if not host:
        # Strictly inside, as the check's Layout.plots_containing ("within"): a point on an edge has no host.
        x, y = facility.position
        host = next(
            (p.id for p in plots.values() if shapely.Polygon(p.outline).contains(shapely.Point(x, y))), ""
        )
    households = {h.id: h for h in doc.of_type(Household)}
    named_plots = tuple(u for u in facility.shared_by if u in plots)
    named_households = tuple(u for u in facility.shared_by if u in households)
    missing = tuple(u for u in facility.shared_by if u not in plots and u not in households)
    if facility.shared_by:
        status = UsersStatus.SHARED_NAMED
        user_plots = {
            *named_plots,
            *(households[h].plot_id for h in named_households if households[h].plot_id in plots),
        }
        if host:
            user_plots.add(host)
    else:
        status, user_plots = _unnamed_status(facility, private_kinds, host)
    living = [h for h in households.values() if h.plot_id in user_plots]
    return UsersSummary(
        status=status,
        host_plot_id=host,
        plots=named_plots,
        households=named_households,
        missing=missing,
        user_plots=tuple(sorted(user_plots)),
        households_served=len(living),
        persons=sum(h.size_persons for h in living) if living else None,
    )


def _unnamed_status(
    facility: WaterPoint | Toilet, private_kinds: Sequence[str], host: str
) -> tuple[UsersStatus, set[str]]:
    """Return the status and user plots of a facility without named users."""
    if isinstance(facility, Toilet):
        if facility.access is None:
            return UsersStatus.ACCESS_UNKNOWN, set()
        private = facility.access == ToiletAccess.HOUSEHOLD
        if facility.access == ToiletAccess.SHARED:
            return UsersStatus.SHARED_UNNAMED, set()
    else:
        private = facility.point_kind in private_kinds or facility.access == WaterAccess.PRIVATE
        if not private and facility.access is None:
            return UsersStatus.ACCESS_UNKNOWN, set()
    if private and host:
        return UsersStatus.PRIVATE, {host}
    return UsersStatus.PUBLIC, set()
