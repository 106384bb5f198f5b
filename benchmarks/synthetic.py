"""A synthetic large settlement for benchmarks (deterministic for a seed).

Default size (``n_plots=10_000``) follows ../shared/reference/performance-limits.md: a jittered
100 × 100 grid of 10 × 15 m plots sharing vertices, 12,000 buildings, 3,000 path segments along plot
boundaries, 2,000 pipe segments beside paths, 500 point facilities, and a proposed 12 m road
crossing diagonally. Everything scales with ``n_plots``. Existing conditions hold plots, buildings
and paths; the option ``opt-synth`` holds the pipes, facilities and the new road.
"""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np

from designer.model import (
    Building,
    Document,
    Household,
    Option,
    Path,
    PathKind,
    Plot,
    ProjectInfo,
    Sex,
    StreetLight,
    Surface,
    Toilet,
    Traffic,
    WaterMain,
    WaterPoint,
)
from designer.model.geometry import deferred_validation

__all__ = ["OPTION_ID", "make_settlement"]

OPTION_ID = "opt-synth"
PLOT_W_M, PLOT_H_M = 10.0, 15.0


def make_settlement(n_plots: int = 10_000, seed: int = 42, households: bool = False) -> Document:
    """Return a synthetic settlement of about ``n_plots`` plots (rounded to a square grid)."""
    rng = np.random.default_rng(seed)
    side = max(2, round(math.sqrt(n_plots)))
    scale = side * side / 10_000
    gx, gy = np.meshgrid(np.arange(side + 1) * PLOT_W_M, np.arange(side + 1) * PLOT_H_M, indexing="ij")
    vx = gx + rng.uniform(-1.2, 1.2, gx.shape)
    vy = gy + rng.uniform(-1.2, 1.2, gy.shape)
    vx, vy = np.round(vx, 3), np.round(vy, 3)

    def v(i: int, j: int) -> tuple[float, float]:
        return (float(vx[i, j]), float(vy[i, j]))

    recs: list = []
    with deferred_validation():
        for i in range(side):
            for j in range(side):
                recs.append(
                    Plot(
                        id=f"plot-{i:03d}-{j:03d}",
                        outline=(v(i, j), v(i + 1, j), v(i + 1, j + 1), v(i, j + 1)),
                        number=f"{i}/{j}",
                    )
                )
        plots = list(recs)
        # One house per plot, rotated a little; 20 % of plots get a second, smaller one behind it.
        w = rng.uniform(5, 7, len(plots))
        h = rng.uniform(6, 9, len(plots))
        ang = rng.uniform(-0.15, 0.15, len(plots))
        second = rng.random(len(plots)) < 0.2
        for k, plot in enumerate(plots):
            cx = sum(p[0] for p in plot.outline) / 4
            cy = sum(p[1] for p in plot.outline) / 4
            recs.append(
                Building(id=f"bldg-{k:05d}", outline=_rect(cx, cy - 1.5, w[k], h[k], ang[k]), plot_id=plot.id)
            )
            if second[k]:
                recs.append(
                    Building(
                        id=f"bldg-{k:05d}b", outline=_rect(cx, cy + 5.0, 3.0, 2.2, ang[k]), plot_id=plot.id
                    )
                )
        # Paths along the boundaries of blocks of 2 × 3 plots, one segment between junctions.
        segments: list[tuple[tuple[float, float], ...]] = []
        for i in range(0, side + 1, 2):
            for j in range(0, side, 3):
                segments.append(tuple(v(i, jj) for jj in range(j, min(j + 3, side) + 1)))
        for j in range(0, side + 1, 3):
            for i in range(0, side, 2):
                segments.append(tuple(v(ii, j) for ii in range(i, min(i + 2, side) + 1)))
        n_paths = min(len(segments), round(3000 * scale))
        chosen = sorted(rng.choice(len(segments), n_paths, replace=False))
        paths = []
        for k, s in enumerate(chosen):
            wide = k % 5 == 0
            paths.append(
                Path(
                    id=f"path-{k:05d}",
                    route=segments[s],
                    width_m=6.0 if wide else float(np.round(rng.uniform(1.5, 4.0), 2)),
                    surface=Surface.GRAVEL if wide else Surface.EARTH,
                    path_kind=PathKind.LANE if wide else PathKind.FOOTPATH,
                    traffic=Traffic.BUSY if k % 50 == 0 else Traffic.PEDESTRIAN,
                )
            )
        recs += paths
        recs.append(Option(id=OPTION_ID, name="Synthetic upgrade", community_labour_share=0.3))
        # Pipes beside random paths, 0.6 m off the centreline.
        for k, idx in enumerate(rng.choice(len(paths), min(len(paths), round(2000 * scale)), replace=False)):
            route = tuple((x + 0.6, y + 0.6) for x, y in paths[idx].route)
            recs.append(
                WaterMain(
                    id=f"wm-{k:05d}", scope=OPTION_ID, route=route, diameter_mm=int(rng.choice([63, 90, 110]))
                )
            )
        junctions = [v(i, j) for i in range(0, side + 1, 2) for j in range(0, side + 1, 3)]
        pick = rng.choice(len(junctions), min(len(junctions), round(500 * scale)), replace=False)
        for k, idx in enumerate(pick):
            x, y = junctions[idx]
            if k < 0.3 * len(pick):
                recs.append(
                    WaterPoint(
                        id=f"wp-{k:04d}",
                        scope=OPTION_ID,
                        position=(x + 1.0, y + 1.0),
                        taps=2,
                        price_per_20l=Decimal("2.00"),
                    )
                )
            elif k < 0.6 * len(pick):
                recs.append(
                    Toilet(
                        id=f"wc-{k:04d}",
                        scope=OPTION_ID,
                        position=(x - 1.0, y + 1.0),
                        seats_female=2,
                        seats_male=1,
                        seats_unisex=0,
                    )
                )
            else:
                recs.append(StreetLight(id=f"sl-{k:04d}", scope=OPTION_ID, position=(x + 1.0, y - 1.0)))
        ext_x, ext_y = side * PLOT_W_M, side * PLOT_H_M
        recs.append(
            Path(
                id="path-corridor",
                scope=OPTION_ID,
                route=((-5.0, ext_y * 0.1), (ext_x * 0.5, ext_y * 0.55), (ext_x + 5.0, ext_y * 0.9)),
                width_m=12.0,
                surface=Surface.ASPHALT,
                path_kind=PathKind.ROAD,
                traffic=Traffic.BUSY,
            )
        )
        if households:
            sizes = rng.integers(1, 9, len(plots))
            incomes = rng.integers(3000, 30000, len(plots))
            for k, plot in enumerate(plots):
                recs.append(
                    Household(
                        id=f"hh-{k:05d}",
                        plot_id=plot.id,
                        size_persons=int(sizes[k]),
                        income_per_month=Decimal(int(incomes[k])),
                        head_sex=Sex.FEMALE if k % 2 else Sex.MALE,
                    )
                )
    return Document(
        ProjectInfo(
            name=f"Synthetic settlement ({len(plots)} plots)",
            crs_epsg=32737,
            origin_x_m=250_000.0,
            origin_y_m=9_850_000.0,
        ),
        recs,
    )


