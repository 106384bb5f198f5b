"""Daily hours as people write them ("06:00-10:00, 16:00-20:00", "24/7") to and from ``OpenHours``.

Used by the editors of opening hours (water points, toilets) and supply hours (the city main at a supply
point). A window is checked against the hour-of-the-day range of ``resources/validation/physical_ranges.toml``;
a window that ends before it starts runs past midnight ("18:00-06:00" is 18-24 and 0-6: the model keeps one
daily pattern); overlapping or touching windows are joined, so the hours a day are never counted twice.
"""

from __future__ import annotations

import re

from designer.model.entities import OpenHours, open_hours_per_day

__all__ = ["HoursError", "format_hours", "hours_per_day", "parse_hours"]

_WINDOW = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[:.h](\d{2}))?$")
_ALL_DAY = frozenset(("24/7", "24h", "24 h", "0-24", "00:00-24:00"))


class HoursError(ValueError):
    """Text that is not daily hours: ``reason`` is ``format`` (not "HH:MM-HH:MM") or ``range`` (an hour
    outside the day, or minutes past 59), ``empty`` (nothing where hours are required); ``part`` is the
    window in question as typed."""

    def __init__(self, reason: str, part: str) -> None:
        super().__init__(reason, part)
        self.reason = reason
        self.part = part

    def __str__(self) -> str:
        if self.reason == "empty":
            return "no hours given"
        if self.reason == "range":
            return f"{self.part!r} is not within the day (00:00 to 24:00)"
        return f"{self.part!r} is not a time window such as 06:00-10:00"


def _hour_bounds() -> tuple[float, float]:
    from designer.model.ranges import field_range

    rng = field_range("hour_of_day")
    if rng is None or rng.min is None or rng.max is None:  # the shipped table has it
        return (0.0, 24.0)
    return (float(rng.min), float(rng.max))


def parse_hours(text: str) -> OpenHours:
    """Return the daily windows (from_h, to_h) written in ``text``, sorted and joined where they overlap.

    Accepts "24/7", and windows "HH:MM-HH:MM" or "H-H" separated by commas or semicolons ("6-10, 16:30-20").

    Raises:
        HoursError: the text is empty, a window is not written as a time window, or an hour is outside the day.
    """
    value = text.strip()
    if not value:
        raise HoursError("empty", "")
    if value.casefold().replace(" ", "") in {a.replace(" ", "") for a in _ALL_DAY}:
        return ((0.0, 24.0),)
    windows: list[tuple[float, float]] = []
    for raw in re.split(r"[,;]", value):
        part = raw.strip()
        if part:
            windows.extend(_window(part))
    if not windows:
        raise HoursError("empty", value)
    return _joined(windows)


def _window(part: str) -> list[tuple[float, float]]:
    """Return one typed window as one period, or two when it runs past midnight."""
    low, high = _hour_bounds()
    m = _WINDOW.fullmatch(part)
    if not m:
        raise HoursError("format", part)
    h1, m1, h2, m2 = (int(g) if g else 0 for g in m.groups())
    start, end = h1 + m1 / 60.0, h2 + m2 / 60.0
    if m1 > 59 or m2 > 59 or not (low <= start <= high and low <= end <= high):
        raise HoursError("range", part)
    if start == end:
        raise HoursError("format", part)
    if end > start:
        return [(start, end)]
    return [w for w in ((start, high), (low, end)) if w[1] > w[0]]  # past midnight


def _joined(windows: list[tuple[float, float]]) -> OpenHours:
    out: list[tuple[float, float]] = []
    for a, b in sorted(windows):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return tuple(out)


def _clock(hours: float) -> str:
    minutes = round(hours * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def format_hours(periods: OpenHours | None) -> str:
    """Return the windows as "06:00-10:00, 16:00-20:00" ("" for unknown hours, None)."""
    if periods is None:
        return ""
    if tuple(periods) == ((0.0, 24.0),):
        return "00:00-24:00"
    return ", ".join(f"{_clock(a)}-{_clock(b)}" for a, b in periods)


hours_per_day = open_hours_per_day
"""The hours a day the windows cover (None for unknown hours): the model's own count, under the editors' name."""
