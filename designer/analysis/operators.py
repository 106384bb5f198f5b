"""One name per operator: spellings of the same operator are merged before control is judged.

A survey writes "Tumaini Water Committee", "tumaini water  committee" and "TWC" for one operator;
counted apart, no operator ever looks dominant. Names are compared after folding case, spacing and
surrounding punctuation, then through the alias table ``operator_aliases.csv`` (columns ``alias``,
``operator``), read from ``$JAMII_STANDARDS_DIR``, the user's standards folder and the shipped
``resources/standards`` (the first that names an alias wins) — a federation adds its local
abbreviations there without Python. A blank name is the unknown operator, never an operator of its own.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from designer.model.errors import JamiiError

__all__ = ["UNKNOWN_OPERATOR", "alias_files", "canonical_operators", "fold"]

UNKNOWN_OPERATOR = "unknown"
_FILE = "operator_aliases.csv"


def fold(name: str) -> str:
    """Return the comparison key of an operator name: case, spacing and outer punctuation folded."""
    return " ".join(name.replace("_", " ").split()).strip(" .,;:-'\"").casefold()


def alias_files() -> list[Path]:
    """Return the alias tables that exist, most local first."""
    from designer.analysis.standards import search_dirs

    return [d / _FILE for d in search_dirs() if (d / _FILE).is_file()]


def _aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in reversed(alias_files()):  # shipped first, so local tables override
        with open(path, encoding="utf-8", newline="") as fh:
            for line_no, row in enumerate(csv.DictReader(fh), start=2):
                alias, operator = (row.get("alias") or "").strip(), (row.get("operator") or "").strip()
                if not alias or not operator:
                    raise JamiiError(f"{path}, line {line_no}: an alias and an operator are both needed")
                out[fold(alias)] = operator
    return out


def canonical_operators(names: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Return the operator of each name, and the spellings merged into each operator (two or more).

    The operator's name is the alias table's, else the spelling used most often (ties: the one drawn
    first), without outer punctuation. Blank names become :data:`UNKNOWN_OPERATOR`.
    """
    aliases = _aliases()
    keys = []
    for name in names:
        key = fold(name)
        keys.append(fold(aliases[key]) if key in aliases else key)
    spellings: dict[str, Counter[str]] = {}
    for name, key in zip(names, keys, strict=True):
        if key:
            # Counter keeps first-seen order: on a tie the spelling drawn first is the name.
            spellings.setdefault(key, Counter())[" ".join(name.split()).strip(" .,;:-'\"")] += 1
    display: dict[str, str] = {}
    for key, counts in spellings.items():
        named = next((op for a, op in aliases.items() if fold(op) == key), None)
        display[key] = named or max(counts.items(), key=lambda kv: kv[1])[0]
    out = [display[k] if k else UNKNOWN_OPERATOR for k in keys]
    merged = {display[k]: sorted(c) for k, c in spellings.items() if len(c) > 1 or sorted(c)[0] != display[k]}
    return out, merged
