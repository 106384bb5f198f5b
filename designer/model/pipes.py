"""The pipe catalogue: material, nominal size and pressure class → internal diameter and roughness.

Drawn water mains carry a nominal size (outside diameter for PE and PVC, DN for galvanised steel) and a
pressure class; hydraulics need the bore. The catalogue is data (``resources/pipes/catalogue.csv``,
sources per row): the pressure check and the bill of quantities read the same rows, so the pipe that is
priced is the pipe whose head loss was computed. A main with no pressure class takes its material's
default class (marked ``default_class = yes``), and the users of this module say so.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from designer.model.errors import JamiiError

__all__ = ["PipeSpec", "catalogue", "find_pipe"]


@dataclass(frozen=True, slots=True)
class PipeSpec:
    """One catalogue row (millimetres; Hazen–Williams C dimensionless)."""

    material: str
    nominal_mm: int
    pressure_class: str
    default_class: bool
    outside_mm: float
    wall_mm: float
    internal_mm: float
    hazen_williams_c: float
    source: str

    @property
    def label(self) -> str:
        """Return the name the bill and the assumptions use, e.g. ``HDPE 63 mm PN16 (bore 51.4 mm)``."""
        return f"{self.material} {self.nominal_mm} mm {self.pressure_class} (bore {self.internal_mm:g} mm)"


@cache
def catalogue(path: Path | None = None) -> tuple[PipeSpec, ...]:
    """Return the rows of the pipe catalogue (the shipped one when ``path`` is None).

    Raises:
        JamiiError: a row is malformed (file, line and value named).
    """
    if path is None:
        from designer.resources import resource_path

        path = resource_path("pipes", "catalogue.csv")
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for line_no, row in enumerate(csv.DictReader(fh), start=2):
            try:
                spec = PipeSpec(
                    material=row["material"].strip(),
                    nominal_mm=int(row["nominal_mm"]),
                    pressure_class=row["pressure_class"].strip(),
                    default_class=row["default_class"].strip().lower() == "yes",
                    outside_mm=float(row["outside_mm"]),
                    wall_mm=float(row["wall_mm"]),
                    internal_mm=float(row["internal_mm"]),
                    hazen_williams_c=float(row["hazen_williams_c"]),
                    source=row["source"].strip(),
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise JamiiError(f"{path}, line {line_no}: not a pipe catalogue row ({exc})") from exc
            if not 0 < spec.internal_mm < spec.outside_mm:
                raise JamiiError(
                    f"{path}, line {line_no}: internal diameter {spec.internal_mm} mm is impossible"
                )
            out.append(spec)
    return tuple(out)


def find_pipe(material: str, nominal_mm: int, pressure_class: str = "") -> PipeSpec | None:
    """Return the catalogue row for a main, or None when the catalogue has no such pipe.

    Material and class match case-insensitively; an empty class takes the material's default class.
    """
    exact, default = _catalogue_index()
    mat, cls = material.strip().casefold(), pressure_class.strip().casefold()
    if cls:
        return exact.get((mat, nominal_mm, cls))
    return default.get((mat, nominal_mm))


@cache
def _catalogue_index() -> tuple[dict[tuple[str, int, str], PipeSpec], dict[tuple[str, int], PipeSpec]]:
    """The catalogue by (material, size, class) and by (material, size) for the default class: a bill of
    thousands of pipes looks each up, so the look-up is a dict, not a scan (first row wins, as a scan would)."""
    exact: dict[tuple[str, int, str], PipeSpec] = {}
    default: dict[tuple[str, int], PipeSpec] = {}
    for spec in catalogue():
        mat = spec.material.casefold()
        exact.setdefault((mat, spec.nominal_mm, spec.pressure_class.casefold()), spec)
        if spec.default_class or not spec.pressure_class.strip():  # what an empty class matches
            default.setdefault((mat, spec.nominal_mm), spec)
    return exact, default
