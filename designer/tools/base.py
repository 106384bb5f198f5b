"""What every drawing tool shares: pointer events in metres, keys, the preview and the tool context.

Tools are Qt-free state machines (architecture-anchors.md §2): the canvas turns mouse and touch
input into :class:`PointerEvent` in local project metres, the tool updates its :class:`Preview`
(transient geometry that is not in the document) and, when the user finishes, pushes exactly one
command or macro on the document's UndoStack.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum, IntEnum, IntFlag
from typing import TYPE_CHECKING, ClassVar

from psygnal import Signal

from designer.model.errors import JamiiError
from designer.model.records import EXISTING
from designer.tools.selection import Selection
from designer.tools.snapping import Snap, SnapKind, Snapper
from designer.tools.spatial import SpatialIndex

if TYPE_CHECKING:
    from designer.model.commands import Command
    from designer.model.document import Document
    from designer.model.entities import Entity
    from designer.model.geometry import Point
    from designer.model.undo import UndoStack

__all__ = [
    "Button",
    "Key",
    "Modifiers",
    "PointerEvent",
    "Preview",
    "Tool",
    "ToolContext",
    "translate_noop",
]


def translate_noop(context: str, text: str) -> str:
    """Mark ``text`` for translation (pyside6-lupdate reads these calls) and return it unchanged.

    Undo labels are made here in English; the GUI shows them through ``QCoreApplication.translate``.
    """
    del context
    return text


QT_TRANSLATE_NOOP = translate_noop  # the name pyside6-lupdate looks for


class Button(IntEnum):
    """The pointer button that caused an event (NONE for a plain move)."""

    NONE = 0
    LEFT = 1
    RIGHT = 2
    MIDDLE = 4


class Modifiers(IntFlag):
    """Keyboard modifiers held during a pointer event."""

    NONE = 0
    SHIFT = 1
    CTRL = 2
    ALT = 4


class Key(Enum):
    """Keys a tool reacts to; typed digits for dimensions arrive through :meth:`Tool.type_text`."""

    ESCAPE = "escape"
    ENTER = "enter"
    BACKSPACE = "backspace"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class PointerEvent:
    """A pointer event in local project metres (x east, y north).

    Attributes:
        x_m, y_m: position in metres.
        button: the button pressed or released (NONE while hovering).
        modifiers: keys held.
        clicks: 1 for a click, 2 for a double click.
    """

    x_m: float
    y_m: float
    button: Button = Button.LEFT
    modifiers: Modifiers = Modifiers.NONE
    clicks: int = 1

    @property
    def point(self) -> Point:
        return (self.x_m, self.y_m)

    @property
    def shift(self) -> bool:
        return bool(self.modifiers & Modifiers.SHIFT)

    @property
    def ctrl(self) -> bool:
        return bool(self.modifiers & Modifiers.CTRL)


@dataclass
class Preview:
    """Transient geometry a tool shows while it works (never part of the document).

    Attributes:
        rings: closed outlines (metres).
        lines: open polylines (metres).
        points: marker positions (metres).
        band: a rubber band rectangle as (x0, y0, x1, y1) metres, or None.
        snap: the current snap (drawn as an indicator), or None.
        length_m / area_m2 / angle_deg: live measurements for the status bar.
        typed: the dimension being typed ("12.5"), shown beside the cursor.
        highlight_ids: records the tool points at (e.g. the plot about to be split).
    """

    rings: list[tuple[Point, ...]] = field(default_factory=list)
    lines: list[tuple[Point, ...]] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    band: tuple[float, float, float, float] | None = None
    snap: Snap | None = None
    length_m: float | None = None
    area_m2: float | None = None
    angle_deg: float | None = None
    typed: str = ""
    highlight_ids: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not (self.rings or self.lines or self.points or self.band or self.snap or self.highlight_ids)


class ToolContext:
    """What a tool may read and the one way it may write (the undo stack).

    Attributes:
        doc: the document being edited.
        stack: the undo stack every change goes through.
        scope: ``EXISTING`` or the id of the option being designed; new things go there.
        selection: the selected record ids.
        index: a spatial index over every entity (kept current from the document's signals).
        snapper: snapping to vertices, edges, grid and right angles.
        tolerance_m: how near (metres) counts as "on" something; the canvas sets it from the zoom
            so that it is a constant number of pixels on screen.
        hidden_kinds / locked_kinds: record kinds switched off or locked in the Layers dock.
    """

    def __init__(self, doc: Document, stack: UndoStack, scope: str = EXISTING) -> None:
        self.doc = doc
        self.stack = stack
        self.scope = scope
        self.selection = Selection()
        self.index = SpatialIndex(doc)
        self.snapper = Snapper(self)
        self.tolerance_m = 0.5
        self.hidden_kinds: set[str] = set()
        self.locked_kinds: set[str] = set()
        # Asks the user a yes/no question before a drastic step (the GUI sets it in workshop mode).
        self.confirm: Callable[[str], bool] | None = None
        self._removed_cache: set[str] | None = None
        doc.record_added.connect(self._invalidate)
        doc.record_removed.connect(self._invalidate)
        doc.record_replaced.connect(self._invalidate)

    def _invalidate(self, *_: object) -> None:
        self._removed_cache = None

    def set_scope(self, scope: str) -> None:
        """Switch the option being designed (``EXISTING`` for the surveyed conditions)."""
        self.scope = scope
        self._removed_cache = None
        self.selection.clear()

    def removed_ids(self) -> set[str]:
        """Return ids of existing entities the current option takes away (cached until the next change)."""
        if self._removed_cache is None:
            if self.scope == EXISTING or self.scope not in self.doc:
                self._removed_cache = set()
            else:
                self._removed_cache = self.doc.option_view(self.scope).removed_ids()
        return self._removed_cache

    def is_shown(self, entity: Entity) -> bool:
        """Say whether an entity is on the plan in the current scope and its layer is on."""
        if entity.scope not in (EXISTING, self.scope) or entity.KIND in self.hidden_kinds:
            return False
        return entity.id not in self.removed_ids()

    def is_editable(self, entity: Entity) -> bool:
        """Say whether a tool may change an entity: it belongs to the current scope and is not locked.

        Existing conditions are read-only while an option is being designed: an option changes them
        only by reference (demolition, relocation, widening, re-plotting).
        """
        return entity.scope == self.scope and entity.KIND not in self.locked_kinds and self.is_shown(entity)

    def pick(self, point: Point, kinds: tuple[str, ...] = (), editable_only: bool = False) -> list[Entity]:
        """Return the shown entities at ``point`` (within the tolerance), topmost kinds first."""
        found = self.index.at(point, self.tolerance_m, kinds)
        out = [e for e in found if self.is_shown(e) and (not editable_only or self.is_editable(e))]
        out.sort(key=lambda e: _PICK_ORDER.get(e.KIND, 5))
        return out

    def push(self, command: Command) -> None:
        """Do ``command`` through the undo stack (the only way a tool changes the document)."""
        self.stack.push(command)


# Points on top of lines on top of small areas on top of plots: what a click most likely means.
_PICK_ORDER = {
    "water_point": 0,
    "toilet": 0,
    "manhole": 0,
    "street_light": 0,
    "supply_point": 0,
    "spot_level": 0,
    "water_main": 1,
    "sewer": 1,
    "drain": 1,
    "building": 2,
    "core_house": 2,
    "path": 3,
    "hazard": 4,
    "plot": 6,
}


class Tool:
    """Base of every tool: an explicit state enum, a preview, typed dimensions, Esc and Enter.

    Subclasses set ``State`` (an Enum whose first member is the idle state) and override the
    ``on_*`` hooks. ``preview_changed`` fires whenever the preview changes, so the canvas redraws it.
    """

    NAME: ClassVar[str] = "tool"
    preview_changed = Signal()
    finished = Signal(object)  # the command pushed
    failed = Signal(object)  # a JamiiError the user caused (shown once, in plain words, by the GUI)

    class State(Enum):
        IDLE = "idle"

    def __init__(self, ctx: ToolContext) -> None:
        self.ctx = ctx
        self.state: Enum = next(iter(type(self).State))
        self.preview = Preview()
        self.typed = ""
        self.cursor: Point | None = None

    # ------------------------------------------------------------------ events from the canvas
    def press(self, ev: PointerEvent) -> None:
        self.on_press(ev)
        self._changed()

    def move(self, ev: PointerEvent) -> None:
        self.cursor = ev.point
        self.on_move(ev)
        self._changed()

    def release(self, ev: PointerEvent) -> None:
        self.on_release(ev)
        self._changed()

    def key(self, key: Key) -> None:
        """Handle Esc (cancel), Enter (apply typed value or finish), Backspace and Delete."""
        if key is Key.ESCAPE:
            if self.typed:
                self.typed = ""
            else:
                self.cancel()
        elif key is Key.ENTER:
            if self.typed:
                text, self.typed = self.typed, ""
                self.on_typed(text)
            else:
                self.finish()
        elif key is Key.BACKSPACE and self.typed:
            self.typed = self.typed[:-1]
        else:
            self.on_key(key)
        self._changed()

    def type_text(self, text: str) -> None:
        """Collect a typed dimension (digits, '.', ',', 'x', '-'); applied by Enter."""
        allowed = "0123456789.,x-*"
        self.typed += "".join(c for c in text if c in allowed).replace(",", ".").replace("*", "x")
        self._changed()

    def cancel(self) -> None:
        """Drop whatever is in progress and return to the idle state (Esc)."""
        self.on_cancel()
        self.state = next(iter(type(self).State))
        self.typed = ""
        self.preview = Preview()
        self._changed()

    def finish(self) -> None:
        """Complete what is in progress, if it can be completed (Enter, double click)."""
        self.on_finish()
        self._changed()

    def activate(self) -> None:
        """Called when the tool becomes the active one."""

    def deactivate(self) -> None:
        """Called when another tool takes over: whatever is unfinished is dropped."""
        self.cancel()

    # ------------------------------------------------------------------ hooks
    def on_press(self, ev: PointerEvent) -> None:
        pass

    def on_move(self, ev: PointerEvent) -> None:
        pass

    def on_release(self, ev: PointerEvent) -> None:
        pass

    def on_key(self, key: Key) -> None:
        pass

    def on_typed(self, text: str) -> None:
        pass

    def on_cancel(self) -> None:
        pass

    def on_finish(self) -> None:
        pass

    # ------------------------------------------------------------------ helpers
    def _changed(self) -> None:
        self.preview.typed = self.typed
        self.preview_changed.emit()

    def commit(self, command: Command) -> bool:
        """Push the one command this tool action produces; say whether it was accepted.

        A domain error (invalid geometry, a rule of the model) leaves the document unchanged and is
        reported through ``failed`` instead of escaping into the event loop.
        """
        try:
            self.ctx.push(command)
        except JamiiError as exc:
            self.fail(exc)
            return False
        self.finished.emit(command)
        return True

    def fail(self, exc: JamiiError) -> None:
        """Report a problem the user caused (the GUI shows it once)."""
        self.failed.emit(exc)

    def snap(
        self, point: Point, anchor: Point | None = None, before: Point | None = None, **kw: object
    ) -> Snap:
        """Snap ``point`` and record the snap in the preview (for the indicator)."""
        s = self.ctx.snapper.snap(point, anchor=anchor, before=before, **kw)  # type: ignore[arg-type]
        self.preview.snap = s if s.kind is not SnapKind.NONE else None
        return s

    @staticmethod
    def parse_length(text: str) -> float | None:
        """Return a typed positive length in metres, or None if it is not one."""
        try:
            value = float(text)
        except ValueError:
            return None
        return value if value > 0 and math.isfinite(value) else None


PickFn = Callable[["Point", float], list[str]]
