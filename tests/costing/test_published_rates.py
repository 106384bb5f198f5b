"""The default library's sourced rates: published figures converted by a shipped, sourced table, to the cent."""

from __future__ import annotations

import csv
import shutil
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from costing.db.appdata import DEFAULT_LIBRARY, shipped_library_dir
from costing.db.io_tables import read_library_tables
from costing.db.published_rates import PUBLISHED_RATES_FILE, conversion_series
from costing.db.repository import CostLibrary, open_library


def _reference_row(shared_data: Path, ref_id: str) -> dict[str, str]:
    path = shared_data.parent / "reference" / "unit-cost-sources.csv"
    if not path.exists():
        pytest.skip(f"needs the reference table {path} (not part of an end user's checkout)")
    with path.open(encoding="utf-8", newline="") as fh:
        return next(r for r in csv.DictReader(fh) if r["id"] == ref_id)


def test_the_uddt_rate_re_derived_by_hand_from_the_reference_equals_the_library_s_to_the_cent(shared_data):
    """Reference #13: a UDDT costs USD 553 per toilet (Bwaise, Kampala, c. 2018; QSDsan, Trimmer et al. 2020).
    By hand: × 101.30 KES per USD (World Bank WDI, 2018 average) = KES 56,018.90 at 2018 prices;
    × Kenya CPI 257.4 / 180.5 (World Bank WDI, 2010 = 100; 2024 / 2018) = KES 79,885.12 at 2024 prices."""
    row = _reference_row(shared_data, "13")
    assert row["currency"] == "USD" and row["unit"] == "per toilet" and "2018" in row["price_year"]
    by_hand = (Decimal(row["value"]) * Decimal("101.30") * Decimal("257.4") / Decimal("180.5")).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    assert by_hand == Decimal("79885.12")
    with open_library(DEFAULT_LIBRARY) as lib:
        item = lib.price("SN-ECOSAN")
        assert item.build_up.rate == by_hand
        assert item.build_up.basis == "benchmark" and not item.build_up.illustrative
        assert item.build_up.price_date == "2024"
        source = item.build_up.source
    # The bill shows where the rate came from: the study, the place, the figure, each factor and its source.
    for text in (
        "Trimmer et al. 2020",
        "Bwaise",
        "USD 553",
        "101.30 KES per USD",
        "257.4 / 180.5",
        "World Bank",
    ):
        assert text in source
    assert "reference #13" in source and "not a quote" in source


def test_every_figure_the_library_uses_is_the_reference_s_own(shared_data):
    with (shipped_library_dir() / PUBLISHED_RATES_FILE).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["status"] == "used" for r in rows)
    for r in rows:
        ref = _reference_row(shared_data, r["reference_id"])  # every figure considered is in the reference
        assert ref["currency"].startswith(r["currency"])
        if r["status"] == "used":
            assert Decimal(ref["value"].replace(",", "")) == Decimal(r["value"])
        else:
            assert r["note"]  # a figure not used says why


def test_the_conversion_table_names_a_source_for_every_figure():
    points = conversion_series()
    assert {p.kind for p in points} == {"exchange_rate", "price_index"}
    for p in points:
        assert p.source.startswith("World Bank") and p.read_at and p.value > 0
    assert next(p for p in points if p.kind == "exchange_rate" and p.year == 2018).value == Decimal("101.30")


def _folder_with(tmp_path: Path, published_row: dict[str, str]) -> Path:
    folder = tmp_path / "lib"
    shutil.copytree(shipped_library_dir(), folder)
    with (folder / PUBLISHED_RATES_FILE).open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, list(published_row))
        w.writeheader()
        w.writerow(published_row)
    return folder


def _row(**values: str) -> dict[str, str]:
    row = {
        "code": "SN-ECOSAN",
        "reference_id": "13",
        "figure": "UDDT",
        "value": "553",
        "currency": "USD",
        "unit": "nr",
        "price_year": "2018",
        "place": "Kampala",
        "source": "a study",
        "verified": "yes",
        "status": "used",
        "note": "",
    }
    return {**row, **values}


def test_a_figure_whose_exchange_rate_is_not_in_the_table_leaves_the_item_unpriced_and_says_so(tmp_path):
    """Never a guessed conversion: no 2013 KES/USD rate in the table, so the item leaves the library."""
    data = read_library_tables(_folder_with(tmp_path, _row(price_year="2013")))
    assert "SN-ECOSAN" not in {r.get("code") for r in data.tables["assembly"]}
    assert "SN-ECOSAN" not in {r.get("assembly_code") for r in data.tables["assembly_line"]}
    assert "no KES per USD exchange rate for 2013" in data.meta()["unpriced_items"]
    lib = CostLibrary(tmp_path / "lib.sqlite")
    try:
        lib.replace_all(data)
        assert lib.price("SN-ECOSAN") is None  # the bill line is unpriced, not 0.00
    finally:
        lib.close()


def test_a_figure_in_another_unit_than_its_item_is_refused(tmp_path):
    from costing.errors import CostingError

    with pytest.raises(CostingError, match="the figure is per m2, item SN-ECOSAN per nr"):
        read_library_tables(_folder_with(tmp_path, _row(unit="m2")))


def test_a_local_currency_figure_is_escalated_by_the_index_only(tmp_path):
    data = read_library_tables(_folder_with(tmp_path, _row(value="50000", currency="KES", price_year="2014")))
    row = next(r for r in data.tables["assembly"] if r.get("code") == "SN-ECOSAN")
    # 50,000 × 257.4 / 140.9 = 91,341.38 (no exchange rate: the figure is already in KES)
    assert row.get("fixed_rate") == "91341.38"
    assert "KES per USD" not in row.get("source")
