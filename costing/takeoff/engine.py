"""Quantity takeoff: elements → measured lines, by the measurement rules.

All elements of one kind are measured together: their measures become numpy columns and every
rule expression is evaluated once per kind (``costing.takeoff.expr``). Each element's quantity
per line is kept, so an edit re-measures only that element (``Takeoff.replace``), and each line's
quantity is the exactly rounded sum (``math.fsum``, ``exact_sum``) of its contributions, independent of the order
in which they arrived — a full takeoff and an incrementally updated one agree to the last bit.

Elements come one by one (``Element``) or as columns (``ElementBatch``, what a vectorised measurer
gives): a batch is measured from its columns without an Element per thing, its element keys and
source ids are filed in bulk, and its Elements are built only when someone reads ``Takeoff.elements``.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain, islice, repeat
from operator import le
from typing import Any

import numpy as np

from costing.errors import RuleError
from costing.takeoff.elements import Categories, Element, ElementBatch
from costing.takeoff.exact_sum import exact_sum
from costing.takeoff.rules import KindRules, RuleSet, load_rules

__all__ = ["ElementTable", "LineKey", "MeasuredLine", "Takeoff"]

_MISSING: Any = object()

LineKey = tuple[int, str, str, str]
"""(bill, item code, description, unit): items with the same key add up into one line."""


class _Chunk:
    """The elements of one batch an item put on a line in one go, kept as arrays.

    Pricing reads only sums (quantity, input totals, count, the sorted source ids), which need no
    entry per element; the line files a chunk into its per-element dicts only when someone edits the
    line or reads it element by element. The arrays are never written after measuring.
    """

    __slots__ = ("quantities", "rows", "sel", "size")

    def __init__(self, rows: _Rows, sel: np.ndarray | None, quantities: np.ndarray) -> None:
        self.rows = rows
        self.sel = sel  # positions in the batch; None: every element of it
        self.quantities = quantities  # one per selected element
        self.size = len(quantities)

    def keys(self) -> list[str]:
        return self.rows.keys if self.sel is None else self.rows.keys_at(self.sel)

    def measure(self, name: str) -> np.ndarray:
        column: np.ndarray = self.rows.columns[name]
        return column if self.sel is None else column[self.sel]

    def quantity_sum(self) -> float:
        return self.rows.column_sum(self.quantities) if self.sel is None else exact_sum(self.quantities)

    def measure_sum(self, name: str) -> float:
        if self.sel is None:
            return self.rows.column_sum(self.rows.columns[name])
        return exact_sum(self.rows.columns[name][self.sel])

    def sources(self) -> tuple[str, ...]:
        return self.rows.sorted_sources(self.sel)


class MeasuredLine:
    """One line of measured work, before pricing.

    Attributes:
        contributions: quantity (canonical unit, unrounded) per element key.
        formula: the rule's quantity expression; ``measure_names`` the numeric element measures it reads.
        input_values: per measure name, the value of each contributing element (for provenance inputs).
        source_ids: the contributing entities' ids, sorted; ``methods``: count of provenance methods.
        order: sort key (kind position, item index) so bills list items in rule order.

    Elements measured together arrive as chunks of arrays (``add_chunk``) and are filed into the
    per-element dicts and the sorted id list only when someone reads or changes those: pricing needs only
    the sums (``quantity``, ``input_total``, ``count``) and ``sources()``, which do not need them.
    """

    __slots__ = (
        "_contributions",
        "_input_values",
        "_new",
        "_source_ids",
        "bill",
        "code",
        "description",
        "formula",
        "measure_names",
        "methods",
        "order",
        "unit",
    )

    def __init__(
        self,
        bill: int,
        code: str,
        description: str,
        unit: str,
        formula: str,
        measure_names: tuple[str, ...],
        order: tuple[int, int],
    ) -> None:
        self.bill = bill
        self.code = code
        self.description = description
        self.unit = unit
        self.formula = formula
        self.measure_names = measure_names
        self.order = order
        self.methods: Counter[str] = Counter()
        self._source_ids: list[str] = []  # sorted, kept sorted on every change
        self._contributions: dict[str, float] = {}
        self._input_values: list[dict[str, float]] = [{} for _ in measure_names]
        self._new: list[_Chunk] = []

    def __repr__(self) -> str:
        return f"MeasuredLine({self.key!r}, quantity={self.quantity!r}, count={self.count})"

    def _file_new(self) -> None:
        chunks, self._new = self._new, []
        for chunk in chunks:
            keys = chunk.keys()
            self._contributions.update(zip(keys, chunk.quantities.tolist(), strict=True))
            for d, name in zip(self._input_values, self.measure_names, strict=True):
                d.update(zip(keys, chunk.measure(name).tolist(), strict=True))
            self.add_sources(list(chunk.sources()))

    @property
    def contributions(self) -> dict[str, float]:
        """Quantity (canonical unit, unrounded) per element key."""
        if self._new:
            self._file_new()
        return self._contributions

    @property
    def input_values(self) -> list[dict[str, float]]:
        """Per measure name, the value of each contributing element."""
        if self._new:
            self._file_new()
        return self._input_values

    @property
    def source_ids(self) -> list[str]:
        """The contributing entities' ids, sorted (one per contributing element with an id)."""
        if self._new:
            self._file_new()
        return self._source_ids

    def sources(self) -> tuple[str, ...]:
        """``source_ids`` as a tuple, without filing new chunks (one batch's ids are one shared tuple)."""
        if not self._new:
            return tuple(self._source_ids)
        if not self._source_ids and len(self._new) == 1:
            return self._new[0].sources()
        return tuple(sorted(chain(self._source_ids, *(c.sources() for c in self._new))))

    def add_chunk(self, chunk: _Chunk) -> None:
        """Add elements none of which is on the line yet (their keys are new to the take-off)."""
        self._new.append(chunk)

    def discard(self, key: str, source_id: str, provenance: str) -> None:
        """Remove one element's contribution (kept structures stay sorted and counted)."""
        if self.contributions.pop(key, None) is None:
            return
        for d in self._input_values:
            d.pop(key, None)
        if source_id:
            i = bisect_left(self._source_ids, source_id)
            if i < len(self._source_ids) and self._source_ids[i] == source_id:
                del self._source_ids[i]
        self.methods[provenance] -= 1

    def add_sources(self, sorted_ids: list[str]) -> None:
        """Add contributing entity ids (``sorted_ids`` sorted, handed over), keeping ``source_ids`` sorted."""
        if self._new:
            self._file_new()
        if not self._source_ids:
            self._source_ids = sorted_ids
        elif len(sorted_ids) > 8:
            self._source_ids.extend(sorted_ids)
            self._source_ids.sort()  # two sorted runs: merged in linear time
        else:
            for sid in sorted_ids:
                insort(self._source_ids, sid)

    @property
    def key(self) -> LineKey:
        return (self.bill, self.code, self.description, self.unit)

    @property
    def count(self) -> int:
        """How many elements contribute."""
        return len(self._contributions) + sum(c.size for c in self._new)

    @property
    def quantity(self) -> float:
        """The exact (correctly rounded) sum of the contributions."""
        if not self._contributions and len(self._new) == 1:
            return self._new[0].quantity_sum()
        if not self._new:  # all filed (an edited line): the dict's floats as they are
            return math.fsum(self._contributions.values())
        filed = np.fromiter(self._contributions.values(), dtype=float, count=len(self._contributions))
        return exact_sum(np.concatenate([filed, *(np.asarray(c.quantities, dtype=float) for c in self._new)]))

    def input_total(self, j: int) -> float:
        """The exact sum of the ``j``-th measure over the contributing elements."""
        name = self.measure_names[j]
        if not self._contributions and len(self._new) == 1:
            return self._new[0].measure_sum(name)
        values = self._input_values[j]
        if not self._new:
            return math.fsum(values.values())
        filed = np.fromiter(values.values(), dtype=float, count=len(values))
        return exact_sum(np.concatenate([filed, *(c.measure(name) for c in self._new)]))


