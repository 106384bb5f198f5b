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

    def answers(self, row: dict[str, str]) -> tuple[list[SurveyAnswer], list[SurveyAnswer]]:
        """Return (public answers, personal answers) of one row; empty cells are not answers."""
        public: list[SurveyAnswer] = []
        personal: list[SurveyAnswer] = []
        for col, question, kind, is_personal in self.singles:
            text = row.get(col, "").strip()
            if not text:
                continue
            answer = self._answer(question, kind, text)
            (personal if is_personal or CONTACT_PATTERN.search(text) else public).append(answer)
        for question, cols, is_personal in self.multis:
            codes = [code for col, code in cols if row.get(col, "").strip() in ("1", "True", "true")]
            if not codes and all(not row.get(col, "").strip() for col, _ in cols):
                continue  # not asked
            answer = self._choices(question, codes)
            (personal if is_personal else public).append(answer)
        return public, personal

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
