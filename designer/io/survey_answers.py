"""Turn a survey row's other answers (those the mapping does not put in a field) into typed answers.

With the XLSForm, each column's question gives the kind (number, choice, choices, date, text) and
choice codes are shown as labels in the project's language; without it, a column whose answers are
all numbers is a number and anything else text. ``select_multiple`` answers split one 0/1 column per
choice (``HHITEMS/Radio``) are joined back into one answer. Export bookkeeping (``_id``, ``start``,
``KEY`` ...) is not an answer. Answers that may name or reach a person (names, phone numbers, free
text) go to the personal list, which is never exported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter

from designer.io.survey_shapes import multi_choice_columns
from designer.io.xlsform import XLSForm
from designer.model.privacy import CONTACT_PATTERN
from designer.model.survey import SurveyAnswer

__all__ = ["META_COLUMNS", "AnswerColumns", "plan_answer_columns"]

META_COLUMNS = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "subscriberid",
        "simserial",
        "phonenumber",
        "username",
        "audit",
        "uuid",
        "key",
        "parent_key",
        "submissiondate",
        "instanceid",
        "instancename",
        "__version__",
        "set-of-members",
    }
)
"""Columns an export adds about the submission, not the household (compared case-insensitively)."""

_PERSONAL_NAME = re.compile(
    r"(^|[_/\-.])(names?|first_?names?|surnames?|phone|tel|mobile|contact|signature)($|[_/\-.])", re.I
)
_PERSONAL_TYPES = frozenset({"text", "image", "audio", "video", "file", "barcode"})
"""Free text and media may name or show a person; the mapping can mark a question public again."""


@dataclass
class AnswerColumns:
    """Which columns of a table become answers, and how (prepared once, applied to every row)."""

    singles: list[tuple[str, str, str, bool]] = field(default_factory=list)
    """(column, question, kind, personal)."""
    multis: list[tuple[str, list[tuple[str, str]], bool]] = field(default_factory=list)
    """(question, [(0/1 column, choice code)], personal)."""
    form: XLSForm | None = None
    language: str = "en"

    def table_answers(
        self, rows: list[dict[str, str]]
    ) -> list[tuple[tuple[SurveyAnswer, ...], tuple[SurveyAnswer, ...]]]:
        """Return (public answers, personal answers) of every row; empty cells are not answers.

        Each distinct cell of a column is decoded once (answers are frozen and shared); rows are then
        assembled with itemgetter/map/filter, which keeps 10,000 households with their members fast.
        """
        columns = [col for col, *_ in self.singles]
        spans: list[tuple[int, int]] = []  # where each select_multiple's 0/1 cells sit in a row's cells
        for _, cols, _ in self.multis:
            spans.append((len(columns), len(columns) + len(cols)))
            columns += [c for c, _ in cols]
        if not rows or not columns:
            return [((), ())] * len(rows)
        # Every row holds every header (the reader pads short rows), so the getter cannot miss.
        getter = itemgetter(*columns)
        matrix = [getter(row) for row in rows] if len(columns) > 1 else [(row[columns[0]],) for row in rows]
        public: list[dict[str, SurveyAnswer | None]] = []
        personal: list[dict[str, SurveyAnswer | None]] = []
        for j, (_, question, kind, is_personal) in enumerate(self.singles):
            pub: dict[str, SurveyAnswer | None] = {}
            per: dict[str, SurveyAnswer | None] = {}
            for cell in set(map(itemgetter(j), matrix)):
                pub[cell], per[cell] = self._decode(question, kind, is_personal, cell)
            public.append(pub)
            personal.append(per)
        get = dict.__getitem__
        if any(a is not None for d in personal for a in d.values()):
            out = [
                (tuple(filter(None, map(get, public, cells))), tuple(filter(None, map(get, personal, cells))))
                for cells in matrix
            ]
        else:  # the common case: no personal answer in this table, half the work
            out = [(tuple(filter(None, map(get, public, cells))), ()) for cells in matrix]
        for (question, cols, is_personal), (a, b) in zip(self.multis, spans, strict=True):
            decoded: dict[tuple[str, ...], SurveyAnswer | None] = {}
            for i, cells in enumerate(matrix):
                key = cells[a:b]
                if key not in decoded:
                    decoded[key] = self._multi(question, cols, key)
                answer = decoded[key]
                if answer is not None:
                    pub_t, per_t = out[i]
                    out[i] = (pub_t, (*per_t, answer)) if is_personal else ((*pub_t, answer), per_t)
        return out

    def _multi(
        self, question: str, cols: list[tuple[str, str]], cells: tuple[str, ...]
    ) -> SurveyAnswer | None:
        """Return the answer of a select_multiple split in 0/1 columns (None when it was not asked)."""
        stripped = [c.strip() for c in cells]
        if not any(stripped):
            return None  # all empty: not asked, which is not "nothing chosen"
        codes = [code for (_, code), c in zip(cols, stripped, strict=True) if c in ("1", "True", "true")]
        return self._choices(question, codes)

    def _decode(
        self, question: str, kind: str, is_personal: bool, text: str
    ) -> tuple[SurveyAnswer | None, SurveyAnswer | None]:
        """Return the cell as (public answer, personal answer): one of them, or neither when blank."""
        stripped = text.strip()
        if not stripped:
            return None, None
        answer = self._answer(question, kind, stripped)
        if is_personal or CONTACT_PATTERN.search(stripped):
            return None, answer
        return answer, None

    def _list_of(self, question: str) -> str:
        q = self.form.question_for_column(question) if self.form else None
        return q.list_name if q else ""

    def _answer(self, question: str, kind: str, text: str) -> SurveyAnswer:
        if kind == "choice" and self.form is not None:
            list_name = self._list_of(question)
            code = self.form.code_for(list_name, text) or text  # a labels export gives the label
            label = self.form.choice_label(list_name, code, self.language)
            return SurveyAnswer(question=question, kind=kind, value=label, code=code if label != code else "")
        if kind == "choices":
            return self._choices(question, text.split())
        return SurveyAnswer(question=question, kind=kind, value=text)

    def _choices(self, question: str, codes: list[str]) -> SurveyAnswer:
        if self.form is None:
            return SurveyAnswer(question=question, kind="choices", value="; ".join(codes))
        list_name = self._list_of(question)
        codes = [self.form.code_for(list_name, c) or c for c in codes]
        labels = [self.form.choice_label(list_name, c, self.language) for c in codes]
        value = "; ".join(labels)
        code = " ".join(codes)
        return SurveyAnswer(
            question=question, kind="choices", value=value, code=code if code != value else ""
        )


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def plan_answer_columns(
    headers: list[str],
    rows: Iterable[dict[str, str]],
    used: set[str],
    form: XLSForm | None,
    language: str,
    personal: Iterable[str] = (),
    public: Iterable[str] = (),
) -> AnswerColumns:
    """Return how a table's unmapped columns become answers.

    Args:
        headers: the table's columns.
        rows: its rows (to type columns without a form, and to check 0/1 columns).
        used: columns the mapping already puts in a field or uses as a link.
        form: the XLSForm, or None.
        language: the project's language code.
        personal: questions the mapping marks personal; ``public``: questions it marks not personal.
    """
    rows = list(rows)
    marked_personal = {q.casefold() for q in personal}
    marked_public = {q.casefold() for q in public}
    skip = {h for h in headers if h in used or h.startswith("_") or _base(h).casefold() in META_COLUMNS}
    skip |= {h for h in headers if h.casefold().startswith("meta/") or h.casefold().startswith("meta-")}
    form_multis = [q.name for q in form.questions.values() if q.kind == "choices"] if form else []
    out = AnswerColumns(form=form, language=language)
    present = set(headers)
    for question, cols in multi_choice_columns([h for h in headers if h not in skip], form_multis).items():
        # 0/1 columns only: a group's ordinary questions ("group/Q1", "group/Q2") look alike.
        if not all(
            row.get(c, "").strip() in ("", "0", "1", "True", "False", "true", "false")
            for row in rows
            for c in cols
        ):
            continue
        skip.update(cols)
        if question in present:
            continue  # Kobo also wrote the one-column answer: that one is kept
        pairs = [(c, re.split(r"[/.]", c)[-1]) for c in cols]
        out.multis.append(
            (_base(question), pairs, _personal(_base(question), form, marked_personal, marked_public))
        )
    for h in headers:
        if h in skip:
            continue
        question = _base(h)
        q = form.question_for_column(h) if form else None
        if q is not None:
            kind = q.kind
        else:
            values = [r.get(h, "").strip() for r in rows]
            kind = "number" if any(values) and all(_is_number(v) for v in values if v) else "text"
        out.singles.append((h, question, kind, _personal(question, form, marked_personal, marked_public)))
    return out


def _base(column: str) -> str:
    """Return the question name of a column: ``group/Q`` → ``Q`` (Kobo), ``g-Q`` (ODK) likewise."""
    if "/" in column:
        return column.rsplit("/", 1)[-1]
    return column.rsplit("-", 1)[-1] if "-" in column.strip("-") else column


def _personal(question: str, form: XLSForm | None, marked: set[str], unmarked: set[str]) -> bool:
    q = question.casefold()
    if q in marked:
        return True
    if q in unmarked:
        return False
    if _PERSONAL_NAME.search(question):
        return True
    fq = form.question_for_column(question) if form else None
    if fq is not None:
        return fq.type in _PERSONAL_TYPES
    return False