def _text_column(values: Sequence[Any]) -> tuple[np.ndarray, tuple[int, np.ndarray]] | None:
    """A column of texts numbered by its few distinct values (sorted, as ``np.unique`` numbers them):
    the same array as ``np.asarray(values)``, built faster, and the numbers its lines are grouped by.
    None when the values are not all texts."""
    distinct = dict.fromkeys(values)
    if not all(type(v) is str for v in distinct):
        return None
    names = sorted(distinct)
    number = {v: i for i, v in enumerate(names)}
    codes = np.fromiter(map(number.__getitem__, values), dtype=np.intp, count=len(values))
    return np.asarray(names)[codes], (len(names), codes)


def _category_column(column: Categories) -> tuple[np.ndarray, tuple[int, np.ndarray]]:
    """A text column given numbered (``Categories``): the values as an array, and the numbers renumbered in
    the sorted order of the names, as ``_text_column`` numbers a column."""
    order = sorted(range(len(column.names)), key=column.names.__getitem__)
    rank = np.empty(len(order), dtype=np.intp)
    rank[order] = np.arange(len(order))
    names = np.asarray([column.names[i] for i in order], dtype=str)
    codes = rank[column.codes]
    return names[codes], (len(order), codes)


def _column(values: Sequence[Any] | np.ndarray) -> np.ndarray:
    """Return one column of element values: float, bool or str (mixed values become text)."""
    arr = np.asarray(values)
    kind = arr.dtype.kind
    if kind in "iuf":
        return arr.astype(float, copy=False)
    if kind in "bU":
        return arr
    return np.asarray([str(v) for v in values], dtype=str)


