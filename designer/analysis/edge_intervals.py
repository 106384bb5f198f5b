"""Parts of polygon edges near other geometry, measured segment by segment in numpy.

A ring segment ``s(u) = a + u·d`` (u in [0, 1]) meets a convex region in one interval of u; every
function here returns those intervals for many (segment, region) pairs at once, in closed form:

* ``capsule``: the part of s within a distance of another segment (plots closer than the touch
  tolerance touch; boundary two plots share);
* ``probe``: the part of s from which a probe of a given length along s's outward normal reaches
  another segment (the boundary another plot covers, so it does not face open ground);
* ``corridor``: the part of s within a distance of a drawn path's corridor (its centreline segments
  as rectangles with flat ends, round joins as discs: the shape of ``shapely.buffer(…, cap_style="flat")``
  without GEOS's arc approximation);
* ``inside``: the parts of s inside a polygon it properly crosses (overlapping outlines).

Intervals are handled as arrays ``(key, lo, hi)``; ``merge`` unites them per key and ``minus``
subtracts one set from another. Everything is in metres and in the polygons' own frame; rings are
expected counter-clockwise around their polygon (interior on the left, outward normal on the right).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = [
    "Intervals",
    "Segments",
    "Span",
    "capsule",
    "corridor",
    "inside",
    "merge",
    "minus",
    "probe",
    "ring_segments",
]

_EPS = 1e-12
Span = tuple[np.ndarray, np.ndarray]  # (lo, hi) per row, in u; lo > hi: none


@dataclass(frozen=True)
class Segments:
    """The ring segments of some polygons: start ``a``, vector ``d`` (metres), owner polygon and ring."""

    a: np.ndarray  # (S, 2)
    d: np.ndarray  # (S, 2)
    owner: np.ndarray  # (S,) index of the polygon
    ring: np.ndarray  # (S,) global ring index (segments of one ring are consecutive, in ring order)
    first: np.ndarray  # (P + 1,) segments of polygon p are first[p]:first[p + 1]

    @property
    def length(self) -> np.ndarray:
        return np.asarray(np.hypot(self.d[:, 0], self.d[:, 1]))

    @property
    def normal(self) -> np.ndarray:
        """Unit outward normals (right of the direction of travel)."""
        length = np.maximum(self.length, _EPS)
        return np.asarray(np.stack([self.d[:, 1], -self.d[:, 0]], axis=1) / length[:, None])

    def at(self, seg: np.ndarray, u: np.ndarray) -> np.ndarray:
        return np.asarray(self.a[seg] + u[:, None] * self.d[seg])

    def pairs(self, pi: np.ndarray, pj: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return (pair index, segment of polygon pi, segment of polygon pj) for every segment pair."""
        ni = self.first[pi + 1] - self.first[pi]
        nj = self.first[pj + 1] - self.first[pj]
        pair = np.repeat(np.arange(len(pi)), ni * nj)
        k = np.arange(len(pair)) - np.repeat(np.cumsum(ni * nj) - ni * nj, ni * nj)
        nj_r = nj[pair]
        return pair, self.first[pi][pair] + k // nj_r, self.first[pj][pair] + k % nj_r


def ring_segments(polys: Any) -> Segments:
    """Return the segments of every ring of ``polys`` (oriented: interior on the left)."""
    import shapely

    polys = shapely.orient_polygons(np.asarray(polys, dtype=object), exterior_cw=False)
    rings, owner_of_ring = shapely.get_rings(polys, return_index=True)
    xy, ring_of = shapely.get_coordinates(rings, return_index=True)
    same = ring_of[1:] == ring_of[:-1]
    a = xy[:-1][same]
    d = xy[1:][same] - a
    ring = ring_of[:-1][same]
    keep = np.hypot(d[:, 0], d[:, 1]) > 0
    a, d, ring = a[keep], d[keep], ring[keep]
    owner = owner_of_ring[ring]
    first = np.searchsorted(owner, np.arange(len(polys) + 1))
    return Segments(a, d, owner, ring, first)


