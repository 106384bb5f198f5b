"""`jamii check FILE [--option ID] [--standard NAME] [--format text|json]`: who is served.

Without ``--option`` the existing conditions are checked (``--option existing`` says so explicitly).
``--standard`` takes a pack id (``sphere-2018``, ``unhcr-post-emergency``, ``jmp``, ``un-habitat-slum``,
or a pack in the user's standards folder) or a path to a pack file; by default the project's profile.
The JSON output (schema ``jamii-check/1``) is documented in resources/standards/README.md.
"""

from __future__ import annotations

import argparse
from typing import Any

from designer.cli.common import add_format_argument, emit_json, load, resolve_option

__all__ = ["register"]

EXISTING_WORDS = ("existing", "none", "today")
_DESCRIPTION = """Check an option against a service standard: walking distance to water and toilets
along the paths, busy-road crossings on children's routes, persons per tap and per toilet seat,
queues, opening hours, price against income, who controls the water, pressure at the taps,
households displaced, and UN-Habitat deprivations before and after - per household and in summary.

Without --option the existing conditions are checked. --standard takes sphere-2018 (default),
unhcr-post-emergency, jmp, un-habitat-slum, a pack in your standards folder, or a path to a .toml
pack (see resources/standards/README.md, which also documents the JSON output)."""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "check",
        help="check an option against a service standard, per household and in summary",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", help="a .jamii project file")
    p.add_argument("--option", default=None, help="option id or name (default: the existing conditions)")
    p.add_argument(
        "--standard", default=None, help="rule pack id or path to a pack .toml (default: the project's)"
    )
    p.add_argument("--no-pressure", action="store_true", help="skip the hydraulic simulation (faster)")
    p.add_argument(
        "--all", action="store_true", help="text: list every household, not only those with problems"
    )
    add_format_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from designer.gc_pause import gc_paused

    # The load, the check and the JSON make hundreds of thousands of objects and no reference cycles;
    # paused for the whole command, the cyclic GC does not walk them all after the load and again
    # after the check. They are freed (by reference count) when _run returns, before it runs again.
    with gc_paused():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from designer.analysis.check import check_option

    doc = load(args.file)
    option_id = None
    if args.option is not None and args.option.casefold() not in EXISTING_WORDS:
        option_id = resolve_option(doc, args.option).id
    result = check_option(doc, option_id, args.standard, pressure=not args.no_pressure)
    access = _access(doc, option_id)
    if args.format == "json":
        out = result.to_json()
        out["access"] = access  # blocks and depth: `jamii access diagnose` has the per-plot detail
        emit_json(out)
        return 0
    _print_text(result, show_all=args.all, access=access, file=args.file)
    _print_access(access)
    return 0


def _access(doc: Any, option_id: str | None) -> dict[str, Any] | None:
    """Return the access summary (blocks, interior plots, complexity k, emergency widths), None without plots."""
    from designer.analysis.access_diagnosis import diagnose_access

    if not doc.of_kind("plot"):
        return None
    # Once paths are drawn, widths are measured along them (deriving the centrelines is the slow part).
    return diagnose_access(doc, option_id, centrelines=not doc.of_kind("path")).summary()


def _print_access(access: dict[str, Any] | None) -> None:
    if access is None:
        return
    print(f"Access (jamii access diagnose for detail): {access['plots']} plots in {access['blocks']} blocks")
    print(
        f"  plots facing public space / interior / enclosed  {access['plots_with_direct_access']} / "
        f"{access['plots_without_access']} / {access['plots_enclosed']}"
    )
    print(f"  highest block complexity k                      {access['max_complexity_k'] or '—'}")
    passable = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in access["plots_passable_by"].items())
    print(f"  plots reachable by                              {passable}")


