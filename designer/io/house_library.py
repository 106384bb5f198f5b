"""The house-type library: shipped types, the user's own types and the project's, as TOML files.

Types are looked up in this order, the first wins: the project file (``HouseType`` records in the
Document), the user's folder (:func:`user_house_types_dir`), the shipped ``resources/house_types``.
A house type file is the codec's description of a :class:`HouseType` written as TOML, with one
convenience for authors: a room may give ``rect = [x, y, width, depth]`` (metres, house frame)
instead of ``outline``. :func:`save_house_type` writes a type back (always with ``outline``).
Rule thresholds come from ``resources/house_rules.toml`` (:func:`load_rules`).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.model.codec import DecodeError, decode_record
from designer.model.errors import JamiiError, Message
from designer.model.housing import HouseRules, HouseType, rect_ring
from designer.model.toml_data import TomlDataError, read_toml

if TYPE_CHECKING:
    from designer.model.commands import Command
    from designer.model.document import Document

__all__ = [
    "HouseLibrary",
    "HouseTypeFileError",
    "UnknownHouseTypeError",
    "add_type_command",
    "house_type_from_dict",
    "house_type_to_dict",
    "house_type_to_toml",
    "load_house_type",
    "load_library",
    "load_rules",
    "save_house_type",
    "user_house_types_dir",
]


class HouseTypeFileError(JamiiError):
    """A house type or rules file that cannot be read: names the file, the place and the reason.

    Attributes:
        message: the reason with its values apart, for a screen to translate (None: plain text).
    """

    def __init__(
        self, path: str, where: str, reason: str | Message | None, message: Message | None = None
    ) -> None:
        self.path = path
        self.where = where
        self.message = message or (reason if isinstance(reason, Message) else None)
        self.reason = str(reason if reason is not None else message)
        at = f" at {where}" if where else ""
        super().__init__(f"{path}{at}: {self.reason}")


class UnknownHouseTypeError(JamiiError):
    """A house type id the library does not have; ``message`` lists the known ones."""

    def __init__(self, type_id: str, known: list[str]) -> None:
        self.type_id = type_id
        self.message = Message(
            "no house type {type_id}; known types: {known}",
            {"type_id": repr(type_id), "known": ", ".join(known) or "none"},
            terms=frozenset() if known else frozenset({"known"}),
        )
        super().__init__(str(self.message))


# --------------------------------------------------------------------------- one type <-> dict/TOML


def house_type_from_dict(data: Mapping[str, Any], where: str = "<memory>") -> HouseType:
    """Build a HouseType from a parsed TOML/JSON mapping (``rect`` shorthand allowed for rooms)."""
    data = dict(data)
    rooms = data.get("rooms")
    if isinstance(rooms, list):
        fixed = []
        for i, given in enumerate(rooms):
            room = given
            if isinstance(given, dict) and "rect" in given:
                room = dict(given)
                rect = room.pop("rect")
                if (
                    not isinstance(rect, list)
                    or len(rect) != 4
                    or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in rect)
                ):
                    raise HouseTypeFileError(
                        where, f"rooms[{i}].rect", "expected [x, y, width, depth] in metres"
                    )
                try:
                    room["outline"] = [list(p) for p in rect_ring(*(float(v) for v in rect))]
                except OverflowError:
                    raise HouseTypeFileError(
                        where, f"rooms[{i}].rect", "a number too large for metres"
                    ) from None
            fixed.append(room)
        data["rooms"] = fixed
    try:
        ht = decode_record(HouseType.KIND, data, "$")
    except DecodeError as exc:
        raise HouseTypeFileError(where, exc.json_path, exc.reason, exc.message) from None
    assert isinstance(ht, HouseType)
    return ht


def house_type_to_dict(ht: HouseType) -> dict[str, Any]:
    """Return the JSON/TOML-ready mapping of a house type (the project file's form)."""
    from designer.model.codec import encode_record

    return encode_record(ht)


def load_house_type(path: str | os.PathLike[str]) -> HouseType:
    """Read one house type TOML file.

    Raises:
        HouseTypeFileError: not TOML, or a value that does not fit (the place is named).
    """
    where = str(path)
    try:
        data = read_toml(path)
    except TomlDataError as exc:
        raise HouseTypeFileError(where, "", exc.reason, exc.message) from None
    return house_type_from_dict(data, where)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot write {value!r} to TOML")
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _toml_table(data: Mapping[str, Any], prefix: str, lines: list[str]) -> None:
    tables: list[tuple[str, Mapping[str, Any]]] = []
    arrays: list[tuple[str, list[Mapping[str, Any]]]] = []
    for key, value in data.items():
        if value is None:
            continue  # TOML has no null: an absent key decodes to the default (None)
        if isinstance(value, Mapping):
            tables.append((key, value))
        elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            arrays.append((key, value))
        else:
            lines.append(f"{key} = {_toml_value(value)}")
    for key, value in tables:
        name = f"{prefix}{key}"
        lines.extend(["", f"[{name}]"])
        _toml_table(value, f"{name}.", lines)
    for key, items in arrays:
        name = f"{prefix}{key}"
        for item in items:
            lines.extend(["", f"[[{name}]]"])
            _toml_table(item, f"{name}.", lines)


def house_type_to_toml(ht: HouseType) -> str:
    """Return a house type as TOML text that :func:`load_house_type` reads back to an equal type."""
    lines = [f"# Jamii house type {ht.id}: {ht.name}", ""]
    _toml_table(house_type_to_dict(ht), "", lines)
    return "\n".join(lines) + "\n"


def save_house_type(ht: HouseType, path: str | os.PathLike[str]) -> Path:
    """Write a house type as TOML (atomically: temp file then rename); return the path written."""
    from designer.io.atomic import atomic_write

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, lambda tmp: tmp.write_text(house_type_to_toml(ht), encoding="utf-8"))
    return target


