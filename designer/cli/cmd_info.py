"""`jamii info FILE [--format text|json]`: what is in a project."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from designer.cli.common import add_format_argument, emit_json, load

__all__ = ["project_summary", "register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("info", help="what is in a project")
    p.add_argument("file", help="a .jamii project file")
    add_format_argument(p)
    p.set_defaults(func=run)


def project_summary(path: str) -> dict[str, Any]:
    """Return the stable JSON summary of a project (documented in README, `jamii info`)."""
    from designer.model.entities import Entity
    from designer.model.records import EXISTING

    doc = load(path)
    proj = doc.project
    existing = Counter(e.KIND for e in doc.entities(EXISTING))
    options = []
    for opt in sorted(doc.options, key=lambda o: o.id):
        counts = Counter(e.KIND for e in doc.entities(opt.id))
        options.append(
            {
                "id": opt.id,
                "name": opt.name,
                "proposed_by": opt.proposed_by,
                "interventions": dict(sorted(counts.items())),
            }
        )
    households = doc.households
    other = Counter(
        r.KIND for r in doc.records() if not isinstance(r, Entity) and r.KIND not in ("project", "option")
    )
    return {
        "file": path,
        "project": {
            "name": proj.name,
            "place": proj.place,
            "crs_epsg": proj.crs_epsg,
            "crs": proj.crs_label or None,
            "origin_m": [proj.origin_x_m, proj.origin_y_m],
            "currency": proj.currency,
            "cost_library": proj.cost_library,
            "cost_region": proj.cost_region,
            "price_date": proj.price_date,
            "standards_profile": proj.standards_profile,
            "language": proj.language,
        },
        "existing": dict(sorted(existing.items())),
        "options": options,
        "households": {"count": len(households), "persons": sum(h.size_persons for h in households)},
        "other_records": dict(sorted(other.items())),
    }


def run(args: argparse.Namespace) -> int:
    summary = project_summary(args.file)
    if args.format == "json":
        emit_json(summary)
        return 0
    p = summary["project"]
    crs = p["crs"] or "no CRS (local metres)"
    print(f"{p['name']} — {p['place'] or 'no place given'}")
    print(
        f"  {crs}; currency {p['currency']}; costs: {p['cost_library']} ({p['cost_region']}, {p['price_date']})"
    )
    print(f"  standards: {p['standards_profile']}; language: {p['language']}")
    hh = summary["households"]
    print(f"  households: {hh['count']} ({hh['persons']} persons)")
    print("Existing conditions:")
    for kind, n in summary["existing"].items():
        print(f"  {kind:<18} {n:>6}")
    print(f"Options ({len(summary['options'])}):")
    for opt in summary["options"]:
        items = ", ".join(f"{n} {k}" for k, n in opt["interventions"].items()) or "no interventions yet"
        print(f"  {opt['id']}: {opt['name']} — {items}")
    return 0
