"""Map a cost library's items to Jamii's take-off items, with the unit check (no Qt; the dialog shows it).

Jamii's measurement rules bill items by Jamii codes (``EW-TRENCH-D15`` per m3, ``WS-PIPE-HDPE-63`` per m,
…): the shipped default library holds every one of them, so its items are the list to map. Another
library (an imported schedule) prices a Jamii item through its mapping, the library's ``code_alias``
table: Jamii code → the library's item × a conversion factor (library units per Jamii unit).

The unit check: a quantity in one unit never takes a rate per another unit silently. A m3 trench line
cannot map to a per-metre item unless a conversion factor is given explicitly (then the bill prints
"[priced as F m of item X per m3]"); an unmapped item that the library lacks stays *unpriced*, never 0.00.
The mapping is saved in the library in one transaction, and can be written as a mapping file (TOML
``[aliases]``, the ``--mapping`` format of ``jamii costdb import``) in one atomic write.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from costing.db.appdata import DEFAULT_LIBRARY
from costing.db.repository import CostLibrary, open_library
from costing.errors import CostingError

__all__ = [
    "JamiiItem",
    "MappingCheck",
    "MappingEntry",
    "check_entry",
    "current_mapping",
    "jamii_items",
    "mapping_toml",
    "save_mapping",
]


@dataclass(frozen=True)
class JamiiItem:
    """An item Jamii's measurement rules bill: code, canonical unit, description."""

    code: str
    unit: str
    description: str


@dataclass(frozen=True)
class MappingEntry:
    """One Jamii item mapped to a library item; ``factor`` = library units per Jamii unit (None: not given)."""

    code: str
    target_code: str
    factor: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class MappingCheck:
    """The unit check of one entry: ``ok`` (may be saved), what the bill will do, the library item's unit.

    ``status`` names the case for a translated message: "own" (the library has the Jamii code itself),
    "unmapped" (stays unpriced), "missing" (no such library item), "same" (same unit), "needs_factor"
    (units differ, no factor), "converted" (units differ, factor given).
    """

    ok: bool
    text: str
    target_unit: str = ""
    status: str = ""


def jamii_items() -> list[JamiiItem]:
    """Return every item the measurement rules bill (the default library's items), sorted by code."""
    with open_library(DEFAULT_LIBRARY) as lib:
        return [JamiiItem(r["code"], r["unit"], r["description"]) for r in lib.rows("assembly")]


def current_mapping(library: CostLibrary) -> dict[str, MappingEntry]:
    """Return the library's mapping by Jamii code."""
    return {
        r["code"]: MappingEntry(r["code"], r["target_code"], Decimal(r["factor"] or "1"), r["note"])
        for r in library.rows("code_alias")
    }


def parse_factor(text: str) -> Decimal | None:
    """Return a conversion factor typed by a user (None when blank).

    Raises:
        CostingError: not a number > 0.
    """
    text = text.strip().replace(",", ".") if text.count(",") == 1 and "." not in text else text.strip()
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise CostingError(f"conversion factor {text!r} is not a number") from None
    if not value.is_finite() or value <= 0 or value > Decimal("1e6"):
        raise CostingError(f"conversion factor {text!r} is not a number > 0")
    return value


def check_entry(item: JamiiItem, entry: MappingEntry | None, library: CostLibrary) -> MappingCheck:
    """Return the unit check of mapping ``item`` to ``entry`` in ``library`` (see the module docstring)."""
    if entry is None or not entry.target_code:
        if library.has(item.code):
            return MappingCheck(True, f"priced by the library's own item {item.code}", status="own")
        return MappingCheck(True, "not mapped: the line stays unpriced", status="unmapped")
    target = library.price(entry.target_code)
    if target is None or target.library_code != entry.target_code:
        return MappingCheck(False, f"no item {entry.target_code} in {library.meta.name}", status="missing")
    if target.unit == item.unit:
        if entry.factor is not None and entry.factor != 1:
            return MappingCheck(True, f"same unit, × {entry.factor.normalize():f}", target.unit, "same")
        return MappingCheck(True, "same unit", target.unit, "same")
    if entry.factor is None or entry.factor == 1:
        return MappingCheck(
            False,
            f"a quantity in {item.unit} cannot take a rate per {target.unit}: give a conversion factor "
            f"({target.unit} per {item.unit})",
            target.unit,
            "needs_factor",
        )
    return MappingCheck(
        True,
        f"1 {item.unit} = {entry.factor.normalize():f} {target.unit} (shown on the bill)",
        target.unit,
        "converted",
    )


def save_mapping(
    library: CostLibrary,
    entries: list[MappingEntry],
    items: list[JamiiItem],
    *,
    mapping_file: str | Path | None = None,
) -> None:
    """Check every entry, then save the mapping in the library (one transaction) and to ``mapping_file``.

    Raises:
        CostingError: the first entry that fails the unit check (nothing is saved).
    """
    by_code = {it.code: it for it in items}
    mapped = [e for e in entries if e.target_code]
    for entry in mapped:
        item = by_code.get(entry.code)
        if item is None:
            raise CostingError(f"{entry.code}: not an item Jamii's measurement rules bill")
        check = check_entry(item, entry, library)
        if not check.ok:
            raise CostingError(f"{entry.code} → {entry.target_code}: {check.text}")
    if mapping_file is not None:
        from designer.io.atomic import atomic_write

        text = mapping_toml(mapped, library.meta.name)
        atomic_write(mapping_file, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    library.replace_aliases(
        [
            {
                "code": e.code,
                "target_code": e.target_code,
                "factor": str(e.factor) if e.factor is not None else "1",
                "note": e.note,
            }
            for e in mapped
        ]
    )


def mapping_toml(entries: list[MappingEntry], library_name: str) -> str:
    """Return a mapping file (``[aliases]``) for ``jamii costdb import --mapping``."""
    lines = [
        f"# Item mapping of cost library {library_name}: Jamii item code → the library's item;",
        "# factor = library units per Jamii unit (the bill prints the conversion). Written by Jamii.",
        "",
        "[aliases]",
    ]
    for e in sorted(entries, key=lambda e: e.code):
        fields = [f"code = {json.dumps(e.target_code)}"]
        if e.factor is not None and e.factor != 1:
            fields.append(f"factor = {e.factor.normalize():f}")
        if e.note:
            fields.append(f"note = {json.dumps(e.note, ensure_ascii=False)}")
        lines.append(f"{json.dumps(e.code)} = {{ {', '.join(fields)} }}")
    return "\n".join(lines) + "\n"
