"""Where the shipped data lives: the ``resources/`` folder, installed as the package ``jamii_resources``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["is_bundled", "resource_path", "sample_project_path"]


@cache
def _root() -> Path:
    from importlib.resources import files

    return Path(str(files("jamii_resources")))


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``resource_path("samples", "tumaini.jamii")``."""
    return _root().joinpath(*parts)


def sample_project_path() -> Path:
    """Return the bundled sample settlement that `jamii` opens by default."""
    return resource_path("samples", "tumaini.jamii")


def is_bundled(path: str | Path) -> bool:
    """Say whether ``path`` is a file shipped with Jamii (resources or program folder).

    Such a file is opened as an untitled copy, so Save never writes into the installed program.
    """
    target = Path(path).resolve()
    program = Path(__file__).resolve().parent
    return any(target.is_relative_to(folder) for folder in (_root().resolve(), program))