def _m(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def _by_sex(counts: dict[str, int]) -> str:
    """Return e.g. "15 headed by women, 26 by men, 2 unknown"."""
    words = {"female": "headed by women", "male": "by men", "other": "other", "unknown": "head unknown"}
    return ", ".join(f"{n} {words.get(k, k)}" for k, n in counts.items()) or "none"


def _ladder(counts: dict[str, int], unknown_because: str | None = None) -> str:
    """Return the rungs and their households, top rung first; why unknown when the drawing cannot tell."""
    order = [
        "safely_managed",
        "basic",
        "limited",
        "unimproved",
        "none",
        "open_defecation",
        "no_facility",
        "unknown",
    ]
    keys = sorted(counts, key=lambda k: order.index(k) if k in order else len(order))
    text = ", ".join(f"{k.replace('_', ' ')} {counts[k]}" for k in keys)
    return f"{text} ({unknown_because.replace('_', ' ')})" if unknown_because else text


def _within(n: int, households: int, unknown_because: str | None) -> str:
    """Return "n of N", or why it cannot be told (nothing of the kind drawn)."""
    if unknown_because in ("water_points_not_drawn", "toilets_not_drawn"):
        return f"unknown ({unknown_because.replace('_', ' ')})"
    if unknown_because == "paths_not_drawn":  # those with one on their plot are told, the rest are not
        return f"{n} of {households}, the rest unknown (paths not drawn)"
    return f"{n} of {households}"


def _path_access(sc: Any, access: dict[str, Any] | None, file: str) -> str:
    """Return the households without path access, or why it is unknown (no path or road drawn)."""
    if sc.path_access_unknown_because != "paths_not_drawn":
        return str(sc.households_without_path_access)
    text = f"unknown (paths not drawn: `jamii access derive {file}` derives the public-space network from the plots"
    if access is not None:  # the access diagnosis tells it from the plots alone
        text += f"; {access['plots_with_direct_access']} of {access['plots']} plots face public space"
    return text + ")"


def _gained(sc: Any) -> str:
    """Return the plots gaining path access, or why it is unknown (no path drawn today)."""
    if sc.access_gained_unknown_because == "paths_not_drawn_before":
        return "unknown (no path drawn in the existing conditions)"
    return str(sc.plots_gaining_access)


def _print_text(
    result: Any, *, show_all: bool, access: dict[str, Any] | None = None, file: str = "FILE"
) -> None:
    sc = result.scorecard
    pack = result.pack
    who = (
        f"option {result.option_id} “{result.option_name}”" if result.option_id else "the existing conditions"
    )
    print(f"Check of {who} against {pack.name} ({pack.id})")
    assumed = " — assumed, no survey" if sc.households_assumed else ""
    print(f"Households: {sc.households} ({sc.persons} persons){assumed}")
    why = sc.ladders_unknown_because
    lines = [
        (
            f"water point within {sc.water_standard_m:g} m",
            _within(sc.households_water_within_standard, sc.households, why.get("water")),
        ),
        (
            f"toilet within {sc.toilet_standard_m:g} m",
            _within(sc.households_toilet_within_standard, sc.households, why.get("sanitation")),
        ),
        ("without path access", _path_access(sc, access, file)),
        (
            "children crossing a busy road to water",
            f"{sc.children_busy_crossing} in {sc.children_busy_crossing_households} households",
        ),
        (
            "persons per tap (public, mean / max)",
            f"{_m(sc.persons_per_tap_mean)} / {_m(sc.persons_per_tap_max)}",
        ),
        (
            "persons per toilet seat (public, mean / max)",
            f"{_m(sc.persons_per_toilet_seat_mean)} / {_m(sc.persons_per_toilet_seat_max)}",
        ),
        (
            "water points over capacity / queue too long / hours short",
            f"{sc.water_points_over_capacity} / {sc.water_points_queue_too_long} / {sc.water_points_hours_short}",
        ),
        ("toilet blocks failing the female:male ratio", str(sc.toilet_blocks_ratio_failing)),
        (
            "water affordable (households with known income)",
            "—" if sc.affordability_share is None else f"{sc.affordability_share:.0%}",
        ),
        (
            "costs of use over the limit (water + toilets + emptying)",
            f"{sc.households_services_unaffordable} households "
            f"({_by_sex(sc.services_unaffordable_by_head_sex)}); worst "
            + ("—" if sc.services_cost_share_max is None else f"{sc.services_cost_share_max:.0%}")
            + " of income",
        ),
        ("JMP drinking water", _ladder(sc.water_ladder, why.get("water"))),
        ("JMP sanitation", _ladder(sc.sanitation_ladder, why.get("sanitation"))),
        ("JMP hygiene", _ladder(sc.hygiene_ladder, why.get("hygiene"))),
        ("pressure failures", "not checked" if sc.pressure_failures is None else str(sc.pressure_failures)),
        ("households depending on one operator", str(sc.households_single_operator)),
        ("displaced households / buildings", f"{sc.displaced_households} / {sc.displaced_buildings}"),
        ("plot area lost (m²)", f"{sc.plot_area_lost_m2:,.0f}"),
        ("plots gaining path access", _gained(sc)),
        (
            "UN-Habitat deprivations before → after",
            f"{sc.deprivations_before} → {sc.deprivations_after} ({sc.deprivations_removed:+d} removed)",
        ),
    ]
    width = max(len(k) for k, _ in lines)
    for key, value in lines:
        print(f"  {key:<{width}}  {value}")
    if result.pressure is not None and result.pressure.assumptions:
        print("Pressure assumptions:")
        for a in result.pressure.assumptions:
            print(f"  - {a}")
    if result.warnings:
        print("Warnings:")
        for w in result.warnings:
            print(f"  - {w}")
    rows = [r for r in result.households if show_all or r.problems]
    label = "Households" if show_all else "Households with problems"
    print(f"{label} ({len(rows)}):")
    if rows:
        print(f"  {'household':<14} {'plot':<12} {'water m':>8} {'toilet m':>8}  problems")
        for r in rows:
            print(
                f"  {r.household_id:<14} {r.plot_id or '—':<12} {_m(r.water_m):>8} {_m(r.toilet_m):>8}  "
                f"{', '.join(r.problems) or 'none'}"
            )
