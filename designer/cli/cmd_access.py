"""`jamii access derive|diagnose|propose FILE …`: blocks, plots without a way out, proposed access paths.

    jamii access derive FILE [--dry-run] [--format text|json]
        add the public-space centrelines derived from the plots to the existing conditions (saved in
        place, one step), so that `jamii check` works on a plots-only settlement
    jamii access diagnose FILE [--option ID] [--block ID] [--format text|json]
        per plot and block: direct access, depth (block complexity k), narrowest width on the way out
    jamii access propose FILE [--block ID ...] [--option ID] [--name NAME] [--dry-run] [--format text|json]
        propose the paths that give every interior plot access, as a new option (or added to one),
        with the plots losing area, the buildings crossed, the households displaced and the price

Commands that change the project save it atomically; nothing is saved with --dry-run.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from designer.cli.common import add_format_argument, emit_json, load, resolve_option
from designer.cli.errors import CliError

if TYPE_CHECKING:
    from designer.analysis.access_diagnosis import AccessDiagnosis

__all__ = ["register"]

PROPOSAL_SCHEMA = "jamii-access-proposal/1"
EXISTING_WORDS = ("existing", "none", "today")


def register(subparsers: Any) -> None:
    acc = subparsers.add_parser(
        "access", help="blocks, plots without a way out, the public-space network and proposed access paths"
    )
    sub = acc.add_subparsers(dest="access_command", metavar="ACTION", required=True)

    p = sub.add_parser("derive", help="add the paths derived from the plots to the existing conditions")
    p.add_argument("file", help="a .jamii project file (saved in place)")
    p.add_argument("--dry-run", action="store_true", help="report, but do not save")
    add_format_argument(p)
    p.set_defaults(func=run_derive)

    p = sub.add_parser("diagnose", help="access per plot and block: direct access, depth k, width out")
    p.add_argument("file", help="a .jamii project file")
    p.add_argument("--option", default=None, help="option id or name (default: the existing conditions)")
    p.add_argument("--block", action="append", default=None, help="only this block (repeatable)")
    p.add_argument("--all", action="store_true", help="text: list every plot, not only those without access")
    add_format_argument(p)
    p.set_defaults(func=run_diagnose)

    p = sub.add_parser("propose", help="propose access paths for interior plots, as an option")
    p.add_argument("file", help="a .jamii project file (saved in place)")
    p.add_argument("--block", action="append", default=None, help="only this block (repeatable; default all)")
    p.add_argument("--option", default=None, help="add to this option (default: a new option)")
    p.add_argument("--name", default="Access paths (proposed)", help="name of the new option")
    p.add_argument("--dry-run", action="store_true", help="report, but do not save")
    add_format_argument(p)
    p.set_defaults(func=run_propose)


def _option_id(doc: Any, ref: str | None) -> str | None:
    if ref is None or ref.casefold() in EXISTING_WORDS:
        return None
    return resolve_option(doc, ref).id


# ---------------------------------------------------------------------------- derive


def run_derive(args: argparse.Namespace) -> int:
    from designer.analysis.access_derive import accept_derived_paths, derive_paths
    from designer.analysis.access_diagnosis import diagnose_access
    from designer.io.project_file import save_project

    doc = load(args.file)
    if not doc.of_kind("plot"):
        raise CliError(f"{args.file}: the project has no plots to derive blocks and paths from")
    before = diagnose_access(doc)
    derived = derive_paths(doc)
    if derived.paths and not args.dry_run:
        accept_derived_paths(derived).do(doc)
        save_project(doc, args.file)
    edge = sum(1 for p in derived.paths if "settlement edge" in p.note)
    out = {
        "file": args.file,
        "saved": bool(derived.paths) and not args.dry_run,
        "blocks": derived.space.block_count,
        "paths_added": len(derived.paths),
        "paths_on_settlement_edge": edge,
        "length_m": round(derived.length_m, 1),
        "narrowest_width_m": min((p.width_m for p in derived.paths), default=None),
        "plots": len(before.plots),
        "plots_with_direct_access": before.summary()["plots_with_direct_access"],
        "path_ids": [p.id for p in derived.paths],
        "warnings": list(derived.space.warnings),
    }
    if args.format == "json":
        emit_json(out)
        return 0
    verb = "Added" if out["saved"] else "Would add"
    print(
        f"{verb} {out['paths_added']} derived paths ({out['length_m']:,.0f} m, {edge} on the settlement edge) "
        f"around {out['blocks']} blocks to the existing conditions of {args.file}"
    )
    if not derived.paths:
        print("  nothing new: the public space is already covered by drawn paths")
    print(f"  plots facing public space: {out['plots_with_direct_access']} of {out['plots']}")
    print("  surface, traffic and lighting of derived paths are not surveyed (noted on each path)")
    for w in derived.space.warnings:
        print(f"  warning: {w}")
    return 0


# ---------------------------------------------------------------------------- diagnose


def run_diagnose(args: argparse.Namespace) -> int:
    from designer.analysis.access_diagnosis import diagnose_access

    doc = load(args.file)
    diag = diagnose_access(doc, _option_id(doc, args.option))
    if args.block:
        known = {b.block_id for b in diag.blocks}
        bad = [b for b in args.block if b not in known]
        if bad:
            raise CliError(f"no block {bad[0]!r} (blocks B1–B{len(diag.blocks)})")
    if args.format == "json":
        out = diag.to_json()
        if args.block:
            out["blocks"] = [b for b in out["blocks"] if b["id"] in args.block]
            out["plots"] = [p for p in out["plots"] if p["block"] in args.block]
        emit_json(out)
        return 0
    _print_diagnosis(diag, args.block, show_all=args.all)
    return 0


def _w(v: float | None) -> str:
    return "unknown" if v is None else f"{v:.1f} m"


def _print_diagnosis(diag: AccessDiagnosis, only: list[str] | None, *, show_all: bool) -> None:
    s = diag.summary()
    who = f"option {diag.option_id}" if diag.option_id else "the existing conditions"
    print(f"Access of {who}: {s['plots']} plots in {s['blocks']} blocks")
    print(f"  plots with direct access to public space   {s['plots_with_direct_access']}")
    print(f"  plots without access (interior)            {s['plots_without_access']}")
    print(f"  plots enclosed (no way out through others) {s['plots_enclosed']}")
    print(f"  highest block complexity k                 {s['max_complexity_k'] or '—'}")
    widths = diag.rules.widths_m
    for name, n in s["plots_passable_by"].items():
        print(f"  plots a {name.replace('_', ' ')} ({widths[name]:g} m) can reach  {n}")
    for w in diag.warnings:
        print(f"  warning: {w}")
    blocks = [b for b in diag.blocks if only is None or b.block_id in only]
    print(f"Blocks ({len(blocks)}):")
    print(
        f"  {'block':<7} {'plots':>5} {'direct':>6} {'interior':>8} {'enclosed':>8} {'k':>3}  narrowest way out"
    )
    for b in blocks:
        if only is None and not show_all and b.without_access == 0 and len(blocks) > 30:
            continue
        k = "—" if b.complexity_k is None else str(b.complexity_k)
        print(
            f"  {b.block_id:<7} {b.plots:>5} {b.direct_access:>6} {b.without_access:>8} {b.enclosed:>8} {k:>3}  "
            f"{_w(b.narrowest_way_out_m)}"
        )
    plots = [
        p for p in diag.plots if (only is None or p.block_id in only) and (show_all or not p.direct_access)
    ]
    print(f"{'Plots' if show_all else 'Plots without access'} ({len(plots)}):")
    for p in plots:
        depth = "enclosed" if p.depth is None else f"depth {p.depth}"
        print(
            f"  {p.plot_id:<16} block {p.block_id or '—':<6} {depth:<10} way out {_w(p.narrowest_way_out_m)}"
        )


# ---------------------------------------------------------------------------- propose


def run_propose(args: argparse.Namespace) -> int:
    from designer.analysis.access_diagnosis import diagnose_access
    from designer.analysis.access_paths import propose_access
    from designer.analysis.check import check_option
    from designer.io.project_file import save_project

    doc = load(args.file)
    option_id = None if args.option is None else resolve_option(doc, args.option).id
    before = diagnose_access(doc, option_id)
    proposal = propose_access(doc, option_id=option_id, block_ids=args.block, option_name=args.name)
    if not proposal.command.commands:
        nothing = {
            "schema": PROPOSAL_SCHEMA,
            "file": args.file,
            "saved": False,
            "nothing_to_propose": True,
            "unreached_plots": proposal.unreached_plot_ids,
            "plots_with_access_before": before.summary()["plots_with_direct_access"],
            "plots": len(before.plots),
        }
        if args.format == "json":
            emit_json(nothing)
        elif proposal.unreached_plot_ids:
            print(
                f"Nothing proposed: {len(proposal.unreached_plot_ids)} plots cannot be reached along plot boundaries"
            )
        else:
            print(
                "Nothing to propose: every plot in the blocks asked for already faces public space or a path"
            )
        return 0
    proposal.command.do(doc)
    after = diagnose_access(doc, proposal.option_id)
    check = check_option(doc, proposal.option_id, pressure=False)
    cost = _cost_summary(doc, proposal.option_id)
    if not args.dry_run:
        save_project(doc, args.file)
    reb = check.reblocking
    mine = {r.id for r in (*proposal.demolitions, *proposal.relocations)}
    out = {
        "schema": PROPOSAL_SCHEMA,
        "file": args.file,
        "saved": not args.dry_run,
        "option": {"id": proposal.option_id, "name": proposal.option_name, "new": proposal.new_option},
        "plots_with_access_before": before.summary()["plots_with_direct_access"],
        "plots_with_access_after": after.summary()["plots_with_direct_access"],
        "plots": len(after.plots),
        "unreached_plots": proposal.unreached_plot_ids,
        "new_path_m": round(proposal.length_m, 1),
        "baseline_path_m": round(proposal.baseline_length_m, 1),
        "connector_m": round(proposal.connector_m, 1),
        "paths": [p.id for p in proposal.paths],
        "drains": [d.id for d in proposal.drains],
        "demolitions": [d.building_id for d in proposal.demolitions],
        "relocations": [r.building_id for r in proposal.relocations],
        "plots_losing_area_m2": {k: round(v, 2) for k, v in sorted(reb.area_lost_m2.items())},
        "buildings_crossed": sorted(b.building_id for b in reb.buildings if b.cause == "corridor"),
        "displaced_households": sorted(reb.displaced_households),
        "affected_households": sorted(reb.affected_households),
        "records_added": len(proposal.command.commands),
        "demolition_records": sorted(mine),
        "blocks": [
            {
                "id": b.block_id,
                "interior_plots": len(b.interior_plot_ids),
                "reached": len(b.reached_plot_ids),
                "new_path_m": round(b.length_m, 1),
                "baseline_path_m": round(b.baseline_length_m, 1),
                "method": b.method,
            }
            for b in proposal.blocks
        ],
        "cost": cost,
    }
    if args.format == "json":
        emit_json(out)
        return 0
    _print_proposal(out)
    return 0


def _cost_summary(doc: Any, option_id: str) -> dict[str, Any]:
    """Return the option's total and the bills the proposal adds to, from the normal costing."""
    from designer.estimate.library import CostingError
    from designer.estimate.pricing import cost_option

    try:
        boq = cost_option(doc, option_id)
    except CostingError as exc:
        raise CliError(str(exc)) from None
    return {
        "currency": boq.currency,
        "total": f"{boq.summary.total:.2f}",
        "bills": {f"{b.number} {b.title}": f"{b.total:.2f}" for b in boq.bills if b.lines},
        "not_priced": list(boq.exclusions),
    }


