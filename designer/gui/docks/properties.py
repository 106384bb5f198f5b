"""Properties dock: the selected record's attributes with typed editors and units.

Each edit is one ReplaceRecord command (so it can be undone); the model validates the new value
and a refusal is shown once in the status bar. Geometry is edited on the plan, not here, but its
length or area is shown.
"""

from __future__ import annotations

import dataclasses
import enum
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, get_type_hints

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from designer.gui.currency_text import library_currency_message
from designer.gui.docks.property_editors import HoursEditor, TriStateEditor, UsersEditor
from designer.gui.field_labels import field_label
from designer.gui.labels import kind_label
from designer.gui.value_labels import value_label
from designer.io.country import CURRENCY_FROM_DATA, CURRENCY_FROM_USER, currency_codes, set_currency_by_user
from designer.model.commands import ReplaceRecord
from designer.model.entities import AreaEntity, Entity, LineEntity, Toilet, WaterPoint
from designer.model.errors import JamiiError
from designer.model.geometry import line_length_m, ring_area_m2
from designer.model.project import ProjectInfo
from designer.tools.base import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from designer.gui.session import Session
    from designer.model.records import Record

__all__ = ["PropertiesDock", "unit_of"]

EDIT_LABEL = QT_TRANSLATE_NOOP("command", "Edit properties")
_SKIP = {"id", "scope", "outline", "route", "position", "currency_source"}
_HOURS_FIELDS = {"open_hours", "supply_hours"}
"""Daily windows (``OpenHours``): typed as text, see property_editors.HoursEditor."""
_UNITS = (
    ("_l_per_min", "L/min"),
    ("_per_month", "/month"),
    ("_per_20l", "/20 L"),
    ("_per_use", "/use"),
    ("_m2", "m²"),
    ("_m3", "m³"),
    ("_mm", "mm"),
    ("_deg", "°"),
    ("_pct_per_year", "%/year"),
    ("_months", "months"),
    ("_m", "m"),
    ("_w", "W"),
    ("_h", "h"),
)


def _optional_inner(tp: Any) -> Any:
    """Return X of a type hint ``X | None`` (None for any other hint)."""
    import types
    import typing

    if typing.get_origin(tp) in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
    return None


def _tags_label(tags: Any) -> QWidget | None:
    """Source tags the model has no field for, read-only (they came from the survey)."""
    if not tags:
        return None
    label = QLabel("; ".join(f"{k}={v}" for k, v in tags))
    label.setWordWrap(True)
    return label


def unit_of(field_name: str) -> str:
    """Return the unit shown for a field, taken from its name (``width_m`` → "m")."""
    for suffix, unit in _UNITS:
        if field_name.endswith(suffix):
            return unit
    return ""


