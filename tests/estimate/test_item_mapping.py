"""The item mapping's unit check without Qt: a m3 line never takes a per-metre rate without a factor."""

from __future__ import annotations

from decimal import Decimal

import pytest

from designer.estimate.item_mapping import MappingEntry, check_entry, jamii_items, mapping_toml, save_mapping
from designer.estimate.library import CostingError, import_library


@pytest.fixture
def library(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))
    schedule = tmp_path / "s.csv"
    schedule.write_text("code,description,unit,rate\nP63,HDPE pipe 63 mm,m,520\n", encoding="utf-8")
    meta = {"name": "s", "currency": "KES", "region": "r", "price_base": "2025-01-01"}
    lib = import_library(tmp_path / "s.sqlite", schedule, meta=meta)
    yield lib
    lib.close()


def test_every_item_the_rules_bill_is_offered_with_its_unit():
    items = {it.code: it.unit for it in jamii_items()}
    assert items["EW-TRENCH-D15"] == "m3" and items["WS-PIPE-HDPE-63"] == "m" and items["EW-DEWATER"] == "m3"


def test_save_refuses_a_unit_mismatch_without_a_factor_and_changes_nothing(library, tmp_path):
    items = jamii_items()
    trench = next(it for it in items if it.code == "EW-TRENCH-D15")
    assert check_entry(trench, MappingEntry("EW-TRENCH-D15", "P63"), library).status == "needs_factor"
    out = tmp_path / "m.toml"
    with pytest.raises(CostingError, match="a quantity in m3 cannot take a rate per m"):
        save_mapping(library, [MappingEntry("EW-TRENCH-D15", "P63")], items, mapping_file=out)
    assert library.rows("code_alias") == [] and not out.exists()
    save_mapping(library, [MappingEntry("EW-TRENCH-D15", "P63", Decimal("2.5"), "per m of trench")], items)
    assert library.rows("code_alias") == [
        {"code": "EW-TRENCH-D15", "target_code": "P63", "factor": "2.5", "note": "per m of trench"}
    ]


def test_the_mapping_file_escapes_what_it_writes():
    import tomllib

    text = mapping_toml([MappingEntry('A"1', "B\\2", Decimal("0.50"), 'note "x"')], "lib")
    assert tomllib.loads(text)["aliases"] == {'A"1': {"code": "B\\2", "factor": 0.5, "note": 'note "x"'}}
