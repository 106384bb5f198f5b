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


# --------------------------------------------------------------------------- the tables beside the plans

# Words the house sheet itself prints in English (headings, column heads, values, footer, legend and the
# house rows of the assumptions page); none may be left in a French or Kiswahili sheet.
_SHEET_ENGLISH = (
    "Stages",
    "stage",
    "built by",
    "floor m²",
    "whole house",
    "cost KES",
    "per m²",
    "Rates:",
    "ILLUSTRATIVE RATES",
    "illustrative rates",
    "Not priced",
    "Quantities",
    "plan geometry",
    "walls ext",
    "int m²",
    "party m²",
    "roof m²",
    "footing",
    "no openings",
    "door",
    "window",
    "shower",
    "kitchen",
    "Rooms",
    "clear floor area",
    "living",
    "bedroom",
    "Rule checks",
    "persons",
    "met",
    "storey",
    "house type",
    "house sheet",
    "plans at",
    "on A3",
    "dimensions in metres",
    "centrelines",
    "Solid",
    "dashed",
    "later stages",
    "programme",
    "family",
    "Assumptions",
    "Assumption",
    "Value",
    "Household size",
    "given for these sheets",
    "project file",
    "House rule thresholds",
    "habitable",
    "openable",
    "openings deducted",
)


def _sheet_with_costs(tmp_path, lang: str | None, type_id: str, *, first: int, last: int):
    """pdftotext of pages ``first``..``last`` of a priced house sheet, with the data-given words cut out.

    What stays as written (the words residents, users or the data gave, or that the model and the estimate
    word): the type's name, id, programme and description, the stage names, the rule messages (lines
    starting "✗") and the cost library's source line ("jamii-default, nairobi, prices of …").
    """
    from designer.export.house_sheet import stage_costs_for_types

    doc = Document(ProjectInfo(name="Sheet", language=lang)) if lang is not None else None
    ht = load_library(include_user=False).get(type_id)
    costs = stage_costs_for_types([ht], doc)
    out = tmp_path / f"priced-{lang}.pdf"
    assert write_house_sheets([ht], out, doc=doc, costs=costs, persons=4) == 1
    text = (
        subprocess.run(
            ["pdftotext", "-f", str(first), "-l", str(last), str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.replace("\u202f", " ")
        .replace("\u00a0", " ")
    )
    for given in (ht.name, ht.id, ht.programme, ht.description, costs.source, *(s.name for s in ht.stages)):
        text = text.replace(given, "")
    kept = "\n".join(line for line in text.splitlines() if not line.startswith("✗"))
    return kept, ht, costs


# English words the language spells the same ("programme", "habitable" are French too).
_SAME_WORD = {"fr": {"programme", "habitable"}}


def _english_left(text: str, lang: str) -> list[str]:
    same = _SAME_WORD.get(lang, set())
    return [w for w in _SHEET_ENGLISH if w not in same and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            (
                "Étapes",
                "étape (construite par)",
                "maison entière",
                "coût KES",
                "PRIX INDICATIFS",
                "Quantités par étape",
                "murs ext. m²",
                "Pièces (surface utile)",
                "séjour",
                "Vérification des règles pour 4 personnes : ",
                "1 niveau(x)",
                "fiche maison 1 sur 1 · plans au 1:",
                "Trait plein : étape 1 (programme) · tirets : étapes suivantes (famille)",
                "(famille)",
                "porte 0,90 × 2,10 : 1",
                "WC 0 · douche 0 · cuisine 0",
            ),
        ),
        (
            "sw",
            (
                "Hatua za ujenzi",
                "hatua (anayejenga)",
                "nyumba nzima",
                "gharama KES",
                "BEI ZA MFANO",
                "Vipimo kwa kila hatua",
                "kuta nje m²",
                "Vyumba (eneo la sakafu ndani ya kuta)",
                "sebule",
                "Ukaguzi wa kanuni kwa watu 4: ",
                "idadi ya ghorofa: 1",
                "karatasi ya nyumba 1 kati ya 1 · ramani kwa 1:",
                "Mstari kamili: hatua 1 (mradi) · mstari wa vipande: hatua zinazofuata (familia)",
                "(familia)",
                "mlango 0.90 × 2.10: 1",
                "choo 0 · bafu 0 · jiko 0",
            ),
        ),
    ],
)
def test_the_sheets_tables_footer_and_legend_speak_the_projects_language(tmp_path, lang, expected):
    text, _, _ = _sheet_with_costs(tmp_path, lang, "core-expand", first=1, last=1)
    for words in expected:
        assert words in text, (words, text)
    assert _english_left(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", ("Hypothèses", "Taille du ménage", "4 personnes", "≥ 10 % du plancher", "Prix : ")),
        ("sw", ("Makisio yaliyotumika", "Idadi ya watu wa kaya", "watu 4", "madirisha ≥ 10%", "Chanzo")),
    ],
)
def test_the_assumptions_page_speaks_the_projects_language(tmp_path, lang, expected):
    doc = Document(ProjectInfo(name="Sheet", language=lang))
    ht = load_library(include_user=False).get("core-expand")
    out = tmp_path / f"assumptions-{lang}.pdf"
    write_house_sheets([ht], out, doc=doc, with_cost=False)
    page = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.replace("\u00a0", " ")
    for words in expected[:4]:
        assert words in page, (words, page)
    assert _english_left(page, lang) == [], page
    # The sheet's own rows only: the estimate's rows (with costs) are worded by the estimate.
    priced, _, _ = _sheet_with_costs(tmp_path, lang, "core-expand", first=2, last=2)
    assert expected[4] in priced


def test_costs_and_quantities_are_written_as_the_language_writes_numbers(tmp_path):
    from costing.report.locale import report_locale

    french, ht, costs = _sheet_with_costs(tmp_path, "fr", "core-expand", first=1, last=1)
    english, _, _ = _sheet_with_costs(tmp_path, None, "core-expand", first=1, last=1)
    fr = report_locale("fr")
    amounts = [sc.amount for sc in costs.by_type[ht.id]]
    assert amounts and all(a >= 1000 for a in amounts)  # grouped, so the format shows
    for amount in amounts:
        assert f"{amount:,.0f}" in english
        assert fr.number(amount, 0).replace("\u202f", " ") in french
        assert f"{amount:,.0f}" not in french
    floors = re.findall(r"(?m)^(\d+\.\d)$", english)  # the stages' floor areas, one decimal
    assert floors, english
    for floor in floors:
        assert floor.replace(".", ",") in french


def test_english_sheets_keep_their_words(tmp_path):
    text, _, _ = _sheet_with_costs(tmp_path, None, "core-expand", first=1, last=2)
    for words in (
        "Stages",
        "stage (built by)",
        "whole house",
        "cost KES",
        "ILLUSTRATIVE RATES",
        "Quantities per stage (from the plan geometry)",
        "walls ext m²",
        "Rooms (clear floor area)",
        "Rule checks for 4 persons: ",
        "1 storey(s)",
        "house sheet 1 of 1 · plans at 1:",
        "Solid: stage 1 (programme) · dashed: later stages (family)",
        "1 door 0.90 × 2.10",
        "WC 0 · shower 0 · kitchen 0",
        "Assumptions",
        "Household size for the rule checks",
        "≥ 10% of floor (light)",
    ):
        assert words in text, (words, text)
