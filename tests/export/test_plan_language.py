"""The exported plan sheet speaks the project's language: title block, legend, scale bar, north arrow,
notes and labels, numbers as the language writes them; read back with pdftotext (issue 16)."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess

import pytest

from designer.export.reports import export_plan
from designer.io.project_file import load_project
from designer.model import ReplaceRecord, UndoStack
from designer.resources import sample_project_path

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)

OPTION = "opt-b"  # "Yard taps and condominial sewer": its sewers carry invert levels and grades
ENGLISH = (
    "Legend",
    "Scale",
    "Project",
    "Drawing",
    "Option",
    "Date",
    "Sheet",
    "Drawn",
    "checked",
    "existing",
    "proposed",
    "Participatory",
    "construction",
    "local origin",
    "uphill",
    "drain",
    "improve",
    "Plot boundaries",
    "Buildings",
    "Standpipes",
    "Toilets",
    "Water pipes",
    "Sewers",
    "Manholes",
    "of 1",
)
"""Words of the sheet itself (the sample's own names, e.g. "Jogoo Road", are the residents' data)."""


def _plan_text(tmp_path, lang: str) -> str:
    doc = load_project(sample_project_path())
    UndoStack(doc).push(
        ReplaceRecord(doc.project, dataclasses.replace(doc.project, language=lang), "language")
    )
    out = tmp_path / f"plan-{lang}.pdf"
    export_plan(doc, OPTION, out)
    return subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize(
    ("lang", "words", "numbers"),
    [
        (
            "fr",
            ("Légende", "Échelle", "Projet", "Variante", "Feuille", "Égouts (projet)", "Date"),
            ("1:1 000",),
        ),
        (
            "sw",
            ("Ufunguo", "Kipimo", "Mradi", "Chaguo", "Karatasi", "Mabomba ya maji", "Tarehe"),
            ("1:1,000",),
        ),
    ],
)
def test_the_plan_sheet_has_no_english_left(tmp_path, lang, words, numbers):
    text = _plan_text(tmp_path, lang)
    flat = text.replace("\u202f", " ").replace("\u00a0", " ")
    same = {"fr": {"Date", "construction"}}.get(lang, set())  # French words too
    left = [w for w in ENGLISH if w not in same and re.search(rf"\b{re.escape(w)}\b", flat)]
    assert not left, f"English left on the {lang} plan sheet: {left}"
    for word in words:
        assert word in flat, (word, flat[:2000])
    for number in numbers:
        assert number in flat, number


def test_french_levels_use_a_decimal_comma_and_kiswahili_a_point(tmp_path):
    fr = _plan_text(tmp_path, "fr").replace("\u202f", " ").replace("\u00a0", " ")
    sw = _plan_text(tmp_path, "sw")
    assert re.search(r"FE 1 6\d\d,\d\d/1 6\d\d,\d\d", fr), "invert levels as the French write them"
    assert re.search(r"KC 1,6\d\d\.\d\d/1,6\d\d\.\d\d", sw)
    assert "Participatory" not in fr and "Chaguo la usanifu shirikishi" in sw


def test_the_north_arrow_letter_is_the_languages(tmp_path):
    lines = {line.strip() for line in _plan_text(tmp_path, "sw").splitlines()}
    assert "K" in lines  # kaskazini
    english = {line.strip() for line in _plan_text(tmp_path, "en").splitlines()}
    assert "N" in english and "Legend" in english and "Scale 1:1,000" in english
