"""The ``.jamii`` project file: UTF-8 JSON with a schema version, saved atomically, loaded strictly.

Layout (see ``resources/schema/jamii-project.schema.json``)::

    {"format": "jamii-project", "schema_version": 1, "generator": "jamii 0.1.0",
     "project": {...}, "records": {"option": [...], "plot": [...], ...}}

Records are grouped by kind in registration order and sorted by id, so the same document always
gives the same bytes. A load either returns a complete Document or raises ProjectFileError naming
the file, the JSON path and the reason; it never leaves anything half-loaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from designer.gc_pause import gc_paused
from designer.model.codec import DecodeError, decode_record, decode_records, encode_record
from designer.model.document import Document
from designer.model.errors import JamiiError, ProjectChangedOnDiskError, ProjectFileError
from designer.model.geometry import deferred_validation
from designer.model.project import ProjectInfo
from designer.model.records import Record, record_types

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "FileFingerprint",
    "LoadedProject",
    "document_from_json",
    "document_to_bytes",
    "fingerprint_of",
    "load_project",
    "read_project",
    "save_project",
    "schema_text",
]

SCHEMA_VERSION = 3
FORMAT = "jamii-project"
MAX_FILE_BYTES = 256 * 1024 * 1024
"""Refuse files above this size: a settlement of 100,000 plots is ~35 MB; larger is not a project."""


@dataclass(frozen=True)
class FileFingerprint:
    """What a project file was when it was read or written: changed bytes give another fingerprint.

    Attributes:
        size_bytes: file size.
        mtime_ns: modification time (a cheap first check).
        sha256: hash of the content (decides when size or time differ: a mere ``touch`` is no change).
    """

    size_bytes: int
    mtime_ns: int
    sha256: str


@dataclass(frozen=True)
class LoadedProject:
    """A document and the fingerprint of the file it was read from."""

    doc: Document
    fingerprint: FileFingerprint


def _fingerprint(st: os.stat_result, data: bytes) -> FileFingerprint:
    return FileFingerprint(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def fingerprint_of(path: str | os.PathLike[str]) -> FileFingerprint | None:
    """Return the fingerprint of the file at ``path`` now (None when there is no such file)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return None
        with open(path, "rb") as fh:
            return _fingerprint(st, fh.read())
    except FileNotFoundError:
        return None


def _unchanged(path: str | os.PathLike[str], expected: FileFingerprint) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return True  # deleted since: writing it again overwrites nothing newer
    if (st.st_size, st.st_mtime_ns) == (expected.size_bytes, expected.mtime_ns):
        return True
    now = fingerprint_of(path)
    return now is None or now.sha256 == expected.sha256


Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 stores the project CRS as WKT beside its EPSG code: fill it in from the code."""
    project = data.get("project")
    if isinstance(project, dict) and type(project.get("crs_epsg")) is int and not project.get("crs_wkt"):
        from pyproj import CRS
        from pyproj.exceptions import CRSError

        with contextlib.suppress(CRSError):  # a bad code is named by the loader
            project = {**project, "crs_wkt": CRS.from_epsg(project["crs_epsg"]).to_wkt()}
        data = {**data, "project": project}
    return {**data, "schema_version": 2}


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds georeferenced raster layers and an order and date on background images; every new
    field has a default, so a version-2 file only changes its number (a version-3 file with raster layers
    is refused by older Jamii as newer rather than misread)."""
    return {**data, "schema_version": 3}


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3}
"""``MIGRATIONS[n]`` turns a version-n file into version n+1 (a dict in, a dict out)."""


def _generator() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"jamii {version('jamii')}"
    except PackageNotFoundError:
        return "jamii"


def document_to_json(doc: Document) -> dict[str, Any]:
    """Return the JSON-ready dict of a document (canonical order: kinds as registered, ids sorted)."""
    grouped: dict[str, list[Record]] = {}
    for rec in doc.records():
        if isinstance(rec, ProjectInfo):
            continue
        grouped.setdefault(rec.KIND, []).append(rec)
    records = {
        kind: [encode_record(r) for r in sorted(grouped[kind], key=lambda r: r.id)]
        for kind in record_types()
        if kind in grouped
    }
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "generator": _generator(),
        "project": encode_record(doc.project),
        "records": records,
    }


def document_to_bytes(doc: Document) -> bytes:
    """Return the file bytes of a document (indented UTF-8 JSON, newline-terminated)."""
    import orjson

    return (
        orjson.dumps(document_to_json(doc), option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY) + b"\n"
    )