def _vector(value: Any, n: int, dtype: Any = None) -> np.ndarray:
    """An expression's value as one entry per element (a scalar is repeated, read-only)."""
    arr = np.asarray(value, dtype=dtype)
    return arr if arr.shape == (n,) else np.broadcast_to(arr, (n,))


_FEW_VALUES = 8


def _numbered(values: np.ndarray) -> tuple[int, np.ndarray]:
    """Number a column by its distinct values in ascending order, as ``np.unique``'s inverse does; return
    (how many, one number per element). A column of a few values (a template field: a size, a depth
    class) is numbered by comparing with each value, cheaper than the sort of ``np.unique``."""
    n = len(values)
    codes = np.empty(n, dtype=np.intp)
    left = np.arange(n)
    distinct: list[Any] = []
    while len(left) and len(distinct) < _FEW_VALUES:
        rest = values[left]
        same = rest == rest[0]
        if not same[0]:  # NaN: not equal to itself
            break
        codes[left[same]] = len(distinct)
        distinct.append(rest[0])
        left = left[~same]
    if len(left):
        uniq, inverse = np.unique(values, return_inverse=True)
        return len(uniq), inverse.reshape(-1)
    order = sorted(range(len(distinct)), key=distinct.__getitem__)
    rank = np.empty(len(distinct), dtype=np.intp)
    rank[order] = np.arange(len(distinct))
    return len(distinct), rank[codes]


def _groups(
    cols: dict[str, Any], names: list[str], idx: np.ndarray, codes: dict[str, tuple[int, np.ndarray]]
) -> list[tuple[tuple[Any, ...], np.ndarray | None]]:
    """Group the selected elements by the values of the template fields ``names``.

    Returns (field values, positions in ``idx``) per group; positions is None when one group holds
    every selected element. Grouping is vectorised: each column's values are numbered once
    (``_numbered``, kept in ``codes`` for the other items of the batch); positions stay ascending.
    """
    if not names:
        return [((), None)]
    code: Any = None
    combinations = 1
    for nm in names:
        if nm not in codes:
            codes[nm] = _numbered(cols[nm])
        count, numbers = codes[nm]
        if count > 1:  # a field of one value for all does not split
            if len(idx) < len(numbers):
                numbers = numbers[idx]
            code = numbers if code is None else code * count + numbers
            combinations *= count
    if code is None:
        first = int(idx[0])
        return [(tuple(cols[nm][first].item() for nm in names), None)]
    small = combinations < 4 * len(code) + 1024
    present = np.flatnonzero(np.bincount(code)) if small else np.unique(code)  # the combinations, ascending
    chunks: Sequence[np.ndarray | None]
    if len(present) == 1:
        chunks = [None]
    elif len(present) <= 16:  # a few groups: one pass each beats sorting
        chunks = [np.flatnonzero(code == c) for c in present.tolist()]
    else:
        order = np.argsort(code, kind="stable")
        chunks = np.split(order, np.flatnonzero(np.diff(code[order])) + 1)
    out: list[tuple[tuple[Any, ...], np.ndarray | None]] = []
    for chunk in chunks:
        first = int(idx[0] if chunk is None else idx[chunk[0]])
        out.append((tuple(cols[nm][first].item() for nm in names), chunk))
    return out


