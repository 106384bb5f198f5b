"""`jamii import-base --currency`: the user's currency wins over the data's country; a bad code is one line."""

from __future__ import annotations

import json

from designer.cli import main
from tests.io.import_fixtures import squares_at, write_layer

DJIBOUTI_LONLAT = (43.145, 11.59)


def test_currency_flag_is_kept_and_the_data_country_and_library_currency_are_named(tmp_path, capsys):
    src = write_layer(tmp_path / "dj.gpkg", squares_at("EPSG:32638", DJIBOUTI_LONLAT), crs="EPSG:32638")
    out = tmp_path / "p.jamii"
    assert main(["import-base", str(out), "--from", str(src), "--as", "plot", "--currency", "usd"]) == 0
    printed = capsys.readouterr().out
    assert "whose currency is DJF; the project keeps USD (set by the user)" in printed
    assert "the cost library jamii-default prices in KES, the project in USD" in printed
    project = json.loads(out.read_text(encoding="utf-8"))["project"]
    assert (project["currency"], project["currency_source"], project["country"]) == ("USD", "user", "DJ")


def test_without_the_flag_a_djibouti_import_gives_djf(tmp_path, capsys):
    src = write_layer(tmp_path / "dj.gpkg", squares_at("EPSG:32638", DJIBOUTI_LONLAT), crs="EPSG:32638")
    out = tmp_path / "p.jamii"
    assert main(["import-base", str(out), "--from", str(src), "--as", "plot"]) == 0
    assert "currency: DJF, the currency of Djibouti (DJ)" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["project"]["currency"] == "DJF"


def test_a_bad_currency_code_is_one_line_and_exit_2(tmp_path, capsys):
    src = write_layer(tmp_path / "dj.gpkg", squares_at("EPSG:32638", DJIBOUTI_LONLAT), crs="EPSG:32638")
    out = tmp_path / "p.jamii"
    assert main(["import-base", str(out), "--from", str(src), "--currency", "shilling"]) == 2
    err = capsys.readouterr().err
    assert "--currency: 'SHILLING' is not a currency code" in err and "Traceback" not in err
    assert not out.exists()


def test_jamii_currency_shows_and_sets_a_users_currency_that_imports_keep(tmp_path, capsys):
    out = tmp_path / "p.jamii"
    src = write_layer(tmp_path / "dj.gpkg", squares_at("EPSG:32638", DJIBOUTI_LONLAT), crs="EPSG:32638")
    assert main(["import-base", str(out), "--from", str(src), "--as", "plot"]) == 0
    capsys.readouterr()
    assert main(["currency", str(out)]) == 0
    assert "currency DJF (from the country the imported data lies in (DJ))" in capsys.readouterr().out
    assert main(["currency", str(out), "usd"]) == 0
    printed = capsys.readouterr().out
    assert "currency USD (set by the user)" in printed and "prices in KES, the project in USD" in printed
    assert json.loads(out.read_text(encoding="utf-8"))["project"]["currency"] == "USD"
    assert main(["currency", str(out), "dollars"]) == 2
    assert "not a currency code" in capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["project"]["currency"] == "USD"  # untouched
