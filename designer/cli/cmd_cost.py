"""`jamii cost FILE [--option ID] [--format text|json|csv] [--library NAME]`: the bill of quantities of an option.

JSON (stable, sorted keys): ``{"option": {"id", "name"}, "currency", "library", "illustrative" (any rate
illustrative), "illustrative_rates" (how many), "price_base", "region", "method_of_measurement", "bills": [{"number", "title", "total", "in_kind",
"lines": [{"ref", "code", "description", "unit", "quantity", "rate", "amount", "in_kind", "kind",
"materials", "labour", "plant", "overheads_and_profit", "rate_source", "rate_basis", "provenance": {"method", "source_ids",
"formula", "inputs"}}]}], "summary": {…}, "households", "persons", "exclusions"}``; money and
quantities are decimal strings. CSV: one row per line (values only), then the summary rows.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from designer.cli.assumption_args import add_assumption_arguments, assumption_overrides
from designer.cli.common import add_format_argument, emit_json, load, resolve_option
from designer.cli.errors import CliError

__all__ = ["boq_to_json", "register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("cost", help="bill of quantities of a design option")
    p.add_argument("file", help="a .jamii project file")
    p.add_argument("--option", help="option id or name (default: the first option)")
    p.add_argument("--library", help="cost library name or .sqlite path (default: the project's)")
    add_assumption_arguments(p)
    p.add_argument(
        "--assumptions", action="store_true", help="also list every assumption the bill used, with its source"
    )
    add_format_argument(p, ("text", "json", "csv"))
    p.set_defaults(func=run)


def boq_to_json(boq: Any) -> dict[str, Any]:
    """Return the stable JSON form of a BillOfQuantities (money and quantities as decimal strings)."""
    s = boq.summary

    def line(ln: Any) -> dict[str, Any]:
        bu = ln.build_up
        return {
            "ref": ln.ref,
            "code": ln.code,
            "description": ln.description,
            "unit": ln.unit,
            "quantity": str(ln.quantity),
            "rate": None if ln.unpriced else f"{ln.rate:.2f}",
            "amount": None if ln.unpriced else f"{ln.amount:.2f}",
            "unpriced": ln.unpriced,
            "in_kind": f"{ln.in_kind:.2f}",
            "kind": str(ln.kind),
            "materials": f"{bu.materials:.2f}" if bu else None,
            "labour": f"{bu.labour:.2f}" if bu else None,
            "plant": f"{bu.plant:.2f}" if bu else None,
            "overheads_and_profit": f"{bu.overheads_and_profit:.2f}" if bu else None,
            "rate_source": bu.source if bu else "",
            "rate_basis": bu.basis if bu and not ln.unpriced else "",
            "provenance": {
                "method": ln.provenance.method,
                "source_ids": list(ln.provenance.source_ids),
                "formula": ln.provenance.formula,
                "inputs": dict(ln.provenance.inputs),
            },
        }

    return {
        "title": boq.title,
        "option": {"id": boq.option_id, "name": boq.option_name},
        "currency": boq.currency,
        "library": boq.library_name,
        "illustrative": boq.has_illustrative_rates,
        "illustrative_rates": boq.illustrative_count,
        "price_base": boq.price_base,
        "region": boq.region,
        "method_of_measurement": boq.method_of_measurement,
        "unit_labels": boq.unit_labels,
        "households": boq.households,
        "persons": boq.persons,
        "bills": [
            {
                "number": b.number,
                "title": b.title,
                "total": f"{b.total:.2f}",
                "in_kind": f"{b.in_kind:.2f}",
                "lines": [line(ln) for ln in b.lines],
            }
            for b in boq.bills
        ],
        "summary": {
            "subtotal": f"{s.subtotal:.2f}",
            "contingency_pct": str(s.contingency_pct),
            "contingency": f"{s.contingency:.2f}",
            "tax_name": s.tax_name,
            "tax_pct": str(s.tax_pct),
            "tax": f"{s.tax:.2f}",
            "total": f"{s.total:.2f}",
            "in_kind": f"{s.in_kind:.2f}",
            "cash": f"{s.cash:.2f}",
            "community_saving": f"{s.saving:.2f}",
        },
        "exclusions": list(boq.exclusions),
        "complete": boq.complete,
        "unpriced_count": boq.unpriced_count,
        "incomplete": boq.incomplete_note,
        "price_notes": list(boq.price_notes),
        "assumptions": [{"name": a, "value": v, "source": src} for a, v, src in boq.assumptions],
    }


def _cost(args: argparse.Namespace) -> Any:
    from designer.estimate.library import CostingError, optional_library
    from designer.estimate.pricing import cost_option

    doc = load(args.file)
    option = resolve_option(doc, args.option)
    overrides = assumption_overrides(args)
    try:
        with optional_library(args.library) as library:
            return cost_option(doc, option.id, library=library, assumptions=overrides)
    except CostingError as exc:
        raise CliError(str(exc)) from None


def run(args: argparse.Namespace) -> int:
    boq = _cost(args)
    if args.format == "json":
        emit_json(boq_to_json(boq))
        return 0
    if args.format == "csv":
        from designer.estimate.bill import bill_csv_text

        # The same columns as `jamii export --csv`, with the main summary appended.
        sys.stdout.write(bill_csv_text(boq, with_summary=True))
        return 0
    _print_heading(boq)
    _print_bills(boq)
    _print_summary(boq)
    if getattr(args, "assumptions", False):
        print("\nAssumptions")
        for name, value, source in boq.assumptions:
            print(f"  {name}: {value}  [{source}]")
    return 0


def _print_heading(boq: Any) -> None:
    print(f"{boq.title} — option {boq.option_id}: {boq.option_name}")
    print(
        f"Cost library {boq.library_name} ({boq.region}, price base {boq.price_base}); {boq.method_of_measurement}"
    )
    if boq.illustrative:
        print("WARNING: illustrative rates — not from a published source; do not tender on these figures.")
    elif boq.illustrative_count:
        print(
            f"WARNING: {boq.illustrative_count} of {boq.rated_count} rates are illustrative (marked *) — not from "
            "a published source; do not tender on these figures."
        )
    if not boq.complete:
        print(f"WARNING: {boq.incomplete_note}; the totals cover the priced items only.")
    for note in boq.price_notes:
        print(f"Price basis: {note}")


def _print_bills(boq: Any) -> None:
    from designer.estimate.bill import unit_label

    for b in boq.bills:
        print(f"\nBill {b.number}: {b.title}  ({boq.currency})")
        for ln in b.lines:
            rate, amount = (
                ("UNPRICED", "UNPRICED") if ln.unpriced else (f"{ln.rate:,.2f}", f"{ln.amount:,.2f}")
            )
            if ln.priced and ln.illustrative:
                rate = f"*{rate}"  # an illustrative rate, flagged on its own line
            print(
                f"  {ln.ref:<6} {ln.description[:58]:<58} {unit_label(ln.unit, boq.unit_labels):>4} {ln.quantity!s:>9} {rate:>12} {amount:>14}"
            )
        print(f"  {'':<6} {'Carried to summary':<58} {'':>4} {'':>9} {'':>12} {b.total:>14,.2f}")


def _print_summary(boq: Any) -> None:
    s = boq.summary
    print(f"\nMain summary ({boq.currency})")
    print(f"  Subtotal (Bills 1–12)          {s.subtotal:>16,.2f}")
    print(f"  Contingency {s.contingency_pct} %            {s.contingency:>16,.2f}")
    print(f"  {s.tax_name} {s.tax_pct} % (on cash works)   {s.tax:>16,.2f}")
    if boq.complete:
        print(f"  Total                          {s.total:>16,.2f}")
    else:
        print(f"  Total of priced items only     {s.total:>16,.2f}  ({boq.incomplete_note})")
    print(f"  of which in kind (community)   {s.in_kind:>16,.2f}")
    print(f"  Cash cost                      {s.cash:>16,.2f}")
    if boq.per_household is not None and boq.complete:
        print(f"  Per household ({boq.households})        {boq.per_household:>16,.2f}")
    for note in boq.exclusions:
        print(f"  Note: {note}")
