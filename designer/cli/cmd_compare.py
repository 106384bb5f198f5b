"""`jamii compare FILE [--format text|json] [--library NAME]`: all options side by side.

JSON: ``{"file", "standard", "options": [{"id", "name", "cost": {…}, "finance": {…}, "service": {…},
"votes": {…}, "notes": […]}]}``: cost and finance as documented in
``designer.estimate.pricing.compare_options`` (money as decimal strings), ``service`` the option's
scorecard (``designer.analysis.scorecard.Scorecard.to_json``) under the project's standard, ``votes``
its support in each workshop by sex (``designer.analysis.participation.votes_by_option``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from designer.cli.assumption_args import add_assumption_arguments, assumption_overrides
from designer.cli.common import add_format_argument, emit_json, load
from designer.cli.errors import CliError

__all__ = ["comparison", "register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("compare", help="all design options side by side: cost, per household, finance")
    p.add_argument("file", help="a .jamii project file")
    p.add_argument("--library", help="cost library name or .sqlite path (default: the project's)")
    p.add_argument(
        "--standard", help="service standard for the scorecard (default: the project's standards profile)"
    )
    p.add_argument(
        "--no-pressure", action="store_true", help="skip the hydraulic simulation in the scorecard (faster)"
    )
    p.add_argument(
        "--pdf", metavar="OUT", help="write the comparison report (tables and bar charts) as a PDF"
    )
    add_assumption_arguments(p)
    add_format_argument(p)
    p.set_defaults(func=run)


def comparison(
    path: str,
    library_name: str | None = None,
    standard: str | None = None,
    *,
    pressure: bool = True,
    assumptions: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Return the stable JSON of `jamii compare`: cost, finance, service scorecard and votes per option."""
    from designer.analysis.check import scorecard
    from designer.analysis.participation import votes_by_option
    from designer.estimate.budget_vote import cart_items
    from designer.estimate.library import CostingError, optional_library
    from designer.estimate.pricing import compare_options

    doc = load(path)
    if not doc.options:
        raise CliError("the project has no design options")
    try:
        with optional_library(library_name) as library:
            options = compare_options(doc, library=library, assumptions=assumptions)
    except CostingError as exc:
        raise CliError(str(exc)) from None
    votes = votes_by_option(doc, lambda: cart_items(doc))
    used_standard = standard or doc.project.standards_profile
    for opt in options:
        opt["service"] = scorecard(doc, opt["id"], used_standard, pressure=pressure).to_json()
        opt["votes"] = votes.get(opt["id"], {"workshops": []})
    return {"file": path, "standard": used_standard, "options": options}


def _within(sc: dict[str, Any], key: str, ladder: str, not_drawn: str) -> str:
    """Return "n/N" of a scorecard, or "not drawn" (unknown) when nothing of the kind is drawn."""
    why = sc.get("ladders_unknown_because", {}).get(ladder)
    if why == not_drawn:
        return "not drawn"
    if why == "paths_not_drawn":  # those with one on their plot are told, the rest are not
        return f"{sc[key]}/{sc['households']} + unknown (no paths)"
    return f"{sc[key]}/{sc['households']}"


def _without_path_access(sc: dict[str, Any]) -> str:
    """Return "n/N" households no path reaches, or "not drawn" (unknown) when the option has no path."""
    if sc.get("path_access_unknown_because") == "paths_not_drawn":
        return "not drawn"
    return f"{sc['households_without_path_access']}/{sc['households']}"


def _gaining(sc: dict[str, Any]) -> str:
    """Return the plots the option's paths reach anew, or "unknown" over a today with no path drawn."""
    if sc.get("access_gained_unknown_because"):
        return "unknown (no path today)"
    return str(sc["plots_gaining_access"])