# --------------------------------------------------------------------------- the library


def user_house_types_dir() -> Path:
    """Return the folder of the user's own house types: ``house_types`` in Jamii's app-data folder.

    That folder is ``$JAMII_DATA_DIR`` if set, else the platform's convention (the same folder that
    holds the user's cost libraries).
    """
    from designer.io.appdata import data_dir

    return data_dir() / "house_types"


@dataclass
class HouseLibrary:
    """House types by id with where each came from ("project", "user" or "shipped")."""

    types: dict[str, HouseType] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)

    def __contains__(self, type_id: object) -> bool:
        return type_id in self.types

    def get(self, type_id: str) -> HouseType:
        """Return a type by id.

        Raises:
            JamiiError: no such type (the message lists the known ones).
        """
        try:
            return self.types[type_id]
        except KeyError:
            raise UnknownHouseTypeError(type_id, sorted(self.types)) from None

    def sorted(self) -> list[HouseType]:
        return [self.types[k] for k in sorted(self.types)]


def _shipped_dir() -> Path:
    from designer.resources import resource_path

    return resource_path("house_types")


_PARSED: dict[Path, tuple[int, HouseType]] = {}
"""House-type files already read, by path, with the modification time they had (types are immutable)."""


def _load_cached(path: Path) -> HouseType:
    # The library is loaded on every costing of an option with houses: read each file only once
    # unless it changes on disk.
    mtime_ns = path.stat().st_mtime_ns
    hit = _PARSED.get(path)
    if hit is not None and hit[0] == mtime_ns:
        return hit[1]
    ht = load_house_type(path)
    _PARSED[path] = (mtime_ns, ht)
    return ht


def _read_folder(folder: Path, origin: str, lib: HouseLibrary) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.toml")):
        ht = _load_cached(path)
        lib.types[ht.id] = ht
        lib.origin[ht.id] = origin
        lib.paths[ht.id] = path


def load_library(
    doc: Document | None = None,
    user_dir: str | os.PathLike[str] | None = None,
    extra_dirs: Iterable[str | os.PathLike[str]] = (),
    include_user: bool = True,
) -> HouseLibrary:
    """Load the shipped types, then the user's (and ``extra_dirs``), then the project's; later ones win.

    Args:
        doc: a project whose ``HouseType`` records override library types of the same id.
        user_dir: the user's folder (default :func:`user_house_types_dir`).
        extra_dirs: more folders of ``*.toml`` types (read after the user's folder).
        include_user: False to ignore the user's folder (reproducible tests and scripts).
    """
    lib = HouseLibrary()
    _read_folder(_shipped_dir(), "shipped", lib)
    if include_user:
        _read_folder(Path(user_dir) if user_dir is not None else user_house_types_dir(), "user", lib)
    for folder in extra_dirs:
        _read_folder(Path(folder), "user", lib)
    if doc is not None:
        for ht in doc.of_type(HouseType):
            lib.types[ht.id] = ht
            lib.origin[ht.id] = "project"
    return lib


def add_type_command(doc: Document, ht: HouseType, label: str = "") -> Command | None:
    """Return the command that puts ``ht`` in the project (add, or replace the type with its id).

    Returns None when the project already holds exactly this type.
    """
    from designer.model.house_commands import house_type_command

    return house_type_command(doc, ht, label)


# --------------------------------------------------------------------------- rules


def load_rules(profile: str | None = None, path: str | os.PathLike[str] | None = None) -> HouseRules:
    """Read the house rule thresholds: ``[default]`` overridden by ``[profiles.<profile>]`` if present.

    Args:
        profile: usually the project's ``standards_profile``; unknown profiles use the defaults.
        path: a rules file (default ``resources/house_rules.toml``).
    """
    from designer.resources import resource_path

    file = Path(path) if path is not None else resource_path("house_rules.toml")
    where = str(file)
    try:
        data = read_toml(file)
    except TomlDataError as exc:
        raise HouseTypeFileError(where, "", exc.reason, exc.message) from None
    values: dict[str, Any] = dict(data.get("default", {}))
    used = "default"
    overrides = data.get("profiles", {}).get(profile or "", None)
    if overrides:
        used = str(profile)
        min_area = {**values.get("min_room_area_m2", {}), **overrides.get("min_room_area_m2", {})}
        values.update(overrides)
        values["min_room_area_m2"] = min_area
    known = set(HouseRules.__dataclass_fields__) - {"profile"}
    unknown = set(values) - known
    if unknown:
        raise HouseTypeFileError(where, sorted(unknown)[0], "unknown rule threshold")
    for key, value in values.items():
        if key == "min_room_area_m2":
            if not isinstance(value, dict) or not all(isinstance(v, int | float) for v in value.values()):
                raise HouseTypeFileError(where, key, "expected a table of use = area in m²")
        elif not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            wrong = Message(
                "expected a non-negative number, got {value}",
                {
                    "value": value
                    if isinstance(value, int | float) and not isinstance(value, bool)
                    else repr(value)
                },
            )
            raise HouseTypeFileError(where, key, wrong)
    try:
        min_area = {str(k): float(v) for k, v in values.pop("min_room_area_m2", {}).items()}
        numbers = {k: float(v) for k, v in values.items()}
    except OverflowError:
        raise HouseTypeFileError(where, "", "a threshold too large for a number") from None
    return HouseRules(profile=used, min_room_area_m2=min_area, **numbers)
