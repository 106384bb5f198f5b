"""Regenerate the shipped translations: .ts from the sources (pyside6-lupdate), filled from
catalogue.tsv, then compiled to .qm (pyside6-lrelease).

Usage (from the repository root)::

    .venv/bin/python resources/translations/update_translations.py          # update .ts and .qm
    .venv/bin/python resources/translations/update_translations.py --check  # list untranslated strings

A new user-visible string: add a row to catalogue.tsv (source, French, Portuguese, Swahili; tab
separated), then run this script. English is the source language; its .ts repeats the source.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
LANGUAGES = ("en", "fr", "pt", "sw")
SOURCE_DIRS = ("designer/gui", "designer/canvas", "designer/tools")


def source_files() -> list[Path]:
    """Return every Python file whose strings are shown in the designer."""
    return sorted(p for d in SOURCE_DIRS for p in (REPO / d).rglob("*.py"))


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def extract(ts_path: Path) -> None:
    """Write a fresh .ts with every translatable source string (no translations)."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *map(str, source_files()),
            "-ts",
            str(ts_path),
        ],
        check=True,
        capture_output=True,
    )


def catalogue() -> dict[str, dict[str, str]]:
    """Return translations by source text and language (English maps to itself)."""
    out: dict[str, dict[str, str]] = {}
    with (HERE / "catalogue.tsv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out[row["source"]] = {"en": row["source"], "fr": row["fr"], "pt": row["pt"], "sw": row["sw"]}
    return out


def fill(template: Path, lang: str, table: dict[str, dict[str, str]]) -> list[str]:
    """Write jamii_<lang>.ts from the template; return the sources with no translation."""
    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", lang)
    root.set("sourcelanguage", "en")
    missing = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = source if lang == "en" else table.get(source, {}).get(lang, "")
        if text:
            translation.text = text
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    ET.indent(tree)
    tree.write(HERE / f"jamii_{lang}.ts", encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="only report untranslated strings")
    args = parser.parse_args()
    table = catalogue()
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template.ts"
        extract(template)
        if args.check:
            sources = {m.findtext("source") for m in ET.parse(template).getroot().iter("message")}
            missing = sorted(s for s in sources if s not in table)
            for s in missing:
                sys.stderr.write(f"untranslated: {s!r}\n")
            return 1 if missing else 0
        all_missing = {lang: fill(template, lang, table) for lang in LANGUAGES}
    for lang in LANGUAGES:
        ts = HERE / f"jamii_{lang}.ts"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )
    for lang, missing in all_missing.items():
        for s in missing:
            sys.stderr.write(f"{lang}: untranslated: {s!r}\n")
    return 1 if any(all_missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
