"""House sheets PDF: one A3 page per type, read back with pypdf; costs per stage re-add to the whole house."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pypdf import PdfReader

from designer.export.house_sheet import stage_costs_for_types, write_house_sheets
from designer.io.house_library import load_library


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "appdata"
    monkeypatch.setenv("JAMII_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def library():
    return load_library(include_user=False)


def test_one_a3_page_per_new_house_type_with_its_stages_and_rooms(tmp_path, library):
    types = [library.get("core-expand"), library.get("row-2storey"), library.get("improve-rfw")]
    pages = write_house_sheets(types, tmp_path / "s.pdf", with_cost=False)
    assert pages == 2
    reader = PdfReader(tmp_path / "s.pdf")
    assert len(reader.pages) == 3  # two sheets and the assumptions page
    width_pt, height_pt = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width_pt / 72 * 25.4), round(height_pt / 72 * 25.4)) == (420, 297)
    first = reader.pages[0].extract_text()
    assert "Core house with expansion" in first
    for stage in library.get("core-expand").stages:
        assert stage.name in first
    assert "Bedroom 2 (stage 3)" in first
    assert "Ground floor" in first
    second = reader.pages[1].extract_text()
    assert "First floor" in second


def test_cost_per_stage_is_printed_and_adds_up_to_the_whole_house(tmp_path, library):
    ht = library.get("core-1room")
    costs = stage_costs_for_types([ht])
    stage_costs = costs.by_type["core-1room"]
    assert [sc.stage for sc in stage_costs] == [1, 2]
    assert all(sc.amount > 0 for sc in stage_costs)
    total = sum((sc.amount for sc in stage_costs), Decimal("0"))
    write_house_sheets([ht], tmp_path / "s.pdf", costs=costs)
    text = PdfReader(tmp_path / "s.pdf").pages[0].extract_text()
    assert f"cost {costs.currency}" in text
    assert f"{total:,.0f}" in text
    for sc in stage_costs:
        assert f"{sc.amount:,.0f}" in text
    # The default library's house rates are illustrative, rate by rate: the sheet still says so.
    assert costs.illustrative and all(sc.illustrative for sc in stage_costs)
    assert "ILLUSTRATIVE RATES" in text


def test_exporters_draw_the_types_an_option_builds(tmp_path):
    from designer.export.house_sheet import export_house_plans, export_house_sheets
    from designer.export.request import ExportRequest
    from designer.model import Document, JamiiError, Option, Plot, ProjectInfo, UndoStack
    from designer.model.house_placement import place_houses
    from designer.model.housing import rect_ring

    doc = Document(
        ProjectInfo(name="Export"),
        [
            Plot(id="p1", outline=rect_ring(0, 0, 8, 10)),
            Option(id="opt", name="A"),
            Option(id="empty", name="B"),
        ],
    )
    ht = load_library(include_user=False).get("core-expand")
    UndoStack(doc).push(place_houses(doc, "opt", ["p1"], ht, frontage_edges={"p1": 0}))
    request = ExportRequest("option", doc.get("opt"))
    assert "1 house sheet(s) (core-expand)" in export_house_sheets(doc, tmp_path / "h.pdf", request)
    assert len(PdfReader(tmp_path / "h.pdf").pages) == 2  # the sheet and the assumptions page
    assert "core-expand 1:50" in export_house_plans(doc, tmp_path / "h.dxf", request)
    with pytest.raises(JamiiError, match="places no houses"):
        export_house_sheets(doc, tmp_path / "e.pdf", ExportRequest("option", doc.get("empty")))


def _pdftotext(path) -> str:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def test_house_sheets_end_with_the_assumptions_page_like_every_pdf(tmp_path, library):
    """Was: the house sheets were the one PDF without an assumptions page."""
    from designer.model import Document, ProjectInfo

    doc = Document(ProjectInfo(name="Sheets", persons_per_household=5.0))
    ht = library.get("core-1room")
    costs = stage_costs_for_types([ht], doc)
    write_house_sheets([ht], tmp_path / "s.pdf", doc=doc, costs=costs)
    pages = _pdftotext(tmp_path / "s.pdf").split("\f")
    last = " ".join(pages[1].split())
    assert "Assumptions" in last
    assert "Household size for the rule checks 5 persons project file" in last
    assert "house_rules.toml" in last
    # The costing assumptions of the bills: contingency, tax and the price base of the rates.
    assert "Contingency, % of Bills 1–12" in last and "estimate.toml" in last
    assert "Price base of the rates" in last
    assert f"Rates: {costs.source}".split(",")[0] in last
    assert "Household size" not in pages[0]


def test_house_sheets_without_costs_still_print_their_assumptions(tmp_path, library):
    write_house_sheets([library.get("core-1room")], tmp_path / "s.pdf", with_cost=False, persons=3)
    pages = _pdftotext(tmp_path / "s.pdf").split("\f")
    last = " ".join(pages[1].split())
    assert "Household size for the rule checks 3 persons given for these sheets" in last
    assert "Price base of the rates" not in last
