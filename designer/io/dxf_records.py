"""Jamii's own data inside a DXF: XDATA ``JAMII`` on every drawn record and a ``JAMII_PROJECT`` XRECORD.

CONVENTIONS.md "DXF entity data": each entity Jamii writes for a model record carries XDATA under the
registered application ``JAMII``: the record's kind, drawing status and id, then its fields as named,
typed values (geometry left out: the entity is the geometry; see ``entity_record_tags``).
The drawing's root dictionary holds an XRECORD ``JAMII_PROJECT`` with the project CRS (WKT and EPSG
code), the origin, whether coordinates are local, and the options drawn. The DXF importer reads both
back, so export → import gives the same records (``designer.io.dxf_import``).

Used by the DXF writer (designer.render) and reader (designer.io); no Qt, ezdxf objects are passed in.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = [
    "APP_ID",
    "PROJECT_XRECORD",
    "entity_record_tags",
    "read_entity_record",
    "read_project",
    "write_entity_record",
    "write_project",
]

APP_ID = "JAMII"
PROJECT_XRECORD = "JAMII_PROJECT"
FORMAT = "jamii-dxf/1"
_CHUNK = 250  # DXF strings (group 1000 / 1) hold at most 255 characters
_GEOMETRY_FIELDS = ("outline", "route", "position")


def _chunks(text: str) -> list[str]:
    return [text[i : i + _CHUNK] for i in range(0, len(text), _CHUNK)] or [""]


def entity_record_tags(record: Any, status: str) -> list[tuple[int, Any]]:
    """Return the XDATA (after the application name) that ``write_entity_record`` attaches.

    One group per value, ``{`` name value ``}`` (control strings 1002), so a CAD user's data extraction or
    LISP reads named values without parsing text: ``kind``, ``status``, ``jamii_id``, then every field of
    the record but its geometry and its personal fields (names and phone numbers never leave the project).
    A value is text (1000, continued in further 1000 strings past 250 characters), a whole number (1071),
    another number (1040) or yes/no (1070: 1/0); a list or table is JSON text in a nested group; an
    unknown value (None) is a group with the name alone, so it reads back as unknown, never as a default.
    """
    from designer.model.codec import encode_record

    out: list[tuple[int, Any]] = []

    def group(name: str, *values: tuple[int, Any]) -> None:
        out.extend(((1002, "{"), (1000, name), *values, (1002, "}")))

    def text(name: str, value: str) -> None:
        group(name, *((1000, c) for c in _chunks(value)))

    text("kind", record.KIND)
    text("status", status)
    skip = set(_GEOMETRY_FIELDS) | set(record.PERSONAL)
    for field, value in encode_record(record).items():
        if field in skip:
            continue
        name = "jamii_id" if field == "id" else field
        if value is None:
            group(name)
        elif isinstance(value, bool):
            group(name, (1070, int(value)))
        elif isinstance(value, int) and -(2**31) <= value < 2**31:
            group(name, (1071, value))
        elif isinstance(value, int | float):
            group(name, (1040, float(value)))
        elif isinstance(value, str):
            text(name, value)
        else:
            as_json = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
            group(name, (1002, "{"), *((1000, c) for c in _chunks(as_json)), (1002, "}"))
    return out


def write_entity_record(entity: Any, record: Any, status: str) -> None:
    """Attach ``record`` (a model entity, geometry left out) to the DXF ``entity`` as XDATA ``JAMII``."""
    entity.set_xdata(APP_ID, entity_record_tags(record, status))


def _value(tags: list[tuple[int, Any]]) -> Any:
    """The value of one group's tags (after its name): see ``entity_record_tags``."""
    if not tags:
        return None
    if tags[0] == (1002, "{"):
        return json.loads("".join(str(v) for c, v in tags if c == 1000))
    if all(c == 1000 for c, _ in tags):
        return "".join(str(v) for _, v in tags)
    code, value = tags[0]
    return bool(value) if code == 1070 else value


def _groups(tags: Any) -> dict[str, Any]:
    """The named values of ``{`` name value ``}`` groups (nested groups belong to their value)."""
    values: dict[str, Any] = {}
    depth, name = 0, ""
    inner: list[tuple[int, Any]] = []
    for code, value in tags:
        if code == 1002:
            depth += 1 if value == "{" else -1
            if depth == 1 and value == "{":
                name, inner = "", []
            elif depth == 0:
                values[name] = _value(inner)
            else:
                inner.append((code, value))
        elif depth == 1 and not name and code == 1000:
            name = str(value)
        elif depth >= 1:
            inner.append((code, value))
    return values


def read_entity_record(entity: Any) -> dict[str, Any] | None:
    """Return ``{"kind", "status", "fields"}`` of an entity written by Jamii, or None.

    ``fields`` are the record's codec fields (``id`` included), ready for ``decode_record``.
    """
    if not entity.has_xdata(APP_ID):
        return None
    try:
        values = _groups(entity.get_xdata(APP_ID))
    except (json.JSONDecodeError, TypeError, ValueError):
        return None
    if "kind" not in values or "jamii_id" not in values:
        return None
    kind, status = values.pop("kind"), values.pop("status", "")
    values["id"] = values.pop("jamii_id")
    return {"kind": kind, "status": status, "fields": values}


def write_project(
    doc: Any, project: Any, origin: tuple[float, float], local: bool, options: list[dict[str, Any]]
) -> None:
    """Store the project CRS, origin and drawn options in the drawing (XRECORD in the root dictionary)."""
    if APP_ID not in doc.appids:
        doc.appids.add(APP_ID)
    payload = json.dumps(
        {
            "format": FORMAT,
            "crs_epsg": project.crs_epsg,
            "crs_wkt": project.crs_wkt,
            "origin": list(origin),
            "local_coordinates": local,
            "project_origin": [project.origin_x_m, project.origin_y_m],
            "options": options,
        },
        separators=(",", ":"),
    )
    xrec = doc.rootdict.add_xrecord(PROJECT_XRECORD)
    xrec.reset([(1, chunk) for chunk in _chunks(payload)])


def read_project(doc: Any) -> dict[str, Any] | None:
    """Return what ``write_project`` stored, or None for a drawing Jamii did not write."""
    xrec = doc.rootdict.get(PROJECT_XRECORD)
    if xrec is None or xrec.dxftype() != "XRECORD":
        return None
    text = "".join(str(value) for code, value in xrec.tags if code == 1)
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None
