"""Rules of the access analysis (blocks, public space, proposals, emergency widths), read from TOML.

The shipped rules are ``resources/access/access.toml``; ``load_access_rules(path)`` reads another file
with the same tables. Unknown keys and values of the wrong type are refused with the file and key named.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

from designer.model.errors import JamiiError

__all__ = ["AccessRules", "AccessRulesError", "DeriveRules", "ProposeRules", "load_access_rules"]


class AccessRulesError(JamiiError):
    """An access rules file that cannot be read (names the file and the key)."""


@dataclass(frozen=True, slots=True)
class DeriveRules:
    """How blocks, public space and its centreline network are derived (metres)."""

    touch_tolerance_m: float
    outer_margin_m: float
    sample_spacing_m: float
    max_samples: float
    min_frontage_m: float
    min_passage_m: float
    spur_factor: float
    min_path_width_m: float
    width_step: float
    tile_m: float
    tile_halo_m: float


@dataclass(frozen=True, slots=True)
class ProposeRules:
    """How proposed access paths are weighted and drawn (metres)."""

    path_width_m: float
    building_penalty_m: float
    plot_share_penalty_m: float
    surface: str
    with_drain: bool
    drain_width_m: float
    connect_max_m: float


@dataclass(frozen=True, slots=True)
class AccessRules:
    """All access rules, and the emergency clear widths by name (``stretcher``, ``fire_hose``, …)."""

    derive: DeriveRules
    propose: ProposeRules
    widths_m: dict[str, float]
    source: str


def _table(raw: dict[str, Any], name: str, cls: type, where: str) -> Any:
    table = raw.get(name)
    if not isinstance(table, dict):
        raise AccessRulesError(f"{where}: missing table [{name}]")
    known = {f.name: f.type for f in fields(cls)}
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise AccessRulesError(f"{where}: [{name}] has unknown key {unknown[0]!r}")
    values: dict[str, Any] = {}
    for key, kind in known.items():
        if key not in table:
            raise AccessRulesError(f"{where}: [{name}] is missing {key!r}")
        value = table[key]
        if kind == "str":
            if not isinstance(value, str) or not value:
                raise AccessRulesError(f"{where}: [{name}] {key} must be a word, got {value!r}")
        elif kind == "bool":
            if not isinstance(value, bool):
                raise AccessRulesError(f"{where}: [{name}] {key} must be true or false, got {value!r}")
        elif isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise AccessRulesError(f"{where}: [{name}] {key} must be a number ≥ 0, got {value!r}")
        else:
            value = float(value)
        values[key] = value
    return cls(**values)


@cache
def load_access_rules(path: str | None = None) -> AccessRules:
    """Return the access rules from ``path`` (default: the shipped ``resources/access/access.toml``).

    Raises:
        AccessRulesError: the file cannot be read, or a table, key or value is wrong.
    """
    from designer.resources import resource_path

    file = Path(path) if path else resource_path("access", "access.toml")
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise AccessRulesError(f"{file}: cannot read access rules: {exc}") from exc
    where = str(file)
    unknown = sorted(set(raw) - {"derive", "propose", "widths"})
    if unknown:
        raise AccessRulesError(f"{where}: unknown table [{unknown[0]}]")
    widths = raw.get("widths", {})
    out: dict[str, float] = {}
    for key, value in widths.items():
        if (
            not key.endswith("_m")
            or isinstance(value, bool)
            or not isinstance(value, int | float)
            or value <= 0
        ):
            raise AccessRulesError(f"{where}: [widths] {key} must be a width in metres > 0, got {value!r}")
        out[key[:-2]] = float(value)
    derive = _table(raw, "derive", DeriveRules, where)
    if derive.sample_spacing_m <= 0:
        raise AccessRulesError(f"{where}: [derive] sample_spacing_m must be > 0")
    if derive.tile_m <= 0:
        raise AccessRulesError(f"{where}: [derive] tile_m must be > 0")
    return AccessRules(derive, _table(raw, "propose", ProposeRules, where), out, where)
