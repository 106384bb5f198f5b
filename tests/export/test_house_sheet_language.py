"""The house sheets' plans speak the project's language: room names of the shipped types, stages, areas,
fittings, level titles and dimensions, numbers as the language writes them; read back with pdftotext
(issue 16)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from designer.export.house_sheet import write_house_sheets
from designer.io.house_library import load_library
from designer.model import Document, ProjectInfo
from designer.render.house_plan import HousePlanWords, house_plan

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)


def _sheet_text(tmp_path, lang: str | None, type_id: str) -> str:
    doc = Document(ProjectInfo(name="Sheet", language=lang)) if lang is not None else None
    ht = load_library(include_user=False).get(type_id)
    out = tmp_path / f"house-{lang}.pdf"
    assert write_house_sheets([ht], out, doc=doc, with_cost=False) == 1
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def _plan_words(type_id: str, level: int = 0, words: HousePlanWords | None = None) -> list[str]:
    ht = load_library(include_user=False).get(type_id)
    return [t.text for t in house_plan(ht, level, words=words).texts]


@pytest.mark.parametrize(
    ("lang", "expected", "english"),
    [
        (
            "fr",
            ("Rez-de-chaussée", "Premier étage", "Séjour et cuisine", "Escalier", "Douche", "WC et douche"),
            ("Ground floor", "First floor", "Living and kitchen", "Stair", "Shower", "WC and shower"),
        ),
        (
            "sw",
            ("Ghorofa ya chini", "Ghorofa ya kwanza", "Sebule na jiko", "Ngazi", "Bafu", "Choo na bafu"),
            ("Ground floor", "First floor", "Living and kitchen", "Stair", "Shower", "WC and shower"),
        ),
    ],
)
def test_the_house_plans_print_the_projects_language(tmp_path, lang, expected, english):
    from designer.render.house_words import house_plan_words

    text = _sheet_text(tmp_path, lang, "row-2storey")
    for word in expected:
        assert word in text, (word, text[:2000])
    # The plans themselves keep no English (the tables beside them print the type's own stage names).
    words = house_plan_words(Document(ProjectInfo(name="Sheet", language=lang)))
    plan_texts = " | ".join(_plan_words("row-2storey", 0, words) + _plan_words("row-2storey", 1, words))
    for word in english:
        assert word not in plan_texts, (word, plan_texts)


def test_areas_and_dimensions_are_written_as_the_language_writes_numbers(tmp_path):
    english = _sheet_text(tmp_path, None, "core-expand")
    french = _sheet_text(tmp_path, "fr", "core-expand")
    swahili = _sheet_text(tmp_path, "sw", "core-expand")
    # The same dimensions: "3.00" in English and Kiswahili is "3,00" in French.
    english_dims = re.findall(r"(?m)^(\d+\.\d\d)$", english)
    assert english_dims, english[:2000]
    for dim in english_dims:
        assert dim.replace(".", ",") in french
        assert dim in swahili
    area = next(t for t in _plan_words("core-expand") if t.endswith(" m²"))
    assert area.replace(".", ",") in french
    assert f"m² {area.removesuffix(' m²')}" in swahili  # Kiswahili puts the unit first
    assert "Living room" in english and "Living room" not in french  # the Rooms table too
    assert re.search(r"\(étape 2\)", french) and re.search(r"\(hatua 2\)", swahili)


def test_a_name_the_user_gave_a_room_is_printed_as_written(tmp_path):
    import dataclasses

    from designer.render.house_words import LocalHousePlanWords
    from designer.render.plan_pdf import plan_locale

    ht = load_library(include_user=False).get("core-1room")
    renamed = dataclasses.replace(
        ht,
        rooms=tuple(
            dataclasses.replace(r, name="Chumba cha Mama") if i == 0 else r for i, r in enumerate(ht.rooms)
        ),
    )
    words = LocalHousePlanWords(plan_locale(Document(ProjectInfo(name="x", language="fr"))))
    texts = [t.text for t in house_plan(renamed, words=words).texts]
    assert "Chumba cha Mama" in texts


def test_english_stays_as_it_was():
    texts = _plan_words("row-2storey", 0)
    assert "Ground floor" in texts and "Living and kitchen" in texts
    assert "First floor" in _plan_words("row-2storey", 1)
