"""Drawing with the keyboard: typed coordinates and lengths drive whichever tool is active.

What can be typed (local metres of the plan, as the status bar shows them; angles in degrees counter-clockwise
from east, as in CAD):

* ``12.5, 30`` (or ``12.5 30``; ``12,5; 30`` with decimal commas): the point x = 12.5 m, y = 30 m;
* ``@5, -2``: 5 m east and 2 m south of the last point;
* ``@5<90`` (or ``5<90``): 5 m from the last point at 90° (north);
* ``length 5`` (or just ``5``): 5 m on from the last point, in the direction of the last segment (east at first);
* nothing (Enter on an empty line): finish, as Enter or a double click does;
* ``rotate 30`` (or ``rot 30``, ``r -15``): with a selection, turn it 30° counter-clockwise about its centre.

The tools that drag take typed forms too: with the Select tool and something movable selected, ``@dx, dy``
and ``@length<angle`` move the selection by that much (``x, y`` still selects what is there, as a click);
with the Vertex tool and a corner picked (clicked, or typed as ``x, y`` on it), ``x, y`` moves that corner
there and ``@dx, dy`` / ``@length<angle`` move it by that much. Each move or rotation is one undo step; one
the model refuses (an outline made invalid) changes nothing and is reported by the tool's ``failed`` signal.

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
from designer.model.geometry import Point
from designer.tools.base import Button, Key, PointerEvent
from designer.tools.rotate_tool import RotateTool
from designer.tools.select_tool import SelectTool
from designer.tools.vertex_tool import VertexTool

if TYPE_CHECKING:
    from designer.tools.base import Tool

__all__ = ["Applied", "EntryError", "KeyboardDrawing", "TypedEntry", "parse_entry"]

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)"


class EntryError(JamiiError):
    """Typed text that is not a point, offset, polar offset or length.

    Attributes:
        reason: "form" (none of the forms), "length" (not a positive length), "first_point" (an ``@`` or a
            length before any point), "no_tool", "angle" (a rotation that is not a non-zero number of degrees),
            "no_selection" (a move or rotation with nothing movable selected) or "move_form" (a bare length given
            to move a selection: it needs a direction); the GUI says each in the user's language.
        text: the typed text.
    """

    def __init__(self, message: str, reason: str, text: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.text = text


@dataclass(frozen=True)
class Applied:
    """What a typed line did.

    Attributes:
        kind: "point" (a point given to the tool as a click), "finish", "moved" (the selection moved by
            dx_m, dy_m), "rotated" (the selection turned by angle_deg), "corner" (the picked corner moved to
            point) or "refused" (the model refused the move or rotation; the tool reported why).
    """

    kind: str
    point: Point | None = None
    dx_m: float = 0.0
    dy_m: float = 0.0
    angle_deg: float = 0.0


@dataclass(frozen=True)
class TypedEntry:
    """What a typed line asks for.

    Attributes:
        kind: "point" (x_m, y_m absolute), "offset" (x_m, y_m from the last point), "polar" (length_m at
            angle_deg from the last point; angle None: along the last segment), "rotate" (angle_deg
            counter-clockwise) or "finish".
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
    rotation = re.fullmatch(r"(?:rotate|rot|r)\s*([-+0-9.,]*)\s*(?:°|deg)?", t)
    if rotation:
        angle_text = rotation.group(1).replace(",", ".")
        if (
            not re.fullmatch(_NUMBER, angle_text)
            or not math.isfinite(float(angle_text))
            or float(angle_text) == 0
        ):
            raise EntryError(
                f"{text.strip()!r}: type the turn as a non-zero number of degrees (rotate 30)", "angle", text
            )
        return TypedEntry("rotate", angle_deg=float(angle_text))
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

    def submit(self, text: str) -> Applied:
        """Apply one typed line to the tool; say what it did.

        Raises:
            EntryError: the text is not understood, an ``@``/length entry has no last point yet, or a move or
                rotation has nothing movable selected.
        """
        tool = self.tool
        if tool is None:
            raise EntryError("choose a drawing tool first", "no_tool", text)
        entry = parse_entry(text)
        if entry.kind == "finish":
            tool.key(Key.ENTER)
            return Applied("finish")
        if entry.kind == "rotate":
            return self._rotate(tool, entry, text)
        if isinstance(tool, VertexTool) and (corner := tool.picked_corner()) is not None:
            to = self._resolve(entry, origin=corner)
            return Applied("corner" if tool.move_corner(to) else "refused", point=to)
        if isinstance(tool, SelectTool) and entry.kind != "point":
            return self._move(tool, entry, text)
        point = self._resolve(entry)
        self.click(point)
        return Applied("point", point=point)

    def _rotate(self, tool: Tool, entry: TypedEntry, text: str) -> Applied:
        """Turn the selection about its centre (the Select and Rotate tools)."""
        angle = entry.angle_deg or 0.0
        if not isinstance(tool, SelectTool | RotateTool) or not tool.has_movable_selection():
            raise EntryError("select what to rotate first (with the Select tool)", "no_selection", text)
        return Applied("rotated" if tool.rotate_selection(angle) else "refused", angle_deg=angle)

    def _move(self, tool: SelectTool, entry: TypedEntry, text: str) -> Applied:
        """Move the selection by a typed offset or polar offset."""
        if not tool.has_movable_selection():
            raise EntryError("select what to move first", "no_selection", text)
        if entry.kind == "polar" and entry.angle_deg is None:
            raise EntryError(
                f"{text.strip()!r}: to move, type @dx, dy (@5, 0) or @length<angle (@5<90)", "move_form", text
            )
        dx, dy = self._resolve(entry, origin=(0.0, 0.0))
        return Applied("moved" if tool.move_selection(dx, dy) else "refused", dx_m=dx, dy_m=dy)

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

    def _resolve(self, entry: TypedEntry, origin: Point | None = None) -> Point:
        """The point an entry names; ``@`` and lengths count from ``origin`` (default: the last point)."""
        if entry.kind == "point":
            return (entry.x_m, entry.y_m)
        origin = origin if origin is not None else self._origin()
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
