"""Constructed parcel layouts with interior plots, whose blocks and access can be worked out on paper."""

from __future__ import annotations

from designer.model import (
    Building,
    Document,
    Household,
    Path,
    Plot,
    ProjectInfo,
    Toilet,
    ToiletAccess,
    ToiletKind,
)

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


def household_toilet(plot_id: str, position: tuple[float, float] = (5.0, 5.0)) -> Toilet:
    """Return a household VIP latrine ("wc") on ``plot_id``."""
    return Toilet(
        id="wc",
        position=position,
        plot_id=plot_id,
        access=ToiletAccess.HOUSEHOLD,
        toilet_kind=ToiletKind.VIP_LATRINE,
    )


def with_road(doc: Document, route: tuple[tuple[float, float], ...], width_m: float = 6.0) -> Document:
    """Return ``doc`` with a drawn road added (records shared)."""
    rest = [r for r in doc.records() if r is not doc.project]
    return Document(doc.project, [*rest, Path(id="road", route=route, width_m=width_m)])


def jittered_blocks(n_plots: int, seed: int = 5) -> Document:
    """Return about ``n_plots`` jittered plots in 5 × 5 blocks with a house on each (the access benchmark's)."""
    from benchmarks.synthetic import parcel_layout

    return parcel_layout(n_plots, seed)
