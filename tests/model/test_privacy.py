"""Privacy: names and phone numbers never leave the project file; exports use pseudonymous ids."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import orjson

from designer.io.households_import import import_households
from designer.io.project_file import document_to_bytes, load_project, write_shareable_copy
from designer.model import Document, Household, ProjectInfo
from designer.model.privacy import (
    exportable,
    personal_fields,
    personal_values,
    public_household_id,
    public_record,
    strip_personal,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "households"


def surveyed() -> Document:
    doc = load_project(DATA / "settlement.jamii")
    import_households(doc, DATA / "kobo_households.csv")
    return doc


def test_household_names_phones_and_personal_survey_answers_are_the_personal_fields():
    assert personal_fields()["household"] == ("name", "phone", "survey_personal")


def test_strip_personal_blanks_names_and_phones_and_keeps_everything_else():
    doc = surveyed()
    original = document_to_bytes(doc)
    stripped = strip_personal(doc)
    assert document_to_bytes(doc) == original  # the open document is untouched
    assert personal_values(doc) >= {"Amina Wanjiru", "0712000001"}
    assert personal_values(stripped) == set()
    for h in stripped.households:
        assert (h.name, h.phone) == ("", "")
        before = doc[h.id]
        assert isinstance(before, Household)
        assert (h.plot_id, h.size_persons, h.savings_balance) == (
            before.plot_id,
            before.size_persons,
            before.savings_balance,
        )
    assert len(stripped) == len(doc)


def test_shareable_copy_file_contains_no_personal_value(tmp_path):
    doc = surveyed()
    out = tmp_path / "share.jamii"
    write_shareable_copy(doc, out)
    raw = out.read_text(encoding="utf-8")
    for value in personal_values(doc):
        assert value not in raw
    reread = load_project(out)  # an independent read of the written file
    assert len(reread.households) == 5
    assert sum(h.size_persons for h in reread.households) == sum(h.size_persons for h in doc.households)


def test_exportable_is_the_stripped_document():
    doc = surveyed()
    assert personal_values(exportable(doc)) == set()


def test_public_household_id_keeps_pseudonyms_and_hashes_anything_else():
    assert public_household_id("hh-0123456789ab") == "hh-0123456789ab"
    typed = public_household_id("hh-amina-wanjiru")
    assert typed.startswith("hh-")
    assert len(typed) == 15
    assert "amina" not in typed
    assert typed == public_household_id(Household(id="hh-amina-wanjiru"))


def test_public_record_drops_personal_fields_and_is_json():
    h = Household(id="hh-amina", name="Amina", phone="0712", size_persons=3, savings_balance=Decimal("10"))
    data = public_record(h)
    assert "name" not in data
    assert "phone" not in data
    assert data["id"] == public_household_id("hh-amina")
    assert data["savings_balance"] == "10"
    assert b"Amina" not in orjson.dumps(data)


def test_project_info_without_personal_fields_is_kept_identical():
    doc = Document(ProjectInfo(name="x", crs_epsg=32737))
    assert strip_personal(doc).project == doc.project


def _export_texts(folder: Path) -> dict[str, str]:
    """Read every exported file back as text with an independent reader (zip/XML, pypdf, raw bytes)."""
    import zipfile

    from pypdf import PdfReader

    texts = {}
    for f in sorted(folder.iterdir()):
        if f.suffix == ".pdf":
            texts[f.name] = "\n".join(page.extract_text() or "" for page in PdfReader(f).pages)
        elif f.suffix == ".xlsx":
            with zipfile.ZipFile(f) as z:
                texts[f.name] = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        else:
            texts[f.name] = f.read_bytes().decode("utf-8", "replace")
    return texts


def test_no_export_of_the_sample_contains_a_name_or_phone_number(tmp_path):
    """Every exporter of `jamii export` (drawings, GIS, bills, plan, poster) on the sample with 135 households."""
    from designer.cli import main
    from designer.export.registry import EXPORTERS
    from designer.resources import sample_project_path

    doc = load_project(sample_project_path())
    secrets = personal_values(doc)
    assert len(secrets) > 100  # the sample really holds names and phones
    out = tmp_path / "out"
    out.mkdir()
    formats = list(EXPORTERS)
    ext = {
        "gpkg": ".gpkg",
        "geojson": ".geojson",
        "dxf": ".dxf",
        "house-dxf": ".dxf",
        "csv": ".csv",
        "xlsx": ".xlsx",
    }
    argv = ["export", str(sample_project_path()), "--option", "opt-c"]  # opt-c also places houses
    for fmt in formats:
        argv += [f"--{fmt}", str(out / f"sample-{fmt}{ext.get(fmt, '.pdf')}")]
    assert main(argv) == 0
    texts = _export_texts(out)
    assert len(texts) >= len(formats)
    # The readers really see the content (so a leak would be found): money and the project name are there.
    assert all("KES" in t or "Tumaini" in t for n, t in texts.items() if n.endswith((".pdf", ".xlsx")))
    leaks = [(name, s) for name, text in texts.items() for s in secrets if s in text]
    assert leaks == []
