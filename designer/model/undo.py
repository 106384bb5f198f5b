"""A pure-Python undo stack over a Document, with QUndoStack's vocabulary.

The GUI wraps it for menus and the History dock; nothing here knows about Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from psygnal import Signal

from designer.model.commands import Command, Macro

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = ["UndoStack"]


class UndoStack:
    """Executes commands on a document and keeps them for undo and redo.

    Signals:
        index_changed(int): after push, undo, redo or clear.
        clean_changed(bool): when the document becomes saved/unsaved.
        permanent_applied(Command): after :meth:`apply_permanent` did a command outside the history.
        applied(Command): after any command was done on the document (push, undo: the inverse, redo,
            apply_permanent), with that command: what a journal of changes records.
    """

    index_changed = Signal(int)
    clean_changed = Signal(bool)
    permanent_applied = Signal(object)
    applied = Signal(object)

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._commands: list[Command] = []
        self._index = 0  # commands[:index] are done
        self._clean_index: int | None = 0
        self._macro_stack: list[tuple[str, list[Command]]] = []
        # Changes made outside the undo history (votes, workshop records) since the last save.
        self._unsaved_records = False

    # ------------------------------------------------------------------ state
    @property
    def index(self) -> int:
        return self._index

    def count(self) -> int:
        return len(self._commands)

    def labels(self) -> list[str]:
        """Return the label of every command on the stack, oldest first (for a History view)."""
        return [c.label for c in self._commands]

    def can_undo(self) -> bool:
        return self._index > 0 and not self._macro_stack

    def can_redo(self) -> bool:
        return self._index < len(self._commands) and not self._macro_stack

    def undo_text(self) -> str:
        return self._commands[self._index - 1].label if self.can_undo() else ""

    def redo_text(self) -> str:
        return self._commands[self._index].label if self.can_redo() else ""

    def is_clean(self) -> bool:
        return self._clean_index == self._index and not self._unsaved_records

    def mark_unsaved(self) -> None:
        """Count the current state as not saved anywhere (a recovered autosave), whatever is done."""
        was = self.is_clean()
        self._clean_index = None
        if was:
            self.clean_changed.emit(False)

    def set_clean(self) -> None:
        was = self.is_clean()
        self._clean_index = self._index
        self._unsaved_records = False
        if not was:
            self.clean_changed.emit(True)

    # ------------------------------------------------------------------ records outside the history
    def apply_permanent(self, cmd: Command) -> None:
        """Do ``cmd`` without putting it in the undo history: Undo and Redo never take it back.

        For records of what happened (a cast ballot, a workshop's attendance) rather than design
        decisions: only a further explicit, recorded change alters them. The document becomes
        modified; ``permanent_applied`` tells listeners (e.g. the autosave journal) what was done.
        """
        was_clean = self.is_clean()
        cmd.do(self.doc)
        self.applied.emit(cmd)
        self._unsaved_records = True
        self.permanent_applied.emit(cmd)
        self.index_changed.emit(self._index)
        if was_clean:
            self.clean_changed.emit(False)

    # ------------------------------------------------------------------ changes
    def push(self, cmd: Command) -> None:
        """Do ``cmd`` and record it (inside an open macro, it joins the macro)."""
        cmd.do(self.doc)
        self.applied.emit(cmd)
        if self._macro_stack:
            self._macro_stack[-1][1].append(cmd)
            return
        self._record(cmd)

    def _record(self, cmd: Command) -> None:
        was_clean = self.is_clean()
        del self._commands[self._index :]
        if self._clean_index is not None and self._clean_index > self._index:
            self._clean_index = None  # the saved state can no longer be reached
        top = self._commands[-1] if self._commands and self._index != self._clean_index else None
        merged = top.merged_with(cmd) if top is not None else None
        if merged is not None:
            self._commands[-1] = merged
        else:
            self._commands.append(cmd)
            self._index += 1
        self._emit(was_clean)

    def begin_macro(self, label: str) -> None:
        """Start grouping pushed commands into one undo step named ``label``."""
        self._macro_stack.append((label, []))

    def end_macro(self) -> None:
        """Close the innermost macro and record it (nothing is recorded if it is empty)."""
        label, cmds = self._macro_stack.pop()
        if not cmds:
            return
        macro = Macro(label, tuple(cmds))
        if self._macro_stack:
            self._macro_stack[-1][1].append(macro)
        else:
            self._record(macro)

    def undo(self) -> None:
        if not self.can_undo():
            return
        was_clean = self.is_clean()
        inverse = self._commands[self._index - 1].inverse()
        inverse.do(self.doc)
        self.applied.emit(inverse)
        self._index -= 1
        self._emit(was_clean)

    def redo(self) -> None:
        if not self.can_redo():
            return
        was_clean = self.is_clean()
        command = self._commands[self._index]
        command.do(self.doc)
        self.applied.emit(command)
        self._index += 1
        self._emit(was_clean)

    def clear(self) -> None:
        was_clean = self.is_clean()
        self._commands.clear()
        self._index = 0
        self._clean_index = 0
        self._unsaved_records = False
        self._emit(was_clean)

    def _emit(self, was_clean: bool) -> None:
        self.index_changed.emit(self._index)
        if self.is_clean() != was_clean:
            self.clean_changed.emit(self.is_clean())
