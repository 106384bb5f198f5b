"""The facilitator's "Correct a ballot" dialog: void a cast ballot or count other choices, with a reason.

The ballot itself is never changed: the dialog returns a ``BallotCorrection`` that the voting screen
records beside it, so the count shows what was cast, what was corrected, when and why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from designer.model.people import Ballot, BallotCorrection, Sex, VotingMethod, WorkshopRecord

if TYPE_CHECKING:
    from designer.analysis.participation import Candidate

__all__ = ["CorrectBallotDialog"]


class CorrectBallotDialog(QDialog):
    """Pick a ballot, void it or give the choices the voter meant, and say why."""

    def __init__(self, workshop: WorkshopRecord, candidates: list[Candidate], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dialog_correct_ballot")
        self.setWindowTitle(self.tr("Correct a ballot"))
        self._workshop = workshop
        self._labels = {c.id: c.label for c in candidates}
        self._checked_order: list[str] = []  # ranking: the order the facilitator ticks the choices

        self.ballot_list = self._ballot_list(workshop)
        self.void_radio = QRadioButton(self.tr("Void this ballot (it is not counted)"), self)
        self.void_radio.setObjectName("correct_void")
        self.void_radio.setChecked(True)
        self.replace_radio = QRadioButton(self.tr("Count these choices instead:"), self)
        self.replace_radio.setObjectName("correct_replace")
        self.choice_list = QListWidget(self)
        self.choice_list.setObjectName("correct_choices")
        self.choice_list.setAccessibleName(self.tr("Choices to count instead"))
        for c in candidates:
            item = QListWidgetItem(c.label)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.choice_list.addItem(item)
        self.choice_list.itemChanged.connect(self._on_choice_changed)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("correct_reason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Why (e.g. pressed the wrong picture)"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b30000;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ballot"), self))
        layout.addWidget(self.ballot_list, 1)
        layout.addWidget(self.void_radio)
        layout.addWidget(self.replace_radio)
        layout.addWidget(self.choice_list, 1)
        layout.addWidget(QLabel(self.tr("Reason (recorded with the correction)"), self))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _ballot_list(self, workshop: WorkshopRecord) -> QListWidget:
        """Return the list of cast ballots, each with its correction if it has one."""
        sexes = {Sex.FEMALE: self.tr("woman"), Sex.MALE: self.tr("man"), Sex.OTHER: self.tr("other")}
        ballot_list = QListWidget(self)
        ballot_list.setObjectName("ballot_list")
        ballot_list.setAccessibleName(self.tr("Cast ballots"))
        for number, counted, correction in workshop.counted_ballots():
            ballot = workshop.ballots[number - 1]
            who = sexes.get(ballot.sex, self.tr("unknown"))
            text = f"{number} · {who} · " + ", ".join(self._labels.get(c, c) for c in ballot.choices)
            if correction is not None:
                text += (
                    " — "
                    + (self.tr("voided") if counted is None else self.tr("corrected"))
                    + f": {correction.reason}"
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, number)
            ballot_list.addItem(item)
        if ballot_list.count():
            ballot_list.setCurrentRow(ballot_list.count() - 1)  # usually the last one is wrong

        return ballot_list

    def _on_choice_changed(self, item: QListWidgetItem) -> None:
        cid = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked and cid not in self._checked_order:
            self._checked_order.append(cid)
            self.replace_radio.setChecked(True)
        elif item.checkState() != Qt.CheckState.Checked and cid in self._checked_order:
            self._checked_order.remove(cid)

    def set_choices(self, choice_ids: list[str]) -> None:
        """Tick these choices, in this order (best first for a ranking)."""
        for row in range(self.choice_list.count()):
            self.choice_list.item(row).setCheckState(Qt.CheckState.Unchecked)
        by_id = {
            str(self.choice_list.item(r).data(Qt.ItemDataRole.UserRole)): self.choice_list.item(r)
            for r in range(self.choice_list.count())
        }
        for cid in choice_ids:
            by_id[cid].setCheckState(Qt.CheckState.Checked)

    def correction(self) -> BallotCorrection | None:
        """Return the correction as entered, or None (with the reason in ``error_label``) if incomplete."""
        item = self.ballot_list.currentItem()
        if item is None:
            self.error_label.setText(self.tr("Choose the ballot to correct."))
            return None
        reason = self.reason_edit.text().strip()
        if not reason:
            self.error_label.setText(self.tr("Say why the ballot is corrected."))
            return None
        number = int(item.data(Qt.ItemDataRole.UserRole))
        replacement: Ballot | None = None
        if self.replace_radio.isChecked():
            choices = tuple(self._checked_order)
            if not choices:
                self.error_label.setText(self.tr("Tick the choices to count instead."))
                return None
            if self._workshop.voting is VotingMethod.SINGLE and len(choices) != 1:
                self.error_label.setText(self.tr("A single-choice ballot has exactly one choice."))
                return None
            cast = self._workshop.ballots[number - 1]
            replacement = Ballot(sex=cast.sex, age_group=cast.age_group, choices=choices, paper=cast.paper)
        return BallotCorrection(ballot_number=number, reason=reason, replacement=replacement)

    def accept(self) -> None:
        if self.correction() is not None:
            super().accept()
