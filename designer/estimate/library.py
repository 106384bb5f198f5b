"""Cost libraries for the rest of Jamii: open, list, import and export them, and the costing errors.

The CLI (``jamii cost``, ``compare``, ``costdb``), the GUI and the reports reach the unit-cost
libraries only through these functions, so ``designer.estimate`` stays the one package that imports
``costing`` (an import-linter contract). The libraries live in the user's app-data folder
(``$JAMII_DATA_DIR`` or the platform's convention); the shipped default is built there on first use.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from costing.db.appdata import DEFAULT_LIBRARY, libraries_dir, library_path, list_libraries
from costing.db.repository import CostLibrary, open_library
from costing.errors import CostingError, ImportRowError, LibraryNotFoundError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from designer.model.project import ProjectInfo

__all__ = [
    "DEFAULT_LIBRARY",
    "CostLibrary",
    "CostingError",
    "ImportRowError",
    "LibraryNotFoundError",
    "export_library",
    "import_library",
    "inspect_schedule",
    "libraries_dir",
    "library_currency",
    "library_currency_note",
    "library_path",
    "list_libraries",
    "load_mapping",
    "open_library",
    "optional_library",
]


@contextmanager
def optional_library(name_or_path: str | None) -> Iterator[CostLibrary | None]:
    """Open the library ``name_or_path`` for a ``with`` block and close it after; None without a name.

    None means "the project's own library" to the pricing functions, which open and close it themselves.
    """
    if not name_or_path:
        yield None
        return
    library = open_library(name_or_path)
    try:
        yield library
    finally:
        library.close()


def import_library(
    target: Path,
    source: Path,
    *,
    mapping: str | Path | dict[str, Any] | None = None,
    meta: dict[str, str] | None = None,
) -> CostLibrary:
    """Import ``source`` (CSV tables, .csv, .xlsx, .eproj) into the library file ``target`` in one step.

    Raises:
        ImportRowError: for the first bad row; ``target`` is then unchanged (or not created).
    """
    from costing.db.importer import import_library as _import

    return _import(target, source, mapping=mapping, meta=meta)


def load_mapping(spec: str | Path | None) -> dict[str, Any]:
    """Return a schedule mapping: a .toml file, a shipped mapping name, or ``field=Column,…`` text."""
    from costing.db.io_tables import load_mapping as _load

    return _load(spec)


def inspect_schedule(source: Path, mapping: dict[str, Any]) -> dict[str, Any]:
    """Return, per sheet, what importing a schedule (.xlsx or .csv) would read (nothing is written)."""
    from costing.db.importer import scan

    return dict(scan(source, mapping=mapping).to_json())


def export_library(library: CostLibrary, out: Path) -> None:
    """Export an open library to ``out`` (.xlsx workbook, else a folder of CSV tables)."""
    from costing.db.io_tables import export_library as _export

    _export(library, out)


def library_currency(name: str) -> str | None:
    """Return the currency the cost library ``name`` prices in (None when it is not installed)."""
    try:
        library = open_library(name)
    except CostingError:
        return None
    try:
        return library.meta.currency or None
    finally:
        library.close()


def library_currency_note(project: ProjectInfo) -> str | None:
    """Return a line when the project's cost library prices in another currency than the project (else None).

    The library's currency is never changed to match: its bills stay in it until an exchange rate is given.
    """
    library_cur = library_currency(project.cost_library)
    if library_cur is None:
        return f"note: the project's cost library {project.cost_library} is not installed; its currency is unknown"
    if library_cur == project.currency:
        return None
    return (
        f"note: the cost library {project.cost_library} prices in {library_cur}, the project in "
        f"{project.currency}: bills stay in {library_cur} until an exchange rate is given "
        "(Design > Costing assumptions, or --set exchange_rate=… with its date and source)"
    )
