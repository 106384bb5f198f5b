"""Jamii's application-data folder for the designer's own files (the user's house types).

The rule is the costing library's (``costing.db.appdata.data_dir``), written again here so that
``designer.io`` does not reach into ``costing``: ``$JAMII_DATA_DIR`` if set, else the platform's
convention. Both must name the same folder (a test checks it), so cost libraries and house types sit
side by side.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["data_dir"]


def data_dir() -> Path:
    """Return the application-data folder (``$JAMII_DATA_DIR``, else the platform convention)."""
    override = os.environ.get("JAMII_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Jamii"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Jamii"
    xdg = os.environ.get("XDG_DATA_HOME")
    return Path(xdg) / "jamii" if xdg else Path.home() / ".local" / "share" / "jamii"