def _rect(cx: float, cy: float, w: float, h: float, angle: float) -> tuple[tuple[float, float], ...]:
    c, s = math.cos(angle), math.sin(angle)
    pts = ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2))
    return tuple((round(float(cx + x * c - y * s), 3), round(float(cy + x * s + y * c), 3)) for x, y in pts)


PARCEL_BLOCK_SIDE = 5
PARCEL_PLOT_M = 9.0
PARCEL_STREET_M = 5.0


def parcel_layout(n_plots: int = 6_000, seed: int = 5) -> Document:
    """Return a Document of about ``n_plots`` 9 m plots in blocks of 5 × 5 (inner corners moved up to 1.5 m,
    seeded), 5 m streets between blocks and a 5 × 4 m house on every plot: a parcel survey, no paths drawn."""
    rng = np.random.default_rng(seed)
    n_blocks = max(1, round(n_plots / PARCEL_BLOCK_SIDE**2))
    cols = int(np.ceil(np.sqrt(n_blocks)))
    step = PARCEL_BLOCK_SIDE * PARCEL_PLOT_M + PARCEL_STREET_M
    recs: list = []
    for b in range(n_blocks):
        x0, y0 = (b % cols) * step, (b // cols) * step
        grid = np.array(
            [
                [(x0 + i * PARCEL_PLOT_M, y0 + j * PARCEL_PLOT_M) for j in range(PARCEL_BLOCK_SIDE + 1)]
                for i in range(PARCEL_BLOCK_SIDE + 1)
            ]
        )
        grid[1:PARCEL_BLOCK_SIDE, 1:PARCEL_BLOCK_SIDE] += rng.uniform(
            -1.5, 1.5, size=(PARCEL_BLOCK_SIDE - 1, PARCEL_BLOCK_SIDE - 1, 2)
        )
        for i in range(PARCEL_BLOCK_SIDE):
            for j in range(PARCEL_BLOCK_SIDE):
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
