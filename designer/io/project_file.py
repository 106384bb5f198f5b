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
import gc
import os
from collections.abc import Callable
from typing import Any

from designer.model.codec import DecodeError, decode_record, encode_record
from designer.model.document import Document
from designer.model.errors import JamiiError, ProjectFileError
from designer.model.geometry import deferred_validation
from designer.model.project import ProjectInfo
from designer.model.records import Record, record_types

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "document_from_json",
    "document_to_bytes",
    "load_project",
    "save_project",
    "schema_text",
]

SCHEMA_VERSION = 2
FORMAT = "jamii-project"
MAX_FILE_BYTES = 256 * 1024 * 1024
"""Refuse files above this size: a settlement of 100,000 plots is ~35 MB; larger is not a project."""

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


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}
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


def save_project(doc: Document, path: str | os.PathLike[str]) -> None:
    """Write ``doc`` to ``path`` atomically: temp file in the same folder, fsync, rename.

    A crash at any moment leaves either the previous file or the new one, never a mix.
    """
    from designer.io.atomic import atomic_write

    data = document_to_bytes(doc)
    atomic_write(path, lambda tmp: tmp.write_bytes(data))


def load_project(path: str | os.PathLike[str], max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read a project file and return its Document.

    Raises:
        ProjectFileError: the file is too large, not JSON, of an unknown or newer schema version,
            violates the schema, has invalid geometry or dangling references.
    """
    import orjson

    where = str(path)
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise ProjectFileError(where, "", f"cannot be read ({exc.strerror})") from None
    if size > max_bytes:
        raise ProjectFileError(
            where, "", f"is {size / 1e6:.0f} MB, more than the {max_bytes / 1e6:.0f} MB a project may have"
        )
    with open(path, "rb") as fh:
        raw = fh.read()
    # Bulk object creation: the cyclic GC only costs time here (nothing we build has cycles).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise ProjectFileError(where, "", f"is not valid JSON ({exc})") from None
        return document_from_json(data, where)
    finally:
        if gc_was_enabled:
            gc.enable()


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
                if type(items) is not list:
                    raise DecodeError(path, "expected a list")
                records.extend(decode_record(kind, item, f"{path}[{i}]") for i, item in enumerate(items))
        doc = Document(project, records)  # type: ignore[arg-type]
        doc.check_references()
    except DecodeError as exc:
        raise ProjectFileError(where, exc.json_path, exc.reason) from None
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