def _clip(lo: np.ndarray, hi: np.ndarray, c0: np.ndarray, c1: np.ndarray, vlo: Any, vhi: Any) -> None:
    """Narrow [lo, hi] (in place) to the u where vlo <= c0 + c1·u <= vhi."""
    flat = np.abs(c1) < _EPS
    with np.errstate(divide="ignore", invalid="ignore"):
        u1 = (vlo - c0) / c1
        u2 = (vhi - c0) / c1
    ulo = np.where(flat, np.where((c0 >= vlo) & (c0 <= vhi), -np.inf, np.inf), np.minimum(u1, u2))
    uhi = np.where(flat, np.where((c0 >= vlo) & (c0 <= vhi), np.inf, -np.inf), np.maximum(u1, u2))
    np.maximum(lo, ulo, out=lo)
    np.minimum(hi, uhi, out=hi)


def _in_box(a: np.ndarray, d: np.ndarray, p: np.ndarray, e: np.ndarray, box: tuple[Any, ...]) -> Span:
    """Interval of u where a + u·d lies in {p + α·e + β·m : α in [α0, α1], β in [β0, β1]} (m: unit left
    normal of e, α in units of e)."""
    alo, ahi, blo, bhi = box
    length2 = np.maximum((e * e).sum(axis=1), _EPS)
    m = np.stack([-e[:, 1], e[:, 0]], axis=1) / np.sqrt(length2)[:, None]
    r = a - p
    lo = np.zeros(len(a))
    hi = np.ones(len(a))
    _clip(lo, hi, (r * e).sum(axis=1) / length2, (d * e).sum(axis=1) / length2, alo, ahi)
    _clip(lo, hi, (r * m).sum(axis=1), (d * m).sum(axis=1), blo, bhi)
    return lo, hi


def _in_disc(a: np.ndarray, d: np.ndarray, c: np.ndarray, radius: Any) -> tuple[np.ndarray, np.ndarray]:
    """Interval of u where a + u·d lies within ``radius`` of c (empty: lo > hi)."""
    r = a - c
    qa = np.maximum((d * d).sum(axis=1), _EPS)
    qb = 2.0 * (r * d).sum(axis=1)
    qc = (r * r).sum(axis=1) - np.asarray(radius) ** 2
    disc = qb * qb - 4 * qa * qc
    root = np.sqrt(np.maximum(disc, 0.0))
    lo = np.where(disc >= 0, (-qb - root) / (2 * qa), np.inf)
    hi = np.where(disc >= 0, (-qb + root) / (2 * qa), -np.inf)
    return np.maximum(lo, 0.0), np.minimum(hi, 1.0)


