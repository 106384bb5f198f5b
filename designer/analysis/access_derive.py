"""Derived paths: the public-space centrelines offered to the user as existing paths, accepted in one step.

A plots-only settlement (a parcel survey) has no drawn paths, so every plot would be reported without
path access. ``derive_paths`` turns the centreline network of the public space (see ``blocks``) into
existing-conditions :class:`Path` records the user can accept with ``accept_derived_paths`` (one named
undoable macro) and then edit like any drawn path. What the plots do not say stays unknown and is said
so in each path's note: surface, traffic and lighting were not surveyed (the records carry the
model's defaults: earth, pedestrian, unlit, which the walking analysis treats as the cautious case).
Deriving again after accepting adds nothing: centrelines on drawn paths are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from designer.analysis.access_diagnosis import settlement_space
from designer.analysis.access_rules import AccessRules, load_access_rules
from designer.analysis.layout import build_layout
from designer.model.commands import AddRecord, Macro
from designer.model.entities import Path, PathKind
from designer.model.geometry import line_length_m
from designer.model.records import EXISTING, new_id

if TYPE_CHECKING:
    from designer.analysis.blocks import Progress, PublicSpace
    from designer.model.document import Document

__all__ = ["DERIVED_NOTE", "DerivedNetwork", "accept_derived_paths", "derive_paths"]

DERIVED_NOTE = "derived from the plots (public-space centreline): width measured; surface, traffic, lighting not surveyed"
EDGE_NOTE = (
    "derived from the plots (settlement edge): width assumed from the open-ground margin; "
    "surface, traffic, lighting not surveyed"
)
ACCEPT_LABEL = "Accept derived paths"


@dataclass
class DerivedNetwork:
    """The paths derived from a settlement's plots, not yet in the document."""

    paths: list[Path]
    space: PublicSpace

    @property
    def length_m(self) -> float:
        """Total length of the derived paths in metres."""
        return sum(line_length_m(p.route) for p in self.paths)


def derive_paths(
    doc: Document, rules: AccessRules | None = None, progress: Progress | None = None
) -> DerivedNetwork:
    """Return the public-space centrelines of the existing conditions as new existing Path records.

    ``progress`` is called with the fraction done (tile by tile of the skeleton); it may raise to cancel.
    """
    rules = rules or load_access_rules()
    lay = build_layout(doc, None)
    space = settlement_space(lay, rules, progress=progress)
    paths = []
    for c in space.centrelines:
        paths.append(
            Path(
                id=new_id(Path.ID_PREFIX),
                scope=EXISTING,
                route=c.route,
                width_m=c.width_m,
                path_kind=PathKind.LANE if c.width_m >= 2.5 else PathKind.FOOTPATH,
                note=EDGE_NOTE if c.outer else DERIVED_NOTE,
            )
        )
    return DerivedNetwork(paths, space)


def accept_derived_paths(derived: DerivedNetwork) -> Macro:
    """Return one undoable macro adding the derived paths to the existing conditions."""
    label = f"{ACCEPT_LABEL} ({len(derived.paths)})"
    return Macro(label, tuple(AddRecord(p, label) for p in derived.paths))
