"""Design → Map cost-library items…: the unit check is visible, Save is atomic, Cancel changes nothing."""

from __future__ import annotations

import tomllib
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from designer.estimate.item_mapping import jamii_items
from designer.estimate.library import import_library
from designer.gui.dialogs.item_mapping import (
    COL_CHECK,
    COL_FACTOR,
    COL_TARGET,
    COL_TARGET_UNIT,
    ItemMappingDialog,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def library(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))
    schedule = tmp_path / "county.csv"
    schedule.write_text(
        "code,description,unit,rate\n"
        "P63,HDPE pipe 63 mm laid in trench,m,520\n"
        "EX1,Excavation in trenches,m3,310\n",
        encoding="utf-8",
    )
    meta = {"name": "county", "currency": "KES", "region": "county", "price_base": "2025-01-01"}
    lib = import_library(tmp_path / "county.sqlite", schedule, meta=meta)
    yield lib
    lib.close()


def _row(dialog: ItemMappingDialog, code: str) -> int:
    return next(i for i, it in enumerate(dialog.items) if it.code == code)


def test_a_m3_item_cannot_take_a_per_metre_rate_until_a_factor_is_given(qtbot, library, tmp_path):
    dialog = ItemMappingDialog(library, jamii_items())
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    trench = _row(dialog, "EW-TRENCH-D15")
    assert dialog.items[trench].unit == "m3"
    assert "stays unpriced" in dialog.table.item(trench, COL_CHECK).text()
    dialog.table.item(trench, COL_TARGET).setText("P63")
    check = dialog.table.item(trench, COL_CHECK).text()
    assert "cannot take a rate per m" in check and dialog.table.item(trench, COL_TARGET_UNIT).text() == "m"
    assert not save.isEnabled() and "1 item(s) fail the unit check" in dialog.error.text()
    dialog.table.item(trench, COL_FACTOR).setText("2.5")
    assert dialog.table.item(trench, COL_CHECK).text() == "1 m3 = 2.5 m (shown on the bill)"
    assert save.isEnabled() and dialog.error.text() == ""
    pipe = _row(dialog, "WS-PIPE-HDPE-63")
    dialog.table.item(pipe, COL_TARGET).setText("P63")
    assert dialog.table.item(pipe, COL_CHECK).text() == "same unit"
    dialog.table.item(_row(dialog, "EW-BACKFILL"), COL_TARGET).setText("NOPE")
    assert not save.isEnabled()
    dialog.table.item(_row(dialog, "EW-BACKFILL"), COL_TARGET).setText("")

    mapping_file = tmp_path / "county-mapping.toml"
    dialog.mapping_file.setText(str(mapping_file))
    save.click()
    assert dialog.saved
    # In the library (one transaction): the trench is priced as 2.5 m of P63 per m3.
    item = library.price("EW-TRENCH-D15")
    assert (item.library_code, item.factor, item.unit) == ("P63", Decimal("2.5"), "m")
    assert library.price("WS-PIPE-HDPE-63").library_code == "P63"
    # And in the mapping file, the --mapping format of `jamii costdb import`.
    aliases = tomllib.loads(mapping_file.read_text(encoding="utf-8"))["aliases"]
    assert aliases == {"EW-TRENCH-D15": {"code": "P63", "factor": 2.5}, "WS-PIPE-HDPE-63": {"code": "P63"}}


def test_cancel_leaves_the_library_as_it_was(qtbot, library):
    dialog = ItemMappingDialog(library, jamii_items())
    qtbot.addWidget(dialog)
    dialog.table.item(_row(dialog, "WS-PIPE-HDPE-63"), COL_TARGET).setText("P63")
    dialog.reject()
    assert not dialog.saved and library.rows("code_alias") == []
    assert library.price("WS-PIPE-HDPE-63") is None  # still unpriced, never 0.00


def test_a_saved_mapping_is_shown_again_and_a_bad_factor_is_refused(qtbot, library):
    from designer.estimate.item_mapping import MappingEntry, save_mapping

    items = jamii_items()
    save_mapping(library, [MappingEntry("EW-TRENCH-D15", "P63", Decimal("2.5"))], items)
    dialog = ItemMappingDialog(library, items)
    qtbot.addWidget(dialog)
    trench = _row(dialog, "EW-TRENCH-D15")
    assert dialog.table.item(trench, COL_TARGET).text() == "P63"
    assert dialog.table.item(trench, COL_FACTOR).text() == "2.5"
    dialog.table.item(trench, COL_FACTOR).setText("-1")
    assert "not a number greater than 0" in dialog.table.item(trench, COL_CHECK).text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