def _hull(*parts: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The smallest interval holding every non-empty part (their union, when it is convex)."""
    lo = np.full(len(parts[0][0]), np.inf)
    hi = np.full(len(parts[0][0]), -np.inf)
    for plo, phi in parts:
        ok = plo <= phi
        lo = np.where(ok, np.minimum(lo, plo), lo)
        hi = np.where(ok, np.maximum(hi, phi), hi)
    return lo, hi


def capsule(a: np.ndarray, d: np.ndarray, p: np.ndarray, q: np.ndarray, dist: float) -> Span:
    """Interval of each segment (a, d) within ``dist`` of the segment p–q (lo > hi: none)."""
    e = q - p
    blo, bhi = _in_box(a, d, p, e, (0.0, 1.0, -dist, dist))
    flat = (e * e).sum(axis=1) < 1e-18  # a point: its disc is all there is
    return _hull(
        (np.where(flat, np.inf, blo), np.where(flat, -np.inf, bhi)),
        _in_disc(a, d, p, dist),
        _in_disc(a, d, q, dist),
    )


def probe(a: np.ndarray, d: np.ndarray, n: np.ndarray, p: np.ndarray, q: np.ndarray, reach: float) -> Span:
    """Interval of each segment (a, d) from which the probe x + h·n (0 <= h <= reach) meets p–q.

    The points are those of the parallelogram p, q, q − reach·n, p − reach·n; a p–q along the normal
    (seen edge-on) covers nothing.
    """
    e = q - p
    # a + u·d = p + α·e − β·reach·n  →  solve for (α, β) as affine functions of u.
    w = -reach * n
    det = e[:, 0] * w[:, 1] - e[:, 1] * w[:, 0]
    ok = np.abs(det) > 1e-12 * np.maximum(np.hypot(e[:, 0], e[:, 1]), _EPS)
    det = np.where(ok, det, 1.0)
    r = a - p
    alpha0 = (r[:, 0] * w[:, 1] - r[:, 1] * w[:, 0]) / det
    alpha1 = (d[:, 0] * w[:, 1] - d[:, 1] * w[:, 0]) / det
    beta0 = (e[:, 0] * r[:, 1] - e[:, 1] * r[:, 0]) / det
    beta1 = (e[:, 0] * d[:, 1] - e[:, 1] * d[:, 0]) / det
    lo = np.zeros(len(a))
    hi = np.ones(len(a))
    _clip(lo, hi, alpha0, alpha1, 0.0, 1.0)
    _clip(lo, hi, beta0, beta1, 0.0, 1.0)
    return np.where(ok, lo, np.inf), np.where(ok, hi, -np.inf)


def corridor(
    a: np.ndarray, d: np.ndarray, p: np.ndarray, q: np.ndarray, half_w: np.ndarray, dist: float
) -> Span:
    """Interval of each segment (a, d) within ``dist`` of the flat-ended rectangle of half-width
    ``half_w`` along p–q (one piece of a path's corridor; joins are added by the caller as discs)."""
    e = q - p
    length = np.maximum(np.hypot(e[:, 0], e[:, 1]), _EPS)
    ext = dist / length
    parts = [
        _in_box(a, d, p, e, (0.0, 1.0, -half_w - dist, half_w + dist)),
        _in_box(a, d, p, e, (-ext, 1.0 + ext, -half_w, half_w)),
    ]
    if dist > 0:
        m = np.stack([-e[:, 1], e[:, 0]], axis=1) / length[:, None]
        for corner in (
            p + m * half_w[:, None],
            p - m * half_w[:, None],
            q + m * half_w[:, None],
            q - m * half_w[:, None],
        ):
            parts.append(_in_disc(a, d, corner, dist))
    return _hull(*parts)


def disc(a: np.ndarray, d: np.ndarray, c: np.ndarray, radius: np.ndarray) -> Span:
    """Interval of each segment (a, d) within ``radius`` of c."""
    return _in_disc(a, d, c, radius)


def inside(
    segs: Segments, seg: np.ndarray, polys: Any, poly: np.ndarray, edges: Segments
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (row, lo, hi): the parts of segments ``seg[row]`` inside polygon ``poly[row]`` (an index
    into ``polys``, whose rings are ``edges``) — for pairs that properly cross, where outlines overlap."""
    import shapely

    if not len(seg):
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0)
    # Every crossing of the segment with an edge of the polygon splits it; each piece is in or out.
    ni = edges.first[poly + 1] - edges.first[poly]
    pair = np.repeat(np.arange(len(seg)), ni)
    k = np.arange(len(pair)) - np.repeat(np.cumsum(ni) - ni, ni)
    edge = edges.first[poly][pair] + k
    a, d = segs.a[seg][pair], segs.d[seg][pair]
    p, e = edges.a[edge], edges.d[edge]
    den = d[:, 0] * e[:, 1] - d[:, 1] * e[:, 0]
    ok = np.abs(den) > _EPS
    den = np.where(ok, den, 1.0)
    r = p - a
    u = (r[:, 0] * e[:, 1] - r[:, 1] * e[:, 0]) / den
    v = (r[:, 0] * d[:, 1] - r[:, 1] * d[:, 0]) / den
    hit = ok & (u > 0) & (u < 1) & (v >= 0) & (v <= 1)
    cuts_pair = np.concatenate([np.arange(len(seg)), np.arange(len(seg)), pair[hit]])
    cuts_u = np.concatenate([np.zeros(len(seg)), np.ones(len(seg)), u[hit]])
    order = np.lexsort((cuts_u, cuts_pair))
    cp, cu = cuts_pair[order], cuts_u[order]
    same = cp[1:] == cp[:-1]
    lo, hi, owner = cu[:-1][same], cu[1:][same], cp[:-1][same]
    keep = hi - lo > _EPS
    lo, hi, owner = lo[keep], hi[keep], owner[keep]
    mid = segs.at(seg[owner], (lo + hi) / 2.0)
    geoms = np.asarray(polys, dtype=object)[poly[owner]]
    within = shapely.contains_xy(geoms, mid[:, 0], mid[:, 1]) if len(owner) else np.zeros(0, bool)
    return owner[within], lo[within], hi[within]


@dataclass(frozen=True)
class Intervals:
    """Disjoint, sorted intervals of u per key (``key`` ascending, then ``lo``)."""

    key: np.ndarray
    lo: np.ndarray
    hi: np.ndarray

    @staticmethod
    def empty() -> Intervals:
        return Intervals(np.zeros(0, np.int64), np.zeros(0), np.zeros(0))


def merge(key: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> Intervals:
    """Return the union of the intervals per key (empty ones, lo >= hi, dropped)."""
    keep = hi > lo
    key, lo, hi = np.asarray(key, np.int64)[keep], lo[keep], hi[keep]
    if not len(key):
        return Intervals.empty()
    order = np.lexsort((lo, key))
    key, lo, hi = key[order], lo[order], hi[order]
    # Running maximum of the ends within each key: shift each key's values above the last key's.
    shift = 4.0 * np.unique(key, return_inverse=True)[1]
    reach = np.maximum.accumulate(hi + shift) - shift
    start = np.r_[True, (key[1:] != key[:-1]) | (lo[1:] > reach[:-1])]
    run = np.cumsum(start) - 1
    out_hi = np.full(int(run[-1]) + 1, -np.inf)
    np.maximum.at(out_hi, run, hi)
    return Intervals(key[start], lo[start], out_hi)


def minus(a: Intervals, b: Intervals) -> Intervals:
    """Return the parts of ``a`` outside ``b`` (per key)."""
    if not len(a.key) or not len(b.key):
        return a
    # Cut points of both sets along a line per key; a piece is kept when inside a and outside b.
    key = np.concatenate([a.key, a.key, b.key, b.key])
    pos = np.concatenate([a.lo, a.hi, b.lo, b.hi])
    delta_a = np.concatenate([np.ones(len(a.key)), -np.ones(len(a.key)), np.zeros(2 * len(b.key))])
    delta_b = np.concatenate([np.zeros(2 * len(a.key)), np.ones(len(b.key)), -np.ones(len(b.key))])
    order = np.lexsort((pos, key))
    key, pos, da, db = key[order], pos[order], delta_a[order], delta_b[order]
    in_a = np.cumsum(da)
    in_b = np.cumsum(db)
    nxt_same = np.r_[key[1:] == key[:-1], False]
    keep = nxt_same & (in_a > 0.5) & (in_b < 0.5)
    lo = pos[keep]
    hi = np.r_[pos[1:], 0.0][keep]
    return merge(key[keep], lo, hi)


def total(iv: Intervals, n: int) -> np.ndarray:
    """Return the summed length (in u) per key 0..n-1."""
    out = np.zeros(n)
    np.add.at(out, iv.key, iv.hi - iv.lo)
    return out
