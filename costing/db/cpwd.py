"""Import the CPWD Delhi Schedule of Rates from a GEstimator ``.eproj`` file (SQLite).

The file holds the published schedule (``scheduletable``: code, description, unit, rate, parent),
the resources (``resourcetable`` with categories plant / labour / materials / carriage /
sub-analysis) and each item's *analysis of rates* as a sequence (``sequencetable``) of steps:
0 a group of resources with quantities (``resourceitemtable``), 1 a running total, 2 a percentage
addition (water charges, contractor's profit and overheads), 3 a multiplication (e.g. "cost for
8 cum" × 0.125 → per cum) and 4 a rounding ("say", to 0.05 when the value is 2.5).

Each priced item becomes an assembly whose ``fixed_rate`` is the published rate and whose build-up
lines are the analysis' resources, per unit (quantities × the later multiplications); percentage
additions become the assembly's overhead percentage. ``analysis_rate`` keeps what the analysis
itself adds up to, so a reader can see both (they differ for items whose sub-analyses changed).
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

from costing.boq.money import round_money, round_to_step
from costing.db.io_tables import _add_aliases, normalise_unit, shipped_unit_labels
from costing.db.tables import LibraryData
from costing.errors import CostingError

__all__ = ["is_eproj", "read_eproj"]

# Resource categories of GEstimator → our component kinds (carriage is transport plant).
_KIND_BY_CATEGORY = {1: "plant", 2: "labour", 3: "material", 4: "plant", 5: "material"}
_GROUP, _SUM, _WEIGHT, _TIMES, _ROUND = 0, 1, 2, 3, 4


def is_eproj(path: Path) -> bool:
    """Say whether ``path`` is a GEstimator schedule database (SQLite with a ``scheduletable``)."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except (OSError, sqlite3.DatabaseError):
        return False
    return {"scheduletable", "resourcetable", "sequencetable", "resourceitemtable"} <= names


def _round_places(value: Decimal, places: Decimal) -> Decimal:
    """Round like the analysis' "say" step: 2 → cents; 2.5 → to the nearest 0.05."""
    whole = int(places)
    fraction = int((places - whole) * 10)
    step = Decimal(fraction or 1).scaleb(-whole)
    return round_to_step(value, step)


