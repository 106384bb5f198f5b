"""Who controls the water: operators of the public water points and the risk of capture.

* Each public water point's operator is its ``managed_by``, with spellings of one operator merged
  (``designer.analysis.operators``: case, spacing, the alias table); blank: "unknown", which is
  reported but never counted as one operator.
* The neighbourhood a household depends on is the set of public water points within the standard
  walking distance of its plot. When one operator controls all of them, the household has no
  alternative if that operator raises the price, shortens the hours or excludes people; it is flagged.
* Over the whole view, an operator's share of the public water points (by count, and by persons who
  depend on them) above ``control.max_operator_share`` gives a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from designer.analysis.access import AccessResult
from designer.analysis.layout import Layout
from designer.analysis.operators import UNKNOWN_OPERATOR, canonical_operators
from designer.analysis.standards import StandardPack

__all__ = ["UNKNOWN_OPERATOR", "ControlResult", "OperatorShare", "control_of_water"]


@dataclass(frozen=True, slots=True)
class OperatorShare:
    """One operator's part of the public water points."""

    operator: str
    water_points: int
    share_of_points: float
    persons: float
    share_of_persons: float
    over_limit: bool


@dataclass
class ControlResult:
    """Operator shares and per-plot single-operator dependence."""

    operators: list[OperatorShare] = field(default_factory=list)
    operator_of_point: list[str] = field(default_factory=list)  # per water point, after merging spellings
    single_operator_plot: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    warnings: list[str] = field(default_factory=list)


def control_of_water(
    lay: Layout, access: AccessResult, persons_per_point: np.ndarray, pack: StandardPack
) -> ControlResult:
    """Return operator shares and the plots that depend on one operator only."""
    public = np.flatnonzero(access.water_private_plot < 0)
    names, merged = canonical_operators([w.managed_by for w in lay.water_points])
    ops = sorted({names[k] for k in public})
    res = ControlResult(single_operator_plot=np.zeros(len(lay.plots), bool), operator_of_point=names)
    if not len(public):
        return res
    for op, spellings in sorted(merged.items()):
        res.warnings.append(f"operator names taken as one, {op}: {' / '.join(spellings)}")
    blank = [lay.water_points[k].id for k in public if names[k] == UNKNOWN_OPERATOR]
    if blank:
        res.warnings.append(
            f"{len(blank)} public water point(s) with no operator recorded (unknown): {', '.join(blank[:5])}"
        )
    total_points = len(public)
    total_persons = float(persons_per_point[public].sum())
    limit = pack.control.max_operator_share
    for op in ops:
        mine = [k for k in public if names[k] == op]
        persons = float(persons_per_point[mine].sum())
        share_p = len(mine) / total_points
        share_q = persons / total_persons if total_persons else 0.0
        over = op != UNKNOWN_OPERATOR and total_points > 1 and (share_p > limit or share_q > limit)
        res.operators.append(OperatorShare(op, len(mine), share_p, persons, share_q, over))
        if over:
            res.warnings.append(
                f"{op} controls {len(mine)} of {total_points} public water points "
                f"({share_p:.0%} of points, {share_q:.0%} of the persons they serve; limit {limit:.0%})"
            )
    known = [op for op in ops if op != UNKNOWN_OPERATOR]
    if known:
        # Private points (a yard tap with its own operator) belong to no public operator's group: -1.
        col = {op: i for i, op in enumerate(ops)}
        groups = np.array([col.get(n, -1) for n in names], dtype=np.int64)
        within = access.nearest_by_group(groups, len(ops), pack.water.max_distance_m)
        unknown_col = ops.index(UNKNOWN_OPERATOR) if UNKNOWN_OPERATOR in ops else -1
        known_cols = [ops.index(op) for op in known]
        reach_known = within[:, known_cols].sum(axis=1)
        reach_unknown = within[:, unknown_col] if unknown_col >= 0 else np.zeros(len(lay.plots), bool)
        res.single_operator_plot = (reach_known == 1) & ~reach_unknown & ~access.water.private
    return res
