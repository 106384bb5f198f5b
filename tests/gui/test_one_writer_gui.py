"""The designer holds the project's write lock while it is open and never saves over a newer file."""

from __future__ import annotations

from designer.cli import main
from designer.io.project_file import load_project, save_project
from designer.io.project_lock import ProjectLock, lock_path_of
from designer.model import AddRecord, WorkshopRecord


def _click(monkeypatch, text_start: str) -> list[str]:
    """Make every QMessageBox.exec click the button whose text starts with ``text_start``."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def exec_(box):
        seen.append((box.text(), box.informativeText()))
        for button in box.buttons():
            if button.text().startswith(text_start):
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_an_open_project_refuses_a_cli_writer(window, tmp_path, capsys):
    path = tmp_path / "site.jamii"
    save_project(window.doc, path)
    assert window.open_path(path)
    before = path.read_bytes()
    assert main(["workshop", "add", str(path), "--date", "2026-11-07"]) == 2
    assert "open for writing by the Jamii designer" in capsys.readouterr().err
    assert path.read_bytes() == before
    window.close()
    assert not lock_path_of(path).exists()


def test_save_does_not_overwrite_a_workshop_added_meanwhile(window, tmp_path, monkeypatch):
    """Was: the designer's Save silently overwrote a workshop added from the CLI."""
    path = tmp_path / "site.jamii"
    save_project(window.doc, path)
    assert window.open_path(path)
    window._drop_lock()  # as if the other writer ignored the lock (another tool, a synced folder)
    other = load_project(path)
    AddRecord(WorkshopRecord(id="ws-cli", date="2026-11-07"), "Add workshop").do(other)
    save_project(other, path)
    newer = path.read_bytes()
    AddRecord(WorkshopRecord(id="ws-gui", date="2026-11-08"), "Add workshop").do(window.doc)

    seen = _click(monkeypatch, "Cancel")
    assert not window.save()
    assert len(seen) == 1 and "was changed by another program" in seen[0][0]
    assert "Only in the file on disk: 1 workshop" in seen[0][1]  # what the other program added
    assert "Only in this window: 1 workshop" in seen[0][1]
    assert path.read_bytes() == newer

    _click(monkeypatch, "Reload")
    assert not window.save()
    assert "ws-cli" in window.doc and "ws-gui" not in window.doc  # the file on disk, as chosen


def test_reloading_the_open_file_keeps_its_lock(window, tmp_path, monkeypatch):
    path = tmp_path / "site.jamii"
    save_project(window.doc, path)
    assert window.open_path(path)
    assert window.open_path(path)  # e.g. "Reload from disk"
    assert not window.read_only and window._lock is not None and window._lock.held
    AddRecord(WorkshopRecord(id="ws-gui", date="2026-11-08"), "Add workshop").do(window.doc)
    assert window.save()
    assert "ws-gui" in load_project(path)


def test_a_project_another_program_writes_opens_read_only(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "site.jamii"
    save_project(window.doc, path)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    with ProjectLock(path, "jamii households import"):
        assert window.open_path(path)
    assert window.read_only and "jamii households import" in told[0]
    assert "(read-only)" in window.windowTitle()
    monkeypatch.setattr(type(window), "save_as_dialog", lambda self: "save-as")
    assert window.save() == "save-as"
