"""Import a household survey export: pick the file, check the column mapping and a preview, import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.gui.error_text import error_text
from designer.io.households_import import (
    HouseholdImportError,
    ImportReport,
    SurveyFile,
    adapt_saved_mapping,
    apply_form_labels,
    mapping_for,
    plan_import,
    preview,
    read_survey,
)
from designer.io.xlsform import XLSForm, read_xlsform
from designer.model.errors import JamiiError
from designer.model.household_mapping import HOUSEHOLD_FIELDS, HouseholdMapping, mapping_id

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.undo import UndoStack

__all__ = ["HouseholdImportDialog"]

NOT_IMPORTED = ""


class HouseholdImportDialog(QDialog):
    """Column mapping and preview of a Kobo/ODK/plain export; Import pushes one undoable command.

    After a successful import ``report`` holds the :class:`ImportReport` and the dialog is accepted.
    A bad file or row shows its message in the dialog and changes nothing.
    """

    def __init__(
        self, doc: Document, stack: UndoStack, path: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import households"))
        self.setObjectName("dialog_import_households")
        self._doc = doc
        self._stack = stack
        self.survey: SurveyFile | None = None
        self.report: ImportReport | None = None
        self._saved_values: tuple[tuple[str, str, str], ...] = ()
        self._saved_public: tuple[str, ...] = ()
        self._combos: dict[str, QComboBox] = {}

        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        # The XLSForm (optional): answers typed, choice codes shown as labels, labels exports read back.
        self.form: XLSForm | None = None
        self.form_edit = QLineEdit(self)
        self.form_edit.setReadOnly(True)
        self.form_edit.setPlaceholderText(self.tr("XLSForm (optional)"))
        browse_form = QPushButton(self.tr("Choose form…"), self)
        browse_form.clicked.connect(self._browse_form)
        file_row.addWidget(self.form_edit, 1)
        file_row.addWidget(browse_form)
        self.personal_edit = QLineEdit(self)
        self.personal_edit.setObjectName("personal_questions")
        self.personal_edit.setToolTip(
            self.tr("Names, phone numbers and free text are personal already; never exported")
        )

        self.mapping_table = QTableWidget(len(HOUSEHOLD_FIELDS), 2, self)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Household field"), self.tr("Column in the file")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, target in enumerate(HOUSEHOLD_FIELDS):
            item = QTableWidgetItem(target.replace("_", " "))
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"map_{target}")
            combo.currentIndexChanged.connect(self._refresh_preview)
            self._combos[target] = combo
            self.mapping_table.setCellWidget(row, 1, combo)
        self.precision_spin = QDoubleSpinBox(self)
        self.precision_spin.setRange(0.5, 1000.0)
        self.precision_spin.setSuffix(" m")
        self.precision_spin.setValue(10.0)
        precision_form = QFormLayout()
        precision_form.addRow(self.tr("Report GPS points less precise than"), self.precision_spin)
        precision_form.addRow(self.tr("Also personal (questions, comma-separated)"), self.personal_edit)

        self.preview_table = QTableWidget(self)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b30000;")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.mapping_table)
        left_layout.addLayout(precision_form)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview_table)
        splitter.setStretchFactor(1, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.source_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(1000, 620)
        if path:
            self.load_file(path)

    # ------------------------------------------------------------------ file and mapping

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Survey export"), "", self.tr("Survey exports (*.csv *.xlsx *.zip);;All files (*)")
        )
        if path:
            self.load_file(path)

    def _browse_form(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("XLSForm"), "", self.tr("XLSForms (*.xlsx *.xls);;All files (*)")
        )
        if path:
            self.load_form(path)

    def load_form(self, path: str) -> bool:
        """Read the survey's XLSForm (then re-read the export with it); say if it loaded."""
        try:
            form = read_xlsform(path)
        except JamiiError as exc:
            self.error_label.setText(error_text(exc))
            return False
        self.form = form
        self.form_edit.setText(path)
        if self.path_edit.text():
            return self.load_file(self.path_edit.text())
        return True

    def load_file(self, path: str) -> bool:
        """Read a survey export and fill the mapping (saved in the project, else guessed); say if it loaded."""
        self.path_edit.setText(path)
        try:
            survey = read_survey(path)
            if self.form is not None:
                apply_form_labels(survey, self.form)
        except JamiiError as exc:
            self.survey = None
            self.error_label.setText(error_text(exc))
            self.import_button.setEnabled(False)
            return False
        self.survey = survey
        mapping, notes = adapt_saved_mapping(mapping_for(self._doc, survey), survey)
        self._saved_values = mapping.values
        self._saved_public = mapping.public_questions
        self.personal_edit.setText(", ".join(mapping.personal_questions))
        self.precision_spin.setValue(mapping.max_precision_m)
        headers = survey.main.headers
        repeat_headers = sorted({h for t in survey.repeats for h in t.headers})
        for target, combo in self._combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for h in repeat_headers if target == "member_age" else headers:
                combo.addItem(h, h)
            col = mapping.column_for(target)
            combo.setCurrentIndex(max(0, combo.findData(col)) if col else 0)
            combo.blockSignals(False)
        kind = {"kobo": "KoboToolbox", "odk": "ODK", "plain": self.tr("plain table")}[survey.source]
        text = self.tr("{kind} export, {rows} rows").format(kind=kind, rows=len(survey.main.rows))
        if survey.repeats:
            text += self.tr("; repeats: {names}").format(names=", ".join(t.label for t in survey.repeats))
        if notes:
            text += "\n" + "\n".join(notes)
        self.source_label.setText(text)
        self.error_label.clear()
        self.import_button.setEnabled(True)
        self._refresh_preview()
        return True

    def set_column(self, target: str, column: str | None) -> None:
        """Map ``target`` to ``column`` (None: not imported) as if chosen in its combo box."""
        combo = self._combos[target]
        combo.setCurrentIndex(max(0, combo.findData(column)) if column else 0)

    def mapping(self) -> HouseholdMapping | None:
        """Return the mapping as currently chosen (None before a file is loaded)."""
        if self.survey is None:
            return None
        columns = tuple(
            (t, str(self._combos[t].currentData()))
            for t in HOUSEHOLD_FIELDS
            if self._combos[t].currentData() not in (None, NOT_IMPORTED)
        )
        return HouseholdMapping(
            id=mapping_id(self.survey.source),
            source=self.survey.source,
            columns=columns,
            values=self._saved_values,
            max_precision_m=self.precision_spin.value(),
            personal_questions=tuple(q.strip() for q in self.personal_edit.text().split(",") if q.strip()),
            public_questions=self._saved_public,
        )

    def _refresh_preview(self) -> None:
        mapping = self.mapping()
        if mapping is None or self.survey is None:
            return
        rows = preview(self.survey, mapping)
        targets = [t for t, _ in mapping.columns if t != "member_age"]
        heads = [self.tr("Row"), *[t.replace("_", " ") for t in targets], self.tr("Problem")]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(heads))
        self.preview_table.setRowCount(len(rows))
        self.preview_table.setHorizontalHeaderLabels(heads)
        for r, row in enumerate(rows):
            cells = [row["row"], *[row.get(t, "") for t in targets], row["error"]]
            for c, text in enumerate(cells):
                self.preview_table.setItem(r, c, QTableWidgetItem(text))

    # ------------------------------------------------------------------ import

    def do_import(self) -> None:
        """Check every row and push the import as one command; on a problem show it and stay open."""
        mapping = self.mapping()
        if mapping is None or self.survey is None:
            return
        try:
            plan = plan_import(self._doc, self.survey, mapping, self.form)
        except (HouseholdImportError, JamiiError) as exc:
            self.error_label.setText(error_text(exc))
            return
        if plan.macro.commands:
            self._stack.push(plan.macro)
        self.report = plan.report
        self.accept()
