"""Read an XLSForm (the survey definition Kobo, ODK and SurveyCTO share) from .xlsx or .xls.

Only what an import needs: each question's name, type, choice list, group path, repeat and labels in
every language of the form, and each choice list's codes with their labels. Label columns are
``label`` (the form's default language) or ``label::English (en)``; a language is picked by its code
in brackets, its name, or the default column.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from designer.model.errors import JamiiError

__all__ = ["Question", "XLSForm", "XLSFormError", "read_xlsform"]

DEFAULT_LANGUAGE = ""
"""The key of the plain ``label`` column (a form without ``label::<language>`` columns)."""

_NO_ANSWER_TYPES = frozenset({"note", "begin_group", "end_group", "begin_repeat", "end_repeat"})


class XLSFormError(JamiiError):
    """An XLSForm that cannot be read: names the file, sheet and row."""


@dataclass(frozen=True)
class Question:
    """One question of the form (``type`` without its list name: ``select_one``, ``integer`` ...)."""

    name: str
    type: str
    list_name: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    group: str = ""
    """Group path of the question, e.g. ``group_WaterHygiene/group_HandWashPLACE``."""
    repeat: str = ""
    """Name of the innermost repeat the question is in ("" for a household-level question)."""

    @property
    def kind(self) -> str:
        """Return how its answer is kept: ``number``, ``choice``, ``choices``, ``date`` or ``text``."""
        if self.type in ("integer", "decimal", "range"):
            return "number"
        if self.type in ("select_one", "select_one_from_file", "rank"):
            return "choice"
        if self.type in ("select_multiple", "select_multiple_from_file"):
            return "choices"
        if self.type in ("date", "datetime", "today", "start", "end", "time"):
            return "date"
        return "text"


@dataclass
class XLSForm:
    """A form's questions by name, choice lists and the languages of its labels."""

    path: str
    questions: dict[str, Question]
    choices: dict[str, dict[str, dict[str, str]]]
    """``list name → code → language → label``."""
    languages: list[str]

    def language_key(self, language: str) -> str:
        """Return the form's label language matching a project language code (``en``, ``sw``)."""
        code = language.strip().casefold()
        for lang in self.languages:
            folded = lang.casefold()
            m = re.search(r"\(([^)]+)\)\s*$", folded)
            if (m and m.group(1).strip() == code) or folded == code or folded.startswith(code + " "):
                return lang
        english_like = {"en": "english", "fr": "french", "pt": "portuguese", "sw": "swahili", "ar": "arabic"}
        for lang in self.languages:
            if english_like.get(code, "\x00") in lang.casefold():
                return lang
        return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in self.languages else (self.languages or [""])[0]

    def label(self, question: str, language: str) -> str:
        """Return a question's label in ``language`` (its name when the form has none)."""
        q = self.questions.get(question)
        if q is None:
            return question
        labels = q.labels
        return labels.get(self.language_key(language)) or next((v for v in labels.values() if v), question)

    def choice_label(self, list_name: str, code: str, language: str) -> str:
        """Return the label of one choice code in ``language`` (the code when it is not in the list)."""
        labels = self.choices.get(list_name, {}).get(code)
        if not labels:
            return code
        return labels.get(self.language_key(language)) or next((v for v in labels.values() if v), code)

    def code_for(self, list_name: str, text: str) -> str | None:
        """Return the code of a choice given as its code or as a label in any language (labels exports)."""
        options = self.choices.get(list_name, {})
        if text in options:
            return text
        folded = text.strip().casefold()
        for code, labels in options.items():
            if any(label.strip().casefold() == folded for label in labels.values()):
                return code
        return None

    def names_for_label_headers(self, headers: list[str]) -> dict[str, str]:
        """Return ``header → question name`` for the headers of a Kobo "labels" export.

        A header is a question's label in any language, or ``group label/question label``; a header
        that already is a question name, or matches no label, or more than one question, is left out.
        """
        by_label: dict[str, list[str]] = {}
        for q in self.questions.values():
            for label in {v.strip().casefold() for v in q.labels.values() if v.strip()}:
                by_label.setdefault(label, []).append(q.name)

        def one(label: str) -> str | None:
            names = by_label.get(label.strip().casefold(), [])
            return names[0] if len(names) == 1 else None

        out: dict[str, str] = {}
        for h in headers:
            if self.question_for_column(h) is not None:
                continue
            name = one(h) or one(h.rsplit("/", 1)[-1])
            if name is None and "/" in h:
                # "Group/Question label/Choice label": one 0/1 column of a select_multiple.
                prefix, choice = h.rsplit("/", 1)
                multi = one(prefix) or one(prefix.rsplit("/", 1)[-1])
                found = self.questions.get(multi or "")
                if found is not None and found.kind == "choices":
                    code = self.code_for(found.list_name, choice)
                    if code is not None:
                        out[h] = f"{found.name}/{code}"
                continue
            if name is not None:
                out[h] = name
        return out

    def question_for_column(self, column: str) -> Question | None:
        """Return the question a data column holds: by the last path part (``group/Name``, ``g-Name``)."""
        q = self.questions.get(column)
        if q is not None:
            return q
        for sep in ("/", "-", ":"):
            if sep in column:
                q = self.questions.get(column.rsplit(sep, 1)[-1])
                if q is not None:
                    return q
        return None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheets(path: str) -> dict[str, list[list[str]]]:
    suffix = Path(path).suffix.lower()
    try:
        if suffix == ".xls":
            import xlrd

            book = xlrd.open_workbook(path)
            return {
                s.name.strip().casefold(): [[_cell(c) for c in s.row_values(i)] for i in range(s.nrows)]
                for s in book.sheets()
            }
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            return {
                ws.title.strip().casefold(): [[_cell(c) for c in r] for r in ws.iter_rows(values_only=True)]
                for ws in wb.worksheets
            }
        finally:
            wb.close()
    except Exception as exc:  # xlrd/openpyxl raise many types for a damaged or foreign file
        raise XLSFormError(f"{path}: is not a readable XLSForm workbook ({exc})") from None


