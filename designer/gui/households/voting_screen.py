"""The voting screen of workshop mode: big buttons per option, the voter's sex, and a tally by sex.

Each vote is one undoable command that appends a ballot to the workshop record. The tally stays hidden
until the facilitator shows it, so early votes do not sway later ones.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.analysis.participation import Candidate, VoteResult, tally
from designer.estimate.budget_vote import cart_items
from designer.model.commands import ReplaceRecord
from designer.model.errors import JamiiError
from designer.model.people import AgeGroup, Ballot, Sex, VotingMethod, WorkshopRecord

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.undo import UndoStack

__all__ = ["VotingScreen"]


def _text_colour(background: str) -> str:
    c = QColor(background)
    # Relative luminance decides black or white text, so every option colour stays readable.
    lum = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    return "#000000" if lum > 0.5 else "#ffffff"


class VotingScreen(QWidget):
    """Cast ballots for one workshop (single choice, ranking or shopping cart) and show a tally by sex.

    Signals:
        vote_cast(): after a ballot was added to the workshop record.
    """

    vote_cast = Signal()

    def __init__(
        self,
        doc: Document,
        stack: UndoStack,
        workshop_id: str,
        candidates: list[Candidate] | None = None,
        pictures: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voting_screen")
        self._doc = doc
        self._stack = stack
        self._workshop_id = workshop_id
        self._pictures = pictures or {}
        self._order: list[str] = []  # the current voter's choices, best first
        w = self.workshop
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        if candidates is None:
            try:
                candidates = self._default_candidates(w)
            except JamiiError as exc:
                candidates = []
                self.message.setText(str(exc))
        self.candidates = candidates
        self._by_id = {c.id: c for c in candidates}

        big = QFont()
        big.setPointSize(18)
        big.setBold(True)
        self.prompt = QLabel(self._prompt_text(w), self)
        self.prompt.setFont(big)
        self.prompt.setWordWrap(True)

        # Who is voting: the count is disaggregated by sex, so this comes first.
        self.sex_group = QButtonGroup(self)
        sex_row = QHBoxLayout()
        sex_row.addWidget(QLabel(self.tr("I am:"), self))
        for sex, label in (
            (Sex.FEMALE, self.tr("Woman")),
            (Sex.MALE, self.tr("Man")),
            (Sex.OTHER, self.tr("Other")),
        ):
            b = QPushButton(label, self)
            b.setObjectName(f"sex_{sex.value}")
            b.setCheckable(True)
            b.setMinimumHeight(56)
            b.setFont(big)
            b.setProperty("sex", sex.value)
            self.sex_group.addButton(b)
            sex_row.addWidget(b)
        self.age_group = QButtonGroup(self)
        age_row = QHBoxLayout()
        for age, label in (
            (AgeGroup.CHILD, self.tr("Child")),
            (AgeGroup.YOUTH, self.tr("Youth")),
            (AgeGroup.ADULT, self.tr("Adult")),
            (AgeGroup.ELDER, self.tr("Elder")),
        ):
            b = QPushButton(label, self)
            b.setObjectName(f"age_{age.value}")
            b.setCheckable(True)
            b.setMinimumHeight(40)
            b.setProperty("age", age.value)
            b.setChecked(age is AgeGroup.ADULT)
            self.age_group.addButton(b)
            age_row.addWidget(b)
        self.paper_check = QCheckBox(self.tr("Paper ballot (entered after the meeting)"), self)

        # One big button per option or component.
        self.option_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        columns = 2 if len(candidates) <= 4 else 3
        for i, c in enumerate(candidates):
            b = QPushButton(self)
            b.setObjectName(f"choice_{c.id}")
            b.setCheckable(True)
            b.setMinimumSize(QSize(220, 120))
            b.setFont(big)
            colour = c.colour or "#dddddd"
            b.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: {_text_colour(colour)}; border-radius: 12px; "
                "padding: 12px; } QPushButton:checked { border: 6px solid #222222; }"
            )
            picture = self._pictures.get(c.id) or self._pictures.get(c.option_id)
            if picture:
                b.setIcon(QIcon(picture))
                b.setIconSize(QSize(96, 96))
            b.clicked.connect(lambda _checked=False, cid=c.id: self.toggle(cid))
            self.option_buttons[c.id] = b
            grid.addWidget(b, i // columns, i % columns)
        self.cart_label = QLabel(self)
        self.cast_button = QPushButton(self.tr("Cast vote"), self)
        self.cast_button.setObjectName("cast_vote")
        self.cast_button.setMinimumHeight(56)
        self.cast_button.setFont(big)
        self.cast_button.clicked.connect(self.cast)
        clear = QPushButton(self.tr("Start again"), self)
        clear.clicked.connect(self.clear_choice)
        undo = QPushButton(self.tr("Undo last vote"), self)
        undo.setObjectName("undo_vote")
        undo.clicked.connect(self.undo_last_vote)
        actions = QHBoxLayout()
        actions.addWidget(clear)
        actions.addWidget(undo)
        actions.addStretch(1)
        actions.addWidget(self.cast_button)

        self.show_tally = QCheckBox(self.tr("Show results"), self)
        self.show_tally.setObjectName("show_results")
        self.show_tally.toggled.connect(self._refresh_tally)
        self.tally_table = QTableWidget(self)
        self.tally_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tally_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ballot_label = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(sex_row)
        layout.addLayout(age_row)
        layout.addLayout(grid, 1)
        layout.addWidget(self.cart_label)
        layout.addLayout(actions)
        layout.addWidget(self.paper_check)
        layout.addWidget(self.message)
        layout.addWidget(self.show_tally)
        layout.addWidget(self.tally_table)
        layout.addWidget(self.ballot_label)
        doc.record_replaced.connect(self._on_replaced)
        self._update_choice_view()
        self._refresh_tally()

    # ------------------------------------------------------------------ state

    @property
    def workshop(self) -> WorkshopRecord:
        rec = self._doc[self._workshop_id]
        assert isinstance(rec, WorkshopRecord)
        return rec

    def _default_candidates(self, w: WorkshopRecord) -> list[Candidate]:
        if w.voting is VotingMethod.BUDGET:
            return cart_items(self._doc)
        return [
            Candidate(o.id, o.name, colour=o.colour) for o in sorted(self._doc.options, key=lambda o: o.id)
        ]

    def _prompt_text(self, w: WorkshopRecord) -> str:
        if w.voting is VotingMethod.RANKING:
            return self.tr("Tap the options in order: your favourite first.")
        if w.voting is VotingMethod.BUDGET:
            return self.tr("Fill the basket with what matters most — within the budget.")
        return self.tr("Tap the option you prefer.")

    def choice(self) -> tuple[str, ...]:
        """Return the current voter's choices (best first for a ranking)."""
        return tuple(self._order)

    def selected_sex(self) -> Sex | None:
        b = self.sex_group.checkedButton()
        return Sex(b.property("sex")) if b is not None else None

    def cart_total(self) -> Decimal:
        return sum((self._by_id[c].price or Decimal(0) for c in self._order), Decimal(0))

    # ------------------------------------------------------------------ actions

    def toggle(self, candidate_id: str) -> None:
        """Add or remove a choice (single choice: replace it)."""
        method = self.workshop.voting
        if candidate_id in self._order:
            self._order.remove(candidate_id)
        elif method is VotingMethod.SINGLE:
            self._order = [candidate_id]
        else:
            self._order.append(candidate_id)
        self._update_choice_view()

    def clear_choice(self) -> None:
        self._order = []
        self._update_choice_view()

    def _update_choice_view(self) -> None:
        w = self.workshop
        for cid, b in self.option_buttons.items():
            c = self._by_id[cid]
            text = c.label
            if w.voting is VotingMethod.RANKING and cid in self._order:
                text = f"{self._order.index(cid) + 1} · {text}"
            if c.price is not None:
                text += f"\n{self._doc.project.currency} {c.price:,}"
            b.setText(text)
            b.setChecked(cid in self._order)
        over = False
        if w.voting is VotingMethod.BUDGET and w.budget_limit is not None:
            total = self.cart_total()
            over = total > w.budget_limit
            self.cart_label.setText(
                self.tr("Basket: {cur} {total:,} of {cur} {limit:,}").format(
                    cur=self._doc.project.currency, total=total, limit=w.budget_limit
                )
                + (self.tr(" — over the budget!") if over else "")
            )
        self.cast_button.setEnabled(bool(self._order) and not over and bool(self.candidates))

    def cast(self) -> bool:
        """Add the current voter's ballot to the workshop (one undoable step); say whether it was cast."""
        sex = self.selected_sex()
        if sex is None:
            self.message.setText(self.tr("Tap Woman, Man or Other first."))
            return False
        if not self._order:
            return False
        age_button = self.age_group.checkedButton()
        age = AgeGroup(age_button.property("age")) if age_button is not None else AgeGroup.ADULT
        old = self.workshop
        ballot = Ballot(
            sex=sex, age_group=age, choices=tuple(self._order), paper=self.paper_check.isChecked()
        )
        self._stack.push(ReplaceRecord(old, dataclasses.replace(old, ballots=(*old.ballots, ballot)), "Vote"))
        self._order = []
        checked = self.sex_group.checkedButton()
        if checked is not None:
            # Next voter chooses again: never carry one person's answer over to the next.
            self.sex_group.setExclusive(False)
            checked.setChecked(False)
            self.sex_group.setExclusive(True)
        self.message.setText(self.tr("Thank you! Vote recorded."))
        self._update_choice_view()
        self.vote_cast.emit()
        return True

    def undo_last_vote(self) -> None:
        """Undo the last command if it was a vote on this workshop."""
        if self._stack.undo_text() == "Vote":
            self._stack.undo()

    # ------------------------------------------------------------------ tally

    def result(self) -> VoteResult | None:
        """Return the current count (None when there is nothing to count)."""
        if not self.candidates:
            return None
        try:
            return tally(self.workshop, self.candidates)
        except JamiiError as exc:
            self.message.setText(str(exc))
            return None

    def _on_replaced(self, _old: object, new: object) -> None:
        if isinstance(new, WorkshopRecord) and new.id == self._workshop_id:
            self._refresh_tally()

    def detach(self) -> None:
        """Stop following the document (psygnal holds only a weak reference, so this is for early closes)."""
        self._doc.record_replaced.disconnect(self._on_replaced)

    def _refresh_tally(self) -> None:
        result = self.result()
        n = len(self.workshop.ballots)
        paper = sum(1 for b in self.workshop.ballots if b.paper)
        self.ballot_label.setText(self.tr("{n} ballots ({paper} on paper)").format(n=n, paper=paper))
        visible = self.show_tally.isChecked()
        self.tally_table.setVisible(visible)
        if result is None:
            self.tally_table.setRowCount(0)
            return
        ranking = result.method is VotingMethod.RANKING
        heads = [self.tr("Choice"), self.tr("Women"), self.tr("Men"), self.tr("Other"), self.tr("Total")]
        if ranking:
            heads.append(self.tr("1st choice"))
        if result.method is VotingMethod.BUDGET:
            heads.append(self.tr("Funded"))
        self.tally_table.setColumnCount(len(heads))
        self.tally_table.setHorizontalHeaderLabels(heads)
        rows = result.ranked
        self.tally_table.setRowCount(len(rows))
        for r, cr in enumerate(rows):
            score = cr.borda if ranking and cr.borda is not None else cr.votes
            cells = [
                cr.candidate.label,
                str(score["female"]),
                str(score["male"]),
                str(score["other"] + score["unknown"]),
                str(score["total"]),
            ]
            if ranking:
                cells.append(str(cr.votes["total"]))
            if result.method is VotingMethod.BUDGET:
                cells.append(self.tr("yes") if cr.funded else self.tr("no"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.tally_table.setItem(r, c, item)

    def tally_rows(self) -> list[list[str]]:
        """Return the tally table's text, row by row (for tests and the projector view)."""
        rows = []
        for r in range(self.tally_table.rowCount()):
            cells = []
            for c in range(self.tally_table.columnCount()):
                item = self.tally_table.item(r, c)
                cells.append(item.text() if item is not None else "")
            rows.append(cells)
        return rows
