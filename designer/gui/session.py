"""The open project as the docks and dialogs see it: document, undo stack, scope, file, plan.

The main window owns one :class:`Session` and hands it (with a parent widget) to every dock and
dialog, so none of them needs the window itself. Opening another project or showing another
option goes through the session, which then tells its listeners.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from designer.canvas.scene import PlanScene
from designer.canvas.view import PlanView
from designer.gui.undo_bridge import UndoBridge
from designer.model.document import Document
from designer.model.project import ProjectInfo
from designer.model.undo import UndoStack
from designer.tools.base import ToolContext

__all__ = ["Session"]


class Session(QObject):
    """One open project and what is shown of it.

    Attributes:
        doc: the open document (replaced, never mutated, by :meth:`set_document`).
        stack: its undo stack; every change is a command pushed here.
        ctx: the tool context (scope, selection, spatial index, snapping).
        bridge: the undo stack seen from Qt (Undo/Redo actions, ``changed`` after every step).
        path: the project file, or None while it was never saved.
        scene: the plan scene of the current document (rebuilt for each document).
        view: the plan view showing ``scene``.
        workshop: whether workshop mode is on.

    Signals:
        document_changed(): a project was opened or created (listeners re-read everything).
        scope_changed(str): another option (or the existing conditions) is shown.
        workshop_changed(bool): workshop mode switched on or off.
        error(str): a problem the user caused, in plain words, to show once.
        message(str, int): a status line and how long to show it (ms).
        closing(): the window is closing; background work must stop and close its files.
        plan_painted(): the plan was painted for the first time (the splash closes then).
    """

    document_changed = Signal()
    scope_changed = Signal(str)
    workshop_changed = Signal(bool)
    error = Signal(str)
    message = Signal(str, int)
    closing = Signal()
    plan_painted = Signal()

    #: Work waiting for the first paint starts anyway after this long (a window never shown, a test).
    AFTER_PAINT_FALLBACK_MS = 400

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = Document(ProjectInfo())
        self.stack = UndoStack(self.doc)
        self.ctx = ToolContext(self.doc, self.stack)
        self.path: Path | None = None
        self.workshop = False
        self.bridge = UndoBridge(self)
        self.scene = PlanScene(self.ctx, self)
        self.view = PlanView(self.scene)
        self.view.setObjectName("plan_view")
        # Analysis and costing wait for the plan's first paint: started earlier, their worker threads
        # would share the interpreter with the drawing of 25,000 shapes and delay it.
        self._painted = False
        self._waiting: list[Callable[[], None]] = []
        self.view.first_painted.connect(self._painted_now)

    def _painted_now(self) -> None:
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._first_paint_done)  # after this paint has reached the screen

    def _first_paint_done(self) -> None:
        self.plan_painted.emit()
        self._run_waiting()

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()

    def after_first_paint(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` now if the plan has been painted, else just after its first paint."""
        if self._painted:
            fn()
            return
        if not self._waiting:
            QTimer.singleShot(self.AFTER_PAINT_FALLBACK_MS, self._fallback)
        self._waiting.append(fn)

    def _fallback(self) -> None:
        if not self._painted and self.view.isVisible():
            # Shown but not painted yet (a large plan still being drawn): wait for the paint itself.
            QTimer.singleShot(self.AFTER_PAINT_FALLBACK_MS, self._fallback)
            return
        self._run_waiting()

    @property
    def scope(self) -> str:
        """``EXISTING`` or the id of the option shown and designed."""
        return self.ctx.scope

    def set_document(self, doc: Document, path: Path | None, clean: bool = True) -> None:
        """Show ``doc`` (from ``path``, or never saved); the previous document is dropped.

        With ``clean=False`` (a recovered autosave) the document counts as unsaved.
        """
        if self.view.tool is not None:
            self.view.set_tool(None)
        self.doc = doc
        self.path = path
        self.stack = UndoStack(doc)
        if not clean:
            self.stack.mark_unsaved()
        self.ctx = ToolContext(doc, self.stack)
        old_scene = self.scene
        # Background images are stored relative to the file: the scene is built once, knowing where.
        self.scene = PlanScene(self.ctx, self, path.parent if path is not None else None)
        self.view.plan = self.scene
        self.view.setScene(self.scene)
        old_scene.close_imagery()  # its tile loader threads stop
        old_scene.deleteLater()
        self.bridge.set_stack(self.stack)
        self.document_changed.emit()
        self.scope_changed.emit(self.ctx.scope)
        if self.scene.imagery_problems:  # a moved or missing image: said once, re-linked in Imagery layers…
            self.show_error("; ".join(self.scene.imagery_problems.values()))

    def set_scope(self, scope: str) -> None:
        """Show and design another option (``EXISTING`` for the surveyed conditions)."""
        if scope == self.ctx.scope:
            return
        if self.view.tool is not None:
            self.view.tool.cancel()
        self.scene.set_scope(scope)
        self.scope_changed.emit(scope)

    def set_workshop(self, on: bool) -> None:
        """Record workshop mode and tell the listeners (the window restyles itself)."""
        if on != self.workshop:
            self.workshop = on
            self.workshop_changed.emit(on)

    def show_error(self, exc: Exception | str) -> None:
        """Report a problem the user caused (shown once, in the status bar, in the user's language)."""
        from designer.gui.error_text import error_text

        self.error.emit(error_text(exc))

    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        """Show a passing status line (e.g. "Imported 12 features")."""
        self.message.emit(text, timeout_ms)