def _print_proposal(out: dict[str, Any]) -> None:
    opt = out["option"]
    verb = "New option" if opt["new"] else "Added to option"
    saved = "" if out["saved"] else " (dry run: not saved)"
    print(f"{verb} {opt['id']} “{opt['name']}”{saved}")
    print(
        f"  every plot reachable: {out['plots_with_access_before']} → {out['plots_with_access_after']} "
        f"of {out['plots']}"
    )
    if out["unreached_plots"]:
        print(f"  not reachable along plot boundaries: {', '.join(out['unreached_plots'][:10])}")
    print(
        f"  new paths: {len(out['paths'])}, {out['new_path_m']:,.1f} m inside the blocks "
        f"(+{out['connector_m']:,.1f} m joining the public network); "
        f"baseline (each plot's own way out): {out['baseline_path_m']:,.1f} m"
    )
    lost = out["plots_losing_area_m2"]
    print(f"  plots losing area: {len(lost)} ({sum(lost.values()):,.1f} m²)")
    print(f"  buildings crossed: {len(out['buildings_crossed'])} {', '.join(out['buildings_crossed'][:8])}")
    print(
        f"  households displaced: {len(out['displaced_households'])}; affected: {len(out['affected_households'])}"
    )
    c = out["cost"]
    print(f"  cost of the option: {c['currency']} {float(c['total']):,.2f}")
    for bill, amount in c["bills"].items():
        print(f"    bill {bill}: {float(amount):,.2f}")
    for note in c["not_priced"]:
        print(f"    not priced: {note}")
    for b in out["blocks"]:
        print(
            f"  block {b['id']}: {b['reached']} of {b['interior_plots']} interior plots reached, "
            f"{b['new_path_m']:,.1f} m ({b['method']}; baseline {b['baseline_path_m']:,.1f} m)"
        )
