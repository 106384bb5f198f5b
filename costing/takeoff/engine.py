"""Quantity takeoff: elements → measured lines, by the measurement rules.

All elements of one kind are measured together: their measures become numpy columns and every
rule expression is evaluated once per kind (``costing.takeoff.expr``). Each element's quantity
per line is kept, so an edit re-measures only that element (``Takeoff.replace``), and each line's
quantity is the exactly rounded sum (``math.fsum``) of its contributions, independent of the order
in which they arrived — a full takeoff and an incrementally updated one agree to the last bit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from costing.errors import RuleError
from costing.takeoff.elements import Element
from costing.takeoff.rules import KindRules, RuleSet, load_rules

__all__ = ["LineKey", "MeasuredLine", "Takeoff"]

LineKey = tuple[int, str, str, str]
"""(bill, item code, description, unit): items with the same key add up into one line."""


@dataclass
class MeasuredLine:
    """One line of measured work, before pricing.

    Attributes:
        contributions: quantity (canonical unit, unrounded) per element key.
        formula: the rule's quantity expression; ``measure_names`` the element measures it reads.
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

    @property
    def key(self) -> LineKey:
        return (self.bill, self.code, self.description, self.unit)

    @property
    def quantity(self) -> float:
        """The exact (correctly rounded) sum of the contributions."""
        return math.fsum(self.contributions.values())


def _column(values: list[Any]) -> np.ndarray:
    if all(isinstance(v, bool | np.bool_) for v in values):
        return np.asarray(values, dtype=bool)
    if all(isinstance(v, int | float | np.number) and not isinstance(v, bool) for v in values):
        return np.asarray(values, dtype=float)
    return np.asarray([str(v) for v in values], dtype=str)


class Takeoff:
    """The measured lines of a set of elements, updatable one element at a time."""

    def __init__(self, elements: Iterable[Element] = (), rules: RuleSet | None = None) -> None:
        self.rules = rules or load_rules()
        self._kind_order = {k: i for i, k in enumerate(sorted(self.rules.kinds))}
        self.lines: dict[LineKey, MeasuredLine] = {}
        self.elements: dict[str, Element] = {}
        self._element_lines: dict[str, list[LineKey]] = {}
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
            self._element_lines[k] = []
        by_kind: dict[str, list[int]] = {}
        for i, e in enumerate(elements):
            by_kind.setdefault(e.kind, []).append(i)
        for kind, idx in by_kind.items():
            self._measure(self.rules.for_kind(kind), [elements[i] for i in idx], [keys[i] for i in idx])
        return keys

    def remove(self, key: str) -> set[LineKey]:
        """Remove one element's quantities; return the line keys that changed."""
        changed = set(self._element_lines.pop(key, []))
        self.elements.pop(key, None)
        for lk in changed:
            line = self.lines[lk]
            line.contributions.pop(key, None)
            if not line.contributions:
                del self.lines[lk]
        return changed

    def replace(self, key: str, element: Element | None) -> set[LineKey]:
        """Re-measure one element (``None`` removes it); return the line keys that changed."""
        changed = self.remove(key)
        if element is not None:
            self.elements[key] = element
            self._element_lines[key] = []
            self._measure(self.rules.for_kind(element.kind), [element], [key])
            changed |= set(self._element_lines[key])
        return changed

    def line_keys_of(self, key: str) -> set[LineKey]:
        """Return the keys of the lines an element contributes to."""
        return set(self._element_lines.get(key, []))

    def keys_for_source(self, source_id: str) -> list[str]:
        """Return the element keys measured from one drawn entity."""
        return [k for k, e in self.elements.items() if e.source_id == source_id]

    # ------------------------------------------------------------------ measuring

    def _measure(self, rules: KindRules, elements: list[Element], keys: list[str]) -> None:
        n = len(elements)
        cols: dict[str, Any] = {}
        for name in rules.input_names:
            values = []
            for e in elements:
                if name in e.measures:
                    values.append(e.measures[name])
                elif name in e.attributes:
                    values.append(e.attributes[name])
                elif name in rules.defaults:
                    values.append(rules.defaults[name])
                else:
                    raise RuleError(
                        f"{rules.source}: element {e.label or e.source_id or e.kind!r} has no {name!r} and no default"
                    )
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
            measure_names = tuple(sorted(item.quantity.names & rules.input_names))
            idx = np.flatnonzero(mask)
            qsel = qty[idx].tolist()
            ksel = [keys[i] for i in idx]
            combos: list[tuple[Any, ...]] = (
                list(zip(*[cols[nm][idx].tolist() for nm in names], strict=True))
                if names
                else [()] * len(idx)
            )
            groups: dict[tuple[Any, ...], list[int]] = {}
            for j, combo in enumerate(combos):
                groups.setdefault(combo, []).append(j)
            element_lines = self._element_lines
            for combo, positions in groups.items():
                values = dict(zip(names, combo, strict=True))
                lk = (item.bill, item.code.render(values), item.description.render(values), item.unit)
                line = self.lines.get(lk)
                if line is None:
                    line = MeasuredLine(*lk, item.quantity.text, measure_names, (kind_pos, item.index))
                    self.lines[lk] = line
                contrib = line.contributions
                for j in positions:
                    key = ksel[j]
                    contrib[key] = contrib.get(key, 0.0) + qsel[j]
                    element_lines[key].append(lk)

    # ------------------------------------------------------------------ reading

    def sorted_lines(self) -> list[MeasuredLine]:
        """Return the lines by bill, then rule order, then description."""
        return sorted(self.lines.values(), key=lambda ln: (ln.bill, ln.order, ln.description, ln.code))

    def inputs(self, line: MeasuredLine) -> tuple[tuple[str, float], ...]:
        """Return the formula's inputs summed over the contributing elements (for provenance)."""
        out = [("elements", float(len(line.contributions)))]
        for name in line.measure_names:
            vals = [self.elements[k].measures.get(name) for k in line.contributions]
            nums = [float(v) for v in vals if isinstance(v, int | float) and not isinstance(v, bool)]
            if nums:
                out.append((name, math.fsum(nums)))
        return tuple(out)

    def provenance_method(self, line: MeasuredLine) -> str:
        """Return "drawn" when every contribution was measured from drawn geometry, else the weakest."""
        methods = {self.elements[k].provenance for k in line.contributions}
        for m in ("manual", "formula", "drawn"):
            if m in methods:
                return m
        return "drawn"