def run(args: argparse.Namespace) -> int:
    if getattr(args, "pdf", None):  # the report renderer lives in designer/export/reports.py
        from designer.export.reports import export_comparison_pdf

        line = export_comparison_pdf(load(args.file), args.pdf, library_name=args.library)
        if args.format != "json":
            print(line)
            return 0
    data = comparison(
        args.file,
        args.library,
        args.standard,
        pressure=not args.no_pressure,
        assumptions=assumption_overrides(args),
    )
    if args.format == "json":
        emit_json(data)
        return 0
    options = data["options"]
    cur = options[0]["cost"]["currency"]
    if any(o["cost"]["illustrative"] for o in options):
        print("WARNING: illustrative rates — not from a published source.")
    for o in options:
        if o["cost"].get("incomplete"):
            print(
                f"WARNING: option {o['id']} is {o['cost']['incomplete']}: its cost is not known "
                "and it is not ranked against the others."
            )
    width = 18
    names = [f"{o['id']}" for o in options]
    print(f"{'':<34}" + "".join(f"{n[:width]:>{width}}" for n in names))
    print(f"{'':<34}" + "".join(f"{o['name'][:width]:>{width}}" for o in options))

    def row(label: str, values: list[Any]) -> None:
        print(f"{label:<34}" + "".join(f"{v!s:>{width}}" for v in values))

    bills = sorted({(b["bill"], b["title"]) for o in options for b in o["cost"]["by_bill"]})
    for number, title in bills:
        found = [next((b for b in o["cost"]["by_bill"] if b["bill"] == number), None) for o in options]
        vals = ["—" if b is None else "incomplete" if not b.get("known", True) else b["total"] for b in found]
        row(f"{number:>2} {title[:30]}", vals)
    for label, key, part in (
        (f"Total ({cur})", "total", "cost"),
        ("Cash", "cash", "cost"),
        ("In kind (community)", "in_kind", "cost"),
        ("Per household", "per_household", "cost"),
        ("Per person", "per_person", "cost"),
        ("Subsidy needed", "subsidy_needed", "finance"),
        ("Loan per household", "loan_per_household", "finance"),
        ("Monthly repayment / household", "monthly_repayment", "finance"),
        ("Monthly cost / household", "monthly_cost_per_household", "finance"),
        ("Share who can afford it", "share_affordable", "finance"),
        ("Lifetime cost / household / yr", "lifetime_cost_per_household_per_year", "finance"),
    ):
        vals = [o[part][key] for o in options]
        if key == "share_affordable":
            vals = ["unknown" if v is None else f"{100 * v:.0f} %" for v in vals]
        # An incomplete option shows "incomplete" where a figure would rank it (its sums are partial).
        vals = [
            "incomplete" if o["cost"].get("incomplete") and o[part][key] is None else v
            for o, v in zip(options, vals, strict=True)
        ]
        row(label, vals)

    def spread(o: dict[str, Any], key: str) -> str:
        rows = o["finance"].get("per_household", [])
        values = sorted(float(p[key]) for p in rows if p[key] is not None)
        if rows and len(values) < len(rows):
            return "unknown"  # a price (water, toilet) is not known for some households
        if not values:
            return "incomplete" if o["cost"].get("incomplete") else "equal split"
        return f"{values[0]:,.0f}–{values[-1]:,.0f}"

    # Allocated to the households each item serves (a core house to its household, a yard tap to its plot).
    row("Share per household (min–max)", [spread(o, "total") for o in options])
    row("Monthly cost per household (min–max)", [spread(o, "monthly") for o in options])
    print(f"Who is served ({data['standard']}):")
    service_rows: tuple[tuple[str, Callable[[dict[str, Any]], str]], ...] = (
        (
            "Households with water in reach",
            lambda sc: _within(sc, "households_water_within_standard", "water", "water_points_not_drawn"),
        ),
        (
            "Households with a toilet in reach",
            lambda sc: _within(sc, "households_toilet_within_standard", "sanitation", "toilets_not_drawn"),
        ),
        ("Households without path access", _without_path_access),
        ("Plots gaining path access", _gaining),
        ("Persons per tap (most)", lambda sc: f"{sc['persons_per_tap_max']:.0f}"),
        ("Persons per toilet seat (most)", lambda sc: f"{sc['persons_per_toilet_seat_max']:.0f}"),
        ("Children crossing a busy road", lambda sc: str(sc["children_busy_crossing"])),
        (
            "Water affordable",
            lambda sc: (
                "unknown" if sc["affordability_share"] is None else f"{100 * sc['affordability_share']:.0f} %"
            ),
        ),
        (
            "Taps with low pressure or no main",
            lambda sc: "not checked" if sc["pressure_failures"] is None else str(sc["pressure_failures"]),
        ),
        (
            "Costs of use over the limit",
            lambda sc: f"{sc['households_services_unaffordable']}/{sc['households']}",
        ),
        ("Displaced households", lambda sc: str(sc["displaced_households"])),
        ("Deprivations removed", lambda sc: str(sc["deprivations_removed"])),
    )
    for label, fmt in service_rows:
        row(f"  {label}", [fmt(o["service"]) for o in options])
    workshops = {w["workshop_id"]: w for o in options for w in o["votes"]["workshops"]}
    for wid, w in sorted(workshops.items(), key=lambda kv: kv[1]["date"]):
        print(f"Votes at workshop {w['date']} ({w['method']}):")
        for sex in ("female", "male"):
            vals = []
            for o in options:
                mine = next((x for x in o["votes"]["workshops"] if x["workshop_id"] == wid), None)
                vals.append("—" if mine is None else mine["votes"].get(sex, 0))
            row(f"  {sex}", vals)
    for o in options:
        for note in o["notes"] + o["finance"]["notes"]:
            print(f"Note ({o['id']}): {note}")
    return 0
