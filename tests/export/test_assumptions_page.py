"""Every costing PDF (bill, comparison, poster) prints the assumptions it used on a page of its own."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from designer.export.reports import export_boq_pdf, export_comparison_pdf, export_poster
from designer.io.project_file import load_project
from designer.resources import sample_project_path


@pytest.fixture(scope="module", autouse=True)
def _data_dir(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("JAMII_DATA_DIR", str(tmp_path_factory.mktemp("appdata")))
    yield
    mp.undo()


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [" ".join(p.split()) for p in out.stdout.split("\f") if p.strip()]


@pytest.mark.parametrize("kind", ["bill", "comparison", "poster"])
def test_the_assumptions_page_is_in_every_costing_pdf(kind, tmp_path):
    doc = load_project(sample_project_path())
    out = tmp_path / f"{kind}.pdf"
    if kind == "bill":
        export_boq_pdf(doc, "opt-a", out)
    elif kind == "comparison":
        export_comparison_pdf(doc, out)
    else:
        export_poster(doc, "opt-a", out)
    pages = _pages(out)
    # The sample's reports are in Swahili: the page heading is translated, the rows carry their sources.
    first = next((i for i, p in enumerate(pages) if "Contingency, % of Bills 1–12" in p), None)
    assert first is not None, f"no assumptions page in the {kind} PDF"
    page = " ".join(pages[first:])  # the table may continue on the next page
    assert "Kenya Value Added Tax Act 2013" in page and "finance.toml" in page
    assert "Discount rate, % per year" in page and "Measurement rule toilet" in page
