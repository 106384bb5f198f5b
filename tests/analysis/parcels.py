"""Constructed parcel layouts with interior plots, whose blocks and access can be worked out on paper."""

from __future__ import annotations

from designer.model import Building, Document, Household, Path, Plot, ProjectInfo

PLOT_M = 10.0


def box(x0: float, y0: float, x1: float, y1: float) -> tuple[tuple[float, float], ...]:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def parcel_grid(
    blocks_x: int = 2,
    blocks_y: int = 1,
    per_side: int = 4,
    street_m: float = 4.0,
    *,
    buildings: bool = False,
    households: bool = False,
) -> Document:
    """Return a plots-only settlement: ``blocks_x`` × ``blocks_y`` blocks of ``per_side``² 10 m plots.

    Blocks are separated by ``street_m`` wide gaps (no drawn paths). In a block of 4 × 4 plots the
    12 plots on its edge face the street and the 4 in the middle have no way out (depth 2); in a
    block of 5 × 5, the centre plot has depth 3. Plot ids are ``P{bx}{by}-{i}{j}``.
    ``buildings`` puts a 6 × 6 m house in the middle of every plot.
    """
    recs: list = []
    size = per_side * PLOT_M
    for bx in range(blocks_x):
        for by in range(blocks_y):
            x0 = bx * (size + street_m)
            y0 = by * (size + street_m)
            for i in range(per_side):
                for j in range(per_side):
                    pid = (
                        f"P{bx}.{by}-{i}.{j}"
                        if max(blocks_x, blocks_y, per_side) > 10
                        else f"P{bx}{by}-{i}{j}"
                    )
                    px, py = x0 + i * PLOT_M, y0 + j * PLOT_M
                    recs.append(Plot(id=pid, outline=box(px, py, px + PLOT_M, py + PLOT_M)))
                    if buildings:
                        recs.append(
                            Building(id=f"b-{pid}", outline=box(px + 2, py + 2, px + 8, py + 8), plot_id=pid)
                        )
                    if households:
                        recs.append(Household(id=f"h-{pid}", plot_id=pid, size_persons=5))
    return Document(ProjectInfo(name="Parcels"), recs)


def with_road(doc: Document, route: tuple[tuple[float, float], ...], width_m: float = 6.0) -> Document:
    """Return ``doc`` with a drawn road added (records shared)."""
    rest = [r for r in doc.records() if r is not doc.project]
    return Document(doc.project, [*rest, Path(id="road", route=route, width_m=width_m)])


def jittered_blocks(n_plots: int, seed: int = 5) -> Document:
    """Return about ``n_plots`` 9 m plots in blocks of 5 × 5 (inner corners moved up to 1.5 m, seeded),
    5 m streets between blocks and a 5 × 4 m house on every plot (as ``benchmarks/bench_access.py``)."""
    import numpy as np

    n_side, plot_m, street_m = 5, 9.0, 5.0
    rng = np.random.default_rng(seed)
    n_blocks = max(1, round(n_plots / n_side**2))
    cols = int(np.ceil(np.sqrt(n_blocks)))
    step = n_side * plot_m + street_m
    recs: list = []
    for b in range(n_blocks):
        x0, y0 = (b % cols) * step, (b // cols) * step
        grid = np.array(
            [[(x0 + i * plot_m, y0 + j * plot_m) for j in range(n_side + 1)] for i in range(n_side + 1)]
        )
        grid[1:n_side, 1:n_side] += rng.uniform(-1.5, 1.5, size=(n_side - 1, n_side - 1, 2))
        for i in range(n_side):
            for j in range(n_side):
                pid = f"p{b}-{i}{j}"
                ring = tuple(
                    (float(x), float(y))
                    for x, y in (grid[i, j], grid[i + 1, j], grid[i + 1, j + 1], grid[i, j + 1])
                )
                cx, cy = np.mean(ring, axis=0)
                house = ((cx - 2.5, cy - 2), (cx + 2.5, cy - 2), (cx + 2.5, cy + 2), (cx - 2.5, cy + 2))
                recs.append(Plot(id=pid, outline=ring))
                recs.append(Building(id=f"h{b}-{i}{j}", outline=house, plot_id=pid))
    return Document(ProjectInfo(name="Parcels"), recs)
