"""Document: reading, indexes and copies."""

from __future__ import annotations


def test_a_copy_holds_the_same_records_and_follows_its_own_edits():
    from designer.model import AddRecord, Document, Plot, ProjectInfo, RemoveRecord

    plot = Plot(id="plot-1", outline=((0, 0), (10, 0), (10, 10), (0, 10)))
    doc = Document(ProjectInfo(name="P"), [plot])
    twin = doc.copy()
    assert list(twin.records()) == list(doc.records())
    heard = []
    twin.record_added.connect(heard.append)
    other = Plot(id="plot-2", outline=((20, 0), (30, 0), (30, 10), (20, 10)))
    AddRecord(other).do(twin)
    RemoveRecord(plot).do(doc)
    assert heard == [other]  # the copy has its own signals; the original's listeners stay its own
    assert [r.id for r in twin.of_type(Plot)] == ["plot-1", "plot-2"]
    assert doc.of_type(Plot) == []
    assert twin.entities("existing") == [plot, other]
