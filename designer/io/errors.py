"""Domain errors of drawing and GIS import/export: one readable line each, shown once at the boundary."""

from __future__ import annotations

from designer.model.errors import JamiiError

__all__ = ["ExportError", "ImportBaseError", "InteropError", "LayerProfileError", "MissingCrsError"]


class InteropError(JamiiError):
    """Base of every error raised while reading or writing DXF, GIS or image files."""


class LayerProfileError(InteropError):
    """A layer profile (resources/layers/*.toml) that is incomplete or names layers wrongly."""


class ExportError(InteropError):
    """An export that cannot be made from this project (e.g. GeoJSON without a CRS)."""


class ImportBaseError(InteropError):
    """A base survey (DXF, GeoJSON, Shapefile, GeoPackage, image) that cannot be imported; says why."""


class MissingCrsError(ImportBaseError):
    """A GIS file that does not say its coordinate reference system; Jamii never guesses it."""
