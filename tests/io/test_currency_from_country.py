"""A project's currency is chosen from where its imported data lies, and never overrides a chosen one (issue 16)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from designer.io.base_import import ImportRequest, import_survey
from designer.io.country import (
    CURRENCY_FROM_USER,
    choose_currency,
    country_at,
    currency_of,
    set_currency_by_user,
)
from designer.model.document import Document
from designer.model.entities import Plot
from designer.model.errors import InvalidRecordError
from designer.model.project import ProjectInfo
from tests.io.import_fixtures import DAR_LONLAT, squares_at, write_layer

DJIBOUTI_LONLAT = (43.145, 11.59)
NAIROBI_LONLAT = (36.85, -1.26)  # Kibera-Mathare latitudes


@pytest.mark.parametrize(
    ("lonlat", "iso", "currency"),
    [
        (DJIBOUTI_LONLAT, "DJ", "DJF"),
        (NAIROBI_LONLAT, "KE", "KES"),
        (DAR_LONLAT, "TZ", "TZS"),
        ((2.35, 48.85), "FR", "EUR"),
    ],
)
def test_country_and_currency_of_a_place(lonlat, iso, currency):
    country = country_at(*lonlat)
    assert country is not None and country.iso_a2 == iso
    assert currency_of(iso) == currency


def test_a_coastal_settlement_just_off_the_coarse_outline_still_has_its_country():
    # Dar es Salaam's waterfront lies in the sea of the 1:110m outline; within ~25 km it still counts.
    assert country_at(39.30, -6.82).iso_a2 == "TZ"


def test_the_open_sea_has_no_country():
    assert country_at(0.0, 0.0) is None


def test_a_new_project_takes_the_currency_and_country_of_the_data():
    project, lines = choose_currency(ProjectInfo(), *DJIBOUTI_LONLAT, has_drawing=False)
    assert (project.currency, project.country, project.currency_source) == ("DJF", "DJ", "country DJ")
    assert any("DJF" in line and "Djibouti" in line and "was KES" in line for line in lines)


def test_a_currency_the_user_set_is_kept_and_the_difference_said():
    chosen = set_currency_by_user(ProjectInfo(), "usd")
    project, lines = choose_currency(chosen, *DJIBOUTI_LONLAT, has_drawing=False)
    assert project.currency == "USD" and project.currency_source == CURRENCY_FROM_USER
    assert any("DJF" in line and "keeps USD" in line and "set by the user" in line for line in lines)


def test_a_project_with_a_drawing_keeps_its_currency_when_data_from_elsewhere_is_added():
    project, lines = choose_currency(ProjectInfo(), *DJIBOUTI_LONLAT, has_drawing=True)
    assert project.currency == "KES"
    assert any("keeps KES" in line for line in lines)


def test_a_country_already_given_is_not_replaced():
    given = dataclasses.replace(ProjectInfo(), country="KE")
    project, _ = choose_currency(given, *DJIBOUTI_LONLAT, has_drawing=False)
    assert project.country == "KE" and project.currency == "DJF"


def test_at_sea_nothing_changes_and_it_is_said():
    project, lines = choose_currency(ProjectInfo(), 0.0, 0.0, has_drawing=False)
    assert project == ProjectInfo() and "no country" in lines[0]


def test_a_currency_code_must_be_three_capital_letters():
    with pytest.raises(ValueError, match="not a currency code"):
        set_currency_by_user(ProjectInfo(), "shillings")
    with pytest.raises(InvalidRecordError, match="ISO 4217"):
        ProjectInfo(currency="kes")


def test_an_import_in_kenya_gives_kes_and_says_so(tmp_path):
    src = write_layer(tmp_path / "plots.gpkg", squares_at("EPSG:32737", NAIROBI_LONLAT), crs="EPSG:32737")
    result = import_survey(
        Document(ProjectInfo(currency="DJF")), ImportRequest(source=src, force_kind="plot")
    )
    assert (result.project.currency, result.project.country) == ("KES", "KE")
    assert any(line.startswith("currency: KES") for line in result.lines)


def test_a_second_import_does_not_change_the_currency(tmp_path):
    kenya = write_layer(tmp_path / "ke.gpkg", squares_at("EPSG:32737", NAIROBI_LONLAT), crs="EPSG:32737")
    first = import_survey(Document(ProjectInfo()), ImportRequest(source=kenya, force_kind="plot"))
    doc = Document(first.project, first.records)
    assert any(isinstance(r, Plot) for r in doc.records())
    dj = write_layer(tmp_path / "dj.gpkg", squares_at("EPSG:32638", DJIBOUTI_LONLAT), crs="EPSG:32638")
    # A deliberate import far from the drawing (the placement cross-check would refuse it at 50 km).
    request = ImportRequest(source=dj, force_kind="plot", crs="EPSG:32638", max_distance_km=5000.0)
    second = import_survey(doc, request)
    assert second.project.currency == "KES"
    assert any("DJF" in line and "keeps KES" in line for line in second.lines)


def test_the_djibouti_settlement_is_priced_in_djibouti_francs(shared_data, tmp_path):
    from designer.cli import main

    src = shared_data / "settlement-djibouti" / "buildings_DJI.1.1_1.geojson"
    out = tmp_path / "dj.jamii"
    assert main(["import-base", str(out), "--from", str(src)]) == 0
    project = json.loads(out.read_text(encoding="utf-8"))["project"]
    assert (project["currency"], project["country"], project["currency_source"]) == (
        "DJF",
        "DJ",
        "country DJ",
    )
