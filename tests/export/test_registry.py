"""The one exporter registry: every format has help and a file suffix, gets the privacy rule, reports its
progress, and a stop at any report (GUI Cancel) leaves an older file of the same name byte-identical."""

from __future__ import annotations

import pytest

from designer.export import registry
from designer.export.registry import EXPORTERS, HELP, SUFFIXES, run_export
from designer.export.request import ExportRequest
from designer.io.errors import ExportError
from designer.model.people import Household
from tests.io.drawing_fixtures import small_settlement

OLDER = b"an older file of the same name\n"


class Stop(Exception):
    """What a progress callback raises to stop an export (the GUI's worker raises its Cancelled)."""


def _request(doc, progress=None) -> ExportRequest:
    return ExportRequest("option", doc.get("opt-a"), progress=progress)


def _companions(fmt: str, out):
    """Files an export writes beside ``out`` (the CSV's summary, the DXF's layer key)."""
    if fmt == "csv":
        return [out.with_name(out.stem + "-summary.csv")]
    if fmt == "dxf":
        return [out.with_suffix(".layers.csv")]
    return []


def test_every_format_has_help_and_a_file_suffix():
    assert set(HELP) == set(EXPORTERS)
    assert set(SUFFIXES) == set(EXPORTERS)
    assert {"dxf", "gpkg", "geojson", "pdf", "xlsx", "csv", "plan", "poster"} <= set(EXPORTERS)
    assert "bill of quantities" in HELP["pdf"]
    assert "plan sheet" in HELP["plan"]


def test_unknown_format_is_one_readable_error(tmp_path):
    doc = small_settlement()
    with pytest.raises(ExportError, match="unknown export format 'svg'; the formats are: dxf"):
        run_export("svg", doc, tmp_path / "x.svg", _request(doc))


def test_run_export_gives_every_exporter_the_document_without_personal_data(tmp_path, monkeypatch):
    doc = small_settlement()
    doc._add(Household(id="hh-0123456789ab", name="Wanjiku Testname", phone="+254700111222", size_persons=4))
    seen = []

    def spy(public, out, request):
        seen.append(public)
        return "spied"

    monkeypatch.setitem(registry.EXPORTERS, "dxf", spy)
    assert run_export("dxf", doc, tmp_path / "x.dxf", _request(doc)) == "spied"
    (household,) = seen[0].of_type(Household)
    assert (household.name, household.phone) == ("", "")
    assert doc.get("hh-0123456789ab").name == "Wanjiku Testname"  # the open document is untouched


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_a_stop_at_any_progress_report_leaves_the_older_file_byte_identical(fmt, tmp_path):
    doc = small_settlement()
    # A full run: reports rise from 0 and stay below 1; the last comes once the temporary file is complete.
    done = tmp_path / "done"
    done.mkdir()
    out_done = done / f"x{SUFFIXES[fmt]}"
    reports: list[float] = []
    temp_at_last_report: list[list[str]] = []

    def watch(fraction: float) -> None:
        reports.append(fraction)
        temp_at_last_report[:] = [[p.name for p in done.iterdir() if p.name.startswith(".")]]

    run_export(fmt, doc, out_done, _request(doc, watch))
    assert out_done.stat().st_size > 0
    assert reports[0] == 0.0
    assert reports == sorted(reports)
    assert 0.0 < reports[-1] < 1.0
    assert len(reports) >= 3
    if fmt != "csv":  # the CSV files are made in memory and both written after its last report
        assert temp_at_last_report[0], f"{fmt}: the last report must come when the temporary file is written"

    # Stopped at each report in turn: nothing new on disk, the older files byte for byte as they were.
    folder = tmp_path / "stopped"
    folder.mkdir()
    out = folder / f"x{SUFFIXES[fmt]}"
    for path in [out, *_companions(fmt, out)]:
        path.write_bytes(OLDER)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    for stop_at in range(len(reports)):
        calls = []

        def stop(fraction: float, stop_at: int = stop_at, calls: list = calls) -> None:
            calls.append(fraction)
            if len(calls) > stop_at:
                raise Stop

        with pytest.raises(Stop):
            run_export(fmt, doc, out, _request(doc, stop))
        after = {p.name: p.read_bytes() for p in folder.iterdir()}
        assert after == before, f"{fmt}: stopped at report {stop_at} ({reports[stop_at]})"
