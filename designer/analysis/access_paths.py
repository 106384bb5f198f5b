"""Proposed access paths: the least new path, along plot boundaries, that gives every interior plot access.

For each block with plots that have no direct access (see ``access_diagnosis``), a Steiner tree is
approximated over the block's plot-boundary graph (the plot outlines cut at every vertex where they
meet). Rules (``[propose]`` of resources/access/access.toml):

* an edge of the graph costs its length, plus ``building_penalty_m`` for every building its
  corridor (``path_width_m`` wide) crosses, plus ``plot_share_penalty_m`` × the share of each
  neighbouring plot's area the corridor takes (small plots are spared);
* the tree grows from the public space: boundary vertices on the block's edge, or on a drawn path,
  among them the paths already in the option, which a re-run keeps as they are (paths residents
  fixed are respected, never moved);
* a plot is *reached* when the tree runs along at least ``min_frontage_m`` of its boundary (a
  doorway onto the path: touching a path at a corner is not access);
* the shortest-path heuristic (Takahashi and Matsuyama 1980) adds, one at a time, the cheapest
  connection from the tree to a plot not yet reached (ties: the earlier plot, then the lower
  vertex), until all are reached; twigs no plot needs are then pruned. The union of each interior
  plot's own cheapest way out (the *baseline*) is computed too, and the cheaper of the two is kept,
  so a proposal never costs more than the baseline (with no buildings and equal plots, cost is
  length: never longer). Everything is deterministic.

The proposal is new option records: the paths (with a drain along each when the rules say so), the
demolition of the non-residential buildings their corridors cross and the relocation of the houses
they cross. Its effects (plots losing area, households displaced) and its price come from the
normal analysis and costing of the option.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from designer.analysis.access_diagnosis import diagnose_layout, settlement_space
from designer.analysis.access_rules import AccessRules, AccessRulesError, load_access_rules
from designer.analysis.blocks import clean_route
from designer.analysis.layout import Layout, build_layout
from designer.model.commands import AddRecord, Command, Macro
from designer.model.entities import Demolition, Drain, Path, PathKind, Relocation, Surface
from designer.model.errors import JamiiError
from designer.model.project import Option
from designer.model.records import new_id

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = [
    "AccessProposal",
    "BlockGraph",
    "BlockProposal",
    "block_graph",
    "propose_access",
]

PROPOSAL_REASON = "proposed access path"
_MIN_OVERLAP_M2 = 0.01


@dataclass
class BlockGraph:
    """The plot-boundary graph of one block (vertices in metres, edges with their costs)."""

    xy: np.ndarray  # (V, 2)
    u: np.ndarray  # (E,)
    v: np.ndarray
    length_m: np.ndarray
    cost: np.ndarray
    root: np.ndarray  # (V,) bool: on public space
    edge_plots: list[tuple[int, ...]]  # layout plot indices the edge runs along
    plot_edges: dict[int, list[int]]  # layout plot index -> its boundary edges
    min_frontage_m: float = 1.0

    def frontage_m(self, p: int, tree: set[int], without: int = -1) -> float:
        """Return the metres of plot ``p``'s boundary the tree runs along (leaving out edge ``without``)."""
        return float(sum(self.length_m[e] for e in self.plot_edges.get(p, []) if e in tree and e != without))

    def reached(self, p: int, tree: set[int], without: int = -1) -> bool:
        """Return whether the tree runs along at least the minimum frontage of plot ``p`` (a doorway)."""
        return self.frontage_m(p, tree, without) >= self.min_frontage_m - 1e-9


@dataclass
class BlockProposal:
    """The proposal for one block: which plots it reaches and how long it is."""

    block_id: str
    interior_plot_ids: list[str]
    reached_plot_ids: list[str]
    edges: list[int]
    length_m: float
    cost_m: float
    baseline_length_m: float
    baseline_cost_m: float
    method: str  # "steiner" or "baseline" (the cheaper one)
    seconds: float
    routes: list[tuple[tuple[float, float], ...]] = field(default_factory=list)


