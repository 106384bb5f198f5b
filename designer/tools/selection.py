"""The set of selected record ids, with a change signal (Qt-free)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from psygnal import Signal

__all__ = ["Selection"]


class Selection:
    """Selected record ids in the order they were selected.

    Signals:
        changed(): after any change.
    """

    changed = Signal()

    def __init__(self) -> None:
        self._ids: dict[str, None] = {}

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._ids))

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._ids)

    def set(self, ids: Iterable[str]) -> None:
        """Replace the selection."""
        new = dict.fromkeys(ids)
        if list(new) != list(self._ids):
            self._ids = new
            self.changed.emit()

    def toggle(self, ids: Iterable[str]) -> None:
        """Add ids that are not selected, drop those that are (shift-click)."""
        new = dict(self._ids)
        for i in ids:
            if i in new:
                del new[i]
            else:
                new[i] = None
        self.set(new)

    def add(self, ids: Iterable[str]) -> None:
        self.set([*self._ids, *ids])

    def discard(self, record_id: str) -> None:
        if record_id in self._ids:
            self.set(i for i in self._ids if i != record_id)

    def clear(self) -> None:
        self.set(())
