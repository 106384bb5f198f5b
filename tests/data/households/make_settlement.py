"""Write settlement.jamii: the six-plot project the household fixtures were surveyed on.

Run from the repository root: ``.venv/bin/python tests/data/households/make_settlement.py``.
Plots T-01..T-06 are 10 m x 15 m in two rows, local origin at UTM 37S (EPSG:32737) 257000 E 9856000 N,
i.e. about 1.3018 S 36.8162 E (Nairobi). The GPS columns of the fixtures are the plot centres
(computed with pyproj) or, for the unmatched household, a point 40 m north-east of the block.
"""

from __future__ import annotations

from pathlib import Path

from designer.io.project_file import save_project
from designer.model import Document, Plot, ProjectInfo, SavingsGroup


def build() -> Document:
    project = ProjectInfo(
        name="Tumaini fixture", place="Nairobi", crs_epsg=32737, origin_x_m=257000.0, origin_y_m=9856000.0
    )
    records = []
    for r in range(2):
        for c in range(3):
            x0, y0 = 10.0 * c, 15.0 * r
            n = r * 3 + c + 1
            records.append(
                Plot(
                    id=f"plot-t0{n}",
                    number=f"T-0{n}",
                    outline=((x0, y0), (x0 + 10, y0), (x0 + 10, y0 + 15), (x0, y0 + 15)),
                )
            )
    records.append(SavingsGroup(id="sg-tumaini", name="Tumaini Women", members_female=18, members_male=3))
    return Document(project, records)


if __name__ == "__main__":
    save_project(build(), Path(__file__).with_name("settlement.jamii"))
