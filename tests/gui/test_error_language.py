"""Errors with measured values in the user's language, numbers written as that language writes them;
the CLI keeps English (issue 16)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib

import pytest

from designer.model import AddRecord, Path, Traffic
from designer.model.errors import JamiiError

pytestmark = pytest.mark.gui

ENGLISH_WORDS = ("is above", "largest", "plausible value", "more than the", "may have", "degenerate")


def _too_wide_path_error(window) -> JamiiError:
    wide = Path(id="path-wide", route=((0, 5), (40, 5)), width_m=250.5, traffic=Traffic.LIGHT)
    with pytest.raises(JamiiError) as caught:
        window.stack.push(AddRecord(wide, "Add path"))
    return caught.value


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "largeur : 250,5 m dépasse la plus grande valeur plausible, 200"),
        ("sw", "upana: 250.5 m iko juu ya thamani kubwa kabisa inayowezekana, 200"),
        ("pt", "largura: 250,5 m está acima do maior valor plausível, 200"),
    ],
)
def test_a_refused_value_is_shown_in_the_users_language(window, language, lang, expected):
    language(lang)
    exc = _too_wide_path_error(window)
    assert "width 250.5 m is above the largest plausible value, 200" in str(exc)  # the core stays English
    window.show_error(exc)
    shown = window.statusBar().currentMessage()
    assert expected in shown, shown
    assert "path-wide" in shown  # the id is kept as it is
    assert not any(word in shown for word in ENGLISH_WORDS), shown


def test_english_stays_as_the_core_writes_it(window, language):
    language("en")
    exc = _too_wide_path_error(window)
    window.show_error(exc)
    assert "width 250.5 m is above the largest plausible value, 200" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "fait 1,5 Mio, plus que les 1 Mio permis pour un dessin DXF"),
        ("sw", "ina MiB 1.5, zaidi ya MiB 1 zinazoruhusiwa kwa mchoro wa DXF"),
    ],
)
def test_an_import_refusal_names_the_file_and_its_size_in_the_users_language(
    tmp_path, language, lang, expected
):
    from designer.gui.error_text import error_text
    from designer.io.file_limits import MIB, InputFileError, check_input_file

    big = tmp_path / "plan.dxf"
    big.write_bytes(b"0" * int(1.5 * MIB))
    with pytest.raises(InputFileError) as caught:
        check_input_file(big, MIB, "a DXF drawing")
    assert str(caught.value).endswith("is 1.5 MiB, more than the 1 MiB a DXF drawing may have")
    language(lang)
    shown = error_text(caught.value)
    assert shown == f"{big}: {expected}"


def test_a_degenerate_outline_gives_its_area_with_a_decimal_comma_in_french(language):
    from designer.gui.error_text import error_text
    from designer.model.errors import InvalidGeometryError
    from designer.model.geometry import validate_ring

    with pytest.raises(InvalidGeometryError) as caught:
        validate_ring(((0.0, 0.0), (1.0, 0.0), (2.0, 0.00005)), "plot-x", "plot")
    language("fr")
    shown = error_text(caught.value)
    assert "surface 0,0000 m²" in shown and "dégénéré" in shown, shown


def test_a_project_refused_on_opening_says_why_in_french(window, language, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from designer.io.project_file import save_project

    path = tmp_path / "wide.jamii"
    save_project(window.doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["records"]["path"][0]["width_m"] = 250.5
    path.write_text(json.dumps(data), encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    language("fr")
    assert not window.open_path(path)
    assert shown and "largeur : 250,5 m dépasse la plus grande valeur plausible, 200" in shown[0], shown


def test_the_cli_keeps_english(tmp_path, plan_doc):
    from designer.io.project_file import save_project

    path = tmp_path / "wide.jamii"
    save_project(plan_doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["records"]["path"][0]["width_m"] = 250.5
    path.write_text(json.dumps(data), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "designer", "info", str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2
    assert "width 250.5 m is above the largest plausible value, 200" in result.stderr


def test_every_physical_range_names_a_translated_field():
    from designer.gui.error_text import TERMS
    from designer.resources import resource_path

    with open(resource_path("validation", "physical_ranges.toml"), "rb") as fh:
        fields = tomllib.load(fh)["fields"]
    missing = sorted({spec["what"] for spec in fields.values()} - set(TERMS))
    assert not missing, f"add these to designer.gui.error_text.TERMS and the catalogue: {missing}"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", ("les données tomberaient à", "ce qui est en mer", "systèmes candidats")),
        ("sw", ("data zingeangukia", "ambayo iko baharini", "mifumo inayoweza kuiweka nchi kavu")),
    ],
)
def test_data_that_would_land_at_sea_is_refused_in_the_users_language(tmp_path, language, lang, expected):
    from designer.gui.error_text import error_text
    from designer.io.crs import CrsPlacementError, parse_crs
    from designer.io.gis_import import read_gis
    from tests.io.import_fixtures import DAR_LONLAT, squares_at, write_layer

    src = write_layer(tmp_path / "dar.shp", squares_at("EPSG:32737", DAR_LONLAT), driver="ESRI Shapefile")
    with pytest.raises(CrsPlacementError) as caught:
        read_gis(src, target_crs=None, source_crs=parse_crs("EPSG:32707"))
    english = str(caught.value)
    assert "would land at" in english and "that is at sea" in english  # the CLI's line is unchanged
    language(lang)
    shown = error_text(caught.value)
    assert str(src) in shown and "EPSG:32707" in shown
    for words in expected:
        assert words in shown, shown
    assert not any(w in shown for w in ("would land", "at sea", "candidate CRSs")), shown
    if lang == "fr":
        assert re.search(r"\d+,\d{4}°S \d+,\d{4}°W", shown), shown  # the landing point with decimal commas
