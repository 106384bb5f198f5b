"""Quantity takeoff: elements → measured lines, by the measurement rules.

All elements of one kind are measured together: their measures become numpy columns and every
rule expression is evaluated once per kind (``costing.takeoff.expr``). Each element's quantity
per line is kept, so an edit re-measures only that element (``Takeoff.replace``), and each line's
quantity is the exactly rounded sum (``math.fsum``) of its contributions, independent of the order
in which they arrived — a full takeoff and an incrementally updated one agree to the last bit.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from costing.errors import RuleError
from costing.takeoff.elements import Element
from costing.takeoff.rules import KindRules, RuleSet, load_rules

__all__ = ["LineKey", "MeasuredLine", "Takeoff"]

_MISSING: Any = object()

LineKey = tuple[int, str, str, str]
"""(bill, item code, description, unit): items with the same key add up into one line."""


@dataclass
class MeasuredLine:
    """One line of measured work, before pricing.

    Attributes:
        contributions: quantity (canonical unit, unrounded) per element key.
        formula: the rule's quantity expression; ``measure_names`` the numeric element measures it reads.
        input_values: per measure name, the value of each contributing element (for provenance inputs).
        source_ids: the contributing entities' ids, sorted; ``methods``: count of provenance methods.
        order: sort key (kind position, item index) so bills list items in rule order.
    """

    bill: int
    code: str
    description: str
    unit: str
    formula: str
    measure_names: tuple[str, ...]
    order: tuple[int, int]
    contributions: dict[str, float] = field(default_factory=dict)
    input_values: list[dict[str, float]] = field(default_factory=list)
    source_ids: list[str] = field(default_factory=list)  # sorted, kept sorted on every change
    methods: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        if not self.input_values:
            self.input_values = [{} for _ in self.measure_names]

    def discard(self, key: str, element: Element) -> None:
        """Remove one element's contribution (kept structures stay sorted and counted)."""
        if self.contributions.pop(key, None) is None:
            return
        for d in self.input_values:
            d.pop(key, None)
        if element.source_id:
            i = bisect_left(self.source_ids, element.source_id)
            if i < len(self.source_ids) and self.source_ids[i] == element.source_id:
                del self.source_ids[i]
        self.methods[element.provenance] -= 1

    @property
    def key(self) -> LineKey:
        return (self.bill, self.code, self.description, self.unit)

    @property
    def quantity(self) -> float:
        """The exact (correctly rounded) sum of the contributions."""
        return math.fsum(self.contributions.values())


def _column(values: list[Any]) -> np.ndarray:
    """Return one column of element values: float, bool or str (mixed values become text)."""
    arr = np.asarray(values)
    kind = arr.dtype.kind
    if kind in "iuf":
        return arr.astype(float, copy=False)
    if kind in "bU":
        return arr
    return np.asarray([str(v) for v in values], dtype=str)


def _groups(
    cols: dict[str, Any], names: list[str], idx: np.ndarray
) -> list[tuple[tuple[Any, ...], list[int] | None]]:
    """Group the selected elements by the values of the template fields ``names``.

    Returns (field values, positions in ``idx``) per group; positions is None when one group holds
    every selected element. Grouping is vectorised (``np.unique``); positions stay ascending.
    """
    if not names:
        return [((), None)]
    code = np.zeros(len(idx), dtype=np.int64)
    for nm in names:
        uniq, inverse = np.unique(cols[nm][idx], return_inverse=True)
        code = code * len(uniq) + inverse.reshape(-1)
    order = np.argsort(code, kind="stable")
    cuts = np.flatnonzero(np.diff(code[order])) + 1
    chunks = np.split(order, cuts)
    if len(chunks) == 1:
        first = int(idx[0])
        return [(tuple(cols[nm][first].item() for nm in names), None)]
    out: list[tuple[tuple[Any, ...], list[int] | None]] = []
    for chunk in chunks:
        first = int(idx[chunk[0]])
        out.append((tuple(cols[nm][first].item() for nm in names), chunk.tolist()))
    return out