@dataclass
class AccessProposal:
    """New records proposed for an option, with the per-block figures, as one undoable command."""

    option_id: str
    option_name: str
    new_option: bool
    blocks: list[BlockProposal]
    paths: list[Path]
    drains: list[Drain]
    demolitions: list[Demolition]
    relocations: list[Relocation]
    connector_m: float
    command: Macro

    @property
    def length_m(self) -> float:
        """New path length inside the blocks (metres, without the joins to the public network)."""
        return sum(b.length_m for b in self.blocks)

    @property
    def baseline_length_m(self) -> float:
        return sum(b.baseline_length_m for b in self.blocks)

    @property
    def unreached_plot_ids(self) -> list[str]:
        out = []
        for b in self.blocks:
            got = set(b.reached_plot_ids)
            out += [p for p in b.interior_plot_ids if p not in got]
        return out


def _segments_of(geom: Any) -> np.ndarray:
    import shapely

    out = []
    for part in shapely.get_parts(geom):
        c = shapely.get_coordinates(part)
        if len(c) >= 2:
            out.append(np.stack([c[:-1], c[1:]], axis=1))
    return np.concatenate(out) if out else np.zeros((0, 2, 2))


def block_graph(
    lay: Layout, members: np.ndarray, space_poly: Any, rules: AccessRules, buildings: Any
) -> BlockGraph:
    """Return the plot-boundary graph of the plots ``members`` of ``lay``.

    Args:
        lay: the layout; members: indices of the block's plots.
        space_poly: the public space (prepared shapely polygon): vertices on it are roots.
        rules: the access rules.
        buildings: STRtree over the layout's building polygons, or None.
    """
    import shapely

    tol = rules.derive.touch_tolerance_m
    width = rules.propose.path_width_m
    polys = lay.plot_polygons[members]
    seg = _segments_of(shapely.union_all(shapely.boundary(polys)))
    keys = np.round(seg.reshape(-1, 2) * 1000).astype(np.int64)
    uniq, inv = np.unique(keys, axis=0, return_inverse=True)
    inv = inv.reshape(-1, 2)
    xy = uniq / 1000.0
    keep = inv[:, 0] != inv[:, 1]
    inv, seg = inv[keep], seg[keep]
    length = np.hypot(*(seg[:, 1] - seg[:, 0]).T)
    root = shapely.dwithin(space_poly, shapely.points(xy), tol)
    # Which plots each edge runs along: the plots whose boundary is near the edge's midpoint.
    mids = shapely.points(seg.mean(axis=1))
    bnd = shapely.boundary(polys)
    ei, pi = shapely.STRtree(bnd).query(mids, predicate="dwithin", distance=tol)
    # The whole edge on the plot's outline (not an edge that only starts at its corner).
    on = shapely.dwithin(bnd[pi], shapely.points(seg[ei, 0]), tol) & shapely.dwithin(
        bnd[pi], shapely.points(seg[ei, 1]), tol
    )
    ei, pi = ei[on], pi[on]
    edge_plots: list[list[int]] = [[] for _ in range(len(seg))]
    for e, p in zip(ei.tolist(), pi.tolist(), strict=True):
        edge_plots[e].append(int(members[p]))
    areas = shapely.area(lay.plot_polygons)
    cost = length.copy()
    taken = length * width / 2.0
    for e, ps in enumerate(edge_plots):
        cost[e] += rules.propose.plot_share_penalty_m * sum(taken[e] / max(areas[p], 1e-9) for p in ps)
    if buildings is not None and len(seg):
        corridors = shapely.buffer(shapely.linestrings(seg), width / 2.0, cap_style="flat")
        ci, bi = buildings.query(corridors, predicate="intersects")
        if len(ci):
            area = shapely.area(shapely.intersection(corridors[ci], buildings.geometries[bi]))
            hits = np.bincount(ci[area > _MIN_OVERLAP_M2], minlength=len(seg))
            cost += rules.propose.building_penalty_m * hits
    plot_edges: dict[int, list[int]] = {}
    for e, ps in enumerate(edge_plots):
        for p in ps:
            plot_edges.setdefault(p, []).append(e)
    return BlockGraph(
        xy,
        inv[:, 0],
        inv[:, 1],
        length,
        cost,
        root,
        [tuple(p) for p in edge_plots],
        plot_edges,
        rules.derive.min_frontage_m,
    )


