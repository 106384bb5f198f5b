"""Drawing with the keyboard: typed coordinates and lengths drive whichever tool is active.

What can be typed (local metres of the plan, as the status bar shows them; angles in degrees counter-clockwise
from east, as in CAD):

* ``12.5, 30`` (or ``12.5 30``; ``12,5; 30`` with decimal commas): the point x = 12.5 m, y = 30 m;
* ``@5, -2``: 5 m east and 2 m south of the last point;
* ``@5<90`` (or ``5<90``): 5 m from the last point at 90° (north);
* ``length 5`` (or just ``5``): 5 m on from the last point, in the direction of the last segment (east at first);
* nothing (Enter on an empty line): finish, as Enter or a double click does.

Each typed point is given to the tool as a click there, with snapping off (a typed point is exact), so every
tool that takes clicks takes typed points, and the tool still pushes its one command when it finishes: a
path typed point by point is one undo step. Esc is the tool's own Esc (cancel).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from designer.model.errors import JamiiError
from designer.tools.base import Button, Key, PointerEvent

if TYPE_CHECKING:
    from designer.model.geometry import Point
    from designer.tools.base import Tool

__all__ = ["EntryError", "KeyboardDrawing", "TypedEntry", "parse_entry"]

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)"


class EntryError(JamiiError):
    """Typed text that is not a point, offset, polar offset or length.

    Attributes:
        reason: "form" (none of the forms), "length" (not a positive length), "first_point" (an ``@`` or a
            length before any point) or "no_tool"; the GUI says each in the user's language.
        text: the typed text.
    """

    def __init__(self, message: str, reason: str, text: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.text = text


@dataclass(frozen=True)
class TypedEntry:
    """What a typed line asks for.

    Attributes:
        kind: "point" (x_m, y_m absolute), "offset" (x_m, y_m from the last point), "polar" (length_m at
            angle_deg from the last point; angle None: along the last segment), or "finish".
    """

    kind: str
    x_m: float = 0.0
    y_m: float = 0.0
    length_m: float = 0.0
    angle_deg: float | None = None


def _numbers(text: str) -> list[float] | None:
    """Two numbers separated by a comma or spaces, or by ';' when the decimals are written with commas."""
    if ";" in text:
        parts = [p.strip().replace(",", ".") for p in text.split(";")]
    else:
        parts = [p for p in re.split(r"\s*,\s*|\s+", text.strip()) if p]
    if len(parts) != 2 or not all(re.fullmatch(_NUMBER, p) for p in parts):
        return None
    values = [float(p) for p in parts]
    return values if all(math.isfinite(v) for v in values) else None


def parse_entry(text: str) -> TypedEntry:
    """Read one typed line (see the module docstring for the forms).

    Raises:
        EntryError: the text is none of the forms; the message shows the forms.
    """
    t = text.strip().lower()
    if not t:
        return TypedEntry("finish")
    relative = t.startswith("@")
    body = t[1:].strip() if relative else t
    polar = re.fullmatch(rf"({_NUMBER})\s*<\s*({_NUMBER})", body.replace(",", "."))
    if polar:
        length, angle = float(polar.group(1)), float(polar.group(2))
        if length <= 0 or not (math.isfinite(length) and math.isfinite(angle)):
            raise EntryError(
                f"{text.strip()!r}: the length must be a positive number of metres", "length", text
            )
        return TypedEntry("polar", length_m=length, angle_deg=angle)
    length_only = re.fullmatch(rf"(?:length|len|l)?\s*({_NUMBER})\s*(?:m)?", body.replace(",", "."))
    if length_only and not relative:
        length = float(length_only.group(1))
        if length <= 0 or not math.isfinite(length):
            raise EntryError(
                f"{text.strip()!r}: the length must be a positive number of metres", "length", text
            )
        return TypedEntry("polar", length_m=length, angle_deg=None)
    numbers = _numbers(body)
    if numbers is not None:
        return TypedEntry("offset" if relative else "point", x_m=numbers[0], y_m=numbers[1])
    raise EntryError(
        f"{text.strip()!r} is not a point: type x, y (12.5, 30), @dx, dy (@5, 0), "
        "@length<angle (@5<90) or a length (length 5)",
        "form",
        text,
    )


class KeyboardDrawing:
    """Gives typed points to the active tool as clicks; remembers the last point and direction.

    Attributes:
        tool: the tool typed points go to (None: no tool).
        last_point: the last point typed or placed by the tool (metres), the origin of ``@`` entries.
        last_angle_deg: the direction of the last typed or drawn segment (a bare length goes on along it).
    """

    def __init__(self) -> None:
        self.tool: Tool | None = None
        self.last_point: Point | None = None
        self.last_angle_deg = 0.0

    def attach(self, tool: Tool | None) -> None:
        """Send typed points to ``tool`` from now on (the last point is kept: the next shape may start there)."""
        self.tool = tool

    def submit(self, text: str) -> Point | None:
        """Apply one typed line to the tool; return the point placed (None when it finished the shape).

        Raises:
            EntryError: the text is not understood, or an ``@``/length entry has no last point yet.
        """
        tool = self.tool
        if tool is None:
            raise EntryError("choose a drawing tool first", "no_tool", text)
        entry = parse_entry(text)
        if entry.kind == "finish":
            tool.key(Key.ENTER)
            return None
        point = self._resolve(entry)
        self.click(point)
        return point

    def escape(self) -> None:
        """Esc for the tool: drop what it is drawing."""
        if self.tool is not None:
            self.tool.key(Key.ESCAPE)

    def click(self, point: Point) -> None:
        """Click the tool at ``point`` exactly: snapping is off for this click."""
        tool = self.tool
        if tool is None:
            return
        start = self._origin()
        snapper = tool.ctx.snapper
        saved = (snapper.vertices, snapper.edges, snapper.right_angles, snapper.grid_m)
        snapper.vertices = snapper.edges = snapper.right_angles = False
        snapper.grid_m = 0.0
        try:
            tool.move(PointerEvent(point[0], point[1], Button.NONE))
            tool.press(PointerEvent(point[0], point[1], Button.LEFT))
            tool.release(PointerEvent(point[0], point[1], Button.LEFT))
        finally:
            snapper.vertices, snapper.edges, snapper.right_angles, snapper.grid_m = saved
        if start is not None and start != point:
            self.last_angle_deg = math.degrees(math.atan2(point[1] - start[1], point[0] - start[0]))
        self.last_point = point

    def _origin(self) -> Point | None:
        """The point ``@`` entries start from: the tool's last vertex while it draws, else the last typed one."""
        points = getattr(self.tool, "points", None)
        if isinstance(points, list) and points:
            last: Point = points[-1]
            return last
        return self.last_point

    def _last_direction_deg(self) -> float:
        """The direction of the tool's last segment while it draws (clicked or typed), else the last typed one."""
        points = getattr(self.tool, "points", None)
        if isinstance(points, list) and len(points) >= 2:
            (x0, y0), (x1, y1) = points[-2], points[-1]
            return math.degrees(math.atan2(y1 - y0, x1 - x0))
        return self.last_angle_deg

    def _resolve(self, entry: TypedEntry) -> Point:
        if entry.kind == "point":
            return (entry.x_m, entry.y_m)
        origin = self._origin()
        if origin is None:
            raise EntryError(
                "type a first point as x, y (for example 12.5, 30) before an @ or a length", "first_point"
            )
        if entry.kind == "offset":
            return (origin[0] + entry.x_m, origin[1] + entry.y_m)
        angle = entry.angle_deg if entry.angle_deg is not None else self._last_direction_deg()
        radians = math.radians(angle)
        x = origin[0] + entry.length_m * math.cos(radians)
        y = origin[1] + entry.length_m * math.sin(radians)
        # Exact right angles stay exact (cos 90° is 6e-17, not 0): round away float noise below a micrometre.
        return (round(x, 9), round(y, 9))