class ElementTable(Mapping[str, Element]):
    """The take-off's elements by key: Elements as given, batch rows built into Elements when read.

    ``source_id(key)`` and ``provenance(key)`` answer without building the Element. A batch is filed
    under its keys only when the table is first read after it came (a full costing never reads it).
    """

    def __init__(self) -> None:
        self._rows: dict[str, Element | tuple[ElementBatch, int]] = {}
        self._pending: list[tuple[Sequence[str], ElementBatch]] = []  # batches not filed yet (new keys)

    def _filed(self) -> dict[str, Element | tuple[ElementBatch, int]]:
        if self._pending:
            pending, self._pending = self._pending, []
            for keys, batch in pending:
                self._rows.update(zip(keys, zip(repeat(batch), range(len(keys))), strict=True))
        return self._rows

    def __getitem__(self, key: str) -> Element:
        row = self._filed()[key]
        if isinstance(row, Element):
            return row
        element = row[0].element(row[1])
        self._rows[key] = element  # built once
        return element

    def __contains__(self, key: object) -> bool:
        return key in self._filed()

    def __iter__(self) -> Iterator[str]:
        return iter(self._filed())

    def __len__(self) -> int:
        return len(self._filed())

    def isdisjoint(self, keys: Iterable[str]) -> bool:
        if not self._rows and not self._pending:
            return True
        return self._filed().keys().isdisjoint(keys)

    def source_id(self, key: str) -> str:
        row = self._filed()[key]
        return row.source_id if isinstance(row, Element) else row[0].source_ids[row[1]]

    def provenance(self, key: str) -> str:
        row = self._filed()[key]
        return row.provenance if isinstance(row, Element) else row[0].provenance

    def put(self, key: str, element: Element) -> None:
        self._filed()[key] = element

    def put_batch(self, keys: Sequence[str], batch: ElementBatch) -> None:
        """File a batch under ``keys``, none of which is in the table (``Takeoff._new_keys``)."""
        self._pending.append((keys, batch))

    def drop(self, key: str) -> None:
        self._filed().pop(key, None)


class _Rows:
    """What measuring needs of a set of elements of one kind: keys, source ids, provenance, labels, and
    the columns they were measured from (read by the lines' chunks, never written).

    ``provenance`` is one value for all (a batch) or one per element.
    """

    def __init__(
        self,
        keys: list[str],
        source_ids: Sequence[str],
        provenance: str | Sequence[str],
        label: Callable[[int], str],
        columns: dict[str, np.ndarray],
    ) -> None:
        self.keys = keys
        self.source_ids = source_ids
        self.provenance = provenance
        self.label = label
        self.columns = columns
        self._keys_array: Any = None
        self._sources: Any = None  # (ids as an object array, positions of the non-empty ids in id order)
        self._all_sources: tuple[str, ...] | None = None
        self._some_sources: dict[bytes, tuple[str, ...]] = {}
        self._ids_array: Any = None
        self._sums: dict[int, tuple[np.ndarray, float]] = {}  # by array identity (the array kept alive)

    def keys_at(self, sel: np.ndarray) -> list[str]:
        if self._keys_array is None:
            self._keys_array = np.asarray(self.keys, dtype=object)
        result: list[str] = self._keys_array[sel].tolist()
        return result

    def column_sum(self, values: np.ndarray) -> float:
        """The exact sum of one value per element (``exact_sum``), once per array: the lines of a batch
        share its columns (and a quantity that is a column is that very array)."""
        known = self._sums.get(id(values))
        if known is None or known[0] is not values:
            known = (values, exact_sum(values))
            self._sums[id(values)] = known
        return known[1]

    def sorted_sources(self, sel: np.ndarray | None) -> tuple[str, ...]:
        """Return the non-empty source ids of the elements at ``sel`` (ascending positions; None: all),
        sorted, as a tuple shared by every line of the same elements."""
        if self._sources is None:  # sorted once per batch
            ids = self.source_ids if isinstance(self.source_ids, list) else list(self.source_ids)
            if all(ids) and all(map(le, ids, islice(ids, 1, None))):  # the usual case: drawn, in id order
                in_order: Any = None
            else:
                in_order = np.asarray(
                    sorted((i for i, sid in enumerate(ids) if sid), key=ids.__getitem__), dtype=np.intp
                )
            self._sources = (ids, in_order)
        ids, in_order = self._sources
        if sel is None or len(sel) == len(ids):  # every element: the same ids for every such line
            if self._all_sources is None:
                self._all_sources = tuple(ids if in_order is None else [ids[i] for i in in_order.tolist()])
            return self._all_sources
        key = sel.tobytes()  # items grouped alike (by pipe size, say) select the same elements
        known = self._some_sources.get(key)
        if known is None:
            if self._ids_array is None:
                self._ids_array = np.asarray(ids, dtype=object)
            if in_order is None:  # ascending positions are in id order already
                known = tuple(self._ids_array[sel].tolist())
            else:
                chosen = np.zeros(len(ids), dtype=bool)
                chosen[sel] = True
                known = tuple(self._ids_array[in_order[chosen[in_order]]].tolist())
            self._some_sources[key] = known
        return known

    def provenance_of(self, i: int) -> str:
        return self.provenance if isinstance(self.provenance, str) else self.provenance[i]

    def count_provenance(self, methods: Counter[str], sel: np.ndarray | None) -> None:
        if isinstance(self.provenance, str):
            methods[self.provenance] += len(self.keys) if sel is None else len(sel)
        elif sel is None:
            methods.update(self.provenance)
        else:
            methods.update([self.provenance[i] for i in sel.tolist()])