def _reach(g: BlockGraph, chosen: set[int], sources: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (cost, predecessor) of every vertex from ``sources`` (tree edges cost nothing)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    n = len(g.xy)
    w = g.cost.copy()
    if chosen:
        w[list(chosen)] = 0.0
    w = np.maximum(w, 1e-9)  # scipy drops zero weights
    m = coo_matrix((w, (g.u, g.v)), shape=(n, n)).tocsr()
    dist, pred = dijkstra(m, directed=False, indices=sources, return_predecessors=True, min_only=True)[:2]
    return np.asarray(dist), np.asarray(pred)


def _edge_index(g: BlockGraph) -> dict[tuple[int, int], int]:
    out: dict[tuple[int, int], int] = {}
    for e, (a, b) in enumerate(zip(g.u.tolist(), g.v.tolist(), strict=True)):
        key = (min(a, b), max(a, b))
        if key not in out or g.cost[e] < g.cost[out[key]]:
            out[key] = e
    return out


def _connect(
    g: BlockGraph, targets: list[int], index: dict[tuple[int, int], int], *, greedy: bool
) -> set[int]:
    """Return tree edges reaching every target plot that can be reached along plot boundaries.

    ``greedy`` True: shortest-path heuristic (each connection may reuse the tree built so far);
    False: the baseline, each plot's own cheapest way out from the public space, unioned.
    """
    tree: set[int] = set()
    roots = np.flatnonzero(g.root)
    if not len(roots):
        return tree
    if not greedy:
        dist, pred = _reach(g, set(), roots)
        for p in targets:
            own = _cheapest(g, p, dist, set())  # each plot on its own: the tree so far is ignored
            if own is not None:
                _add(tree, own, pred, index)
                _complete_frontage(g, p, tree)
        return tree
    left = list(targets)
    while left:
        on_tree = set(roots.tolist())
        for e in tree:
            on_tree.update((int(g.u[e]), int(g.v[e])))
        dist, pred = _reach(g, tree, np.array(sorted(on_tree), dtype=np.int64))
        best: tuple[float, int, int, int] | None = None  # (cost, plot, start vertex, edge)
        for p in left:
            cand = _cheapest(g, p, dist, tree)
            if cand is not None and (best is None or cand < best):
                best = cand
        if best is None:
            break  # the remaining plots cannot be reached along plot boundaries
        _add(tree, best, pred, index)
        _complete_frontage(g, best[1], tree)
        left = [p for p in left if not g.reached(p, tree)]
    return tree


def _complete_frontage(g: BlockGraph, p: int, tree: set[int]) -> None:
    """Extend the tree along plot ``p``'s outline, cheapest edge first, until it fronts a doorway's width."""
    mine = g.plot_edges.get(p, [])
    while not g.reached(p, tree):
        on_tree = {int(x) for e in tree for x in (g.u[e], g.v[e])}
        nxt = [
            (float(g.cost[e]), e) for e in mine if e not in tree and (g.u[e] in on_tree or g.v[e] in on_tree)
        ]
        if not nxt:
            return  # its whole outline is shorter than a doorway
        tree.add(min(nxt)[1])


def _cheapest(g: BlockGraph, p: int, dist: np.ndarray, tree: set[int]) -> tuple[float, int, int, int] | None:
    """Return (cost, plot, vertex to reach, edge) of the cheapest way to put an edge of plot ``p`` on the tree."""
    best: tuple[float, int, int, int] | None = None
    for e in g.plot_edges.get(p, []):
        a, b = int(g.u[e]), int(g.v[e])
        edge_cost = 0.0 if e in tree else float(g.cost[e])
        for start in (a, b):
            c = float(dist[start]) + edge_cost
            cand = (c, p, start, e)
            if np.isfinite(c) and (best is None or cand < best):
                best = cand
    return best


def _add(
    tree: set[int],
    best: tuple[float, int, int, int],
    pred: np.ndarray,
    index: dict[tuple[int, int], int],
) -> None:
    _, _, start, e = best
    tree.add(e)
    v = start
    while pred[v] >= 0:
        w = int(pred[v])
        tree.add(index[(min(v, w), max(v, w))])
        v = w


def _prune(g: BlockGraph, tree: set[int], targets: list[int]) -> set[int]:
    """Drop edges no target plot needs: dead-end twigs first, then any edge whose plots stay reached."""
    tree = set(tree)
    need = set(targets)

    def still_reached_without(e: int) -> bool:
        return all(g.reached(p, tree, without=e) for p in g.edge_plots[e] if p in need)

    changed = True
    while changed:
        changed = False
        degree: dict[int, int] = {}
        for e in tree:
            for x in (int(g.u[e]), int(g.v[e])):
                degree[x] = degree.get(x, 0) + 1
        for e in sorted(tree, key=lambda k: (-g.length_m[k], k)):
            a, b = int(g.u[e]), int(g.v[e])
            leaf = (degree[a] == 1 and not g.root[a]) or (degree[b] == 1 and not g.root[b])
            if leaf and still_reached_without(e):
                tree.discard(e)
                changed = True
                break
    return tree


def _tree_cost(g: BlockGraph, tree: set[int]) -> tuple[float, float]:
    idx = np.fromiter(tree, dtype=np.int64, count=len(tree))
    return float(g.cost[idx].sum()), float(g.length_m[idx].sum())


def _routes(g: BlockGraph, tree: set[int]) -> list[tuple[tuple[float, float], ...]]:
    import shapely

    if not tree:
        return []
    idx = sorted(tree)
    lines = shapely.linestrings(np.stack([g.xy[g.u[idx]], g.xy[g.v[idx]]], axis=1))
    merged = shapely.line_merge(shapely.union_all(lines))
    out = []
    for part in shapely.get_parts(merged):
        c = shapely.get_coordinates(part)
        out.append(tuple((round(float(x), 3), round(float(y), 3)) for x, y in c))
    return sorted(out)


def propose_access(
    doc: Document,
    *,
    option_id: str | None = None,
    block_ids: list[str] | None = None,
    option_name: str = "Access paths (proposed)",
    rules: AccessRules | None = None,
    progress: Callable[[float], None] | None = None,
) -> AccessProposal:
    """Return the access paths proposed for ``block_ids`` (None: every block), as one undoable command.

    Args:
        doc: the project (not changed: push ``result.command`` to apply the proposal).
        option_id: add to this option (its paths are kept as they are); None makes a new option.
        block_ids: blocks to work on, as ``jamii access diagnose`` numbers them in that view.
        option_name: the new option's name.
        rules: access rules (default: the shipped ones).
        progress: called with the fraction done (0–1); may raise to cancel (nothing is changed).

    Raises:
        JamiiError: unknown option or block.
    """
    import shapely

    rules = rules or load_access_rules()
    try:
        surface = Surface(rules.propose.surface)
    except ValueError:
        known = ", ".join(s.value for s in Surface)
        raise AccessRulesError(
            f"{rules.source}: [propose] surface {rules.propose.surface!r} is not one of {known}"
        ) from None
    if option_id is not None and not isinstance(doc.get(option_id), Option):
        raise JamiiError(f"no option {option_id!r} in the project")
    report = progress or (lambda _f: None)
    report(0.0)
    lay = build_layout(doc, option_id)
    space = settlement_space(lay, rules, centrelines=True, progress=lambda f: report(0.1 * f))
    diag = diagnose_layout(lay, space, rules)
    report(0.1)
    wanted = list(space.block_ids) if block_ids is None else list(block_ids)
    unknown = [b for b in wanted if b not in space.block_ids]
    if unknown:
        raise JamiiError(f"no block {unknown[0]!r} in this view (blocks B1–B{len(space.block_ids)})")
    by_block: dict[str, list[int]] = {}
    for k, p in enumerate(diag.plots):
        if p.block_id is not None:
            by_block.setdefault(p.block_id, []).append(k)
    todo = [b for b in wanted if any(not diag.plots[k].direct_access for k in by_block.get(b, []))]
    shapely.prepare(space.space)
    b_tree = shapely.STRtree(lay.building_polygons) if len(lay.buildings) else None
    fixed_routes = [p.route for p in lay.paths]
    blocks: list[BlockProposal] = []
    for n_done, bid in enumerate(todo):
        t0 = time.perf_counter()
        members = np.array(by_block[bid], dtype=np.int64)
        interior = [int(k) for k in members if not diag.plots[k].direct_access]
        g = block_graph(lay, members, space.space, rules, b_tree)
        index = _edge_index(g)
        steiner = _prune(g, _connect(g, interior, index, greedy=True), interior)
        base = _connect(g, interior, index, greedy=False)  # as the baseline is defined: not pruned
        s_cost, s_len = _tree_cost(g, steiner)
        b_cost, b_len = _tree_cost(g, base)
        use_base = (b_cost, b_len) < (s_cost, s_len)
        tree = base if use_base else steiner
        reached = [lay.plots[p].id for p in interior if g.reached(p, tree)]
        blocks.append(
            BlockProposal(
                block_id=bid,
                interior_plot_ids=[lay.plots[p].id for p in interior],
                reached_plot_ids=reached,
                edges=sorted(tree),
                length_m=b_len if use_base else s_len,
                cost_m=b_cost if use_base else s_cost,
                baseline_length_m=b_len,
                baseline_cost_m=b_cost,
                method="baseline" if use_base else "steiner",
                seconds=time.perf_counter() - t0,
                routes=_routes(g, tree),
            )
        )
        report(0.1 + 0.85 * (n_done + 1) / max(len(todo), 1))
    return _records(doc, lay, space, blocks, fixed_routes, option_id, option_name, rules, surface)


def _records(
    doc: Document,
    lay: Layout,
    space: Any,
    blocks: list[BlockProposal],
    fixed_routes: list[Any],
    option_id: str | None,
    option_name: str,
    rules: AccessRules,
    surface: Surface,
) -> AccessProposal:
    """Turn the chosen trees into option records and one macro adding them."""
    label = "Propose access paths"
    commands: list[Command] = []
    if option_id is None:
        option = Option(
            id=new_id(Option.ID_PREFIX),
            name=option_name,
            description="Access paths proposed by Jamii along plot boundaries (jamii access propose); edit freely.",
            proposed_by="Jamii (access proposal)",
        )
        commands.append(AddRecord(option, label))
    else:
        found = doc[option_id]
        assert isinstance(found, Option)
        option = found
    paths, drains, connector = _paths_and_drains(space, blocks, fixed_routes, option.id, rules, surface)
    demolitions, relocations = _crossed_buildings(doc, lay, paths, option.id, rules.propose.path_width_m)
    commands += [AddRecord(rec, label) for rec in [*paths, *drains, *demolitions, *relocations]]
    if not paths:
        commands = []  # nothing to propose: no empty option is made
    return AccessProposal(
        option_id=option.id,
        option_name=option.name,
        new_option=option_id is None,
        blocks=blocks,
        paths=paths,
        drains=drains,
        demolitions=demolitions,
        relocations=relocations,
        connector_m=connector,
        command=Macro(f"{label} ({len(paths)} paths)", tuple(commands)),
    )


def _paths_and_drains(
    space: Any,
    blocks: list[BlockProposal],
    fixed_routes: list[Any],
    option_id: str,
    rules: AccessRules,
    surface: Surface,
) -> tuple[list[Path], list[Drain], float]:
    """Return the new paths (open ends on the block edge joined to the public network), drains, join metres."""
    import shapely

    # Open ends on the block edge are joined to the nearest drawn or derived centreline.
    targets = [shapely.LineString(r) for r in fixed_routes] + [
        shapely.LineString(c.route) for c in space.centrelines
    ]
    joiner = (shapely.STRtree(targets), targets) if targets else None
    shapely.prepare(space.space)
    paths: list[Path] = []
    drains: list[Drain] = []
    connector = 0.0
    for b in blocks:
        ends: dict[tuple[float, float], int] = {}
        for r in b.routes:
            for pt in (r[0], r[-1]):
                ends[pt] = ends.get(pt, 0) + 1
        for r in b.routes:
            route = list(r)
            for at_start in (True, False):
                pt = route[0] if at_start else route[-1]
                if ends.get(pt, 0) == 1 and joiner is not None:
                    q, metres = _join_point(pt, joiner, space.space, rules)
                    if q is not None:
                        connector += metres
                        route = [q, *route] if at_start else [*route, q]
            route = clean_route(route)
            if len(route) < 2:
                continue
            path = Path(
                id=new_id(Path.ID_PREFIX),
                scope=option_id,
                route=tuple(route),
                width_m=rules.propose.path_width_m,
                surface=surface,
                path_kind=PathKind.FOOTPATH,
                note=f"proposed by Jamii for block {b.block_id}",
            )
            paths.append(path)
            if rules.propose.with_drain:
                drains.append(
                    Drain(
                        id=new_id(Drain.ID_PREFIX),
                        scope=option_id,
                        route=tuple(route),
                        width_m=rules.propose.drain_width_m,
                        note=f"along the proposed access path {path.id}",
                    )
                )
    return paths, drains, connector


def _join_point(
    pt: tuple[float, float], joiner: tuple[Any, list[Any]], space: Any, rules: AccessRules
) -> tuple[tuple[float, float] | None, float]:
    """Return (the point of the nearest public centreline to join an open end to, metres), or (None, 0)."""
    import shapely

    p = shapely.Point(pt)
    if not shapely.dwithin(space, p, rules.derive.touch_tolerance_m):
        return None, 0.0  # an end inside the block stays where it is
    tree, targets = joiner
    near, dist = tree.query_nearest(p, return_distance=True)
    if not len(near) or dist[0] > rules.propose.connect_max_m or dist[0] < 1e-3:
        return None, 0.0
    line = targets[int(near[0])]
    q = shapely.line_interpolate_point(line, shapely.line_locate_point(line, p))
    return (round(float(q.x), 3), round(float(q.y), 3)), float(dist[0])


def _crossed_buildings(
    doc: Document, lay: Layout, paths: list[Path], option_id: str, width_m: float
) -> tuple[list[Demolition], list[Relocation]]:
    """Return the demolitions (non-residential) and relocations (houses) of the buildings the paths cross."""
    import shapely

    if not paths or not lay.buildings:
        return [], []
    already = {e.building_id for e in doc.entities(option_id) if isinstance(e, Demolition | Relocation)}
    lines = np.array([shapely.LineString(p.route) for p in paths], dtype=object)
    corridors = shapely.buffer(lines, width_m / 2.0, cap_style="flat")
    polys = lay.building_polygons
    ci, bi = shapely.STRtree(polys).query(corridors, predicate="intersects")
    if not len(ci):
        return [], []
    area = shapely.area(shapely.intersection(corridors[ci], polys[bi]))
    demolitions: list[Demolition] = []
    relocations: list[Relocation] = []
    for k in sorted(set(bi[area > _MIN_OVERLAP_M2].tolist())):
        bldg = lay.buildings[k]
        if bldg.id in already:
            continue
        if bldg.use == "residential":
            relocations.append(
                Relocation(
                    id=new_id(Relocation.ID_PREFIX),
                    scope=option_id,
                    building_id=bldg.id,
                    reason=PROPOSAL_REASON,
                )
            )
        else:
            demolitions.append(
                Demolition(
                    id=new_id(Demolition.ID_PREFIX),
                    scope=option_id,
                    building_id=bldg.id,
                    reason=PROPOSAL_REASON,
                )
            )
    return demolitions, relocations
