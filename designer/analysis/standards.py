"""Service-standard rule packs: thresholds read from TOML files, never from code.

A pack is found by name in this order:

1. a path to a ``.toml`` file (``jamii check FILE --standard ./kenya-2024.toml``);
2. the user's standards folders: every folder in ``$JAMII_STANDARDS_DIR`` (``os.pathsep``-separated),
   then :func:`user_standards_dir` (``~/.local/share/jamii/standards`` on Linux), as ``<name>.toml``;
3. the packs shipped in ``resources/standards`` (``sphere-2018``, ``unhcr-post-emergency``, ``jmp``,
   ``un-habitat-slum``).

A pack names the pack it ``extends`` (default ``base``) and overrides only what its standard says, so a
national pack can be five lines. Unknown tables or keys and values of the wrong type are refused with
the file and key named.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from designer.model.errors import JamiiError

__all__ = [
    "BUNDLED_PACKS",
    "DEFAULT_PACK",
    "ControlRules",
    "DeprivationRules",
    "PeopleRules",
    "PressureRules",
    "SanitationRules",
    "ShelterRules",
    "StandardPack",
    "StandardsError",
    "WalkingRules",
    "WaterRules",
    "available_packs",
    "load_pack",
    "user_standards_dir",
]

DEFAULT_PACK = "sphere-2018"
BUNDLED_PACKS = ("sphere-2018", "unhcr-post-emergency", "jmp", "un-habitat-slum")
_BASE = "base"


class StandardsError(JamiiError):
    """A rule pack that cannot be found or read (names the file and the key)."""


@dataclass(frozen=True, slots=True)
class WaterRules:
    """Water supply thresholds (litres, metres, minutes, hours, income shares)."""

    min_l_per_person_day: float
    max_distance_m: float
    max_persons_per_tap: float
    max_persons_per_handpump: float
    max_queue_min: float
    min_open_hours_per_day: float
    needed_open_windows_h: tuple[tuple[float, float], ...]
    max_income_share: float
    max_services_income_share: float
    container_l: float
    max_round_trip_min: float
    improved_kinds: tuple[str, ...]
    piped_kinds: tuple[str, ...]
    private_kinds: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SanitationRules:
    """Toilet thresholds (metres, persons per seat, female:male seat ratio)."""

    max_distance_m: float
    max_persons_per_toilet: float
    female_to_male: float
    uses_per_person_per_day: float
    improved_kinds: tuple[str, ...]
    needed_open_windows_h: tuple[tuple[float, float], ...]
    emptied_kinds: tuple[str, ...]
    night_h: tuple[tuple[float, float], ...]
    pit_kinds: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WalkingRules:
    """How walking routes are built and penalised (metres, metres per minute)."""

    speed_m_per_min: float
    busy_crossing_extra_m: float
    unlit_extra_per_m: float
    access_tolerance_m: float
    snap_tolerance_m: float
    facility_attach_max_m: float
    light_reach_per_height: float
    night_max_unlit_m: float


@dataclass(frozen=True, slots=True)
class PeopleRules:
    """Assumptions about people where the survey has no per-person data."""

    female_share: float


@dataclass(frozen=True, slots=True)
class PressureRules:
    """Hydraulic check settings (metres of head, Hazen–Williams C)."""

    min_head_m: float
    hazen_williams_c: float
    join_tolerance_m: float
    connect_max_m: float
    max_supply_pressure_m: float


@dataclass(frozen=True, slots=True)
class ControlRules:
    """Governance: the largest share of water points one operator may control."""

    max_operator_share: float


@dataclass(frozen=True, slots=True)
class ShelterRules:
    """Shelter thresholds (m² of covered floor per person)."""

    min_covered_m2_per_person: float


@dataclass(frozen=True, slots=True)
class DeprivationRules:
    """How the five UN-Habitat slum-household deprivations are decided from the drawing."""

    water_max_distance_m: float
    toilet_max_households: int
    durable_wall_materials: tuple[str, ...]
    durable_roof_materials: tuple[str, ...]
    hazard_kinds: tuple[str, ...]
    max_persons_per_room: float
    min_room_m2: float
    secure_tenures: tuple[str, ...]


_SECTIONS: dict[str, type] = {
    "water": WaterRules,
    "sanitation": SanitationRules,
    "walking": WalkingRules,
    "people": PeopleRules,
    "pressure": PressureRules,
    "control": ControlRules,
    "shelter": ShelterRules,
    "deprivation": DeprivationRules,
}


@dataclass(frozen=True, slots=True)
class StandardPack:
    """A complete, resolved rule pack (its own values over those of the packs it extends).

    Attributes:
        id: the pack's id, e.g. ``"sphere-2018"``.
        name: a readable name.
        source: where its numbers come from.
        path: the file it was read from.
    """

    id: str
    name: str
    source: str
    path: str
    water: WaterRules
    sanitation: SanitationRules
    walking: WalkingRules
    people: PeopleRules
    pressure: PressureRules
    control: ControlRules
    shelter: ShelterRules
    deprivation: DeprivationRules

    def to_json(self) -> dict[str, Any]:
        """Return the pack as plain JSON values (what `jamii check --format json` reports)."""
        out: dict[str, Any] = {"id": self.id, "name": self.name, "source": self.source}
        for section in _SECTIONS:
            value = getattr(self, section)
            out[section] = {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def user_standards_dir() -> Path:
    """Return the folder where a user keeps national or local packs (``<data dir>/jamii/standards``)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "jamii" / "standards"


