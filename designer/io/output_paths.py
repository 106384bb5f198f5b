"""Outputs never overwrite inputs: refuse an output path that is an input or another output of the run.

``jamii export P --strip-personal P`` used to erase every name in the original, and
``export P --csv P`` replaced the project by a CSV. Paths are compared after resolving links,
``..`` and case-insensitive folders (``os.path.samefile`` when both exist).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from designer.model.errors import JamiiError

__all__ = ["OutputPathError", "check_output_paths"]


class OutputPathError(JamiiError):
    """An output would replace an input, or two outputs of one run would replace each other."""


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())


def check_output_paths(
    inputs: Mapping[str, str | os.PathLike[str]], outputs: Mapping[str, str | os.PathLike[str]]
) -> None:
    """Refuse the run if an output is one of the inputs or two outputs are the same file.

    Args:
        inputs: what is read, by label (``{"FILE": "site.jamii"}``).
        outputs: what is written, by label (``{"--csv": "bill.csv", "--csv summary": "bill-summary.csv"}``).

    Raises:
        OutputPathError: one line naming both labels and the path.
    """
    seen: list[tuple[str, Path]] = [(label, Path(p)) for label, p in inputs.items()]
    n_inputs = len(seen)
    for label, p in outputs.items():
        path = Path(p)
        for i, (other_label, other) in enumerate(seen):
            if _same(path, other):
                if i < n_inputs:
                    raise OutputPathError(
                        f"{p}: {label} would overwrite the input {other_label}; choose another output file"
                    )
                raise OutputPathError(f"{p}: {label} and {other_label} would write the same file")
        seen.append((label, path))