class PropertiesDock(QDockWidget):
    """Shows and edits the first selected record (or the project when nothing is selected)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("dock_properties")
        self.setWindowTitle(self.tr("Properties"))
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.setWidget(self.scroll_area)
        self.record: Record | None = None
        self.editors: dict[str, QWidget] = {}
        self._follow(session)

    def _follow(self, session: Session) -> None:
        session.document_changed.connect(self._follow_selection)
        # Deferred: an editor's own signal may have caused the change, and rebuilding the form
        # deletes that editor; rebuild once control is back in the event loop.
        session.bridge.changed.connect(lambda: QTimer.singleShot(0, self.refresh))
        session.scope_changed.connect(lambda _s: QTimer.singleShot(0, self.refresh))

    def _follow_selection(self) -> None:
        self.session.ctx.selection.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        w = self.session
        ids = list(w.ctx.selection)
        rec = w.doc.get(ids[0]) if ids else w.doc.get(w.ctx.scope) or w.doc.project
        self.show_record(rec)

    def show_record(self, rec: Record | None) -> None:
        """Build the editors for ``rec``."""
        self.record = rec
        self.editors = {}
        body = QWidget()
        form = QFormLayout(body)
        self.scroll_area.setWidget(body)
        if rec is None:
            return
        title = QLabel(f"<b>{kind_label(rec.KIND)}</b>  <small>{rec.id}</small>")
        form.addRow(title)
        if isinstance(rec, AreaEntity):
            form.addRow(self.tr("Area"), QLabel(f"{ring_area_m2(rec.outline):.1f} m²"))
        elif isinstance(rec, LineEntity):
            form.addRow(self.tr("Length"), QLabel(f"{line_length_m(rec.route):.1f} m"))
        editable = not isinstance(rec, Entity) or self.session.ctx.is_editable(rec)
        hints = get_type_hints(type(rec))
        for f in dataclasses.fields(rec):
            if f.name == "shared_by" and isinstance(rec, WaterPoint | Toilet):
                users = UsersEditor(self.session, rec)
                users.users_chosen.connect(lambda ids: self.set_value("shared_by", tuple(ids), merge=False))
                editor: QWidget | None = users
            elif f.name in _SKIP or f.name in rec.REFERENCES or f.name in rec.PERSONAL:
                continue
            else:
                editor = self._editor(f.name, hints.get(f.name), getattr(rec, f.name))
            if editor is None:
                continue
            editor.setEnabled(editable)
            editor.setObjectName(f"prop_{f.name}")
            unit = unit_of(f.name)
            label = field_label(f.name) + (f" ({unit})" if unit else "")
            form.addRow(label, editor)
            self.editors[f.name] = editor

    def _editor(self, name: str, tp: Any, value: Any) -> QWidget | None:
        inner = _optional_inner(tp)
        if name in _HOURS_FIELDS:
            hours = HoursEditor(value, optional=inner is not None)
            hours.hours_chosen.connect(lambda v, n=name: self.set_value(n, v, merge=False))
            hours.refused.connect(self.session.show_error)
            return hours
        if inner is not None or name == "tags":
            return self._optional_editor(name, inner, value) if inner is not None else _tags_label(value)
        return self._plain_editor(name, tp, value)

    def _plain_editor(self, name: str, tp: Any, value: Any) -> QWidget | None:
        if name == "currency" and isinstance(self.record, ProjectInfo):
            return self._currency_editor(self.record)
        if isinstance(value, bool):
            box = QCheckBox()
            box.setChecked(value)
            box.toggled.connect(lambda v, n=name: self.set_value(n, bool(v)))
            return box
        if isinstance(value, enum.Enum):
            combo = QComboBox()
            members = list(type(value))
            for m in members:
                combo.addItem(value_label(m), m)
            combo.setCurrentIndex(members.index(value))
            combo.currentIndexChanged.connect(lambda i, n=name, ms=members: self.set_value(n, ms[i]))
            return combo
        if isinstance(value, int):
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            spin.setValue(value)
            spin.editingFinished.connect(lambda n=name, s=spin: self.set_value(n, s.value()))
            return spin
        if isinstance(value, float):
            dspin = QDoubleSpinBox()
            dspin.setDecimals(2)
            dspin.setRange(-1e7, 1e7)
            dspin.setValue(value)
            unit = unit_of(name)
            if unit:
                dspin.setSuffix(f" {unit}")
            dspin.editingFinished.connect(lambda n=name, s=dspin: self.set_value(n, float(s.value())))
            return dspin
        if isinstance(value, Decimal) or (value is None and "Decimal" in str(tp)):
            line = QLineEdit("" if value is None else str(value))
            line.editingFinished.connect(lambda n=name, e=line: self._set_decimal(n, e.text()))
            return line
        if isinstance(value, str):
            line = QLineEdit(value)
            line.editingFinished.connect(lambda n=name, e=line: self.set_value(n, e.text()))
            return line
        return None

    def _currency_editor(self, project: ProjectInfo) -> QWidget:
        """The project's currency: ISO 4217 codes to pick or type; the choice is the user's (kept on import)."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(sorted({*currency_codes(), project.currency}))
        combo.setCurrentText(project.currency)
        source = project.currency_source
        if source.startswith(CURRENCY_FROM_DATA):
            combo.setToolTip(
                self.tr(
                    "Chosen from the country the imported data lies in (%1); pick another to change it."
                ).replace("%1", source.split()[-1])
            )
        elif source == CURRENCY_FROM_USER:
            combo.setToolTip(self.tr("Chosen by you: imports never change it."))
        else:
            combo.setToolTip(
                self.tr("The default currency: the first import sets it from the data's country.")
            )
        combo.activated.connect(lambda _i, c=combo: self.set_currency(c.currentText()))
        line = combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(lambda c=combo: self.set_currency(c.currentText()))
        return combo

    def set_currency(self, code: str) -> bool:
        """Set the project's currency to ``code`` as the user's choice (one undo step); say whether it changed."""
        current = self.session.doc.project
        if code.strip().upper() == current.currency and current.currency_source == CURRENCY_FROM_USER:
            return False
        try:
            new = set_currency_by_user(current, code)
        except ValueError:
            self.session.show_error(
                self.tr("%1 is not a currency code (three letters, e.g. KES, DJF, USD)").replace("%1", code)
            )
            QTimer.singleShot(0, self.refresh)
            return False
        if new == current:
            return False
        self.session.stack.push(ReplaceRecord(current, new, EDIT_LABEL))
        note = library_currency_message(new)
        if note:
            self.session.show_message(note, 15000)
        return True

    def _optional_editor(self, name: str, inner: Any, value: Any) -> QWidget | None:
        """An editor for a field that may be unknown (None): "unknown" is a choice, never a default."""
        if isinstance(inner, type) and issubclass(inner, enum.Enum):
            combo = QComboBox()
            choices: list[Any] = [None, *inner]
            combo.addItem(self.tr("unknown"), None)
            for m in inner:
                combo.addItem(value_label(m), m)
            combo.setCurrentIndex(choices.index(value) if value in choices else 0)
            combo.currentIndexChanged.connect(lambda i, n=name, cs=choices: self.set_value(n, cs[i]))
            return combo
        if inner is Decimal:
            line = QLineEdit("" if value is None else str(value))
            line.setPlaceholderText(self.tr("unknown"))
            line.editingFinished.connect(lambda n=name, e=line: self._set_decimal(n, e.text()))
            return line
        if inner in (int, float):
            line = QLineEdit("" if value is None else str(value))
            line.setPlaceholderText(self.tr("unknown"))
            line.editingFinished.connect(lambda n=name, e=line, t=inner: self._set_number(n, e.text(), t))
            return line
        if inner is bool:
            tri = TriStateEditor(value)
            tri.value_chosen.connect(lambda v, n=name: self.set_value(n, v, merge=False))
            return tri
        if value is None:
            return QLabel(self.tr("unknown"))
        return None

    def _set_number(self, name: str, text: str, tp: type) -> None:
        try:
            value = tp(text.replace(",", ".").strip()) if text.strip() else None
        except ValueError:
            self.session.show_error(self.tr("%1 is not a number").replace("%1", text))
            return
        self.set_value(name, value)

    def _set_decimal(self, name: str, text: str) -> None:
        try:
            value = Decimal(text.replace(",", "").strip()) if text.strip() else None
        except InvalidOperation:
            self.session.show_error(self.tr("%1 is not a number").replace("%1", text))
            return
        self.set_value(name, value)

    def set_value(self, name: str, value: Any, *, merge: bool = True) -> bool:
        """Change one field of the shown record through the undo stack; say whether it changed.

        ``merge``: a change of the same field right after this one joins its undo step (typing in a
        number field); False makes every change its own step (a choice among answers, users, hours).
        """
        rec = self.record
        if rec is None:
            return False
        old = getattr(rec, name)
        # `==` would take 0 for False and 1 for True: an answer changed from unknown to no is a change.
        if old == value and type(old) is type(value):
            return False
        current = self.session.doc.get(rec.id)
        if current is None:
            return False
        try:
            new = dataclasses.replace(current, **{name: value})
            self.session.stack.push(
                ReplaceRecord(current, new, EDIT_LABEL, merge_key=f"prop:{rec.id}:{name}" if merge else None)
            )
        except JamiiError as exc:
            self.session.show_error(exc)
            self.refresh()
            return False
        return True
