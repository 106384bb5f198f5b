"""Record a workshop: date, place, participants by sex and age group, and how the vote is held."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.gui.fitting import FittingScrollArea
from designer.model.commands import AddRecord, ReplaceRecord
from designer.model.people import AgeGroup, ParticipantCount, Sex, VotingMethod, WorkshopRecord
from designer.model.records import new_id

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.undo import UndoStack

__all__ = ["WorkshopRecordDialog"]

GRID_SEXES = (Sex.FEMALE, Sex.MALE, Sex.OTHER)


class WorkshopRecordDialog(QDialog):
    """Add a workshop record, or edit one (its ballots are kept); OK records it outside the undo history."""

    def __init__(
        self,
        doc: Document,
        stack: UndoStack,
        workshop: WorkshopRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_workshop_record")
        self.setWindowTitle(
            self.tr("Workshop record") if workshop is None else self.tr("Edit workshop record")
        )
        self._doc = doc
        self._stack = stack
        self._original = workshop
        self.saved: WorkshopRecord | None = None

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        self.place_edit = QLineEdit(self)
        self.method_combo = QComboBox(self)
        for method, label in (
            (VotingMethod.SINGLE, self.tr("Single choice")),
            (VotingMethod.RANKING, self.tr("Ranking")),
            (VotingMethod.BUDGET, self.tr("Shopping cart with a budget")),
        ):
            self.method_combo.addItem(label, method.value)
        self.budget_spin = QDoubleSpinBox(self)
        self.budget_spin.setRange(0, 1e12)
        self.budget_spin.setDecimals(2)
        self.budget_spin.setSuffix(f" {doc.project.currency}")
        self.budget_spin.setToolTip(
            self.tr("What each household could spend on the interventions of the menu")
        )
        self.method_combo.currentIndexChanged.connect(self._on_method)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setPlaceholderText(self.tr("What was discussed (no names of participants)"))

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Place"), self.place_edit)
        form.addRow(self.tr("Voting"), self.method_combo)
        form.addRow(self.tr("Budget per household"), self.budget_spin)

        group = QGroupBox(self.tr("Participants"), self)
        grid = QGridLayout(group)
        age_labels = {
            AgeGroup.CHILD: self.tr("Children"),
            AgeGroup.YOUTH: self.tr("Youth"),
            AgeGroup.ADULT: self.tr("Adults"),
            AgeGroup.ELDER: self.tr("Elders"),
        }
        sex_labels = {
            Sex.FEMALE: self.tr("Women / girls"),
            Sex.MALE: self.tr("Men / boys"),
            Sex.OTHER: self.tr("Other"),
        }
        self.count_spins: dict[tuple[Sex, AgeGroup], QSpinBox] = {}
        for c, age in enumerate(AgeGroup, start=1):
            grid.addWidget(QLabel(age_labels[age], group), 0, c)
        for r, sex in enumerate(GRID_SEXES, start=1):
            grid.addWidget(QLabel(sex_labels[sex], group), r, 0)
            for c, age in enumerate(AgeGroup, start=1):
                spin = QSpinBox(group)
                spin.setRange(0, 100000)
                spin.setObjectName(f"count_{sex.value}_{age.value}")
                spin.setAccessibleName(f"{sex_labels[sex]}, {age_labels[age]}")  # its row and column
                spin.valueChanged.connect(self._update_total)
                self.count_spins[(sex, age)] = spin
                grid.addWidget(spin, r, c)
        self.total_label = QLabel(group)
        grid.addWidget(self.total_label, len(GRID_SEXES) + 1, 0, 1, len(AgeGroup) + 1)

        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b30000;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        # The fields scroll inside so the dialog fits a 1280×720 projector in workshop mode's large type.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addWidget(group)
        body_layout.addWidget(QLabel(self.tr("Notes"), body))
        body_layout.addWidget(self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(FittingScrollArea(body, self), 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if workshop is not None:
            self._fill(workshop)
        self._on_method()
        self._update_total()

    def _fill(self, w: WorkshopRecord) -> None:
        self.date_edit.setDate(QDate.fromString(w.date, "yyyy-MM-dd"))
        self.place_edit.setText(w.place)
        self.method_combo.setCurrentIndex(self.method_combo.findData(w.voting.value))
        if w.budget_limit is not None:
            self.budget_spin.setValue(float(w.budget_limit))
        for p in w.participants:
            spin = self.count_spins.get((p.sex, p.age_group))
            if spin is not None:
                spin.setValue(spin.value() + p.count)
        self.notes_edit.setPlainText(w.notes)

    def _on_method(self) -> None:
        self.budget_spin.setEnabled(self.method_combo.currentData() == VotingMethod.BUDGET.value)

    def _update_total(self) -> None:
        women = sum(s.value() for (sex, _), s in self.count_spins.items() if sex is Sex.FEMALE)
        men = sum(s.value() for (sex, _), s in self.count_spins.items() if sex is Sex.MALE)
        total = sum(s.value() for s in self.count_spins.values())
        self.total_label.setText(
            self.tr("{total} participants: {women} women, {men} men").format(
                total=total, women=women, men=men
            )
        )

    def record(self) -> WorkshopRecord:
        """Return the workshop record as entered (same id and ballots when editing)."""
        method = VotingMethod(self.method_combo.currentData())
        budget = Decimal(str(round(self.budget_spin.value(), 2))) if method is VotingMethod.BUDGET else None
        participants = tuple(
            ParticipantCount(sex=sex, age_group=age, count=spin.value())
            for (sex, age), spin in self.count_spins.items()
            if spin.value() > 0
        )
        values = {
            "date": self.date_edit.date().toString("yyyy-MM-dd"),
            "place": self.place_edit.text().strip(),
            "voting": method,
            "budget_limit": budget,
            "participants": participants,
            "notes": self.notes_edit.toPlainText().strip(),
        }
        if self._original is not None:
            return dataclasses.replace(self._original, **values)  # type: ignore[arg-type]
        return WorkshopRecord(id=new_id(WorkshopRecord.ID_PREFIX), **values)  # type: ignore[arg-type]

    def accept(self) -> None:
        """Push the record as one command (add, or replace when editing) and close."""
        record = self.record()
        if record.voting is VotingMethod.BUDGET and not record.budget_limit:
            self.error_label.setText(self.tr("A shopping-cart vote needs a budget."))
            return
        # A workshop record says what happened in a meeting: like its ballots it stays out of the
        # drawing's undo history, so Undo of a drawing step never changes attendance or votes.
        if self._original is None:
            self._stack.apply_permanent(AddRecord(record, "Add workshop record"))
        elif record != self._original:
            self._stack.apply_permanent(ReplaceRecord(self._original, record, "Edit workshop record"))
        self.saved = record
        super().accept()
