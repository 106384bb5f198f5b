"""Household pseudonyms are keyed with a per-project secret that never leaves the project file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from designer.io.households_import import household_record_id, import_households
from designer.io.project_file import load_project, save_project, write_shareable_copy
from designer.model import AddRecord, Household
from designer.model.privacy import keyed_pseudonym, personal_values, strip_personal

DATA = Path(__file__).resolve().parent.parent / "data" / "households"
SURVEY_KEYS = ["TUM-001", "TUM-002", "TUM-003", "TUM-004", "TUM-005"]


def _unsalted(key: str) -> str:
    return "hh-" + hashlib.sha256(key.strip().casefold().encode("utf-8")).hexdigest()[:12]


def test_ids_cannot_be_found_by_hashing_survey_ids(tmp_path):
    """Was: ids were an unsalted SHA-256 prefix of the survey id (a phone number reversed in 0.5 s)."""
    doc = load_project(DATA / "settlement.jamii")
    import_households(doc, DATA / "kobo_households.csv")
    secret = doc.project.pseudonym_secret
    assert len(secret) == 64
    ids = {h.id for h in doc.of_type(Household)}
    assert ids == {household_record_id(k, secret) for k in SURVEY_KEYS}
    assert not ids & {_unsalted(k) for k in SURVEY_KEYS}

    out = tmp_path / "shared.jamii"
    write_shareable_copy(doc, out)
    shared = load_project(out)
    assert shared.project.pseudonym_secret == ""  # the key stays home
    assert secret not in out.read_text(encoding="utf-8")
    assert {h.id for h in shared.of_type(Household)} == ids  # the owner can still link feedback
    assert not personal_values(shared)


def test_two_projects_give_one_household_different_pseudonyms():
    a = load_project(DATA / "settlement.jamii")
    b = load_project(DATA / "settlement.jamii")
    import_households(a, DATA / "kobo_households.csv")
    import_households(b, DATA / "kobo_households.csv")
    assert not {h.id for h in a.of_type(Household)} & {h.id for h in b.of_type(Household)}


def test_reimport_keeps_ids_and_the_secret(tmp_path):
    doc = load_project(DATA / "settlement.jamii")
    import_households(doc, DATA / "kobo_households.csv")
    path = tmp_path / "p.jamii"
    save_project(doc, path)
    again = load_project(path)
    report = import_households(again, DATA / "kobo_households.csv")
    assert (report.added, report.updated, report.unchanged) == (0, 0, 5)
    assert again.project.pseudonym_secret == doc.project.pseudonym_secret


def test_households_of_an_old_file_are_rekeyed_on_the_next_import():
    """Migration: an old project's unsalted ids become keyed ids; nothing is duplicated."""
    doc = load_project(DATA / "settlement.jamii")
    assert doc.project.pseudonym_secret == ""
    AddRecord(Household(id=_unsalted("TUM-001"), size_persons=5, name="Amina Wanjiru")).do(doc)
    report = import_households(doc, DATA / "kobo_households.csv")
    secret = doc.project.pseudonym_secret
    assert (report.added, report.updated) == (4, 1)
    assert _unsalted("TUM-001") not in doc
    assert doc[household_record_id("TUM-001", secret)].name == "Amina Wanjiru"


def test_a_shared_copy_of_an_old_file_gets_unlinkable_ids():
    doc = load_project(DATA / "settlement.jamii")
    old_id = _unsalted("0712000001")  # an old file keyed by phone number
    AddRecord(Household(id=old_id, size_persons=5, phone="0712000001")).do(doc)
    shared = strip_personal(doc)
    (h,) = shared.of_type(Household)
    assert h.id != old_id and h.id.startswith("hh-") and h.phone == ""


def test_keyed_pseudonym_is_hmac_sha256():
    import hmac

    secret = "ab" * 32
    expected = hmac.new(secret.encode(), b"tum-001", hashlib.sha256).hexdigest()[:12]
    assert keyed_pseudonym(secret, "tum-001") == "hh-" + expected
    assert household_record_id(" TUM-001 ", secret) == "hh-" + expected


def test_old_households_missing_from_the_survey_are_rekeyed_too_and_found_later(tmp_path):
    """No plain-hash id survives the first salted import, and a later survey still finds the household."""
    doc = load_project(DATA / "settlement.jamii")
    old = _unsalted("TUM-OLD")
    AddRecord(Household(id=old, size_persons=3)).do(doc)
    import_households(doc, DATA / "kobo_households.csv")
    secret = doc.project.pseudonym_secret
    assert old not in doc
    assert doc[keyed_pseudonym(secret, old)].size_persons == 3
    later = tmp_path / "later.csv"
    later.write_text("household_id,household_size\nTUM-OLD,4\n", encoding="utf-8")
    report = import_households(doc, later)
    assert (report.added, report.updated) == (0, 1)
    assert doc[household_record_id("TUM-OLD", secret)].size_persons == 4
    assert len(doc.of_type(Household)) == 6
