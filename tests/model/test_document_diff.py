"""What differs between the open project and the file on disk, by record kind."""

from __future__ import annotations

import dataclasses

from designer.model import AddRecord, WorkshopRecord
from designer.model.commands import ReplaceRecord
from designer.model.document_diff import diff_documents
from tests.io.drawing_fixtures import small_settlement


def test_records_only_in_one_and_changed_are_counted_by_kind():
    mine, theirs = small_settlement(), small_settlement()
    assert diff_documents(mine, theirs).same
    AddRecord(WorkshopRecord(id="ws-1", date="2026-11-07")).do(theirs)
    ReplaceRecord(mine.project, dataclasses.replace(mine.project, name="Renamed"), "rename").do(mine)
    diff = diff_documents(mine, theirs)
    assert diff.describe(diff.only_theirs) == "1 workshop"
    assert diff.describe(diff.only_mine) == "nothing"
    assert diff.describe(diff.changed) == "1 project"
