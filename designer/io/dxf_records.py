"""Jamii's own data inside a DXF: XDATA ``JAMII`` on every drawn record and a ``JAMII_PROJECT`` XRECORD.

CONVENTIONS.md "DXF entity data": each entity Jamii writes for a model record carries XDATA under the
registered application ``JAMII``: the record's kind, its scope and drawing status, then its fields as
JSON (geometry left out: the entity is the geometry), cut into 250-character strings (DXF group 1000).
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


def write_entity_record(entity: Any, record: Any, status: str) -> None:
    """Attach ``record`` (a model entity, geometry left out) to the DXF ``entity`` as XDATA ``JAMII``."""
    from designer.model.codec import encode_record

    fields = {k: v for k, v in encode_record(record).items() if k not in _GEOMETRY_FIELDS}
    payload = json.dumps({"kind": record.KIND, "status": status, "fields": fields}, separators=(",", ":"))
    entity.set_xdata(APP_ID, [(1000, chunk) for chunk in _chunks(payload)])


def read_entity_record(entity: Any) -> dict[str, Any] | None:
    """Return ``{"kind", "status", "fields"}`` of an entity written by Jamii, or None."""
    if not entity.has_xdata(APP_ID):
        return None
    text = "".join(str(value) for code, value in entity.get_xdata(APP_ID) if code == 1000)
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("fields"), dict) or "kind" not in data:
        return None
    return data


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