def read_eproj(path: Path, meta: dict[str, str], mapping: dict[str, Any]) -> LibraryData:
    """Read a CPWD/GEstimator ``.eproj`` into library tables (not yet validated or written).

    Args:
        path: the ``.eproj`` SQLite file.
        meta: library metadata (name, region, currency, price_base, source …); defaults come from
            ``mapping["meta"]``.
        mapping: the shipped ``cpwd-dsr2016`` mapping (chapter → bill, Jamii code aliases).
    """
    if not is_eproj(path):
        raise CostingError(f"{path}: not a GEstimator .eproj schedule database")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _read(conn, path, meta, mapping)
    except sqlite3.DatabaseError as exc:
        raise CostingError(f"{path}: a damaged .eproj database ({exc})") from None
    except (ArithmeticError, ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        # A schedule whose cells do not hold what GEstimator writes there (numbers as text, missing rows).
        raise CostingError(
            f"{path}: unexpected content in the .eproj ({type(exc).__name__}: {exc})"
        ) from None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, path: Path, meta: dict[str, str], mapping: dict[str, Any]) -> LibraryData:
    all_meta = {**mapping.get("meta", {}), **{k: v for k, v in meta.items() if v}}
    currency = all_meta.get("currency", "INR")
    source = all_meta.get("source", f"CPWD schedule via {path.name}")
    price_date = all_meta.get("price_base", "")
    data = LibraryData()
    for key, value in all_meta.items():
        data.add("meta", {"key": key, "value": str(value)}, path.name, 0)
    data.set_meta("illustrative", "false")
    data.add("markup", {"name": "default", "oh_pct": "0", "profit_pct": "0"}, path.name, 0)

    res_code: dict[int, str] = {}
    for rid, code, desc, unit, rate, vat, discount, cat in conn.execute(
        "SELECT id, code, description, unit, rate, vat, discount, category_id FROM resourcetable ORDER BY id"
    ):
        net = (
            Decimal(str(rate or 0))
            * (100 + Decimal(str(vat or 0)))
            * (100 - Decimal(str(discount or 0)))
            / 10000
        )
        res_code[rid] = str(code)
        data.add(
            "resource",
            {
                "code": str(code),
                "kind": _KIND_BY_CATEGORY.get(int(cat or 3), "material"),
                "name": desc.strip(),
                "unit": unit.strip(),
                "rate": str(round_money(net)),
                "currency": currency,
                "region": all_meta.get("region", ""),
                "source": f"{source}: resource {code}",
                "price_date": price_date,
            },
            f"{path.name}:resourcetable",
            rid,
        )

    chapters = {
        r[0]: r[1].strip().upper() for r in conn.execute("SELECT id, description FROM schedulecategorytable")
    }
    bills = {k.strip().upper(): int(v) for k, v in mapping.get("chapter_bills", {}).items()}
    default_bill = int(mapping.get("default_bill", 10))
    items = conn.execute(
        "SELECT id, code, description, unit, rate, category_id, parent_id FROM scheduletable ORDER BY id"
    ).fetchall()
    by_id = {r[0]: r for r in items}
    seqs: dict[int, list[tuple[int, int, Decimal | None, str]]] = {}
    for sid, sch, itemtype, value, desc in conn.execute(
        "SELECT id, id_sch_id, itemtype, value, description FROM sequencetable ORDER BY id_sch_id, id_seq"
    ):
        seqs.setdefault(sch, []).append(
            (sid, int(itemtype), None if value is None else Decimal(str(value)), desc or "")
        )
    group_lines: dict[int, list[tuple[int, Decimal]]] = {}
    for seq_id, res_id, qty in conn.execute(
        "SELECT id_seq_id, id_res_id, qty FROM resourceitemtable ORDER BY id"
    ):
        group_lines.setdefault(seq_id, []).append((res_id, Decimal(str(qty))))
    res_rate = {r.get("code"): Decimal(r.get("rate")) for r in data.tables["resource"]}
    # A sub-analysis (mortar, a carriage trip) is a resource whose code is also an analysed item:
    # its resources (labour too) replace it in the build-up, or its labour would read as material.
    analyses = {
        str(code): _analyse(seqs.get(sid, []), group_lines, res_code, res_rate)[0]
        for sid, code, *_ in items
        if seqs.get(sid)
    }
    sub_analyses = {r.get("code") for r in data.tables["resource"] if r.get("code") in analyses}
    sub_analyses &= {
        res_code[rid] for rid, cat in conn.execute("SELECT id, category_id FROM resourcetable") if cat == 5
    }
    community = _community_rule(mapping)

    for sid, code, desc, unit, rate, cat, parent in items:
        if not rate or Decimal(str(rate)) <= 0:
            continue
        parts = [desc.strip()]
        p = parent
        while p is not None and p in by_id:
            parts.insert(0, by_id[p][2].strip())
            p = by_id[p][6]
        steps = seqs.get(sid, [])
        lines, oh_pct, analysis = _analyse(steps, group_lines, res_code, res_rate)
        lines = _expand(lines, analyses, sub_analyses, frozenset({str(code)}))
        description = " | ".join(parts)
        data.add(
            "assembly",
            {
                "code": str(code),
                "bill": str(bills.get(chapters.get(cat, ""), default_bill)),
                "description": description,
                "unit": normalise_unit(unit or ""),
                "method_ref": f"CPWD DSR item {code}; IS 1200",
                "community_ok": "1" if community(chapters.get(cat, ""), description) else "0",
                "fixed_rate": str(Decimal(str(rate))),
                "oh_pct": str(oh_pct),
                "profit_pct": "0",
                "source": f"{source}: item {code}",
                "price_date": price_date,
                "analysis_rate": "" if analysis is None else str(analysis),
                "basis": "published",  # a Government of India schedule of rates
            },
            f"{path.name}:scheduletable",
            sid,
        )
        for seq, (res, qty) in enumerate(lines):
            data.add(
                "assembly_line",
                {
                    "assembly_code": str(code),
                    "seq": str(seq),
                    "resource_code": res,
                    "qty_per_unit": str(qty),
                    "waste_pct": "0",
                    "output_per_day": "",
                },
                f"{path.name}:resourceitemtable",
                sid,
            )
    _add_aliases(data, mapping, path.name)
    for r in shipped_unit_labels():
        data.add("unit_label", r, "units.toml", 0)
    return data