def search_dirs() -> list[Path]:
    """Return the folders searched for rule packs and their tables, most local first."""
    dirs = [Path(p) for p in os.environ.get("JAMII_STANDARDS_DIR", "").split(os.pathsep) if p]
    dirs.append(user_standards_dir())
    from designer.resources import resource_path

    dirs.append(resource_path("standards"))
    return dirs


def _find(name: str) -> Path:
    if name.endswith(".toml") or os.sep in name or (os.altsep and os.altsep in name):
        path = Path(name)
        if not path.is_file():
            raise StandardsError(f"rule pack file {name} does not exist")
        return path
    for folder in search_dirs():
        candidate = folder / f"{name}.toml"
        if candidate.is_file():
            return candidate
    known = ", ".join(p["id"] for p in available_packs())
    raise StandardsError(f"no rule pack {name!r}; known packs: {known} (or give a path to a .toml file)")


def _read(path: Path) -> dict[str, Any]:
    from designer.model.toml_data import TomlDataError, read_toml

    try:
        return read_toml(path)
    except TomlDataError as exc:
        raise StandardsError(str(exc)) from None
    except OSError as exc:
        raise StandardsError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def _raw_chain(name: str, seen: tuple[str, ...] = ()) -> tuple[dict[str, Any], Path]:
    """Return the merged raw tables of a pack and the packs it extends, and the pack's own path."""
    path = _find(name)
    raw = _read(path)
    key = str(path.resolve())
    if key in seen:
        raise StandardsError(f"{path}: rule packs extend each other in a circle")
    meta = raw.get("pack", {})
    if not isinstance(meta, dict):
        raise StandardsError(f"{path}: [pack] must be a table")
    # Every pack extends the common settings unless it says otherwise; the common settings are the root.
    parent = "" if meta.get("id") == _BASE else meta.get("extends", _BASE)
    merged: dict[str, Any] = {}
    if parent:
        merged, _ = _raw_chain(str(parent), (*seen, key))
    for table, values in raw.items():
        if table == "pack":
            continue
        if table not in _SECTIONS:
            raise StandardsError(f"{path}: unknown table [{table}]; known: {', '.join(_SECTIONS)}")
        if not isinstance(values, dict):
            raise StandardsError(f"{path}: [{table}] must be a table")
        section = merged.setdefault(table, {})
        for k, v in values.items():
            section[k] = (v, path)
    merged["pack"] = {**merged.get("pack", {}), **{k: (v, path) for k, v in meta.items()}}
    return merged, path


def _convert(value: Any, annotation: str, where: str) -> Any:
    if annotation == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise StandardsError(f"{where} must be a number, got {value!r}")
        if value < 0:
            raise StandardsError(f"{where} must not be negative, got {value!r}")
        return float(value)
    if annotation == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise StandardsError(f"{where} must be a whole number, got {value!r}")
        return value
    if annotation == "bool":
        if not isinstance(value, bool):
            raise StandardsError(f"{where} must be true or false, got {value!r}")
        return value
    if annotation == "tuple[str, ...]":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise StandardsError(f"{where} must be a list of names, got {value!r}")
        return tuple(value)
    if annotation == "tuple[tuple[float, float], ...]":
        ok = isinstance(value, list) and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, int | float) for x in p) and p[0] < p[1]
            for p in value
        )
        if not ok:
            raise StandardsError(f"{where} must be a list of [from_hour, to_hour] pairs, got {value!r}")
        return tuple((float(a), float(b)) for a, b in value)
    raise AssertionError(annotation)  # pragma: no cover - every field type is listed above


def load_pack(name: str | None = None) -> StandardPack:
    """Return the rule pack named ``name`` (an id or a path to a TOML file), resolved over its parents.

    Raises:
        StandardsError: the pack is unknown, unreadable, or has an unknown key or a wrong value.
    """
    name = name or DEFAULT_PACK
    merged, path = _raw_chain(name)
    sections: dict[str, Any] = {}
    for table, cls in _SECTIONS.items():
        given = merged.get(table, {})
        known = {f.name: f for f in fields(cls)}
        for key, (_, src) in given.items():
            if key not in known:
                raise StandardsError(f"{src}: unknown key {key!r} in [{table}]")
        kwargs = {}
        for fname, f in known.items():
            if fname not in given:
                raise StandardsError(f"{path}: [{table}] {fname} is missing (and no parent pack sets it)")
            value, src = given[fname]
            kwargs[fname] = _convert(value, str(f.type), f"{src}: [{table}] {fname}")
        sections[table] = cls(**kwargs)
    meta = {k: v for k, (v, _) in merged["pack"].items()}
    return StandardPack(
        id=str(meta.get("id", path.stem)),
        name=str(meta.get("name", path.stem)),
        source=str(meta.get("source", "")),
        path=str(path),
        **sections,
    )


def available_packs() -> list[dict[str, str]]:
    """Return ``{"id", "name", "path"}`` of every pack that can be named, user packs first."""
    seen: set[str] = set()
    out: list[dict[str, str]] = []
    for folder in search_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if path.stem == _BASE or path.stem in seen:
                continue
            seen.add(path.stem)
            try:
                meta = _read(path).get("pack", {})
            except StandardsError:
                meta = {}
            out.append({"id": path.stem, "name": str(meta.get("name", path.stem)), "path": str(path)})
    return out
