"""The ``JM_*`` point symbols: block names, attribute tags, which tag is visible, and descriptions.

Shared by every backend so a DXF block, a PDF plan symbol and a GeoPackage field list agree.
Tags follow CONVENTIONS.md (UPPERCASE, no spaces); only the visible tag is shown on the plan.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BLOCKS", "STATUS_WORDS", "BlockSpec"]

STATUS_WORDS = {"E": "existing", "N": "proposed", "D": "demolish", "M": "move"}
"""Status codes as words, for attributes and GIS fields (digits 1–9 are options, written as proposed)."""


@dataclass(frozen=True, slots=True)
class BlockSpec:
    """One symbol block: its attribute tags (in order), the visible one and a description."""

    name: str
    tags: tuple[str, ...]
    visible: str
    description: str


_COMMON_TAIL = ("OPTION", "JAMII_ID")

BLOCKS: dict[str, BlockSpec] = {
    b.name: b
    for b in (
        BlockSpec(
            "JM_STANDPIPE",
            ("ID", "STATUS", "KIND", "TAPS", "FLOW_LPM", *_COMMON_TAIL),
            "ID",
            "Jamii standpipe / yard tap / hand pump / well",
        ),
        BlockSpec(
            "JM_KIOSK",
            ("ID", "STATUS", "KIND", "TAPS", "STORAGE_M3", *_COMMON_TAIL),
            "ID",
            "Jamii water kiosk",
        ),
        BlockSpec(
            "JM_TANK", ("ID", "STATUS", "KIND", "TAPS", "STORAGE_M3", *_COMMON_TAIL), "ID", "Jamii water tank"
        ),
        BlockSpec(
            "JM_TOILET",
            ("ID", "STATUS", "KIND", "ACCESS", "SEATS", *_COMMON_TAIL),
            "ID",
            "Jamii toilet / latrine block",
        ),
        BlockSpec(
            "JM_MANHOLE", ("ID", "STATUS", "DIAM_MM", "DEPTH", *_COMMON_TAIL), "ID", "Jamii sewer manhole"
        ),
        BlockSpec(
            "JM_STREETLIGHT",
            ("ID", "STATUS", "HEIGHT_M", "POWER", "LAMP_W", *_COMMON_TAIL),
            "ID",
            "Jamii street light",
        ),
        BlockSpec(
            "JM_SUPPLY", ("ID", "STATUS", "HEAD_M", *_COMMON_TAIL), "ID", "Jamii bulk water supply point"
        ),
        BlockSpec(
            "JM_LEVEL", ("ID", "STATUS", "LEVEL", *_COMMON_TAIL), "LEVEL", "Jamii spot level (m above datum)"
        ),
    )
}
