"""Read the TOML data files users edit (rule packs, house types, layer profiles, column mappings) strictly.

TOML allows ``nan`` and ``inf``; a NaN threshold passes every "no negatives" check (NaN < 0 is False)
and then poisons the analysis. Here they are refused with the line they are on, and every other
problem (not UTF-8, not TOML, too large, not a regular file) is one ``TomlDataError`` line.
"""

from __future__ import annotations

import math
import os
import re
import stat
import sys
import tomllib
from collections.abc import Iterator
from typing import Any

from designer.model.errors import JamiiError, Message

__all__ = ["MAX_TOML_BYTES", "TomlDataError", "parse_toml", "read_toml"]

MAX_TOML_BYTES = 4 * 1024 * 1024
"""A rule pack or house type is a few kilobytes; megabytes of TOML are not a settings file."""


class TomlDataError(JamiiError):
    """A TOML data file that cannot be used; ``reason`` is the message without the file name.

    Attributes:
        message: the reason with its measured values apart (a size, a line), for a screen to translate;
            None when the reason is plain text.
    """

    def __init__(self, path: str, reason: str | Message) -> None:
        self.path = path
        self.reason = str(reason)
        self.message = reason if isinstance(reason, Message) else None
        super().__init__(f"{path}: {self.reason}")


def _mib(n_bytes: int) -> float | int:
    """Mebibytes with one decimal, whole when it is whole."""
    mib = round(n_bytes / 2**20, 1)
    return int(mib) if mib == int(mib) else mib


class _NotFinite(ValueError):
    pass


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text)
    return value


def parse_toml(text: str, where: str = "<text>") -> dict[str, Any]:
    """Parse TOML text, refusing NaN, infinite numbers and integers too large for a float.

    Raises:
        TomlDataError: not TOML, or a number that is not finite (its line named).
    """
    try:
        data = tomllib.loads(text, parse_float=_finite_float)
    except _NotFinite as exc:
        raise _not_finite(text, str(exc), where) from None
    except tomllib.TOMLDecodeError as exc:
        raise TomlDataError(where, f"is not valid TOML ({exc})") from None
    except ValueError as exc:  # an integer of more digits than Python converts (int_max_str_digits)
        raise TomlDataError(where, f"is not valid TOML ({exc})") from None
    huge = next(_overflowing_ints(data, ""), None)
    if huge is not None:  # every figure becomes a float somewhere; this one would be infinite
        key, value = huge
        raise _not_finite(text, str(value), where, key)
    return data


def _overflowing_ints(value: Any, key: str) -> Iterator[tuple[str, int]]:
    """Yield (dotted key, integer) for the integers in parsed TOML that no float can hold.

    tomllib has a hook for floats but none for integers, so they are looked for after parsing.
    """
    if isinstance(value, dict):
        for name, item in value.items():
            yield from _overflowing_ints(item, f"{key}.{name}" if key else str(name))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _overflowing_ints(item, f"{key}[{i}]")
    elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > sys.float_info.max:
        yield key, value


def _not_finite(text: str, token: str, where: str, key: str = "") -> TomlDataError:
    """Return the error for a number that is not finite, naming its line (when found) and key (when known)."""
    line = next(
        (i for i, ln in enumerate(text.splitlines(), 1) if re.search(rf"=\s*{re.escape(token)}\b", ln)),
        None,
    )
    shown = token if len(token) <= 24 else f"{token[:20]}…({len(token)} digits)"
    if key:
        shown = f"{key} = {shown}"
    if line:
        not_finite = Message("line {line}: {value} is not a finite number", {"line": line, "value": shown})
    else:
        not_finite = Message("{value} is not a finite number", {"value": shown})
    return TomlDataError(where, not_finite)


def read_toml(path: str | os.PathLike[str], max_bytes: int = MAX_TOML_BYTES) -> dict[str, Any]:
    """Read a UTF-8 TOML file (see ``parse_toml``); also refuses non-regular and oversized files.

    Raises:
        TomlDataError: one line naming the file and what is wrong.
        FileNotFoundError: there is no such file (callers word this themselves).
    """
    where = str(path)
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise TomlDataError(where, "is not a regular file")
    if st.st_size > max_bytes:
        too_big = Message(
            "is {size_mib} MiB, more than the {limit_mib} MiB {what} may have",
            {"size_mib": _mib(st.st_size), "limit_mib": _mib(max_bytes), "what": "a TOML data file"},
            terms=frozenset({"what"}),
        )
        raise TomlDataError(where, too_big)
    try:
        with open(path, "rb") as fh:
            text = fh.read(max_bytes + 1).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TomlDataError(where, f"is not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise TomlDataError(where, f"cannot be read ({exc.strerror or exc})") from None
    return parse_toml(text, where)