def _expand(
    lines: list[tuple[str, Decimal]],
    analyses: dict[str, list[tuple[str, Decimal]]],
    sub_analyses: set[str],
    seen: frozenset[str],
) -> list[tuple[str, Decimal]]:
    """Replace each sub-analysis resource by its own analysis' resources (quantities multiplied), recursively."""
    merged: dict[str, Decimal] = {}
    for res, qty in lines:
        if res in sub_analyses and res not in seen:
            for inner, q in _expand(analyses[res], analyses, sub_analyses, seen | {res}):
                merged[inner] = merged.get(inner, Decimal(0)) + qty * q
        else:
            merged[res] = merged.get(res, Decimal(0)) + qty
    return [(c, Decimal(format(q.normalize(), "f"))) for c, q in merged.items() if q > 0]


def _community_rule(mapping: dict[str, Any]) -> Any:
    """Return ``(chapter, description) -> bool``: can residents build this item (mapping ``[community]``)?"""
    rule = mapping.get("community", {})
    chapters = {str(c).strip().upper() for c in rule.get("chapters", [])}
    machine = [str(w).lower() for w in rule.get("machine_words", [])]
    manual = [str(w).lower() for w in rule.get("manual_words", [])]

    def ok(chapter: str, description: str) -> bool:
        if chapter.strip().upper() not in chapters:
            return False
        text = description.lower()
        return not any(w in text for w in machine) or any(w in text for w in manual)

    return ok


def _analyse(
    steps: list[tuple[int, int, Decimal | None, str]],
    group_lines: dict[int, list[tuple[int, Decimal]]],
    res_code: dict[int, str],
    res_rate: dict[str, Decimal],
) -> tuple[list[tuple[str, Decimal]], Decimal, Decimal | None]:
    """Return (per-unit resource lines, overhead % of additions, the analysis' own rate)."""
    lines: list[list[Any]] = []  # [resource code, qty, multiplier]
    pct = Decimal(0)
    total = group_sum = Decimal(0)
    for seq_id, itemtype, value, _desc in steps:
        if itemtype == _GROUP:
            group_sum = Decimal(0)
            for res_id, qty in group_lines.get(seq_id, []):
                code = res_code[res_id]
                lines.append([code, qty, Decimal(1)])
                group_sum += round_money(qty * res_rate[code])
            total = round_money(total + group_sum)
        elif itemtype == _SUM:
            group_sum = round_money(total)
        elif itemtype == _WEIGHT and value is not None:
            total += round_money(group_sum * value)
            pct += value * 100
        elif itemtype == _TIMES and value is not None:
            # "Cost for 8 cum" × 0.125: everything so far is per batch; make it per unit.
            total = round_money(group_sum * value)
            group_sum = total
            for line in lines:
                line[2] *= value
        elif itemtype == _ROUND and value is not None:
            total = _round_places(total, value)
    merged: dict[str, Decimal] = {}
    for code, qty, mult in lines:
        merged[code] = merged.get(code, Decimal(0)) + qty * mult
    out = [(c, Decimal(format(q.normalize(), "f"))) for c, q in merged.items() if q > 0]
    return out, Decimal(format(pct.normalize(), "f")), (total if steps else None)
