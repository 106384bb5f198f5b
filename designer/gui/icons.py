"""Pictogram icons (SVG, authored for Jamii) from resources/icons/."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from designer.resources import resource_path

__all__ = ["icon"]


@cache
def icon(name: str) -> QIcon:
    """Return the icon ``resources/icons/<name>.svg`` (an empty icon if there is none)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
