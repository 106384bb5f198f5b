"""The shapes survey exports come in, brought to one: a main table and repeat tables linked to it.

Kobo, ODK Central, SurveyCTO and analysts' own scripts write the same survey differently: an unnamed
index column (pandas' ``to_csv``), members linked by ``PARENT_KEY``, ``_parent_index``,
``_submission__uuid`` or by the household's ``KEY`` itself, ``select_multiple`` answers as one
space-separated column or as one 0/1 column per choice (``HHITEMS/Radio``), and ODK Central's zip of
one CSV per repeat. This module recognises each and says which it found; it knows no model fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "LINKS",
    "RepeatLink",
    "find_link",
    "index_column_values_ok",
    "multi_choice_columns",
]

LINKS: tuple[tuple[str, str], ...] = (
    ("PARENT_KEY", "KEY"),  # ODK Briefcase / Central, SurveyCTO
    ("_parent_index", "_index"),  # Kobo XLSX, one sheet per repeat
    ("_submission__uuid", "_uuid"),  # Kobo CSV of a repeat group
    ("KEY", "KEY"),  # analysts' member files keyed by the household's KEY
)
"""(column in the repeat, column in the main table) pairs, tried in this order."""


@dataclass(frozen=True)
class RepeatLink:
    """How one repeat table points at its household: the repeat's column and the main table's."""

    repeat_column: str
    main_column: str

    def describe(self) -> str:
        return f"{self.repeat_column} → {self.main_column}"


def find_link(
    repeat_headers: Iterable[str],
    main_headers: Iterable[str],
    repeat_values: Iterable[str] = (),
    main_values: Iterable[str] = (),
) -> RepeatLink | None:
    """Return how a repeat table links to the main one, or None when it does not.

    ``KEY`` → ``KEY`` counts only when the repeat's KEYs are (mostly) household KEYs: ODK repeats also
    have a KEY, but theirs is ``<parent>/group[n]``, and they are linked by PARENT_KEY first anyway.
    """
    rh, mh = set(repeat_headers), set(main_headers)
    for rcol, mcol in LINKS:
        if rcol not in rh or mcol not in mh:
            continue
        if (rcol, mcol) != ("KEY", "KEY"):
            return RepeatLink(rcol, mcol)
        keys = set(main_values)
        sample = [v for v in repeat_values if v][:200]
        if sample and sum(v in keys for v in sample) >= 0.9 * len(sample):
            return RepeatLink(rcol, mcol)
    return None


def index_column_values_ok(values: Iterable[str]) -> bool:
    """Return True when an unnamed first column holds only a row index (whole numbers), as pandas writes."""
    return all(v.strip().lstrip("-").isdigit() for v in values if v.strip())


_MULTI = re.compile(r"^(?P<q>.+)[/.](?P<choice>[^/.]+)$")


def multi_choice_columns(headers: Iterable[str], questions: Iterable[str] = ()) -> dict[str, list[str]]:
    """Return ``question → [0/1 columns]`` for select_multiple answers split one column per choice.

    A question counts when the form says it is a select_multiple (``questions``), or, without a form,
    when two or more ``Q/choice`` columns share a prefix that is not itself a column (``HHITEMS/Radio``,
    ``HHITEMS/Computer``, ...) — a group's questions look alike, so the caller also checks the cells are 0/1.
    """
    hs = list(headers)
    known = set(questions)
    found: dict[str, list[str]] = {}
    for h in hs:
        m = _MULTI.match(h)
        if m is None:
            continue
        q = m.group("q")
        base = q.rsplit("/", 1)[-1]
        if known and base not in known and q not in known:
            continue
        found.setdefault(q, []).append(h)
    # Kobo writes both the one column ("water/sources") and the 0/1 ones: the caller keeps the one.
    return {q: cols for q, cols in found.items() if len(cols) >= 2}
