"""Workshop → "Open phone voting": serve a workshop's vote to the residents' phones from the designer.

The dialog is modal: while it is open the hall server writes each phone ballot straight into the saved
project file (as `jamii hall` does), and nothing else edits the document. When it closes, the file's
ballots and codes are taken into the open document, which stays saved.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.gui.session import Session
from designer.model.errors import JamiiError
from designer.model.people import WorkshopRecord

__all__ = ["PhoneVotingDialog", "open_phone_voting"]


def open_phone_voting(session: Session, save: Callable[[], bool], parent: QWidget | None = None) -> None:
    """Open the phone-voting dialog, saving the project first (the ballots go into its file)."""
    if not session.doc.of_type(WorkshopRecord):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("PhoneVotingDialog", "Phone voting"),
            QCoreApplication.translate("PhoneVotingDialog", "Record a workshop first."),
        )
        return
    if (session.path is None or not session.stack.is_clean()) and not save():
        return
    PhoneVotingDialog(session, parent).exec()


class PhoneVotingDialog(QDialog):
    """Start and stop the hall server of one workshop, make codes, watch the count, close the vote."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.server: Any = None
        self.setObjectName("dialog_phone_voting")
        self.setWindowTitle(self.tr("Phone voting"))
        self.workshops = QComboBox()
        for w in sorted(session.doc.of_type(WorkshopRecord), key=lambda w: (w.date, w.id)):
            self.workshops.addItem(f"{w.date} {w.place} ({w.id})", w.id)
        self.address = QComboBox()
        for addr in _addresses():
            self.address.addItem(addr, addr)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(8080)
        self.code_count = QSpinBox()
        self.code_count.setRange(1, 2000)
        self.code_count.setValue(100)
        form = self._form()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("button_start_hall")
        self.start_button.clicked.connect(self.start)
        self.close_vote_button = QPushButton(self.tr("Close the vote"))
        self.close_vote_button.setObjectName("button_close_vote")
        self.close_vote_button.setEnabled(False)
        self.close_vote_button.clicked.connect(self.close_vote)
        self.url_label = QLabel()
        self.url_label.setObjectName("label_hall_url")
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("label_hall_qr")
        self.count_label = QLabel()
        self.count_label.setObjectName("label_hall_count")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_vote_button)
        layout.addLayout(buttons)
        layout.addWidget(self.url_label)
        layout.addWidget(self.qr_label, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.count_label)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._show_count)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Workshop"), self.workshops)
        form.addRow(self.tr("Hall network address"), self.address)
        form.addRow(self.tr("Port"), self.port)
        make = QPushButton(self.tr("Make and print codes…"))
        make.setObjectName("button_make_codes")
        make.clicked.connect(self.make_codes)
        codes_row = QHBoxLayout()
        codes_row.addWidget(self.code_count)
        codes_row.addWidget(make)
        form.addRow(self.tr("Codes"), codes_row)
        return form

    @property
    def workshop_id(self) -> str:
        return str(self.workshops.currentData())

    @property
    def path(self) -> Path:
        assert self.session.path is not None
        return self.session.path

    def make_codes(self) -> None:
        """Make the chosen number of codes, print them to a PDF, and store their hashes in the file."""
        from designer.hall.codes import make_codes
        from designer.hall.printout import write_codes
        from designer.hall.store import find_workshop, hall_codes_of, store_codes
        from designer.io.project_file import load_project, save_project

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print codes"), str(self.path.with_suffix(".codes.pdf")), self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        try:
            doc = load_project(self.path)
            workshop = find_workshop(doc, self.workshop_id)
            record, codes = make_codes(workshop.id, self.code_count.value(), hall_codes_of(doc, workshop.id))
            url = self.server.url if self.server is not None else ""
            write_codes(name, codes, title=f"{doc.project.name} — {workshop.date}", base_url=url)
            store_codes(doc, record)
            save_project(doc, self.path)
        except (JamiiError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Phone voting"), str(exc))
            return
        self._take_file_records()
        self.count_label.setText(
            self.tr("%1 codes printed to %2").replace("%1", str(len(codes))).replace("%2", name)
        )

    def start(self) -> None:
        """Start serving the vote on the chosen address (or stop it when it runs)."""
        if self.server is not None:
            self.stop()
            return
        from designer.hall.cards import build_content
        from designer.hall.server import HallServer
        from designer.hall.store import BallotStore, find_workshop

        try:
            workshop = find_workshop(self.session.doc, self.workshop_id)
            content = build_content(self.session.doc, workshop)
            store = BallotStore(self.path, workshop.id, content.candidates)
            server = HallServer(store, content, host=str(self.address.currentData()), port=self.port.value())
            server.start()
        except (JamiiError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Phone voting"), str(exc))
            return
        self.server = server
        self.url_label.setText(
            self.tr("Phones open %1 — projector: %2")
            .replace("%1", server.url)
            .replace("%2", server.url + "results")
        )
        self.qr_label.setPixmap(_qr_pixmap(server.url))
        self.start_button.setText(self.tr("Stop listening"))
        self.close_vote_button.setEnabled(True)
        self.timer.start()
        self._show_count()

    def stop(self) -> None:
        """Stop listening; the vote stays open and can be served again."""
        if self.server is not None:
            self.server.stop()
            self.server = None
        self.timer.stop()
        self.start_button.setText(self.tr("Start"))
        self.close_vote_button.setEnabled(False)
        self.url_label.clear()
        self.qr_label.clear()
        self._take_file_records()

    def close_vote(self) -> None:
        """Close the vote for good: no code casts or changes a ballot after this."""
        if self.server is not None:
            self.server.close_vote()
        self.stop()
        self.count_label.setText(self.tr("The vote is closed."))

    def _show_count(self) -> None:
        if self.server is not None:
            store = self.server.store
            self.count_label.setText(
                self.tr("%1 of %2 codes have voted")
                .replace("%1", str(store.used_codes()))
                .replace("%2", str(len(store._hashes)))
            )

    def _take_file_records(self) -> None:
        """Take the file's workshop and codes records into the open document, which then matches the file."""
        from designer.hall.store import find_workshop, hall_codes_of
        from designer.io.project_file import load_project
        from designer.model.commands import AddRecord, Macro, ReplaceRecord

        on_disk = load_project(self.path)
        doc = self.session.doc
        commands: list[Any] = []
        new_w = find_workshop(on_disk, self.workshop_id)
        old_w = find_workshop(doc, self.workshop_id)
        if new_w != old_w:
            commands.append(ReplaceRecord(old_w, new_w))
        new_c, old_c = hall_codes_of(on_disk, self.workshop_id), hall_codes_of(doc, self.workshop_id)
        if new_c is not None and new_c != old_c:
            commands.append(ReplaceRecord(old_c, new_c) if old_c is not None else AddRecord(new_c))
        if commands:
            self.session.stack.push(Macro(self.tr("Phone ballots"), tuple(commands)))
            self.session.stack.set_clean()  # the file already holds them

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)


def _addresses() -> list[str]:
    from designer.hall.server import local_addresses

    return ["127.0.0.1", *local_addresses()]


def _qr_pixmap(url: str) -> QPixmap:
    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=6, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
