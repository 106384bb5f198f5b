"""Where the user's cost libraries live: the platform's application-data folder.

``JAMII_DATA_DIR`` overrides it (tests point it at a temporary folder). The shipped default
library (``resources/costing/libraries/jamii-default``, CSV tables) is read-only; it is built into
the user's folder as SQLite on first use and edited there.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

__all__ = [
    "DEFAULT_LIBRARY",
    "data_dir",
    "libraries_dir",
    "library_path",
    "list_libraries",
    "shipped_library_dir",
    "shipped_resource",
]

DEFAULT_LIBRARY = "jamii-default"
LIBRARY_SUFFIX = ".sqlite"


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


def libraries_dir() -> Path:
    """Return the folder holding the user's cost libraries (created when missing)."""
    path = data_dir() / "cost-libraries"
    path.mkdir(parents=True, exist_ok=True)
    return path


def library_path(name: str) -> Path:
    """Return the SQLite file of the user's library ``name``."""
    if not name or any(c in name for c in "/\\:") or name.startswith("."):
        from costing.errors import CostingError

        raise CostingError(f"{name!r} is not a valid library name (letters, digits, - and _)")
    return libraries_dir() / f"{name}{LIBRARY_SUFFIX}"


def list_libraries() -> list[str]:
    """Return the names of the user's libraries plus the shipped default (sorted)."""
    names = {p.name[: -len(LIBRARY_SUFFIX)] for p in libraries_dir().glob(f"*{LIBRARY_SUFFIX}")}
    names.add(DEFAULT_LIBRARY)
    return sorted(names)


def shipped_resource(*parts: str) -> Path:
    """Return a file shipped in ``resources/costing`` (package ``jamii_resources``)."""
    return Path(str(files("jamii_resources"))).joinpath("costing", *parts)


def shipped_library_dir(name: str = DEFAULT_LIBRARY) -> Path:
    """Return the folder of CSV tables of a shipped library."""
    return shipped_resource("libraries", name)
