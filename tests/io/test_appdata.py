"""The designer's app-data folder is the costing library's: house types sit beside the cost libraries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from costing.db import appdata as costing_appdata
from designer.io import appdata


@pytest.mark.parametrize(
    ("env", "platform"),
    [
        ({"JAMII_DATA_DIR": "/tmp/jamii-here"}, "linux"),
        ({"XDG_DATA_HOME": "/tmp/xdg"}, "linux"),
        ({}, "linux"),
        ({}, "darwin"),
        ({"APPDATA": "C:/Users/a/AppData/Roaming"}, "win32"),
    ],
)
def test_the_designer_and_costing_use_the_same_app_data_folder(monkeypatch, env, platform):
    for name in ("JAMII_DATA_DIR", "XDG_DATA_HOME", "APPDATA"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", platform)
    assert appdata.data_dir() == costing_appdata.data_dir()
    if "JAMII_DATA_DIR" in env:
        assert appdata.data_dir() == Path("/tmp/jamii-here")


def test_user_house_types_live_in_the_app_data_folder(monkeypatch, tmp_path):
    from designer.io.house_library import user_house_types_dir

    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path))
    assert user_house_types_dir() == tmp_path / "house_types"