def save_project(
    doc: Document, path: str | os.PathLike[str], *, expected: FileFingerprint | None = None
) -> FileFingerprint:
    """Write ``doc`` to ``path`` atomically: temp file in the same folder, fsync, rename.

    A crash at any moment leaves either the previous file or the new one, never a mix; temporary
    files that killed saves left beside ``path`` are removed.

    Args:
        doc: the document.
        path: the project file.
        expected: the fingerprint of the file when ``doc`` was read from it; when given, a file that
            has changed on disk since is not overwritten.

    Returns:
        The fingerprint of the file just written (pass it as ``expected`` to the next save).

    Raises:
        ProjectChangedOnDiskError: ``expected`` was given and the file on disk is another one now.
    """
    from designer.io.atomic import atomic_write

    data = document_to_bytes(doc)
    if len(data) > MAX_FILE_BYTES:
        # Never write a file that load_project would then refuse.
        raise ProjectFileError(
            str(path),
            "",
            f"would be {len(data) / 2**20:.1f} MiB, more than the {MAX_FILE_BYTES / 2**20:.0f} MiB a project may "
            "have; nothing was written",
        )

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)
        # Checked last, just before the rename, to leave the smallest window to another writer.
        if expected is not None and not _unchanged(path, expected):
            raise ProjectChangedOnDiskError(str(path))

    atomic_write(path, write)
    return _fingerprint(os.stat(path), data)


def load_project(path: str | os.PathLike[str], max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read a project file and return its Document.

    Raises:
        ProjectFileError: the file is not a regular file, too large, not JSON, of an unknown or newer
            schema version, violates the schema, has invalid geometry or dangling references.
    """
    return _read(path, max_bytes)[0]


def read_project(path: str | os.PathLike[str], max_bytes: int = MAX_FILE_BYTES) -> LoadedProject:
    """Read a project file and return its Document with the file's fingerprint (see ``load_project``)."""
    doc, raw, st = _read(path, max_bytes)
    return LoadedProject(doc, _fingerprint(st, raw))


def _read(path: str | os.PathLike[str], max_bytes: int) -> tuple[Document, bytes, os.stat_result]:
    """Return the Document of a project file, with the bytes and the stat it was read from."""
    import orjson

    from designer.io.file_limits import InputFileError, read_capped

    where = str(path)
    try:
        raw, st = read_capped(path, max_bytes, what="a project")
    except InputFileError as exc:
        raise ProjectFileError(where, "", exc.reason) from None
    # Bulk object creation: the cyclic GC only costs time here (nothing we build has cycles).
    with gc_paused():
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise ProjectFileError(where, "", f"is not valid JSON ({exc})") from None
        return document_from_json(data, where), raw, st


def document_from_json(data: Any, where: str = "<memory>") -> Document:
    """Build a Document from parsed JSON (migrating older versions); see ``load_project``."""
    if type(data) is not dict or data.get("format") != FORMAT:
        raise ProjectFileError(where, "$.format", "this is not a Jamii project file")
    version = data.get("schema_version")
    if type(version) is not int or version < 1:
        raise ProjectFileError(where, "$.schema_version", f"expected a version number, got {version!r}")
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            where,
            "$.schema_version",
            f"the file was written by a newer Jamii (schema {version}; this one reads up to {SCHEMA_VERSION})",
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    unknown = data.keys() - {"format", "schema_version", "generator", "project", "records"}
    if unknown:
        raise ProjectFileError(where, f"$.{sorted(unknown)[0]}", "unknown top-level field")
    try:
        project = decode_record("project", data.get("project"), "$.project")
        records_json = data.get("records")
        if type(records_json) is not dict:
            raise DecodeError("$.records", "expected an object of record lists by kind")
        records: list[Record] = []
        with deferred_validation():
            for kind, items in records_json.items():
                path = f"$.records.{kind}"
                if kind not in record_types() or kind == "project":
                    raise DecodeError(path, f"unknown record kind {kind!r}")
                records.extend(decode_records(kind, items, path))
        doc = Document(project, records)  # type: ignore[arg-type]
        doc.check_references()
    except DecodeError as exc:
        raise ProjectFileError(where, exc.json_path, exc.message or exc.reason) from None
    except JamiiError as exc:
        raise ProjectFileError(where, _json_path_of(data, exc), str(exc)) from None
    return doc


def _json_path_of(data: dict[str, Any], exc: JamiiError) -> str:
    """Find the JSON path of the record an error names (for errors raised after decoding)."""
    record_id = getattr(exc, "record_id", None)
    kind = getattr(exc, "kind", None)
    items = data.get("records", {}).get(kind, []) if kind else []
    for i, item in enumerate(items):
        if isinstance(item, dict) and item.get("id") == record_id:
            return f"$.records.{kind}[{i}]"
    return "$.records"


def schema_text() -> str:
    """Return the JSON Schema of the current version, as shipped in resources/schema/."""
    import json

    from designer.model.codec import json_schema

    return json.dumps(json_schema(SCHEMA_VERSION), indent=2, ensure_ascii=False) + "\n"


def write_shareable_copy(doc: Document, out: str | os.PathLike[str]) -> Document:
    """Write ``doc`` without personal data to ``out`` atomically and return the stripped copy."""
    from designer.model.privacy import strip_personal

    stripped = strip_personal(doc)
    save_project(stripped, out)
    return stripped
