"""Currency, tax and price date are honest; every assumption is overridable and printed with its source."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from costing.boq.escalation import escalation
from costing.boq.money import round_money
from costing.db.repository import CostLibrary, open_library
from costing.errors import CostingError
from designer.estimate.assumptions import read_settings_file, resolve
from designer.estimate.pricing import cost_option, option_finance
from designer.io.project_file import load_project
from designer.resources import sample_project_path

D = Decimal


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))


@pytest.fixture(scope="module")
def sample():
    return load_project(sample_project_path())


def _library(path, *, drop_index: bool = True, **meta: str) -> CostLibrary:
    """The default library with some metadata changed (and, by default, without its own price index)."""
    with open_library("jamii-default") as lib:
        data = lib.read_all()
    for key, value in meta.items():
        data.set_meta(key, value)
    if drop_index:
        data.tables["price_index"] = []
    out = CostLibrary(path)
    out.replace_all(data)
    return out


def _project(doc, **changes):
    new = dataclasses.replace(doc.project, **changes)
    records = [new if r is doc.project else r for r in doc.records()]
    from designer.model.document import Document

    return Document(records[0], records[1:])


def test_tax_follows_the_country_not_a_relabelled_currency(sample, tmp_path):
    doc = _project(sample, country="", currency="UGX")
    with _library(tmp_path / "ug.sqlite", currency="UGX") as lib:
        boq = cost_option(doc, "opt-a", library=lib)
    s = boq.summary
    assert (s.tax_name, s.tax_pct) == ("VAT", D("18.0"))  # Uganda, not Kenya's 16 %
    assert s.tax == round_money((s.subtotal + s.contingency - s.in_kind) * D("0.18"))
    rows = {name: (value, src) for name, value, src in boq.assumptions}
    assert rows["Tax, % of the cash works"][1].startswith("Uganda Value Added Tax Act")


def test_rates_that_include_tax_get_no_tax_added(sample, tmp_path):
    with _library(tmp_path / "incl.sqlite", rates_include_tax="true") as lib:
        boq = cost_option(sample, "opt-a", library=lib)
    assert boq.summary.tax == 0 and "included in the library's rates" in boq.summary.tax_name
    assert any("rates include tax" in n for n in boq.price_notes)


def test_kenyan_index_escalates_building_and_civil_bills_by_their_own_series(sample, tmp_path):
    # Library priced at 2025-02-01 (index 2025Q1), project at 2025-08-01 (2025Q3): hand-worked factors.
    civil, building = D("121.79") / D("119.95"), D("121.29") / D("118.60")
    doc = _project(sample, price_date="2025-08-01")
    with _library(tmp_path / "ke.sqlite", price_base="2025-02-01") as lib:
        base = cost_option(_project(sample, price_date="2025-02-01"), "opt-a", library=lib)
        boq = cost_option(doc, "opt-a", library=lib)
    assert boq.price_base == "2025-08-01" and base.price_base == "2025-02-01"
    before = {ln.code: ln for ln in base.lines()}
    for ln in boq.lines():
        if ln.build_up is None or ln.code not in before:
            continue
        factor = building if ln.ref.split(".")[0] in ("3", "4", "8", "10") else civil
        old = before[ln.code].build_up
        assert ln.build_up.labour == round_money(old.labour * factor)
    assert any("civil works escalated ×1.0153" in n and "KNBS" in n for n in boq.price_notes)


def test_a_price_base_the_index_does_not_cover_is_not_escalated_and_says_so(sample, tmp_path):
    with _library(tmp_path / "old.sqlite", price_base="2016") as lib:
        boq = cost_option(sample, "opt-a", library=lib)
    assert boq.price_base == "2016"  # was printed as the project's 2026-01-01 with no escalation
    assert any(n.startswith("NOT ESCALATED: rates stay at their price base 2016") for n in boq.price_notes)
    assert factor_unknown("KE", "civil", "2025-07-01", "2027-06-01")


def factor_unknown(country, work_type, a, b):
    factor, note = escalation(country, work_type, a, b)
    return factor is None and "no index for" in note


def test_incomes_are_never_compared_across_currencies(sample, tmp_path):
    with _library(tmp_path / "inr.sqlite", currency="INR", country="IN") as lib:
        fin = option_finance(sample, "opt-a", library=lib)
        assert fin.boq.currency == "INR"
        assert fin.affordability.share_affordable is None  # was "100 % can afford" (INR vs KES incomes)
        assert any("another currency" in n for n in fin.funding.notes)
        given = {"exchange_rate": "1.55", "exchange_rate_date": "2026-01-05", "exchange_rate_source": "CBK"}
        converted = option_finance(sample, "opt-a", library=lib, assumptions=given)
        plain = cost_option(sample, "opt-a", library=lib)
    assert converted.boq.currency == "KES"
    assert converted.affordability.share_affordable is not None
    pipe = next(ln for ln in plain.lines() if ln.code.startswith("WS-PIPE"))
    pipe_kes = next(ln for ln in converted.boq.lines() if ln.code == pipe.code)
    assert pipe_kes.build_up.materials == round_money(pipe.build_up.materials * D("1.55"))
    assert any("1 INR = 1.55 KES (CBK, 2026-01-05)" in n for n in converted.boq.price_notes)


def test_an_exchange_rate_without_date_and_source_is_refused(sample, tmp_path):
    with (
        _library(tmp_path / "inr.sqlite", currency="INR") as lib,
        pytest.raises(CostingError, match="exchange_rate needs exchange_rate_date and exchange_rate_source"),
    ):
        cost_option(sample, "opt-a", library=lib, assumptions={"exchange_rate": "1.5"})


def test_no_contingency_or_tax_on_relocation_allowances(sample):
    boq = cost_option(sample, "opt-c")
    allowance = sum((ln.amount for ln in boq.lines() if ln.code == "RL-ALLOWANCE"), D(0))
    assert allowance > 0
    s = boq.summary
    assert s.contingency == round_money((s.subtotal - allowance) * s.contingency_pct / 100)
    assert s.tax == round_money((s.subtotal - allowance + s.contingency - s.in_kind) * s.tax_pct / 100)


def test_project_and_command_line_override_assumptions_and_the_rows_say_which(sample, tmp_path):
    doc = _project(sample, assumptions=(("contingency_pct", "7.5"), ("rule.toilet.pit_m3_per_seat", "4")))
    boq = cost_option(doc, "opt-a", assumptions={"preliminaries_pct": "4"})
    rows = {name: (value, src) for name, value, src in boq.assumptions}
    assert rows["Contingency, % of Bills 1–12"] == ("7.5", "project file")
    assert rows["Preliminaries, % of measured works"] == ("4", "command line")
    assert "pit_m3_per_seat = 4" in rows["Measurement rule toilet"][0]
    assert boq.summary.contingency_pct == D("7.5")
    pits = {ln.code: ln.quantity for ln in boq.lines()}["EW-PIT"]
    assert pits == D(90) / 3 * 4  # 30 seats: 3 m3 of pit per seat by default, 4 for this project
    with pytest.raises(CostingError, match="unknown assumption 'contingency'"):
        cost_option(sample, "opt-a", assumptions={"contingency": "5"})
    with pytest.raises(CostingError, match="is not a number"):
        cost_option(sample, "opt-a", assumptions={"contingency_pct": "ten"})


def test_a_settings_file_reads_flat_and_nested_names(tmp_path):
    path = tmp_path / "project.toml"
    path.write_text(
        "[assumptions]\ncontingency_pct = 7.5\n[assumptions.rule.water_main]\ndepth_m = 1.2\n",
        encoding="utf-8",
    )
    assert read_settings_file(path) == {"contingency_pct": "7.5", "rule.water_main.depth_m": "1.2"}
    (tmp_path / "bad.toml").write_text("contingency_pct = = 1\n", encoding="utf-8")
    with pytest.raises(CostingError, match=r"bad\.toml"):
        read_settings_file(tmp_path / "bad.toml")


def test_resolve_lists_every_kind_of_assumption(sample):
    with open_library("jamii-default") as lib:
        rows = [name for name, _, _ in resolve(sample, lib).rows]
    for expected in (
        "Country",
        "Tax",
        "Contingency",
        "Price base",
        "Discount rate",
        "Lifetime",
        "Affordability",
    ):
        assert any(r.startswith(expected) for r in rows), expected
