"""Who may use a facility, in the words of the Properties dock: the same rules as the check."""

from __future__ import annotations

from designer.analysis.users import UsersStatus, users_summary
from designer.model import (
    Document,
    Household,
    Option,
    Plot,
    ProjectInfo,
    Toilet,
    ToiletAccess,
    WaterAccess,
    WaterPoint,
    WaterPointKind,
)

PRIVATE_KINDS = ("yard_tap",)


def _doc(*facilities) -> Document:
    plots = [
        Plot(id=f"plot-{i}", outline=((10 * i, 0), (10 * i + 10, 0), (10 * i + 10, 15), (10 * i, 15)))
        for i in range(3)
    ]
    return Document(
        ProjectInfo(name="t"),
        [
            *plots,
            Household(id="hh-0", plot_id="plot-0", size_persons=5),
            Household(id="hh-1", plot_id="plot-1", size_persons=3),
            Household(id="hh-2", plot_id="plot-2", size_persons=4),
            Option(id="opt-a", name="A"),
            *facilities,
        ],
    )


def test_unknown_access_is_not_private():
    wc = Toilet(id="wc", position=(5.0, 5.0), access=None)
    s = users_summary(_doc(wc), wc, PRIVATE_KINDS)
    assert s.status == UsersStatus.ACCESS_UNKNOWN and s.host_plot_id == "plot-0" and s.user_plots == ()


def test_a_household_toilet_is_private_to_the_plot_it_stands_on():
    wc = Toilet(id="wc", position=(5.0, 5.0), access=ToiletAccess.HOUSEHOLD)
    s = users_summary(_doc(wc), wc, PRIVATE_KINDS)
    assert s.status == UsersStatus.PRIVATE and s.user_plots == ("plot-0",)
    assert (s.households_served, s.persons) == (1, 5)


def test_named_users_count_their_plots_households_and_persons():
    wc = Toilet(
        id="wc", scope="opt-a", position=(5.0, 5.0), access=ToiletAccess.SHARED, shared_by=("plot-1", "hh-2")
    )
    s = users_summary(_doc(wc), wc, PRIVATE_KINDS)
    assert s.status == UsersStatus.SHARED_NAMED
    assert (s.plots, s.households, s.missing) == (("plot-1",), ("hh-2",), ())
    # The host plot, the named plot and the named household's plot: 5 + 3 + 4 persons.
    assert s.user_plots == ("plot-0", "plot-1", "plot-2") and (s.households_served, s.persons) == (3, 12)


def test_shared_toilet_without_names_and_water_points():
    wc = Toilet(id="wc", position=(5.0, 5.0), access=ToiletAccess.SHARED)
    yard = WaterPoint(id="wp-y", position=(15.0, 5.0), point_kind=WaterPointKind.YARD_TAP)
    tap = WaterPoint(id="wp-s", position=(25.0, 20.0), access=None)
    public = WaterPoint(id="wp-p", position=(25.0, 20.0), access=WaterAccess.PUBLIC)
    doc = _doc(wc, yard, tap, public)
    assert users_summary(doc, wc, PRIVATE_KINDS).status == UsersStatus.SHARED_UNNAMED
    assert users_summary(doc, yard, PRIVATE_KINDS).status == UsersStatus.PRIVATE
    assert users_summary(doc, tap, PRIVATE_KINDS).status == UsersStatus.ACCESS_UNKNOWN
    assert users_summary(doc, public, PRIVATE_KINDS).status == UsersStatus.PUBLIC


def test_a_toilet_on_a_plot_edge_has_the_host_the_check_gives_it():
    """On the edge x = 10 between plot-0 and plot-1, with no plot_id: the check (``toilet_users``, a point
    *within* a plot) finds no host, so the toilet is public there; the dock must not call it private."""
    from designer.analysis.layout import build_layout
    from designer.analysis.users import UserKind, toilet_users

    wc = Toilet(id="wc", position=(10.0, 5.0), access=ToiletAccess.HOUSEHOLD)
    doc = _doc(wc)
    check = toilet_users(build_layout(doc, None))
    assert (int(check.host_plot[0]), check.kind[0]) == (-1, UserKind.PUBLIC)
    s = users_summary(doc, wc, PRIVATE_KINDS)
    assert (s.host_plot_id, s.status, s.user_plots) == ("", UsersStatus.PUBLIC, ())
