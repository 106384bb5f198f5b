"""One writer at a time: the project lock, the on-disk fingerprint check, orphan temp files of killed saves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from designer.io.atomic import atomic_write, remove_orphan_temps, temp_prefix
from designer.io.project_edit import edit_project
from designer.io.project_file import fingerprint_of, read_project, save_project
from designer.io.project_lock import LockHolder, ProjectLock, ProjectLockedError, lock_path_of
from designer.model.errors import ProjectChangedOnDiskError
from designer.model.people import WorkshopRecord
from tests.io.drawing_fixtures import small_settlement


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "site.jamii"
    save_project(small_settlement(), path)
    return path


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_second_writer_is_refused_with_who_holds_the_lock(project):
    with ProjectLock(project, "the Jamii designer", brief=False), pytest.raises(ProjectLockedError) as info:
        ProjectLock(project, "jamii workshop add", wait_s=5).acquire()
    message = str(info.value)
    assert "is open for writing by the Jamii designer" in message and f"process {os.getpid()}" in message
    assert "\n" not in message


def test_the_lock_is_released_and_its_file_removed(project):
    lock = ProjectLock(project, "jamii households import")
    with lock:
        seen = ProjectLock(project, "another").holder()
        assert seen is not None and seen.program == "jamii households import" and seen.pid == os.getpid()
        assert lock_path_of(project).exists()
    assert not lock_path_of(project).exists()
    assert ProjectLock(project, "x").holder() is None


def test_a_stale_lock_file_of_a_dead_process_is_taken_over(project):
    stale = LockHolder("jamii workshop add", _dead_pid(), "amina", "kibera-pc", "2026-01-01 10:00 UTC")
    lock_path_of(project).write_text(str(stale.__dict__).replace("'", '"').replace("True", "true"))
    with ProjectLock(project, "jamii workshop add") as lock:
        assert lock.held


def test_a_brief_holder_is_waited_for(project):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from designer.io.project_lock import ProjectLock\n"
            "with ProjectLock(sys.argv[1], 'jamii workshop add'):\n"
            "    print('held', flush=True); time.sleep(1.0)\n"
            "    open(sys.argv[2], 'w').close()",
            str(project),
            str(project.parent / "done"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with ProjectLock(project, "jamii households import", wait_s=30) as lock:
        assert lock.held and (project.parent / "done").exists()  # we got it only after the holder was done
    holder.wait()


def test_save_refuses_to_overwrite_a_file_changed_on_disk(project):
    loaded = read_project(project)
    other = read_project(project).doc
    from designer.model.commands import AddRecord

    AddRecord(WorkshopRecord(id="ws-other", date="2026-11-07"), "Add workshop").do(other)
    save_project(other, project)  # someone else saved in between
    before = project.read_bytes()
    with pytest.raises(ProjectChangedOnDiskError, match="changed by another program"):
        save_project(loaded.doc, project, expected=loaded.fingerprint)
    assert project.read_bytes() == before
    assert [p.name for p in project.parent.iterdir() if p.name.startswith(".")] == []


def test_a_touched_but_unchanged_file_is_saved(project):
    loaded = read_project(project)
    time.sleep(0.01)
    os.utime(project)
    new = save_project(loaded.doc, project, expected=loaded.fingerprint)
    assert new == fingerprint_of(project)


def test_edit_project_saves_in_place_and_follows_its_own_saves(project):
    from designer.model.commands import AddRecord

    with edit_project(project, "test") as edit:
        AddRecord(WorkshopRecord(id="ws-1", date="2026-11-07"), "a").do(edit.doc)
        edit.save()
        AddRecord(WorkshopRecord(id="ws-2", date="2026-11-08"), "b").do(edit.doc)
        edit.save()  # the second save must not mistake the first for someone else's change
    assert {w.id for w in read_project(project).doc.of_type(WorkshopRecord)} == {"ws-1", "ws-2"}


def test_orphan_temp_files_of_dead_writers_are_removed_by_the_next_save(project):
    folder = project.parent
    mine = temp_prefix(project)
    host_tag = mine.split("jamii-tmp-")[1].split("-")[0]
    dead = folder / f".{project.name}.jamii-tmp-{host_tag}-{_dead_pid()}-abcd1234.jamii"
    dead.write_bytes(b"x" * 1000)
    other_host = folder / f".{project.name}.jamii-tmp-000000-{_dead_pid()}-abcd1234.jamii"
    other_host.write_bytes(b"y")
    legacy_old = folder / f".{project.name}.k2j4_x9q.jamii"
    legacy_old.write_bytes(b"z")
    os.utime(legacy_old, (time.time() - 3600, time.time() - 3600))
    legacy_new = folder / f".{project.name}.a2j4_x9q.jamii"
    legacy_new.write_bytes(b"z")
    save_project(read_project(project).doc, project)
    left = sorted(p.name for p in folder.iterdir())
    assert dead.name not in left and legacy_old.name not in left
    assert (
        other_host.name in left and legacy_new.name in left
    )  # another machine's, or maybe still being written


def test_a_save_killed_midway_leaves_an_orphan_the_next_save_removes(project):
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from designer.io.atomic import atomic_write\n"
            "def slow(tmp):\n"
            "    tmp.write_bytes(b'half a project')\n"
            "    print('writing', flush=True)\n"
            "    time.sleep(60)\n"
            "atomic_write(sys.argv[1], slow)",
            str(project),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
    before = project.read_bytes()
    orphans = [p for p in project.parent.iterdir() if ".jamii-tmp-" in p.name]
    assert len(orphans) == 1
    assert remove_orphan_temps(project) == []  # its writer still runs: not an orphan yet
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert project.read_bytes() == before
    atomic_write(project, lambda tmp: tmp.write_bytes(before))
    assert not orphans[0].exists()