class Takeoff:
    """The measured lines of a set of elements, updatable one element at a time."""

    def __init__(self, elements: Iterable[Element | ElementBatch] = (), rules: RuleSet | None = None) -> None:
        self.rules = rules or load_rules()
        self._kind_order = {k: i for i, k in enumerate(sorted(self.rules.kinds))}
        self.lines: dict[LineKey, MeasuredLine] = {}
        self.elements = ElementTable()
        self._source_keys: dict[str, list[str]] = {}
        self._identity_keys: list[list[str]] = []  # batches keyed by their own ids, not filed yet
        self._seq = 0
        self.add(list(elements))

    # ------------------------------------------------------------------ updating

    def key_of(self, element: Element) -> str:
        """Return the key an element is stored under (its source id; a number for manual entries)."""
        return self._new_keys([element.source_id])[0]

    def _new_keys(self, source_ids: Sequence[str]) -> list[str]:
        """Return the keys of new elements, as if they were added one after the other: an entity's first
        element is keyed by its id, any further one (in the take-off or earlier in ``source_ids``) and a
        manual entry get a numbered key."""
        ids = source_ids if isinstance(source_ids, list) else list(source_ids)
        if all(ids) and len(set(ids)) == len(ids) and self.elements.isdisjoint(ids):
            return ids  # the usual case, checked in bulk
        keys: list[str] = []
        taken: set[str] = set()
        for sid in ids:
            if sid and sid not in self.elements and sid not in taken:
                key = sid
            else:
                self._seq += 1
                key = f"{sid or 'manual'}#{self._seq}"
            taken.add(key)
            keys.append(key)
        return keys

    @property
    def _by_source(self) -> dict[str, list[str]]:
        """The element keys of each source id (batches keyed by their own ids filed on first read)."""
        if self._identity_keys:
            pending, self._identity_keys = self._identity_keys, []
            for keys in pending:
                self._source_keys.update({k: [k] for k in keys})
        return self._source_keys

    def _file(self, keys: list[str], source_ids: Sequence[str]) -> None:
        """Record which element keys each source id has."""
        if keys == source_ids and self._source_keys.keys().isdisjoint(source_ids):
            # Each key is its entity's id, new to the take-off (``_new_keys``): so is the id, unless an earlier
            # key of it was removed, and removing files the pending batches first, so the filed dict tells.
            self._identity_keys.append(keys)
            return
        for key, sid in zip(keys, source_ids, strict=True):
            self._by_source.setdefault(sid, []).append(key)

    def add(self, elements: Sequence[Element | ElementBatch]) -> list[str]:
        """Measure elements and add their quantities; return their keys (a batch's in its order).

        Elements are measured together per kind (batches each on their own), in the order each kind
        first appears.
        """
        ids: list[str] = []
        for e in elements:
            if isinstance(e, ElementBatch):
                ids.extend(e.source_ids)
            else:
                ids.append(e.source_id)
        keys = self._new_keys(ids)
        work: dict[str, list[tuple[ElementBatch | list[Element], list[str]]]] = {}
        at = 0
        loose: dict[str, tuple[list[Element], list[str]]] = {}
        for e in elements:
            if isinstance(e, ElementBatch):
                batch_keys = keys[at : at + len(e)]
                at += len(e)
                if not len(e):
                    continue
                self.elements.put_batch(batch_keys, e)
                self._file(batch_keys, list(e.source_ids))
                work.setdefault(e.kind, []).append((e, batch_keys))
            else:
                key = keys[at]
                at += 1
                self.elements.put(key, e)
                self._file([key], [e.source_id])
                if e.kind not in loose:
                    loose[e.kind] = ([], [])
                    work.setdefault(e.kind, []).append((loose[e.kind][0], loose[e.kind][1]))
                loose[e.kind][0].append(e)
                loose[e.kind][1].append(key)
        for kind, parts in work.items():
            rules = self.rules.for_kind(kind)
            for part, part_keys in parts:
                if isinstance(part, ElementBatch):
                    self._measure_batch(rules, part, part_keys)
                else:
                    self._measure(rules, part, part_keys)
        return keys

    def remove(self, key: str) -> set[LineKey]:
        """Remove one element's quantities; return the line keys that changed."""
        changed = self.line_keys_of(key)
        if key in self.elements:
            source_id, provenance = self.elements.source_id(key), self.elements.provenance(key)
            self.elements.drop(key)
            keys = self._by_source.get(source_id, [])
            if key in keys:
                keys.remove(key)
            if not keys:
                self._by_source.pop(source_id, None)
            for lk in changed:
                self.lines[lk].discard(key, source_id, provenance)
        for lk in changed:
            if not self.lines[lk].contributions:
                del self.lines[lk]
        return changed

    def replace(self, key: str, element: Element | None) -> set[LineKey]:
        """Re-measure one element (``None`` removes it); return the line keys that changed."""
        changed = self.remove(key)
        if element is not None:
            self.elements.put(key, element)
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
        """Measure Elements of one kind: their measures (else attributes, else the rules' defaults) as columns."""
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
        rows = _Rows(
            keys,
            [e.source_id for e in elements],
            [e.provenance for e in elements],
            lambda i: elements[i].label or elements[i].source_id,
            cols,
        )
        self._measure_columns(rules, cols, len(elements), rows)

    def _measure_batch(self, rules: KindRules, batch: ElementBatch, keys: list[str]) -> None:
        """Measure a batch from its columns (measures, else attributes, else the rules' defaults)."""
        n = len(batch)
        cols: dict[str, Any] = {}
        codes: dict[str, tuple[int, np.ndarray]] = {}
        for name in rules.input_names:
            column = batch.measures.get(name)
            if column is None:
                column = batch.attributes.get(name)
            if column is None:
                if name not in rules.defaults:
                    raise RuleError(
                        f"{rules.source}: element {batch.label(0) or batch.source_ids[0] or batch.kind!r} "
                        f"has no {name!r} and no default"
                    )
                # One value for all: a constant column, one group when its values are template fields.
                cols[name] = _column(np.full(n, rules.defaults[name]))
                codes[name] = (1, np.zeros(n, dtype=np.intp))
                continue
            if isinstance(column, Categories):
                cols[name], codes[name] = _category_column(column)
                continue
            text = (
                _text_column(column)
                if isinstance(column, list) and column and type(column[0]) is str
                else None
            )
            if text is None:
                cols[name] = _column(column)
            else:
                cols[name], codes[name] = text
        rows = _Rows(
            keys, batch.source_ids, batch.provenance, lambda i: batch.label(i) or batch.source_ids[i], cols
        )
        self._measure_columns(rules, cols, n, rows, codes)

    def _measure_columns(
        self,
        rules: KindRules,
        cols: dict[str, Any],
        n: int,
        rows: _Rows,
        codes: dict[str, tuple[int, np.ndarray]] | None = None,
    ) -> None:
        """Evaluate every item of ``rules`` over the columns and add the quantities to the lines.

        ``codes``: columns already numbered by their distinct values (see ``_groups``).
        """
        with np.errstate(all="ignore"):  # a 0/0 in a branch np.where does not take is no error
            self._add_items(rules, cols, n, rows, dict(codes or {}))

    def _add_items(
        self,
        rules: KindRules,
        cols: dict[str, Any],
        n: int,
        rows: _Rows,
        codes: dict[str, tuple[int, np.ndarray]],
    ) -> None:
        for name, expr in rules.let:
            cols[name] = _vector(expr.evaluate_quietly(cols, rules.tables), n)
        kind_pos = self._kind_order.get(rules.kind, 0)
        numeric = frozenset(name for name in rules.input_names if cols[name].dtype.kind in "fiu")
        every = np.arange(n)
        # Lines this call added to, with the elements it put there (None: all): two items of one element
        # may meet on a line.
        touched: dict[LineKey, np.ndarray | None] = {}
        for item in rules.items:
            if item.when is None:
                qty = _vector(item.quantity.evaluate_quietly(cols, rules.tables), n, float)
                mask = qty > 0
            else:  # the condition first: an item that applies to none of them is not computed
                mask = np.array(_vector(item.when.evaluate_quietly(cols, rules.tables), n, bool))
                if not mask.any():
                    continue
                qty = _vector(item.quantity.evaluate_quietly(cols, rules.tables), n, float)
                mask &= qty > 0
            selected = int(np.count_nonzero(mask))
            if not selected:
                continue
            if not np.isfinite(qty[mask] if selected < n else qty).all():
                bad = int(np.flatnonzero(~np.isfinite(qty) & mask)[0])
                raise RuleError(f"{rules.source}: {item.quantity.text!r} is not finite for {rows.label(bad)}")
            names = item.fields
            idx = every if selected == n else np.flatnonzero(mask)
            measure_names = tuple(sorted(item.quantity.names & numeric))
            for combo, positions in _groups(cols, names, idx, codes):
                fields = dict(zip(names, combo, strict=True))
                lk = (item.bill, item.code.render(fields), item.description.render(fields), item.unit)
                line = self.lines.get(lk)
                if line is None:
                    line = MeasuredLine(*lk, item.quantity.text, measure_names, (kind_pos, item.index))
                    self.lines[lk] = line
                # None: every element (the usual case), no copies by index
                sel = (None if selected == n else idx) if positions is None else idx[positions]
                # Keys come new to the take-off (``_new_keys``; ``replace`` removes its key first), so only a
                # line this call already added to can hold one of them.
                if lk in touched:
                    before = touched[lk]
                    if before is None or sel is None or np.isin(sel, before).any():
                        self._add_slow(line, rows, sel, qty)
                        touched[lk] = None if before is None or sel is None else np.union1d(before, sel)
                        continue
                    touched[lk] = np.union1d(before, sel)
                else:
                    touched[lk] = sel
                line.add_chunk(_Chunk(rows, sel, qty if sel is None else qty[sel]))
                if isinstance(rows.provenance, str):
                    line.methods[rows.provenance] += n if sel is None else len(sel)
                else:
                    rows.count_provenance(line.methods, sel)

    def _add_slow(self, line: MeasuredLine, rows: _Rows, sel: np.ndarray | None, qty: np.ndarray) -> None:
        """Add contributions one by one (an element already on the line adds to its quantity)."""
        at = np.arange(len(rows.keys)) if sel is None else sel
        keys = rows.keys_at(at)
        quantities = qty[at].tolist()
        mvals = [rows.columns[name][at].tolist() for name in line.measure_names]
        contrib = line.contributions
        for j, (key, i) in enumerate(zip(keys, at.tolist(), strict=True)):
            if key in contrib:  # a second item of the same element on the same line
                contrib[key] += quantities[j]
                continue
            contrib[key] = quantities[j]
            for d, v in zip(line.input_values, mvals, strict=True):
                d[key] = v[j]
            line.methods[rows.provenance_of(i)] += 1
            if rows.source_ids[i]:
                insort(line.source_ids, rows.source_ids[i])

    # ------------------------------------------------------------------ reading

    def sorted_lines(self) -> list[MeasuredLine]:
        """Return the lines by bill, then rule order, then description."""
        return sorted(self.lines.values(), key=lambda ln: (ln.bill, ln.order, ln.description, ln.code))

    def inputs(self, line: MeasuredLine) -> tuple[tuple[str, float], ...]:
        """Return the formula's inputs summed over the contributing elements (for provenance)."""
        out = [("elements", float(line.count))]
        for j, name in enumerate(line.measure_names):
            out.append((name, line.input_total(j)))
        return tuple(out)

    def parts(self, line: MeasuredLine) -> tuple[tuple[str, float, tuple[tuple[str, float], ...]], ...]:
        """Return per contributing element (entity id, quantity, the formula's inputs for it), by id."""
        out = []
        for key, quantity in line.contributions.items():
            source_id = self.elements.source_id(key) if key in self.elements else ""
            name = source_id or key
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
