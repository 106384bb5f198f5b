"""People → "Open phone voting…": the designer serves a workshop's vote and takes the phone ballots in."""

from __future__ import annotations

import json
import shutil
import socket
import urllib.request

from designer.hall.codes import make_codes
from designer.hall.store import store_codes
from designer.io.project_file import load_project, save_project
from designer.model.people import HallCodes, WorkshopRecord
from designer.resources import sample_project_path

WORKSHOP = "ws-2026-10-17"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _post(url: str, path: str, body: dict, headers: dict | None = None) -> dict:
    request = urllib.request.Request(
        url + path,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    with urllib.request.urlopen(request, timeout=30) as r:
        return json.loads(r.read())


def test_phone_voting_from_the_designer_records_ballots_in_file_and_document(window, qtbot, tmp_path):
    from designer.gui.hall_dialog import PhoneVotingDialog

    path = tmp_path / "t.jamii"
    shutil.copyfile(sample_project_path(), path)
    doc = load_project(path)
    record, codes = make_codes(WORKSHOP, 3)
    store_codes(doc, record)
    save_project(doc, path)
    assert window.open_path(path)
    action = window.findChild(type(window.menuBar().actions()[0]), "action_phone_voting")
    assert action is not None and "phone" in action.text().lower()

    dialog = PhoneVotingDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.workshops.setCurrentIndex(dialog.workshops.findData(WORKSHOP))
    dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
    dialog.port.setValue(_free_port())
    dialog.start_button.click()
    assert dialog.server is not None and dialog.server.host == "127.0.0.1"
    url = dialog.server.url
    assert dialog.url_label.text().count(url) >= 1
    assert not dialog.qr_label.pixmap().isNull()
    token = _post(url, "api/open", {"code": codes[0]})["token"]
    answer = _post(
        url,
        "api/ballot",
        {"code": codes[0], "choices": ["opt-b"], "sex": "male", "age_group": "youth"},
        {"X-Hall-Token": token},
    )
    assert answer == {"status": "sent"}
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("1"), timeout=5000)
    dialog.close_vote_button.click()
    assert dialog.server is None
    # The file and the open document both hold the phone ballot and the closed vote; nothing is unsaved.
    for d in (load_project(path), window.session.doc):
        w = next(x for x in d.of_type(WorkshopRecord) if x.id == WORKSHOP)
        assert [b.choices for b in w.ballots if b.voter] == [("opt-b",)]
        assert d.of_type(HallCodes)[0].closed
    assert window.session.stack.is_clean()
