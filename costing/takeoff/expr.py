"""A small, safe expression language for measurement rules, evaluated over numpy arrays.

Rules in ``resources/costing/rules`` are data written by people who do not program, and files from
others must never execute code. So expressions are parsed with ``ast`` and *interpreted* here:
only numbers, strings, names, arithmetic (``+ - * / // % **``), comparisons, ``and/or/not``,
``a if cond else b`` and a fixed set of functions are allowed. Every name is a column (one value
per element), so one evaluation measures all elements of a kind at once.

Functions: ``min, max`` (element-wise), ``ceil, floor, abs, sqrt, round``, ``lookup(table, x)``
(step table: ``x <= breaks[i]`` → ``values[i]``, else the last value), ``clamp(x, lo, hi)``.
Constants: ``pi``, ``true``, ``false``.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from costing.errors import RuleError

__all__ = ["Expression", "StepTable", "compile_expression"]


@dataclass(frozen=True)
class StepTable:
    """A step function: the first ``values[i]`` with ``x <= breaks[i]``, else ``values[-1]``."""

    breaks: tuple[float, ...]
    values: tuple[Any, ...]

    def __post_init__(self) -> None:
        if len(self.values) != len(self.breaks) + 1:
            raise RuleError("a lookup table needs one more value than breaks")
        if list(self.breaks) != sorted(self.breaks):
            raise RuleError("lookup table breaks must increase")

    def __call__(self, x: Any) -> Any:
        idx = np.searchsorted(np.asarray(self.breaks, dtype=float), np.asarray(x, dtype=float), side="left")
        return np.asarray(self.values)[idx]


_BINOPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: np.add,
    ast.Sub: np.subtract,
    ast.Mult: np.multiply,
    ast.Div: np.true_divide,
    ast.FloorDiv: np.floor_divide,
    ast.Mod: np.mod,
    ast.Pow: np.power,
}
_CMPOPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Eq: np.equal,
    ast.NotEq: np.not_equal,
    ast.Lt: np.less,
    ast.LtE: np.less_equal,
    ast.Gt: np.greater,
    ast.GtE: np.greater_equal,
}
_FUNCS: dict[str, Callable[..., Any]] = {
    "min": np.minimum,
    "max": np.maximum,
    "ceil": np.ceil,
    "floor": np.floor,
    "abs": np.abs,
    "sqrt": np.sqrt,
    "round": lambda x, n=0: np.round(x, int(n)),
    "clamp": lambda x, lo, hi: np.minimum(np.maximum(x, lo), hi),
}
_CONSTANTS = {"pi": math.pi, "true": True, "false": False, "True": True, "False": False}


class Expression:
    """A parsed, checked expression; call ``evaluate(columns, tables)``."""

    def __init__(self, text: str, tree: ast.expr) -> None:
        self.text = text
        self._tree = tree
        self._evaluate = _compile(tree, text)
        funcs = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
        self.names = frozenset(
            n.id
            for n in ast.walk(tree)
            if isinstance(n, ast.Name) and n.id not in _CONSTANTS and id(n) not in funcs
        )

    def evaluate(self, columns: Mapping[str, Any], tables: Mapping[str, StepTable] | None = None) -> Any:
        """Return the value (an array with one entry per element, or a scalar)."""
        with np.errstate(all="ignore"):
            return self.evaluate_quietly(columns, tables)

    def evaluate_quietly(
        self, columns: Mapping[str, Any], tables: Mapping[str, StepTable] | None = None
    ) -> Any:
        """``evaluate`` inside the caller's ``np.errstate(all="ignore")`` (setting it costs more than a
        small expression: the take-off sets it once for all the rules of a kind)."""
        return self._evaluate(columns, tables or {})

    def __repr__(self) -> str:
        return f"Expression({self.text!r})"


def _check(node: ast.AST, text: str) -> None:
    allowed = (
        ast.Expression,
        ast.BinOp,
        ast.UnaryOp,
        ast.Compare,
        ast.BoolOp,
        ast.IfExp,
        ast.Call,
        ast.Name,
        ast.Constant,
        ast.Load,
        ast.USub,
        ast.UAdd,
        ast.Not,
        ast.And,
        ast.Or,
        *_BINOPS,
        *_CMPOPS,
    )
    for sub in ast.walk(node):
        if not isinstance(sub, allowed):
            raise RuleError(f"{text!r}: {type(sub).__name__} is not allowed in a measurement rule")
        if isinstance(sub, ast.Call):
            if not isinstance(sub.func, ast.Name) or (sub.func.id not in _FUNCS and sub.func.id != "lookup"):
                raise RuleError(f"{text!r}: unknown function; allowed: lookup, {', '.join(_FUNCS)}")
            if sub.keywords:
                raise RuleError(f"{text!r}: functions take positional arguments only")
        if isinstance(sub, ast.Constant) and not isinstance(sub.value, int | float | str | bool):
            raise RuleError(f"{text!r}: only numbers and strings are allowed as constants")


@lru_cache(maxsize=4096)
def compile_expression(text: str | int | float) -> Expression:
    """Parse and check an expression; raise RuleError when it is not allowed."""
    source = str(text).strip()
    if not source:
        raise RuleError("an empty expression")
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        raise RuleError(f"{source!r}: {exc.msg}") from None
    _check(tree, source)
    return Expression(source, tree.body)


_Evaluator = Callable[[Mapping[str, Any], Mapping[str, StepTable]], Any]


def _compile(node: ast.expr, text: str) -> _Evaluator:
    """Turn a checked expression tree into nested closures, once per expression: evaluating it then runs
    the numpy operations without walking the tree again (a rule set is evaluated for every costing)."""
    if isinstance(node, ast.Constant):
        value = node.value
        return lambda _cols, _tables: value
    if isinstance(node, ast.Name):
        return _compile_name(node.id, text)
    if isinstance(node, ast.BinOp):
        op, left, right = _BINOPS[type(node.op)], _compile(node.left, text), _compile(node.right, text)
        return lambda cols, tables: op(left(cols, tables), right(cols, tables))
    if isinstance(node, ast.UnaryOp):
        operand = _compile(node.operand, text)
        if isinstance(node.op, ast.Not):
            return lambda cols, tables: np.logical_not(operand(cols, tables))
        if isinstance(node.op, ast.USub):
            return lambda cols, tables: np.negative(operand(cols, tables))
        return operand
    if isinstance(node, ast.BoolOp):
        return _compile_bool(node, text)
    if isinstance(node, ast.Compare):
        return _compile_compare(node, text)
    if isinstance(node, ast.IfExp):
        test, body, orelse = (_compile(n, text) for n in (node.test, node.body, node.orelse))
        return lambda cols, tables: np.where(test(cols, tables), body(cols, tables), orelse(cols, tables))
    if isinstance(node, ast.Call):
        return _compile_call(node, text)
    raise RuleError(f"{text!r}: cannot evaluate {type(node).__name__}")


def _compile_name(name: str, text: str) -> _Evaluator:
    """A column (one value per element); a constant's name unless a column has that name."""
    if name in _CONSTANTS:
        constant = _CONSTANTS[name]
        return lambda cols, _tables: cols.get(name, constant)

    def column(cols: Mapping[str, Any], _tables: Mapping[str, StepTable]) -> Any:
        try:
            return cols[name]
        except KeyError:
            raise RuleError(f"{text!r}: unknown name {name!r}") from None

    return column


