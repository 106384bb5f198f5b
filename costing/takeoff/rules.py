"""Measurement rules as data: one TOML file per element kind in ``resources/costing/rules``.

A rule file says how one element of a kind becomes billed quantities::

    kind = "water_main"
    [defaults]              # values for measures an element does not carry
    depth_m = 0.9
    [tables.trench_width_m] # step tables for lookup('trench_width_m', diameter_mm)
    breaks = [110, 200]
    values = [0.45, 0.6, 0.8]
    [let]                   # derived values, in order (expressions, see costing.takeoff.expr)
    width_m = "lookup('trench_width_m', diameter_mm)"
    [[items]]
    code = "EW-TRENCH-{depth_class}"        # cost-library item; {name} or {name:fmt} from columns
    bill = 7
    description = "Excavate trench for {diameter_mm:.0f} mm main"
    unit = "m3"
    quantity = "length_m * width_m * depth_m"
    when = "depth_m > 0"                     # optional condition

Items with the same bill, code, description and unit are added up across elements into one line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from costing.errors import RuleError
from costing.takeoff.elements import ELEMENT_KINDS
from costing.takeoff.expr import Expression, StepTable, compile_expression

__all__ = ["KindRules", "RuleItem", "RuleSet", "Template", "load_rules"]

_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}]*))?\}")
CANONICAL_UNITS = ("m", "m2", "m3", "kg", "t", "nr", "item", "sum", "h")


@dataclass(frozen=True)
class Template:
    """A text with ``{name}`` / ``{name:fmt}`` fields filled from an element's values (no code runs)."""

    text: str

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(m.group(1) for m in _FIELD.finditer(self.text))

    def render(self, values: dict[str, Any]) -> str:
        if not self.names:
            return self.text

        def fill(m: re.Match[str]) -> str:
            value = values[m.group(1)]
            if hasattr(value, "item"):
                value = value.item()
            spec = m.group(2) or ""
            if isinstance(value, float) and not spec and value.is_integer():
                return str(int(value))
            try:
                return format(value, spec)
            except (ValueError, TypeError):
                return str(value)

        return _FIELD.sub(fill, self.text)


@dataclass(frozen=True)
class RuleItem:
    """One billed item an element produces."""

    index: int
    code: Template
    bill: int
    description: Template
    unit: str
    quantity: Expression
    when: Expression | None = None

    @cached_property
    def fields(self) -> list[str]:
        """The template fields of its code and description, sorted (the values its lines are grouped by)."""
        return sorted(set(self.code.names) | set(self.description.names))


@dataclass(frozen=True)
class KindRules:
    """The rules of one element kind."""

    kind: str
    defaults: dict[str, Any]
    let: tuple[tuple[str, Expression], ...]
    tables: dict[str, StepTable]
    items: tuple[RuleItem, ...]
    source: str = ""

    @cached_property
    def input_names(self) -> frozenset[str]:
        """Names the rules read from elements (measures and attributes)."""
        derived = {n for n, _ in self.let}
        names: set[str] = set()
        for _, expr in self.let:
            names |= expr.names
        for it in self.items:
            names |= it.quantity.names | (it.when.names if it.when else frozenset())
            names |= set(it.code.names) | set(it.description.names)
        return frozenset(names - derived)


@dataclass(frozen=True)
class RuleSet:
    """Measurement rules for every element kind."""

    kinds: dict[str, KindRules] = field(default_factory=dict)

    def for_kind(self, kind: str) -> KindRules:
        try:
            return self.kinds[kind]
        except KeyError:
            raise RuleError(f"no measurement rules for element kind {kind!r}") from None


def _parse_kind(data: dict[str, Any], source: str) -> KindRules:
    kind = data.get("kind")
    if kind not in ELEMENT_KINDS:
        raise RuleError(f"{source}: kind {kind!r} is not an element kind ({', '.join(ELEMENT_KINDS)})")
    tables = {}
    for name, t in data.get("tables", {}).items():
        try:
            tables[name] = StepTable(tuple(float(b) for b in t["breaks"]), tuple(t["values"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise RuleError(f"{source}: table {name!r}: {exc}") from None
    let = tuple((name, compile_expression(expr)) for name, expr in data.get("let", {}).items())
    items = []
    for i, it in enumerate(data.get("items", [])):
        try:
            unit = str(it["unit"])
            if unit not in CANONICAL_UNITS:
                raise RuleError(
                    f"{source}: item {i + 1}: unit {unit!r} is not canonical ({', '.join(CANONICAL_UNITS)})"
                )
            bill = int(it["bill"])
            if not 1 <= bill <= 13:
                raise RuleError(f"{source}: item {i + 1}: bill {bill} is not 1–13")
            items.append(
                RuleItem(
                    index=i,
                    code=Template(str(it["code"])),
                    bill=bill,
                    description=Template(str(it["description"])),
                    unit=unit,
                    quantity=compile_expression(it["quantity"]),
                    when=compile_expression(it["when"]) if "when" in it else None,
                )
            )
        except KeyError as exc:
            raise RuleError(f"{source}: item {i + 1} lacks {exc.args[0]!r}") from None
        except RuleError as exc:
            raise RuleError(f"{source}: {exc}") from None
    return KindRules(kind, dict(data.get("defaults", {})), let, tables, tuple(items), source)


def load_rules(folder: str | Path | None = None) -> RuleSet:
    """Load every ``*.toml`` rule file of a folder (default: the shipped rules)."""
    if folder is None:
        return _shipped_rules()
    return _load(Path(folder))


@lru_cache(maxsize=1)
def _shipped_rules() -> RuleSet:
    from costing.db.appdata import shipped_resource

    return _load(shipped_resource("rules"))


def _load(folder: Path) -> RuleSet:
    kinds: dict[str, KindRules] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(f"{path}: {exc}") from None
        rules = _parse_kind(data, path.name)
        if rules.kind in kinds:
            raise RuleError(f"{path}: rules for {rules.kind!r} are given twice")
        kinds[rules.kind] = rules
    return RuleSet(kinds)
