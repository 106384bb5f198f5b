"""Personal data stays in the project file: strip it for sharing, and pseudonymous ids for every export.

Each record type lists its personal fields in ``PERSONAL`` (Household: ``name``, ``phone``). Exporters
(DXF, PDF, XLSX, GeoPackage, JSON) call :func:`exportable` once and work on the copy it returns, and
label households with :func:`public_household_id`; ``jamii share`` and ``jamii export --strip-personal``
write :func:`strip_personal`'s copy.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re
import secrets
from typing import Any, cast

from designer.model.document import Document
from designer.model.people import PHONE_VOTER, Household, WorkshopRecord
from designer.model.project import ProjectInfo
from designer.model.records import Record, record_types

__all__ = [
    "CONTACT_PATTERN",
    "exportable",
    "keyed_pseudonym",
    "new_pseudonym_secret",
    "personal_fields",
    "personal_values",
    "public_household_id",
    "public_record",
    "scrub_contacts",
    "strip_personal",
]

_PSEUDONYM = re.compile(r"^hh-[0-9a-f]{12}$")

CONTACT_PATTERN = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|(?<![\w.])(?:\+\d{1,3}[\s-]?|0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}(?![\w.])"  # +254 712 345 678, 0712345678
)
"""A phone number or e-mail address inside any text: never stored from a source, scrubbed from shared copies."""


def scrub_contacts(text: str) -> tuple[str, int]:
    """Return ``text`` with phone numbers and e-mail addresses cut out, and how many were cut."""
    return CONTACT_PATTERN.subn("", text)


def personal_fields() -> dict[str, tuple[str, ...]]:
    """Return the personal field names of every registered record kind that has any."""
    return {kind: cls.PERSONAL for kind, cls in record_types().items() if cls.PERSONAL}


def _blank(rec: Record) -> Record:
    changes: dict[str, Any] = {}
    fields = {f.name: f for f in dataclasses.fields(rec)}
    for name in rec.PERSONAL:
        f = fields[name]
        if f.default is not dataclasses.MISSING:
            blank = f.default
        elif f.default_factory is not dataclasses.MISSING:
            blank = f.default_factory()
        else:
            blank = ""
        if getattr(rec, name) != blank:
            changes[name] = blank
    return dataclasses.replace(rec, **changes) if changes else rec


def new_pseudonym_secret() -> str:
    """Return a fresh random key for a project's household pseudonyms (256 bits, hex)."""
    return secrets.token_hex(32)


def keyed_pseudonym(secret: str, text: str) -> str:
    """Return ``hh-`` + 12 hex digits of HMAC-SHA256(secret, text).

    Without the secret, the pseudonym of a phone number cannot be found by trying every number
    (an unsalted hash of one was reversed in half a second).
    """
    digest = hmac.new(secret.encode("ascii"), text.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"hh-{digest[:12]}"


def _scrub(rec: Record) -> Record:
    """Cut phone numbers and e-mail addresses out of a record's note and tags (files from older imports)."""
    changes: dict[str, Any] = {}
    note = getattr(rec, "note", None)
    if isinstance(note, str) and note:
        clean, n = scrub_contacts(note)
        if n:
            changes["note"] = clean
    tags = getattr(rec, "tags", None)
    if tags:
        kept = tuple((k, v) for k, v in tags if not CONTACT_PATTERN.search(v))
        if len(kept) != len(tags):
            changes["tags"] = kept
    return dataclasses.replace(rec, **changes) if changes else rec


def strip_personal(doc: Document) -> Document:
    """Return a copy of ``doc`` with every personal field blanked (names, phones, the pseudonym secret).

    Phone numbers and e-mail addresses in notes and tags are cut out too, and phone ballots lose the link
    to their voting code (whose hashes go too). Ids, plots, sizes, money and votes are kept, so the copy
    computes the same costs and results. A project without a pseudonym secret (written before salted
    pseudonyms) may hold household ids that are plain hashes of survey ids: the copy gets fresh random
    ones, so it cannot be linked back.
    """
    records = [
        _unlink_ballots(_scrub(_blank(r) if r.PERSONAL else r))
        for r in doc.records()
        if r.id != doc.project.id
    ]
    if not doc.project.pseudonym_secret:
        once = new_pseudonym_secret()  # forgotten at once: nobody can link these ids to anything
        records = [
            dataclasses.replace(r, id=keyed_pseudonym(once, r.id)) if isinstance(r, Household) else r
            for r in records
        ]
    return Document(cast(ProjectInfo, _blank(doc.project)), records)


def _unlink_ballots(rec: Record) -> Record:
    """Cut the link between phone ballots and their codes (whoever knows a code would know its vote)."""
    if not isinstance(rec, WorkshopRecord) or not any(b.voter not in ("", PHONE_VOTER) for b in rec.ballots):
        return rec
    ballots = tuple(dataclasses.replace(b, voter=PHONE_VOTER) if b.voter else b for b in rec.ballots)
    return dataclasses.replace(rec, ballots=ballots)


def exportable(doc: Document) -> Document:
    """Return the document an exporter must render: ``doc`` without personal data.

    Every exporter calls this once at its start, so no name or phone number can reach a DXF, PDF,
    XLSX, GeoPackage or JSON file by accident.
    """
    return strip_personal(doc)


def public_household_id(household: Household | str) -> str:
    """Return the pseudonymous id to print for a household (``hh-`` + 12 hex digits).

    Record ids made by Jamii already have this form (random, or a hash of the survey id); any other id
    is hashed so that an id typed by hand (which might hold a name) never appears in an export.
    """
    rid = household if isinstance(household, str) else household.id
    if _PSEUDONYM.match(rid):
        return rid
    return "hh-" + hashlib.sha256(rid.encode("utf-8")).hexdigest()[:12]


def public_record(rec: Record) -> dict[str, Any]:
    """Return a record's JSON-ready fields without its personal ones (household ids pseudonymous)."""
    from designer.model.codec import encode_record

    data = encode_record(rec)
    for name in rec.PERSONAL:
        data.pop(name, None)
    if isinstance(rec, Household):
        data["id"] = public_household_id(rec)
    return data


def personal_values(doc: Document) -> set[str]:
    """Return every non-empty personal value in ``doc``: personal fields, and phone numbers or e-mail
    addresses in notes and tags (what ``strip_personal`` leaves out; tests prove no export leaks one)."""
    out: set[str] = set()
    for rec in doc.records():
        for name in rec.PERSONAL:
            value = getattr(rec, name)
            if isinstance(value, str) and value.strip():
                out.add(value.strip())
        texts = [getattr(rec, "note", "") or "", *(v for _, v in getattr(rec, "tags", ()) or ())]
        for text in texts:
            out.update(m.group(0).strip() for m in CONTACT_PATTERN.finditer(text))
    return out
