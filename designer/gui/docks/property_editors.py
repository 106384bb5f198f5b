"""Editors of the Properties dock for values where "unknown" must stay distinct from any answer.

* :class:`TriStateEditor`: yes / no / unknown as three buttons (never a check box, which would turn
  unknown into "no" the moment the form is touched).
* :class:`HoursEditor`: daily windows typed as "06:00-10:00, 16:00-20:00" (opening hours of water points
  and toilets, supply hours of the city main), checked against the hour-of-the-day range of
  resources/validation/physical_ranges.toml, with the hours a day beside them; "unknown" is a button of
  its own where the field allows it.
* :class:`UsersEditor`: who may use a water point or toilet (``shared_by``), in plain words with the
  count of households and persons, and a dialog to choose the plots and households that share it.

Each editor emits one value per edit; the dock turns it into one undo step.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.gui.locale_format import number
from designer.model.hours import HoursError, format_hours, hours_per_day, parse_hours

if TYPE_CHECKING:
    from designer.analysis.users import UsersSummary
    from designer.gui.session import Session
    from designer.model.entities import OpenHours, Toilet, WaterPoint

__all__ = ["HoursEditor", "SharedByDialog", "TriStateEditor", "UsersEditor", "hours_error_text", "users_text"]


class TriStateEditor(QWidget):
    """Three exclusive buttons: Unknown, Yes, No.

    Signals:
        value_chosen(object): True, False or None, when the user picks another answer.
    """

    value_chosen = Signal(object)
    CHOICES: tuple[bool | None, ...] = (None, True, False)

    def __init__(self, value: bool | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[bool | None, QToolButton] = {}
        for i, (choice, text) in enumerate(
            zip(self.CHOICES, (self.tr("Unknown"), self.tr("Yes"), self.tr("No")), strict=True)
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setObjectName(f"tristate_{'unknown' if choice is None else 'yes' if choice else 'no'}")
            button.setAccessibleName(text)
            self.group.addButton(button, i)
            self.buttons[choice] = button
            row.addWidget(button)
        row.addStretch()
        self._value = value
        self.buttons[value].setChecked(True)
        self.group.idClicked.connect(self._clicked)

    def value(self) -> bool | None:
        """Return the answer shown (None: unknown)."""
        return self._value

    def _clicked(self, index: int) -> None:
        choice = self.CHOICES[index]
        if choice is not self._value:
            self._value = choice
            self.value_chosen.emit(choice)


def hours_error_text(error: HoursError, *, required: bool) -> str:
    """Return the translated one-line reason why typed hours are refused."""
    from designer.gui.i18n import translate

    if error.reason == "empty":
        if required:
            return translate(
                "HoursEditor", "Supply hours are needed: type 00:00-24:00 for a supply that never stops"
            )
        return translate("HoursEditor", "No hours given")
    if error.reason == "range":
        return translate("HoursEditor", "“%1” is not within the day (00:00 to 24:00)").replace(
            "%1", error.part
        )
    return translate("HoursEditor", "“%1” is not a time window such as 06:00-10:00").replace("%1", error.part)


class HoursEditor(QWidget):
    """Daily windows as text, the hours a day beside them, and "24 h" / "Unknown" shortcuts.

    Signals:
        hours_chosen(object): the new windows (a tuple of (from_h, to_h)), or None for unknown hours.
        refused(str): typed text that is not daily hours, with the reason in words (nothing changes).
    """

    hours_chosen = Signal(object)
    refused = Signal(str)

    def __init__(self, value: OpenHours | None, *, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self._value = value
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.line = QLineEdit(format_hours(value))
        self.line.setObjectName("hours_text")
        self.line.setPlaceholderText(self.tr("unknown") if optional else "00:00-24:00")
        self.line.setToolTip(self.tr("Type the hours as 06:00-10:00, 16:00-20:00"))
        self.line.editingFinished.connect(self._typed)
        row.addWidget(self.line, 1)
        self.all_day = QToolButton(self)
        self.all_day.setText(self.tr("24 h"))
        self.all_day.setObjectName("hours_all_day")
        self.all_day.clicked.connect(lambda: self._choose(((0.0, 24.0),)))
        row.addWidget(self.all_day)
        self.unknown: QToolButton | None = None
        if optional:
            self.unknown = QToolButton(self)
            self.unknown.setText(self.tr("Unknown"))
            self.unknown.setObjectName("hours_unknown")
            self.unknown.clicked.connect(lambda: self._choose(None))
            row.addWidget(self.unknown)
        column.addLayout(row)
        self.summary = QLabel(self._summary_text(value))
        self.summary.setObjectName("hours_summary")
        column.addWidget(self.summary)

    def value(self) -> OpenHours | None:
        return self._value

    def _summary_text(self, value: OpenHours | None) -> str:
        per_day = hours_per_day(value)
        if per_day is None:
            return self.tr("hours unknown")
        decimals = 0 if float(per_day).is_integer() else 1  # "8 h", "7.5 h"
        return self.tr("%1 h a day").replace("%1", number(per_day, decimals))

    def _typed(self) -> None:
        text = self.line.text()
        if not text.strip() and self.optional:
            self._choose(None)
            return
        try:
            hours = parse_hours(text)
        except HoursError as exc:
            self.refused.emit(hours_error_text(exc, required=not self.optional))
            return
        self._choose(hours)

    def _choose(self, hours: OpenHours | None) -> None:
        self.line.setText(format_hours(hours))
        self.summary.setText(self._summary_text(hours))
        if hours != self._value:
            self._value = hours
            self.hours_chosen.emit(hours)


def users_text(summary: UsersSummary, plot_label: dict[str, str]) -> str:
    """Return who may use a facility, in plain translated words (two lines at most)."""
    from designer.analysis.users import UsersStatus
    from designer.gui.i18n import translate

    status = summary.status
    if status == UsersStatus.SHARED_NAMED:
        head = (
            translate("UsersEditor", "Shared by named users: %1 plots, %2 households")
            .replace("%1", str(len(summary.plots)))
            .replace("%2", str(len(summary.households)))
        )
    elif status == UsersStatus.SHARED_UNNAMED:
        head = translate(
            "UsersEditor", "Shared, users not named: counted as open to the neighbours who reach it"
        )
    elif status == UsersStatus.PRIVATE:
        plot = plot_label.get(summary.host_plot_id, summary.host_plot_id)
        head = translate("UsersEditor", "Private to plot %1").replace("%1", plot)
    elif status == UsersStatus.ACCESS_UNKNOWN:
        head = translate("UsersEditor", "Nobody has said who may use it: counted as open, never as private")
    else:
        head = translate("UsersEditor", "Public: anyone who reaches it may use it")
    lines = [head]
    n_plots = str(len(summary.user_plots))
    if summary.user_plots and summary.persons is None:
        lines.append(
            translate("UsersEditor", "No household is recorded on the %1 plots that may use it").replace(
                "%1", n_plots
            )
        )
    elif summary.user_plots:
        lines.append(
            translate("UsersEditor", "%1 households (%2 persons) live on the %3 plots that may use it")
            .replace("%1", str(summary.households_served))
            .replace("%2", str(summary.persons))
            .replace("%3", n_plots)
        )
    if summary.missing:
        lines.append(
            translate("UsersEditor", "Not in the project: %1").replace("%1", ", ".join(summary.missing))
        )
    return "\n".join(lines)


class UsersEditor(QWidget):
    """Who may use a water point or toilet: the summary in words, "Choose users…" and "Not named".

    Signals:
        users_chosen(object): the new ``shared_by`` tuple (empty: users not named).
    """

    users_chosen = Signal(object)

    def __init__(
        self, session: Session, facility: WaterPoint | Toilet, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.facility = facility
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary = _users_summary(session, facility)
        self.label = QLabel(users_text(self.summary, _plot_labels(session, facility)))
        self.label.setObjectName("users_summary")
        self.label.setWordWrap(True)
        column.addWidget(self.label)
        row = QHBoxLayout()
        self.choose = QPushButton(self.tr("Choose users…"))
        self.choose.setObjectName("users_choose")
        self.choose.clicked.connect(self._open_dialog)
        row.addWidget(self.choose)
        self.clear = QPushButton(self.tr("Not named"))
        self.clear.setObjectName("users_clear")
        self.clear.setToolTip(self.tr("Forget the named users (who may use it is then not named)"))
        self.clear.setEnabled(bool(facility.shared_by))
        self.clear.clicked.connect(lambda: self.users_chosen.emit(()))
        row.addWidget(self.clear)
        row.addStretch()
        column.addLayout(row)

    def _open_dialog(self) -> None:
        dialog = SharedByDialog(self.session, self.facility, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.chosen()
            if chosen != tuple(self.facility.shared_by):
                self.users_chosen.emit(chosen)


def _users_summary(session: Session, facility: WaterPoint | Toilet) -> UsersSummary:
    from designer.analysis.standards import StandardsError, load_pack
    from designer.analysis.users import users_summary

    try:
        pack = load_pack(session.doc.project.standards_profile)
    except StandardsError:  # the check says so; the summary follows the default pack meanwhile
        pack = load_pack(None)
    private_kinds = tuple(pack.water.private_kinds)
    return users_summary(session.doc, facility, private_kinds)


def _plots_in_view(session: Session, facility: WaterPoint | Toilet) -> list[Any]:
    from designer.model.entities import Plot
    from designer.model.records import EXISTING

    doc = session.doc
    view = doc.option_view(facility.scope) if facility.scope != EXISTING else doc.existing_view()
    return view.of_type(Plot)


def _plot_labels(session: Session, facility: WaterPoint | Toilet) -> dict[str, str]:
    return {p.id: p.number or p.id for p in _plots_in_view(session, facility)}


def _centre_distance_m(outline: tuple[tuple[float, float], ...], x: float, y: float) -> float:
    """Return the straight distance in metres from the mean of a plot's corners to (x, y)."""
    cx = sum(px for px, _ in outline) / len(outline)
    cy = sum(py for _, py in outline) / len(outline)
    return math.hypot(cx - x, cy - y)


