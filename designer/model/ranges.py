"""Physical ranges of every number a project holds, from one table (``resources/validation/physical_ranges.toml``).

Checked when a project file is decoded (the message names the JSON path) and when a command adds or
replaces a record (imports, tools): a −50 mm pipe, a toilet with a million seats or a width of 1e300 m
never reaches the costing or the analysis.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from designer.model.errors import Message

__all__ = ["FieldRange", "check_value", "field_range", "max_abs_local_m", "record_range_errors"]


@dataclass(frozen=True)
class FieldRange:
    """The allowed values of one field (bounds inclusive, ``gt`` exclusive)."""

    what: str
    unit: str = ""
    min: float | None = None
    max: float | None = None
    gt: float | None = None

    def problem(self, value: float | Decimal) -> Message | None:
        """Return why ``value`` is refused (None when it is fine); ``str()`` of it is the English line."""
        if not _finite(value):
            return Message(
                "{what} {value} is not a finite number", {"what": self.what, "value": str(value)}, terms=_WHAT
            )
        above_low = value > self.gt if self.gt is not None else (self.min is None or value >= self.min)
        if above_low and (self.max is None or value <= self.max):
            return None  # the common case, without building a message
        values: dict[str, Any] = {"what": self.what, "value": _shown(value), "unit": _unit(self.unit)}
        if self.gt is not None and not value > self.gt:
            values["limit"] = self.gt
            template = "{what} {value}{unit} must be more than {limit}"
        elif self.min is not None and value < self.min:
            values["limit"] = self.min
            template = "{what} {value}{unit} is below the smallest plausible value, {limit}"
        else:
            values["limit"] = self.max
            template = "{what} {value}{unit} is above the largest plausible value, {limit}"
        return Message(template, values, {"limit": "g"}, _WHAT)


_WHAT = frozenset({"what"})  # the field's name is a word to translate; its unit symbol is not


def _unit(unit: str) -> str:
    return " " + unit if unit else ""


def _finite(value: float | Decimal) -> bool:
    if isinstance(value, Decimal):
        return value.is_finite()
    return isinstance(value, int) or math.isfinite(value)  # an int is finite and may not fit a float


def _shown(value: float | Decimal) -> float | Decimal | Message:
    if isinstance(value, int) and abs(value) >= 10**18:
        # str() of a huge int is slow or refused (4,300-digit limit): say how big it is instead.
        digits = int(abs(value).bit_length() * 0.30103) + 1
        return Message("a number of about {digits} digits", {"digits": digits})
    return value


@cache
def _table() -> dict[str, Any]:
    from designer.resources import resource_path

    with open(resource_path("validation", "physical_ranges.toml"), "rb") as fh:
        return tomllib.load(fh)


@cache
def max_abs_local_m() -> float:
    """Largest absolute local coordinate (metres from the project origin)."""
    return float(_table()["coordinates"]["max_abs_local_m"])


@cache
def _ranges() -> dict[str, FieldRange]:
    return {name: FieldRange(**spec) for name, spec in _table().get("fields", {}).items()}


def field_range(name: str) -> FieldRange | None:
    """Return the range of a field name (None: no physical range applies)."""
    return _ranges().get(name)


def check_value(name: str, value: Any) -> Message | None:
    """Return why ``value`` is refused for field ``name`` (None when fine or not a number)."""
    rng = _ranges().get(name)
    if rng is None or isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    return rng.problem(value)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    import dataclasses

    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def record_range_errors(obj: Any) -> list[tuple[str, Message]]:
    """Return ``(field, reason)`` for every field of a dataclass instance outside its range (nested too)."""
    import dataclasses

    out: list[tuple[str, Message]] = []
    ranges = _ranges()
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        if name in ranges:
            reason = check_value(name, value)
            if reason:
                out.append((name, reason))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            out.extend((f"{name}.{n}", r) for n, r in record_range_errors(value))
        elif type(value) is tuple and value and dataclasses.is_dataclass(value[0]):
            for i, item in enumerate(value):
                out.extend((f"{name}[{i}].{n}", r) for n, r in record_range_errors(item))
    return out
