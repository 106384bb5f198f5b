"""Fixtures for the estimating library: a private app-data folder and a tiny hand-checkable library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from costing.db.repository import CostLibrary
from tests.costing.library_data import tiny_data


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app-data folder at a temporary folder for every test."""
    folder = tmp_path / "appdata"
    monkeypatch.setenv("JAMII_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def tiny_library(tmp_path: Path) -> Iterator[CostLibrary]:
    lib = CostLibrary(tmp_path / "tiny.sqlite")
    lib.replace_all(tiny_data())
    yield lib
    lib.close()


@pytest.fixture
def tap_rules(tmp_path: Path) -> Path:
    """A rules folder with one rule: a water point bills its taps as WS-TAP and its pipe as WS-PIPE."""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "water_point.toml").write_text(
        'kind = "water_point"\n'
        '[[items]]\ncode = "WS-TAP"\nbill = 7\ndescription = "Taps"\nunit = "nr"\nquantity = "taps"\n'
        '[[items]]\ncode = "WS-PIPE-HDPE-63"\nbill = 7\ndescription = "Connection pipe"\nunit = "m"\n'
        'quantity = "connection_length_m"\n',
        encoding="utf-8",
    )
    return folder
