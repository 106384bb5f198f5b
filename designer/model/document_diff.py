"""What differs between two versions of a project: records only in one, and records changed, by kind.

Used when a save finds the file changed on disk: the designer shows what the other program changed
(and what this window would overwrite) before the user reloads or saves under another name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from designer.model.document import Document

__all__ = ["DocumentDiff", "diff_documents"]


@dataclass(frozen=True)
class DocumentDiff:
    """Record counts by kind: only in ``mine``, only in ``theirs``, and in both but different."""

    only_mine: Counter[str] = field(default_factory=Counter)
    only_theirs: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)

    @property
    def same(self) -> bool:
        return not (self.only_mine or self.only_theirs or self.changed)

    def describe(self, counts: Counter[str]) -> str:
        """Return e.g. ``"1 workshop, 2 plots"`` (kinds in alphabetical order; "nothing" when empty)."""
        parts = [f"{n} {kind.replace('_', ' ')}{'s' if n != 1 else ''}" for kind, n in sorted(counts.items())]
        return ", ".join(parts) or "nothing"


def diff_documents(mine: Document, theirs: Document) -> DocumentDiff:
    """Compare two documents record by record (records are immutable values: equal means unchanged)."""
    a = {r.id: r for r in mine.records()}
    b = {r.id: r for r in theirs.records()}
    return DocumentDiff(
        only_mine=Counter(a[i].KIND for i in a.keys() - b.keys()),
        only_theirs=Counter(b[i].KIND for i in b.keys() - a.keys()),
        changed=Counter(a[i].KIND for i in a.keys() & b.keys() if a[i] != b[i]),
    )