class Takeoff:
    """The measured lines of a set of elements, updatable one element at a time."""

    def __init__(self, elements: Iterable[Element] = (), rules: RuleSet | None = None) -> None:
        self.rules = rules or load_rules()
        self._kind_order = {k: i for i, k in enumerate(sorted(self.rules.kinds))}
        self.lines: dict[LineKey, MeasuredLine] = {}
        self.elements: dict[str, Element] = {}
        self._by_source: dict[str, list[str]] = {}
        self._seq = 0
        self.add(list(elements))

    # ------------------------------------------------------------------ updating

    def key_of(self, element: Element) -> str:
        """Return the key an element is stored under (its source id; a number for manual entries)."""
        if element.source_id and element.source_id not in self.elements:
            return element.source_id
        self._seq += 1
        return f"{element.source_id or 'manual'}#{self._seq}"

    def add(self, elements: Sequence[Element]) -> list[str]:
        """Measure elements and add their quantities; return their keys."""
        keys = [self.key_of(e) for e in elements]
        for k, e in zip(keys, elements, strict=True):
            self.elements[k] = e
            self._by_source.setdefault(e.source_id, []).append(k)
        by_kind: dict[str, list[int]] = {}
        for i, e in enumerate(elements):
            by_kind.setdefault(e.kind, []).append(i)
        for kind, idx in by_kind.items():
            self._measure(self.rules.for_kind(kind), [elements[i] for i in idx], [keys[i] for i in idx])
        return keys

    def remove(self, key: str) -> set[LineKey]:
        """Remove one element's quantities; return the line keys that changed."""
        changed = self.line_keys_of(key)
        element = self.elements.pop(key, None)
        if element is not None:
            keys = self._by_source.get(element.source_id, [])
            if key in keys:
                keys.remove(key)
            if not keys:
                self._by_source.pop(element.source_id, None)
        for lk in changed:
            line = self.lines[lk]
            if element is not None:
                line.discard(key, element)
            if not line.contributions:
                del self.lines[lk]
        return changed

    def replace(self, key: str, element: Element | None) -> set[LineKey]:
        """Re-measure one element (``None`` removes it); return the line keys that changed."""
        changed = self.remove(key)
        if element is not None:
            self.elements[key] = element
            self._by_source.setdefault(element.source_id, []).append(key)
            self._measure(self.rules.for_kind(element.kind), [element], [key])
            changed |= self.line_keys_of(key)
        return changed

    def line_keys_of(self, key: str) -> set[LineKey]:
        """Return the keys of the lines an element contributes to."""
        return {lk for lk, line in self.lines.items() if key in line.contributions}

    def keys_for_source(self, source_id: str) -> list[str]:
        """Return the element keys measured from one drawn entity."""
        return list(self._by_source.get(source_id, ()))

    # ------------------------------------------------------------------ measuring

    def _measure(self, rules: KindRules, elements: list[Element], keys: list[str]) -> None:
        n = len(elements)
        cols: dict[str, Any] = {}
        measures = [e.measures for e in elements]
        attributes = [e.attributes for e in elements]
        for name in rules.input_names:
            values = [m.get(name, _MISSING) for m in measures]
            if _MISSING in values:
                values = [
                    a.get(name, _MISSING) if v is _MISSING else v
                    for v, a in zip(values, attributes, strict=True)
                ]
            if _MISSING in values:
                if name not in rules.defaults:
                    e = elements[values.index(_MISSING)]
                    raise RuleError(
                        f"{rules.source}: element {e.label or e.source_id or e.kind!r} has no {name!r} and no default"
                    )
                default = rules.defaults[name]
                values = [default if v is _MISSING else v for v in values]
            cols[name] = _column(values)
        for name, expr in rules.let:
            cols[name] = np.broadcast_to(expr.evaluate(cols, rules.tables), (n,))
        kind_pos = self._kind_order.get(rules.kind, 0)
        for item in rules.items:
            qty = np.broadcast_to(np.asarray(item.quantity.evaluate(cols, rules.tables), dtype=float), (n,))
            mask = qty > 0
            if item.when is not None:
                mask = mask & np.broadcast_to(
                    np.asarray(item.when.evaluate(cols, rules.tables), dtype=bool), (n,)
                )
            if not mask.any():
                continue
            bad = ~np.isfinite(qty) & mask
            if bad.any():
                e = elements[int(np.flatnonzero(bad)[0])]
                raise RuleError(
                    f"{rules.source}: {item.quantity.text!r} is not finite for {e.label or e.source_id}"
                )
            names = sorted(set(item.code.names) | set(item.description.names))
            idx = np.flatnonzero(mask)
            measure_names = tuple(
                sorted(n for n in item.quantity.names & rules.input_names if cols[n].dtype.kind in "fiu")
            )
            mvals = [cols[n][idx].tolist() for n in measure_names] if measure_names else []
            qsel = qty[idx].tolist()
            ksel = [keys[i] for i in idx]
            esel = [elements[i] for i in idx]
            for combo, positions in _groups(cols, names, idx):
                fields = dict(zip(names, combo, strict=True))
                lk = (item.bill, item.code.render(fields), item.description.render(fields), item.unit)
                line = self.lines.get(lk)
                if line is None:
                    line = MeasuredLine(*lk, item.quantity.text, measure_names, (kind_pos, item.index))
                    self.lines[lk] = line
                contrib = line.contributions
                if positions is None:  # every selected element is in this group
                    pkeys, pq, pel, pm = ksel, qsel, esel, mvals
                else:
                    pkeys = [ksel[j] for j in positions]
                    pq = [qsel[j] for j in positions]
                    pel = [esel[j] for j in positions]
                    pm = [[v[j] for j in positions] for v in mvals]
                if contrib and not contrib.keys().isdisjoint(pkeys):
                    self._add_slow(line, pkeys, pq, pm, pel)
                    continue
                # Fast path (the usual case): none of these elements is on the line yet.
                contrib.update(zip(pkeys, pq, strict=True))
                for d, v in zip(line.input_values, pm, strict=True):
                    d.update(zip(pkeys, v, strict=True))
                line.methods.update([e.provenance for e in pel])
                sources = [e.source_id for e in pel if e.source_id]
                if len(sources) > 8:
                    line.source_ids.extend(sources)
                    line.source_ids.sort()
                else:
                    for sid in sources:
                        insort(line.source_ids, sid)

    def _add_slow(
        self,
        line: MeasuredLine,
        keys: list[str],
        quantities: list[float],
        mvals: list[list[float]],
        elements: list[Element],
    ) -> None:
        """Add contributions one by one (an element already on the line adds to its quantity)."""
        contrib = line.contributions
        for j, key in enumerate(keys):
            if key in contrib:  # a second item of the same element on the same line
                contrib[key] += quantities[j]
                continue
            contrib[key] = quantities[j]
            for d, v in zip(line.input_values, mvals, strict=True):
                d[key] = v[j]
            e = elements[j]
            line.methods[e.provenance] += 1
            if e.source_id:
                insort(line.source_ids, e.source_id)

    # ------------------------------------------------------------------ reading

    def sorted_lines(self) -> list[MeasuredLine]:
        """Return the lines by bill, then rule order, then description."""
        return sorted(self.lines.values(), key=lambda ln: (ln.bill, ln.order, ln.description, ln.code))

    def inputs(self, line: MeasuredLine) -> tuple[tuple[str, float], ...]:
        """Return the formula's inputs summed over the contributing elements (for provenance)."""
        out = [("elements", float(len(line.contributions)))]
        for name, values in zip(line.measure_names, line.input_values, strict=True):
            out.append((name, math.fsum(values.values())))
        return tuple(out)

    def parts(self, line: MeasuredLine) -> tuple[tuple[str, float, tuple[tuple[str, float], ...]], ...]:
        """Return per contributing element (entity id, quantity, the formula's inputs for it), by id."""
        out = []
        for key, quantity in line.contributions.items():
            element = self.elements.get(key)
            name = element.source_id if element is not None and element.source_id else key
            inputs = tuple(
                (n, values[key])
                for n, values in zip(line.measure_names, line.input_values, strict=True)
                if key in values
            )
            out.append((name, quantity, inputs))
        return tuple(sorted(out, key=lambda p: p[0]))

    def provenance_method(self, line: MeasuredLine) -> str:
        """Return "drawn" when every contribution was measured from drawn geometry, else the weakest."""
        for m in ("manual", "formula", "drawn"):
            if line.methods[m] > 0:
                return m
        return "drawn"