def _label_columns(header: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, h in enumerate(header):
        low = h.casefold()
        if low == "label":
            out[DEFAULT_LANGUAGE] = i
        elif low.startswith("label:"):
            out[h.split(":")[-1].strip()] = i
    return out


def read_xlsform(path: str | os.PathLike[str]) -> XLSForm:
    """Read the ``survey`` and ``choices`` sheets of an XLSForm.

    Raises:
        XLSFormError: unreadable workbook, no survey sheet, or a sheet without ``type``/``name`` headers.
    """
    p = str(path)
    if not os.path.isfile(p):
        raise XLSFormError(f"{p}: no such file")
    if Path(p).suffix.lower() not in (".xls", ".xlsx", ".xlsm"):
        raise XLSFormError(f"{p}: an XLSForm is an .xlsx or .xls workbook")
    sheets = _sheets(p)
    survey = sheets.get("survey")
    if not survey:
        raise XLSFormError(f"{p}: has no 'survey' sheet (is it an XLSForm?)")
    questions, languages = _questions(p, survey)
    choices, choice_languages = _choices(p, sheets.get("choices") or [])
    languages += [lang for lang in choice_languages if lang not in languages]
    return XLSForm(p, questions, choices, languages)


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))


def _questions(path: str, survey: list[list[str]]) -> tuple[dict[str, Question], list[str]]:
    header = [h.strip() for h in survey[0]]
    cols = {h.casefold(): i for i, h in enumerate(header)}
    if "type" not in cols or "name" not in cols:
        raise XLSFormError(f"{path} [survey] row 1: needs 'type' and 'name' columns")
    labels_at = _label_columns(header)
    questions: dict[str, Question] = {}
    groups: list[tuple[str, bool]] = []  # (name, is_repeat), innermost last
    for raw in survey[1:]:
        cells = _padded(raw, len(header))
        # "begin group" (with a space) is an accepted spelling of "begin_group".
        parts = re.sub(r"^(begin|end) (group|repeat)", r"\1_\2", cells[cols["type"]].strip()).split()
        name = cells[cols["name"]].strip()
        if not parts:
            continue
        qtype = parts[0]
        if qtype in ("begin_group", "begin_repeat"):
            groups.append((name, qtype == "begin_repeat"))
        elif qtype in ("end_group", "end_repeat"):
            if groups:
                groups.pop()
        elif qtype not in _NO_ANSWER_TYPES and name:
            questions[name] = Question(
                name=name,
                type=qtype,
                list_name=parts[1] if len(parts) > 1 else "",
                labels={lang: cells[i].strip() for lang, i in labels_at.items() if cells[i].strip()},
                group="/".join(g for g, _ in groups),
                repeat=next((g for g, is_rep in reversed(groups) if is_rep), ""),
            )
    return questions, list(labels_at)


def _choices(path: str, rows: list[list[str]]) -> tuple[dict[str, dict[str, dict[str, str]]], list[str]]:
    choices: dict[str, dict[str, dict[str, str]]] = {}
    if not rows:
        return choices, []
    header = [h.strip() for h in rows[0]]
    cols = {h.casefold(): i for i, h in enumerate(header)}
    list_col = cols.get("list_name", cols.get("list name"))
    if list_col is None or "name" not in cols:
        raise XLSFormError(f"{path} [choices] row 1: needs 'list_name' and 'name' columns")
    labels_at = _label_columns(header)
    for raw in rows[1:]:
        cells = _padded(raw, len(header))
        list_name, code = cells[list_col].strip(), cells[cols["name"]].strip()
        if list_name and code:
            choices.setdefault(list_name, {})[code] = {
                lang: cells[i].strip() for lang, i in labels_at.items() if cells[i].strip()
            }
    return choices, list(labels_at)
