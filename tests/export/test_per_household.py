"""One per-household figure: the screen's summary, the PDF bill, the XLSX, the CSV, the comparison and the poster
show the same cost per household on every option of the bundled sample, read back from each file."""

from __future__ import annotations

import csv
import re
from decimal import Decimal

import openpyxl
import pytest

from costing.boq.money import round_places
from designer.estimate.pricing import option_finance, option_summary
from designer.export.reports import (
    collect_option,
    export_boq_csv,
    export_boq_pdf,
    export_boq_xlsx,
    export_comparison_pdf,
    export_poster,
    poster_facts,
)
from designer.io.project_file import load_project
from designer.resources import sample_project_path
from tests.costing.pdf_readback import MONEY_RE, money, pages_text


@pytest.fixture(scope="module", autouse=True)
def _data_dir(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JAMII_DATA_DIR", str(tmp_path_factory.mktemp("jamii-data")))
        yield


@pytest.fixture(scope="module")
def sample():
    return load_project(sample_project_path())


def _option_ids() -> list[str]:
    return [o.id for o in load_project(sample_project_path()).options]


@pytest.mark.parametrize("option_id", _option_ids())
def test_every_output_shows_the_same_cost_per_household(sample, option_id, tmp_path):
    fin = option_finance(sample, option_id)
    engine = fin.boq.per_household
    assert engine is not None and engine > 0
    # the screen (Costs panel and `jamii cost --format json`) reads option_summary
    assert Decimal(option_summary(fin)["cost"]["per_household"]) == engine

    export_boq_pdf(sample, option_id, tmp_path / "boq.pdf")
    cover = pages_text(tmp_path / "boq.pdf")[0]
    m = re.search(r"Cost per household\s+KES\s+(" + MONEY_RE + ")", cover)
    assert m, cover
    assert money(m.group(1)) == engine

    export_boq_xlsx(sample, option_id, tmp_path / "boq.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "boq.xlsx")["Summary"]
    row = next(r for r in ws.iter_rows(values_only=True) if r[1] == "Cost per household")
    assert Decimal(str(row[3])) == engine

    export_boq_csv(sample, option_id, tmp_path / "boq.csv")
    with open(tmp_path / "boq-summary.csv", encoding="utf-8") as fh:
        rows = {r["line"]: r for r in csv.DictReader(fh)}
    assert Decimal(rows["per_household"]["amount"]) == engine

    facts = poster_facts(collect_option(sample, option_id, with_plan=False), option_id)
    assert facts.cost_per_household == engine
    export_poster(sample, option_id, tmp_path / "poster.pdf")
    poster = "\n".join(pages_text(tmp_path / "poster.pdf"))
    # residents read whole shillings: the poster prints the same figure rounded to the unit
    whole = f"{round_places(engine, 0):,.0f}"
    assert whole in poster.replace("\u00a0", " ").replace("\u202f", ","), poster


def test_the_comparison_prints_each_options_engine_figure(sample, tmp_path):
    export_comparison_pdf(sample, tmp_path / "cmp.pdf")
    text = "\n".join(pages_text(tmp_path / "cmp.pdf"))
    line = next(ln for ln in text.splitlines() if ln.strip().startswith("Cost per household"))
    printed = [money(v) for v in re.findall(MONEY_RE, line)]
    engine = [
        option_finance(sample, o.id).boq.per_household for o in sorted(sample.options, key=lambda o: o.id)
    ]
    assert printed == engine
