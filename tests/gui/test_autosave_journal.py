"""Autosave as a journal: killed with SIGKILL one second after an edit, the designer loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from designer.model import AddRecord, Document, Plot, ProjectInfo, ReplaceRecord, UndoStack

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_9_one_second_after_an_edit_loses_nothing(tmp_path):
    from designer.gui.autosave import find_orphans

    folder = tmp_path / "autosave"
    child = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "gui" / "journal_child.py"), str(folder)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == b"edited"
        time.sleep(1.0)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    (orphan,) = find_orphans(folder)
    doc = orphan.load()
    assert "wp-crash" in doc and "wc-kept" in doc
    assert "wc-crash" not in doc  # undone before the crash: stays undone


def _doc() -> Document:
    return Document(ProjectInfo(name="j"), [Plot(id="plot-1", outline=((0, 0), (10, 0), (10, 10), (0, 10)))])


def test_journal_replays_commands_and_ignores_a_torn_last_line(tmp_path):
    from designer.io.journal import JournalWriter, recover_document

    doc = _doc()
    stack = UndoStack(doc)
    writer = JournalWriter(tmp_path / "s.jamii~")
    writer.start(doc)
    stack.applied.connect(writer.append)
    plot = doc["plot-1"]
    stack.push(ReplaceRecord(plot, Plot(id="plot-1", outline=plot.outline, number="7")))
    stack.push(AddRecord(Plot(id="plot-2", outline=((20, 0), (30, 0), (30, 10), (20, 10)))))
    writer.flush()
    recovered, replayed = recover_document(writer.snapshot_path)
    assert replayed == 2
    assert recovered["plot-1"].number == "7" and "plot-2" in recovered
    with writer.journal_path.open("ab") as fh:
        fh.write(b'{"label":"Add","ops":[{"op":"add","rec')  # killed while writing this line
    recovered, replayed = recover_document(writer.snapshot_path)
    assert replayed == 2 and "plot-2" in recovered


def test_a_journal_older_than_its_snapshot_is_not_replayed_twice(tmp_path):
    from designer.io.journal import JournalWriter, recover_document

    doc = _doc()
    stack = UndoStack(doc)
    writer = JournalWriter(tmp_path / "s.jamii~")
    writer.start(doc)
    stack.applied.connect(writer.append)
    stack.push(AddRecord(Plot(id="plot-2", outline=((20, 0), (30, 0), (30, 10), (20, 10)))))
    writer.flush()
    old_journal = writer.journal_path.read_bytes()
    writer.compact(doc)
    writer.journal_path.write_bytes(old_journal)  # a crash between the new snapshot and the new journal
    recovered, replayed = recover_document(writer.snapshot_path)
    assert replayed == 0 and "plot-2" in recovered