def _compile_bool(node: ast.BoolOp, text: str) -> _Evaluator:
    parts = [_compile(v, text) for v in node.values]
    fn = np.logical_and if isinstance(node.op, ast.And) else np.logical_or

    def evaluate(cols: Mapping[str, Any], tables: Mapping[str, StepTable]) -> Any:
        out = parts[0](cols, tables)
        for part in parts[1:]:
            out = fn(out, part(cols, tables))
        return out

    return evaluate


def _compile_compare(node: ast.Compare, text: str) -> _Evaluator:
    first = _compile(node.left, text)
    steps = [
        (_CMPOPS[type(op)], _compile(comp, text)) for op, comp in zip(node.ops, node.comparators, strict=True)
    ]
    if len(steps) == 1:
        ((op, right),) = steps
        return lambda cols, tables: op(first(cols, tables), right(cols, tables))

    def evaluate(cols: Mapping[str, Any], tables: Mapping[str, StepTable]) -> Any:
        left = first(cols, tables)
        result: Any = True
        for op, comp in steps:
            right = comp(cols, tables)
            result = np.logical_and(result, op(left, right))
            left = right
        return result

    return evaluate


def _compile_call(node: ast.Call, text: str) -> _Evaluator:
    assert isinstance(node.func, ast.Name)
    if node.func.id == "lookup":
        if len(node.args) != 2 or not isinstance(node.args[0], ast.Constant):
            raise RuleError(f"{text!r}: lookup takes a table name in quotes and a value")
        name = str(node.args[0].value)
        argument = _compile(node.args[1], text)

        def lookup(cols: Mapping[str, Any], tables: Mapping[str, StepTable]) -> Any:
            if name not in tables:
                raise RuleError(f"{text!r}: no lookup table {name!r}")
            return tables[name](argument(cols, tables))

        return lookup
    fn = _FUNCS[node.func.id]
    args = [_compile(a, text) for a in node.args]
    return lambda cols, tables: fn(*(a(cols, tables) for a in args))
