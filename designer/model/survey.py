"""Survey answers kept with a household: every question of the form the model has no field for.

An answer is typed (``number``, ``choice``, ``choices``, ``date``, ``text``) so the Households dock can
filter on it and the analysis can read it (e.g. the water source for today's JMP rung); ``value`` is
what the household answered, in the project's language when the form has labels (``code`` keeps the
form's code). Nothing here is a default: a question not answered is not stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.model.errors import InvalidRecordError

__all__ = ["ANSWER_KINDS", "SurveyAnswer", "answer_of"]

ANSWER_KINDS = ("number", "choice", "choices", "date", "text")


@dataclass(frozen=True, slots=True, kw_only=True)
class SurveyAnswer:
    """One answer: the question's name, its kind, the answer shown and the form's code ("" = same)."""

    question: str
    kind: str
    value: str
    code: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ANSWER_KINDS:
            raise InvalidRecordError(
                self.question, "survey answer", f"kind must be one of {', '.join(ANSWER_KINDS)}"
            )

    @property
    def raw(self) -> str:
        """Return the form's code (for choices) or the value."""
        return self.code or self.value


def answer_of(answers: tuple[SurveyAnswer, ...], question: str) -> SurveyAnswer | None:
    """Return the answer to ``question`` (by name, case-insensitive; ``group/name`` matches ``name``)."""
    q = question.casefold()
    for a in answers:
        name = a.question.casefold()
        if name == q or name.endswith("/" + q):
            return a
    return None
