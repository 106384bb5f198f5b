"""The full bill of an option as plain JSON data, to prove a refactoring leaves every figure unchanged.

``tests/data/bill_snapshots.json`` holds the bills of the sample's options and of a 300-plot synthetic
settlement (``benchmarks.synthetic``), priced with the default library and measurement detail: per line
its reference, code, description, unit, billed quantity, rate, amount, in-kind value, and its provenance
(method, formula, the formula's inputs and every entity's quantity as exact float reprs; the entity ids
as a digest). A change of the measurement, the rules, the library or the pricing changes it.

Regenerate it (only after a change that is *meant* to change the bill, and say so in the commit):
``JAMII_DATA_DIR=$(mktemp -d) .venv/bin/python -m tests.estimate.bill_snapshot``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

SNAPSHOT_PATH = Path(__file__).resolve().parent.parent / "data" / "bill_snapshots.json"
SYNTHETIC_PLOTS = 300


def _digest(values: Any) -> str:
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def _floats(pairs: Any) -> list[list[str]]:
    return [[name, repr(float(value))] for name, value in pairs]


def bill_data(boq: Any) -> dict[str, Any]:
    """Return every line's figures and provenance and the summary of a bill, as JSON-ready data."""
    lines = []
    for section in boq.bills:
        for ln in section.lines:
            prov = ln.provenance
            parts = [[eid, repr(float(q)), _floats(inputs)] for eid, q, inputs in prov.parts]
            lines.append(
                {
                    "bill": section.number,
                    "ref": ln.ref,
                    "code": ln.code,
                    "description": ln.description,
                    "unit": ln.unit,
                    "quantity": str(ln.quantity),
                    "rate": str(ln.rate),
                    "amount": str(ln.amount),
                    "in_kind": str(ln.in_kind),
                    "in_kind_per_unit": str(ln.in_kind_per_unit),
                    "kind": str(ln.kind),
                    "unpriced": ln.unpriced,
                    "method": prov.method,
                    "formula": prov.formula,
                    "inputs": _floats(prov.inputs),
                    "sources": len(prov.source_ids),
                    "sources_digest": _digest(list(prov.source_ids)),
                    "parts": len(parts),
                    "parts_digest": _digest(parts),
                }
            )
    s = boq.summary
    return {
        "lines": lines,
        "summary": {
            "bill_totals": [[n, t, str(v)] for n, t, v in s.bill_totals],
            **{
                k: str(getattr(s, k))
                for k in ("subtotal", "contingency_pct", "contingency", "tax_pct", "tax", "total")
            },
            **{k: str(getattr(s, k)) for k in ("in_kind", "cash", "saving")},
        },
        "households": boq.households,
        "persons": boq.persons,
        "exclusions": list(boq.exclusions),
        "price_notes": list(boq.price_notes),
    }


def current_bills() -> dict[str, dict[str, Any]]:
    """Return the bills of the snapshot as they are priced now (keyed "sample/<option>", "synthetic-300")."""
    from benchmarks.synthetic import OPTION_ID, make_settlement
    from costing.db.repository import open_library
    from designer.estimate.pricing import cost_option
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    out: dict[str, dict[str, Any]] = {}
    with open_library("jamii-default") as lib:
        sample = load_project(sample_project_path())
        for opt in sorted(sample.options, key=lambda o: o.id):
            boq = cost_option(sample, opt.id, library=lib, measurement_detail=True)
            out[f"sample/{opt.id}"] = bill_data(boq)
        synthetic = make_settlement(SYNTHETIC_PLOTS, households=True)
        boq = cost_option(synthetic, OPTION_ID, library=lib, measurement_detail=True)
        out[f"synthetic-{SYNTHETIC_PLOTS}"] = bill_data(boq)
    return out


if __name__ == "__main__":
    from designer.io.atomic import atomic_write

    text = json.dumps(current_bills(), indent=1, ensure_ascii=False) + "\n"
    atomic_write(SNAPSHOT_PATH, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    print(f"wrote {SNAPSHOT_PATH}")
