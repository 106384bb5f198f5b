"""Crash-safe autosave: a snapshot of the project plus a journal of every change made since.

The snapshot (``<session>.jamii~``) is an ordinary project file written atomically. The journal
(``<session>.journal``) is JSON Lines: a header naming the SHA-256 of the snapshot it continues, then one
line per command done on the document (pushed, undone, redone, or a record kept outside the undo
history), each line holding the command's primitive changes. Lines are appended and fsync'ed within a
second of the change, so a crash (even ``kill -9``) loses at most a command whose line was being written:
a torn last line is ignored and the commands before it are replayed.

Compaction writes a new snapshot and then a fresh journal whose header names it; if a crash falls between
the two, the old journal's header no longer matches the snapshot, which already holds its changes, and it
is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from designer.io.project_file import document_to_bytes
from designer.model.codec import DecodeError, decode_record, encode_record
from designer.model.commands import AddRecord, Command, Macro, RemoveRecord, ReplaceRecord
from designer.model.document import Document
from designer.model.errors import JamiiError

__all__ = ["JournalError", "JournalWriter", "command_from_json", "command_to_json", "recover_document"]

FORMAT = "jamii-journal"


class JournalError(JamiiError):
    """An autosave that cannot be read back (named file and line)."""


def _record_json(rec: Any) -> dict[str, Any]:
    return {"kind": rec.KIND, "data": encode_record(rec)}


def _primitives(cmd: Command) -> list[dict[str, Any]]:
    if isinstance(cmd, Macro):
        return [op for sub in cmd.commands for op in _primitives(sub)]
    if isinstance(cmd, AddRecord):
        return [{"op": "add", "record": _record_json(cmd.record)}]
    if isinstance(cmd, RemoveRecord):
        return [{"op": "remove", "record": _record_json(cmd.record)}]
    if isinstance(cmd, ReplaceRecord):
        return [{"op": "replace", "old": _record_json(cmd.old), "new": _record_json(cmd.new)}]
    raise TypeError(f"the journal cannot record a {type(cmd).__name__}")


def command_to_json(cmd: Command) -> dict[str, Any]:
    """Return one journal entry for a done command: its label and its primitive changes, in order."""
    return {"label": cmd.label, "ops": _primitives(cmd)}


def command_from_json(entry: dict[str, Any], where: str) -> Macro:
    """Rebuild a journal entry as one macro of primitive commands (raises ``DecodeError``/``KeyError``)."""

    def record(value: dict[str, Any], path: str) -> Any:
        return decode_record(value["kind"], value["data"], path)

    commands: list[Command] = []
    for i, op in enumerate(entry["ops"]):
        path = f"{where} ops[{i}]"
        if op["op"] == "add":
            commands.append(AddRecord(record(op["record"], path)))
        elif op["op"] == "remove":
            commands.append(RemoveRecord(record(op["record"], path)))
        elif op["op"] == "replace":
            commands.append(ReplaceRecord(record(op["old"], path), record(op["new"], path)))
        else:
            raise KeyError(op["op"])
    return Macro(str(entry.get("label", "")), tuple(commands))


def _fsync_dir(folder: Path) -> None:
    # The new directory entry (a created or renamed file) survives a power cut only once the folder is synced.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class JournalWriter:
    """Keeps ``snapshot`` + ``journal`` of one document up to date (no Qt: the caller decides when to flush).

    Usage::

        writer = JournalWriter(snapshot_path)
        writer.start(doc)          # first change: snapshot of the document as it is now, empty journal
        writer.append(cmd)         # after each further command (buffered)
        writer.flush()             # write and fsync the buffered lines (the GUI does this within 1 s)
        writer.compact(doc)        # new snapshot, fresh journal
    """

    def __init__(self, snapshot_path: Path) -> None:
        self.snapshot_path = snapshot_path
        self.journal_path = snapshot_path.with_suffix(".journal")
        self._pending: list[bytes] = []
        self.started = False

    def start(self, doc: Document) -> None:
        """Write a snapshot of ``doc`` and an empty journal continuing it."""
        self.compact(doc)

    def compact(self, doc: Document) -> None:
        """Replace snapshot and journal by a snapshot of ``doc`` as it is now (buffered lines are in it)."""
        from designer.io.atomic import atomic_write

        data = document_to_bytes(doc)
        self.snapshot_path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.snapshot_path, lambda tmp: tmp.write_bytes(data))
        header = {"format": FORMAT, "snapshot_sha256": hashlib.sha256(data).hexdigest()}
        line = json.dumps(header).encode("utf-8") + b"\n"
        atomic_write(self.journal_path, lambda tmp: tmp.write_bytes(line))
        _fsync_dir(self.snapshot_path.parent)
        self._pending.clear()
        self.started = True

    def append(self, cmd: Command) -> None:
        """Buffer one done command (``flush`` writes it)."""
        entry = command_to_json(cmd)
        self._pending.append(json.dumps(entry, separators=(",", ":")).encode("utf-8") + b"\n")

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        """Append the buffered commands to the journal and fsync it."""
        if not self._pending:
            return
        data = b"".join(self._pending)
        self._pending.clear()
        with self.journal_path.open("ab") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    def discard(self) -> None:
        """Delete snapshot and journal (after a save or a clean exit)."""
        self._pending.clear()
        self.started = False
        self.snapshot_path.unlink(missing_ok=True)
        self.journal_path.unlink(missing_ok=True)


def recover_document(snapshot_path: Path) -> tuple[Document, int]:
    """Return the document an autosave holds (snapshot plus its journal) and how many commands were replayed.

    A torn last journal line (a crash while it was written) is ignored; so is a journal whose header
    names another snapshot (compaction was interrupted: the snapshot already holds its changes).

    Raises:
        ProjectFileError: the snapshot cannot be read.
        JournalError: a complete journal line cannot be applied (file and line named).
    """
    import orjson

    from designer.io.project_file import load_project

    doc = load_project(snapshot_path)
    journal = snapshot_path.with_suffix(".journal")
    if not journal.is_file():
        return doc, 0
    raw = snapshot_path.read_bytes()
    lines = journal.read_bytes().split(b"\n")
    try:
        header = orjson.loads(lines[0])
    except orjson.JSONDecodeError:
        return doc, 0
    if header.get("format") != FORMAT or header.get("snapshot_sha256") != hashlib.sha256(raw).hexdigest():
        return doc, 0
    replayed = 0
    complete = lines[1:-1]  # the part after the last newline is an unfinished line (or empty)
    for number, line in enumerate(complete, start=2):
        where = f"{journal} line {number}"
        try:
            entry = orjson.loads(line)
            command_from_json(entry, where).do(doc)
        except (orjson.JSONDecodeError, DecodeError, KeyError, TypeError, JamiiError, ValueError) as exc:
            raise JournalError(f"{where}: {exc}") from exc
        replayed += 1
    return doc, replayed
