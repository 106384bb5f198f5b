"""Refusals of survey points, TOML data files and house types in the user's language; the CLI keeps English
(issue 16)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

HOUSEHOLDS = Path(__file__).resolve().parent.parent / "data" / "households"


def _far_point_error(tmp_path):
    from designer.io.households_import import HouseholdImportError, import_households
    from designer.io.project_file import load_project

    doc = load_project(HOUSEHOLDS / "settlement.jamii")
    path = tmp_path / "p.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [
                ["household_id", "latitude", "longitude"],
                ["A", "-1.3017909", "36.8162372"],
                ["B", "-3.5", "36.8"],
            ]
        )
    with pytest.raises(HouseholdImportError) as caught:
        import_households(doc, path)
    assert doc.households == []
    return path, caught.value


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", r"^p\.csv ligne 3, colonne 'latitude': le point \(-3,5 ; 36,8\) est à 2\d\d km du site$"),
        (
            "sw",
            r"^p\.csv safu mlalo 3, safu wima 'latitude': nukta \(-3\.5; 36\.8\) iko km 2\d\d kutoka eneo la mradi$",
        ),
    ],
)
def test_a_survey_point_far_from_the_site_is_refused_in_the_users_language(
    tmp_path, language, lang, expected
):
    import re

    from designer.gui.error_text import error_text

    _, exc = _far_point_error(tmp_path)
    assert re.search(
        r"row 3, column 'latitude': the point \(-3.5, 36.8\) lies 2\d\d km from the site", str(exc)
    )
    language(lang)
    shown = error_text(exc)
    assert re.search(expected, shown), shown
    assert "from the site" not in shown and "lies" not in shown


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "fait 4,5 Mio, plus que les 4 Mio permis pour un fichier de données TOML"),
        ("sw", "ina MiB 4.5, zaidi ya MiB 4 zinazoruhusiwa kwa faili ya data ya TOML"),
    ],
)
def test_an_oversized_toml_data_file_is_refused_in_the_users_language(tmp_path, language, lang, expected):
    from designer.gui.error_text import error_text
    from designer.model.toml_data import TomlDataError, read_toml

    big = tmp_path / "rules.toml"
    big.write_bytes(b"# padding\n" * int(4.5 * 2**20 / 10))
    with pytest.raises(TomlDataError) as caught:
        read_toml(big)
    assert str(caught.value) == f"{big}: is 4.5 MiB, more than the 4 MiB a TOML data file may have"
    language(lang)
    assert error_text(caught.value) == f"{big}: {expected}"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", ["ligne 2 : nan n’est pas un nombre fini"]),
        ("sw", ["mstari 2: nan si namba yenye kikomo"]),
    ],
)
def test_a_house_type_with_a_nan_is_refused_in_the_users_language(tmp_path, language, lang, expected):
    from designer.gui.error_text import error_text
    from designer.io.house_library import HouseTypeFileError, load_house_type

    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\nwall_height_m = nan\n', encoding="utf-8")
    with pytest.raises(HouseTypeFileError) as caught:
        load_house_type(bad)
    assert str(caught.value) == f"{bad}: line 2: nan is not a finite number"
    language(lang)
    shown = error_text(caught.value)
    assert shown == f"{bad}: {expected[0]}"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "[max_plot_coverage] : un nombre positif ou nul était attendu, reçu -0,5"),
        ("sw", "[max_plot_coverage]: ilitarajiwa namba isiyo hasi, imepokelewa -0.5"),
    ],
)
def test_a_house_rule_out_of_range_is_refused_in_the_users_language(tmp_path, language, lang, expected):
    from designer.gui.error_text import error_text
    from designer.io.house_library import HouseTypeFileError, load_rules

    rules = tmp_path / "rules.toml"
    rules.write_text("[default]\nmax_plot_coverage = -0.5\n", encoding="utf-8")
    with pytest.raises(HouseTypeFileError) as caught:
        load_rules(path=rules)
    assert str(caught.value) == f"{rules} at max_plot_coverage: expected a non-negative number, got -0.5"
    language(lang)
    assert error_text(caught.value).replace(" :", ":") == f"{rules} {expected}".replace(" :", ":")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "aucun type de maison 'no-such'"),
        ("sw", "hakuna aina ya nyumba 'no-such'"),
    ],
)
def test_an_unknown_house_type_is_named_in_the_users_language(language, lang, expected):
    from designer.gui.error_text import error_text
    from designer.io.house_library import UnknownHouseTypeError, load_library

    library = load_library()
    with pytest.raises(UnknownHouseTypeError) as caught:
        library.get("no-such")
    assert str(caught.value).startswith("no house type 'no-such'; known types: ")
    language(lang)
    shown = error_text(caught.value)
    assert shown.startswith(expected) and "core-1room" in shown, shown


def test_the_cli_keeps_english_for_house_types_and_survey_points(tmp_path):
    env = {"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr", "PATH": "/usr/bin:/bin"}
    shown = subprocess.run(
        [sys.executable, "-m", "designer", "house", "show", "no-such"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert shown.returncode == 2
    assert shown.stderr.startswith("jamii: error: no house type 'no-such'; known types: ")
    path, _ = _far_point_error(tmp_path)
    imported = subprocess.run(
        [
            sys.executable,
            "-m",
            "designer",
            "households",
            "import",
            str(HOUSEHOLDS / "settlement.jamii"),
            str(path),
            "--dry-run",
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert imported.returncode == 2, imported.stderr
    assert (
        "lies" in imported.stderr
        and "km from the site" in imported.stderr
        and "Traceback" not in imported.stderr
    )