class SharedByDialog(QDialog):
    """Tick the plots (nearest first) and households that share a water point or toilet."""

    def __init__(
        self, session: Session, facility: WaterPoint | Toilet, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from designer.gui.labels import kind_label

        self.setObjectName("shared_by_dialog")
        self.setWindowTitle(
            self.tr("Who may use %1").replace(
                "%1", facility.name or f"{kind_label(facility.KIND)} {facility.id}"
            )
        )
        self.facility = facility
        column = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setObjectName("users_filter")
        self.filter.setPlaceholderText(self.tr("Filter by plot number or household"))
        self.filter.textChanged.connect(self._filter)
        column.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("users_list")
        column.addWidget(self.list, 1)
        self.count = QLabel()
        self.count.setObjectName("users_count")
        column.addWidget(self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self._fill(session)
        self.list.itemChanged.connect(lambda _item: self._count())
        self._count()
        self.resize(460, 520)

    def _fill(self, session: Session) -> None:
        from designer.model.people import Household

        plots = _plots_in_view(session, self.facility)
        fx, fy = self.facility.position
        named = set(self.facility.shared_by)
        by_plot: dict[str, list[Household]] = {}
        for h in session.doc.of_type(Household):
            by_plot.setdefault(h.plot_id, []).append(h)

        # Nearest first: the plots around a toilet or tap are the ones that may share it.
        distance_m = {p.id: _centre_distance_m(p.outline, fx, fy) for p in plots}
        plots = sorted(plots, key=lambda p: distance_m[p.id])
        known = {p.id for p in plots}
        households = [h for p in plots for h in by_plot.get(p.id, [])]
        listed = known | {h.id for h in households}
        for uid in self.facility.shared_by:  # named users this view does not hold stay chosen
            if uid not in listed:
                self._add(
                    uid, self.tr("%1 (not in this option)").replace("%1", uid), checked=True, kind="other"
                )
        for p in plots:
            text = (
                self.tr("Plot %1: %2 m away, %3 households")
                .replace("%1", p.number or p.id)
                .replace("%2", number(distance_m[p.id], 0))
                .replace("%3", str(len(by_plot.get(p.id, []))))
            )
            self._add(p.id, text, checked=p.id in named, kind="plot")
        numbers = {p.id: p.number or p.id for p in plots}
        for h in households:
            text = (
                self.tr("Household %1 on plot %2 (%3 persons)")
                .replace("%1", h.id)
                .replace("%2", numbers.get(h.plot_id, h.plot_id))
                .replace("%3", str(h.size_persons))
            )
            self._add(h.id, text, checked=h.id in named, kind="household")

    def _add(self, uid: str, text: str, *, checked: bool, kind: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, uid)
        item.setData(Qt.ItemDataRole.UserRole + 1, kind)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def set_checked(self, uid: str, checked: bool) -> None:
        """Tick or untick the plot or household ``uid`` (as a click on its row does)."""
        for item in self.items():
            if item.data(Qt.ItemDataRole.UserRole) == uid:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> tuple[str, ...]:
        """Return the ticked ids: plots nearest first, then households."""
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def _count(self) -> None:
        ticked = [i for i in self.items() if i.checkState() == Qt.CheckState.Checked]
        plots = sum(1 for i in ticked if i.data(Qt.ItemDataRole.UserRole + 1) == "plot")
        households = sum(1 for i in ticked if i.data(Qt.ItemDataRole.UserRole + 1) == "household")
        self.count.setText(
            self.tr("%1 plots and %2 households chosen")
            .replace("%1", str(plots))
            .replace("%2", str(households))
        )

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self.items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())
