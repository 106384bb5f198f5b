"""The voting screen of workshop mode: big buttons per option, the voter's sex, a review step, a tally by sex.

A ballot is a record of what a person said, not a design step: it is confirmed on a review page and
then written outside the drawing's undo history (``UndoStack.apply_permanent``), so Undo never takes
it back. Only the facilitator's explicit "Correct a ballot" action changes the count, and that
correction is itself recorded beside the ballot. The tally stays hidden until the facilitator shows
it, so early votes do not sway later ones.

The screen fits a 1280×720 projector: the choices scroll inside, and the basket, the message and the
buttons stay in a fixed footer.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.analysis.participation import Candidate, VoteResult, tally
from designer.gui.docks.costs import money
from designer.gui.fitting import FittingScrollArea
from designer.gui.households.results_chart import ResultsChart
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
        vote_cast(): after a ballot was confirmed and added to the workshop record.
        ballot_corrected(): after the facilitator corrected a ballot.
    """

    vote_cast = Signal()
    ballot_corrected = Signal()

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
        self.message.setObjectName("vote_message")
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
        big.setPointSize(16)
        big.setBold(True)
        body = QWidget(self)
        self.prompt = QLabel(self._prompt_text(w), body)
        self.prompt.setFont(big)
        self.prompt.setWordWrap(True)

        # Who is voting: the count is disaggregated by sex, so this comes first.
        self.sex_group = QButtonGroup(self)
        sex_row = QHBoxLayout()
        sex_row.addWidget(QLabel(self.tr("I am:"), body))
        for sex, label in (
            (Sex.FEMALE, self.tr("Woman")),
            (Sex.MALE, self.tr("Man")),
            (Sex.OTHER, self.tr("Other")),
        ):
            b = QPushButton(label, body)
            b.setObjectName(f"sex_{sex.value}")
            b.setAccessibleName(label)
            b.setCheckable(True)
            b.setMinimumHeight(48)
            b.setFont(big)
            b.setProperty("sex", sex.value)
            self.sex_group.addButton(b)
            sex_row.addWidget(b)
        self.age_group = QButtonGroup(self)
        age_row = QHBoxLayout()  # its own row: in Kiswahili the seven words do not fit one 1280 px line
        for age, label in (
            (AgeGroup.CHILD, self.tr("Child")),
            (AgeGroup.YOUTH, self.tr("Youth")),
            (AgeGroup.ADULT, self.tr("Adult")),
            (AgeGroup.ELDER, self.tr("Elder")),
        ):
            b = QPushButton(label, body)
            b.setObjectName(f"age_{age.value}")
            b.setAccessibleName(label)
            b.setCheckable(True)
            b.setMinimumHeight(40)
            b.setProperty("age", age.value)
            b.setChecked(age is AgeGroup.ADULT)
            self.age_group.addButton(b)
            age_row.addWidget(b)
        self.paper_check = QCheckBox(self.tr("Paper ballot (entered after the meeting)"), body)

        # One big button per option or intervention; the grid scrolls when there are many. A priced
        # intervention needs three lines (what, which option, price): two wide columns keep them whole.
        self.option_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        lines = max((c.label.count("\n") + 1 + (c.price is not None) for c in candidates), default=1)
        columns = 2 if len(candidates) <= 4 or lines > 1 else 3
        line_height = QFontMetrics(big).lineSpacing()
        for i, c in enumerate(candidates):
            b = QPushButton(body)
            b.setObjectName(f"choice_{c.id}")
            b.setAccessibleName(c.label.replace("\n", " "))
            b.setCheckable(True)
            b.setFont(big)
            colour = c.colour or "#dddddd"
            # The height goes in the button's own style sheet: workshop mode's style sheet would
            # otherwise set every push button's minimum height back to one line.
            height_px = max(96, lines * line_height + 44)
            b.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: {_text_colour(colour)}; border-radius: 12px; "
                f"padding: 8px; min-height: {height_px}px; min-width: 200px; }} "
                "QPushButton:checked { border: 6px solid #222222; }"
            )
            picture = self._pictures.get(c.id) or self._pictures.get(c.option_id)
            if picture:
                b.setIcon(QIcon(picture))
                b.setIconSize(QSize(64, 64))
            b.clicked.connect(lambda _checked=False, cid=c.id: self.toggle(cid))
            self.option_buttons[c.id] = b
            grid.addWidget(b, i // columns, i % columns)

        self.show_tally = QCheckBox(self.tr("Show results"), body)
        self.show_tally.setObjectName("show_results")
        self.show_tally.toggled.connect(self._refresh_tally)
        self.tally_table = QTableWidget(body)
        self.tally_table.setObjectName("tally_table")
        self.tally_table.setAccessibleName(self.tr("Results"))
        self.tally_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tally_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tally_table.setMinimumHeight(160)
        self.ballot_label = QLabel(body)
        self.chart_by_sex = ResultsChart("sex", body)
        self.chart_by_sex.setObjectName("results_by_sex")
        self.chart_by_age = ResultsChart("age", body)
        self.chart_by_age.setObjectName("results_by_age")

        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.prompt)
        body_layout.addLayout(sex_row)
        body_layout.addLayout(age_row)
        body_layout.addLayout(grid)
        body_layout.addWidget(self.paper_check)
        body_layout.addWidget(self.show_tally)
        body_layout.addWidget(self.chart_by_sex)
        body_layout.addWidget(self.chart_by_age)
        body_layout.addWidget(self.tally_table)
        body_layout.addWidget(self.ballot_label)
        body_layout.addStretch(1)
        self.choose_area = FittingScrollArea(body, self)
        self.choose_area.setObjectName("vote_choose_area")

        # The review step: the voter sees what will be recorded and confirms it.
        review = QWidget(self)
        review.setObjectName("vote_review")
        self.review_label = QLabel(review)
        self.review_label.setObjectName("vote_review_text")
        self.review_label.setWordWrap(True)
        self.review_label.setFont(big)
        self.confirm_button = QPushButton(self.tr("Yes, record my vote"), review)
        self.confirm_button.setObjectName("confirm_vote")
        self.confirm_button.setMinimumHeight(56)
        self.confirm_button.setFont(big)
        self.confirm_button.clicked.connect(self.confirm)
        self.change_button = QPushButton(self.tr("No, change it"), review)
        self.change_button.setObjectName("change_vote")
        self.change_button.setMinimumHeight(56)
        self.change_button.clicked.connect(self.back_to_choice)
        review_layout = QVBoxLayout(review)
        review_layout.addWidget(self.review_label, 1)
        review_buttons = QHBoxLayout()
        review_buttons.addWidget(self.change_button)
        review_buttons.addStretch(1)
        review_buttons.addWidget(self.confirm_button)
        review_layout.addLayout(review_buttons)
        self.review_area = FittingScrollArea(review, self)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.choose_area)
        self.pages.addWidget(self.review_area)

        # Fixed footer: the basket, the message and the buttons are always on screen.
        self.budget_bar = QProgressBar(self)
        self.budget_bar.setObjectName("budget_bar")
        self.budget_bar.setAccessibleName(self.tr("Budget used"))
        self.budget_bar.setRange(0, 100)
        self.budget_bar.setTextVisible(False)
        self.budget_bar.setMinimumHeight(24)
        self.cart_label = QLabel(self)
        self.cart_label.setObjectName("cart_label")
        self.cart_label.setWordWrap(True)
        self.cast_button = QPushButton(self.tr("Cast vote"), self)
        self.cast_button.setObjectName("cast_vote")
        self.cast_button.setMinimumHeight(56)
        self.cast_button.setFont(big)
        self.cast_button.clicked.connect(self.review)
        self.clear_button = QPushButton(self.tr("Start again"), self)
        self.clear_button.setObjectName("clear_vote")
        self.clear_button.clicked.connect(self.clear_choice)
        self.correct_button = QPushButton(self.tr("Correct a ballot…"), self)
        self.correct_button.setObjectName("correct_ballot")
        self.correct_button.setToolTip(self.tr("For the facilitator: void or change a ballot, with a reason"))
        self.correct_button.clicked.connect(self.open_correction)
        actions = QHBoxLayout()
        self.footer_actions = actions  # the page holding the screen may add its own buttons
        actions.addWidget(self.clear_button)
        actions.addWidget(self.correct_button)
        actions.addStretch(1)
        actions.addWidget(self.cast_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.budget_bar)
        layout.addWidget(self.cart_label)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        budget = w.voting is VotingMethod.BUDGET and w.budget_limit is not None
        self.budget_bar.setVisible(budget)
        self.cart_label.setVisible(budget)  # an empty line would only take height from the choices
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
            from designer.gui.households.vote_menu import budget_candidates

            candidates, pictures = budget_candidates(self._doc)
            self._pictures = {**pictures, **self._pictures}
            return candidates
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

    def _money(self, value: Decimal) -> str:
        return money(value, self._doc.project.currency)

    # ------------------------------------------------------------------ choosing

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
        self.back_to_choice()
        self._update_choice_view()

    def _update_choice_view(self) -> None:
        w = self.workshop
        for cid, b in self.option_buttons.items():
            c = self._by_id[cid]
            text = c.label
            if w.voting is VotingMethod.RANKING and cid in self._order:
                text = f"{self._order.index(cid) + 1} · {text}"
            if c.price is not None:
                text += "\n" + self._money(c.price)
            b.setText(text)
            b.setChecked(cid in self._order)
        over = False
        if w.voting is VotingMethod.BUDGET and w.budget_limit is not None:
            total = self.cart_total()
            limit = w.budget_limit
            over = total > limit
            share = int(min(total / limit, Decimal(1)) * 100) if limit > 0 else 100
            self.budget_bar.setValue(share)
            # Red when over the budget, green while it fits: visible from the back of the room.
            self.budget_bar.setStyleSheet(
                "QProgressBar::chunk { background: %s; }" % ("#D55E00" if over else "#009E73")
            )
            text = (
                self.tr("Basket: %1 of %2")
                .replace("%1", self._money(total))
                .replace("%2", self._money(limit))
            )
            if over:
                text += " — " + self.tr("Too much for the budget: take something out (at least %1).").replace(
                    "%1", self._money(total - limit)
                )
            self.cart_label.setText(text)
        self.cast_button.setEnabled(bool(self._order) and not over and bool(self.candidates))

    # ------------------------------------------------------------------ casting

    def _ballot(self) -> Ballot | None:
        sex = self.selected_sex()
        if sex is None or not self._order:
            return None
        age_button = self.age_group.checkedButton()
        age = AgeGroup(age_button.property("age")) if age_button is not None else AgeGroup.ADULT
        return Ballot(sex=sex, age_group=age, choices=tuple(self._order), paper=self.paper_check.isChecked())

    def review(self) -> bool:
        """Show the review step for the current choice; say whether it could be shown."""
        if self.selected_sex() is None:
            self.message.setText(self.tr("Tap Woman, Man or Other first."))
            return False
        if not self._order or not self.cast_button.isEnabled():
            return False
        lines = [self.tr("Your vote:")]
        for n, cid in enumerate(self._order, start=1):
            c = self._by_id[cid]
            line = f"{n}. {c.label}" if self.workshop.voting is VotingMethod.RANKING else f"• {c.label}"
            if c.price is not None:
                line += f" — {self._money(c.price)}"
            lines.append(line)
        if self.workshop.voting is VotingMethod.BUDGET:
            lines.append(self.tr("Total: %1").replace("%1", self._money(self.cart_total())))
        lines.append(self.tr("Is this right?"))
        self.review_label.setText("\n".join(lines))
        self.pages.setCurrentWidget(self.review_area)
        self.cast_button.setEnabled(False)
        self.message.setText("")
        return True

    def back_to_choice(self) -> None:
        """Leave the review step without recording anything."""
        self.pages.setCurrentWidget(self.choose_area)
        self._update_choice_view()

    def confirm(self) -> bool:
        """Record the reviewed ballot outside the undo history; say whether it was recorded."""
        ballot = self._ballot()
        if ballot is None:
            self.back_to_choice()
            return False
        old = self.workshop
        new = dataclasses.replace(old, ballots=(*old.ballots, ballot))
        self._stack.apply_permanent(ReplaceRecord(old, new, "Vote"))
        self._order = []
        checked = self.sex_group.checkedButton()
        if checked is not None:
            # Next voter chooses again: never carry one person's answer over to the next.
            self.sex_group.setExclusive(False)
            checked.setChecked(False)
            self.sex_group.setExclusive(True)
        self.paper_check.setChecked(False)
        self.message.setText(
            self.tr("Thank you! Vote recorded (ballot %1).").replace("%1", str(len(new.ballots)))
        )
        self.back_to_choice()
        self.vote_cast.emit()
        return True

    def cast(self) -> bool:
        """Review and confirm in one go (paper ballots typed in by the facilitator, tests)."""
        return self.review() and self.confirm()

    # ------------------------------------------------------------------ corrections

    def open_correction(self) -> None:
        from designer.gui.households.correct_ballot import CorrectBallotDialog

        dlg = CorrectBallotDialog(self.workshop, self.candidates, self)
        if dlg.exec():
            correction = dlg.correction()
            if correction is not None:
                self.correct(correction.ballot_number, correction.reason, correction.replacement)

    def correct(self, ballot_number: int, reason: str, replacement: Ballot | None) -> None:
        """Record the facilitator's correction of a ballot (void it, or count ``replacement`` instead)."""
        from designer.model.people import BallotCorrection

        old = self.workshop
        correction = BallotCorrection(
            ballot_number=ballot_number,
            reason=reason.strip(),
            replacement=replacement,
            at=datetime.now().isoformat(timespec="seconds"),
        )
        new = dataclasses.replace(old, corrections=(*old.corrections, correction))
        self._stack.apply_permanent(ReplaceRecord(old, new, "Correct a ballot"))
        self.message.setText(
            self.tr("Ballot %1 corrected: %2")
            .replace("%1", str(ballot_number))
            .replace("%2", correction.reason)
        )
        self.ballot_corrected.emit()

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
        w = self.workshop
        n = len(w.ballots)
        paper = sum(1 for b in w.ballots if b.paper)
        text = self.tr("{n} ballots ({paper} on paper)").format(n=n, paper=paper)
        if w.corrections:
            text += " · " + self.tr("%1 corrected by the facilitator").replace(
                "%1", str(len({c.ballot_number for c in w.corrections}))
            )
        self.ballot_label.setText(text)
        visible = self.show_tally.isChecked()
        self.tally_table.setVisible(visible)
        self.chart_by_sex.setVisible(visible)
        self.chart_by_age.setVisible(visible)
        self.chart_by_sex.set_result(result)
        self.chart_by_age.set_result(result)
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
