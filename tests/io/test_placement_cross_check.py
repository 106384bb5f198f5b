"""Placement cross-checked against what the project knows (issue 13) and mixed-CRS sources (issue 20).

A wrong UTM zone that still lands on land nearby passes the area-of-use and land checks; the project's
drawing, origin, ``--near`` or ``--country`` say where the data should land. A multi-layer source whose
layers are in different CRSs and land far apart (or where one layer has no CRS) is refused.
"""

from __future__ import annotations

import zipfile

import pytest
import shapely

from designer.cli import main
from designer.io.base_import import ImportRequest, import_survey
from designer.io.crs import CrsPlacementError
from designer.io.errors import ImportBaseError
from designer.io.gis_import import read_gis
from designer.io.placement import Anchor, country_anchor, parse_near
from designer.io.project_file import save_project
from designer.model.document import Document
from designer.model.entities import Building
from designer.model.project import ProjectInfo
from tests.io.import_fixtures import DAR_LONLAT, squares_at, write_layer

LAGOS_LONLAT = (3.38, 6.45)


def _dar_project(tmp_path):
    """A project whose drawing is a few buildings in Dar es Salaam (EPSG:32737)."""
    src = write_layer(tmp_path / "first.geojson", squares_at("EPSG:32737", DAR_LONLAT), crs="EPSG:32737")
    result = import_survey(Document(ProjectInfo(name="Tandale")), ImportRequest(source=src))
    return Document(result.project, result.records)


def _wrong_zone(tmp_path, name="second.geojson"):
    """Dar es Salaam buildings in UTM 37S numbers, but the file says zone 36S: lands ~650 km west, on land."""
    squares = [shapely.affinity.translate(g, 200, 0) for g in squares_at("EPSG:32737", DAR_LONLAT)]
    return write_layer(tmp_path / name, squares, crs="EPSG:32736")


def test_a_wrong_utm_zone_landing_on_land_far_from_the_project_is_refused_naming_the_right_zone(tmp_path):
    doc = _dar_project(tmp_path)
    src = _wrong_zone(tmp_path)
    read_gis(src, target_crs=None)  # on its own it passes: on land, inside zone 36S's area of use
    with pytest.raises(CrsPlacementError) as err:
        import_survey(doc, ImportRequest(source=src))
    message = str(err.value)
    assert "\n" not in message
    assert str(src) in message and "EPSG:32736" in message
    assert "°S 33." in message  # where it landed (lon/lat of the centre)
    km = int(message.split(" km from ", maxsplit=1)[0].rsplit(", ", 1)[1].replace(",", ""))
    assert 600 < km < 720  # how far from the project
    assert "the project's drawing" in message
    assert "EPSG:32737 (WGS 84 / UTM zone 37S) would put it in place" in message


def test_data_in_the_right_place_is_accepted_and_the_import_says_it_was_cross_checked(tmp_path):
    doc = _dar_project(tmp_path)
    src = write_layer(
        tmp_path / "more.geojson",
        [shapely.affinity.translate(g, 300, 0) for g in squares_at("EPSG:32737", DAR_LONLAT)],
        crs="EPSG:32737",
    )
    result = import_survey(doc, ImportRequest(source=src))
    assert any(
        line.startswith("note: placement cross-checked against the project's drawing")
        for line in result.lines
    )


def test_the_distance_limit_is_configurable(tmp_path):
    doc = _dar_project(tmp_path)
    result = import_survey(doc, ImportRequest(source=_wrong_zone(tmp_path), max_distance_km=1000))
    assert sum(isinstance(r, Building) for r in result.records) == 3


def test_the_project_origin_alone_anchors_the_check(tmp_path):
    doc = _dar_project(tmp_path)
    only_origin = Document(doc.project, [])  # the drawing deleted, the origin kept
    with pytest.raises(CrsPlacementError, match="from the project's origin"):
        import_survey(only_origin, ImportRequest(source=_wrong_zone(tmp_path)))


def test_a_first_import_says_the_check_could_not_be_made(tmp_path):
    result = import_survey(Document(ProjectInfo(name="new")), ImportRequest(source=_wrong_zone(tmp_path)))
    assert "note: placement not cross-checked: the project is empty" in " ".join(result.lines)


def test_a_first_import_is_checked_against_near_and_country(tmp_path):
    empty = Document(ProjectInfo(name="new"))
    lat, lon = DAR_LONLAT[1], DAR_LONLAT[0]
    with pytest.raises(CrsPlacementError, match=r"from --near -6\.8,39\.24.*EPSG:32737"):
        import_survey(empty, ImportRequest(source=_wrong_zone(tmp_path), near=f"{lat},{lon}"))
    right = write_layer(tmp_path / "right.geojson", squares_at("EPSG:32737", DAR_LONLAT), crs="EPSG:32737")
    with pytest.raises(CrsPlacementError, match=r"from --country KE \(Kenya\)"):
        import_survey(empty, ImportRequest(source=right, country="KE"))
    result = import_survey(empty, ImportRequest(source=right, country="tza"))
    assert "note: placement cross-checked against --country TZ (Tanzania): within 0.0 km" in result.lines


def test_near_and_country_refuse_what_they_cannot_read():
    assert parse_near("-6.80, 39.24") == (39.24, -6.80)  # latitude first, as GPS apps show it
    for bad in ("39.24", "a,b", "-96,39", "nan,1"):
        with pytest.raises(ImportBaseError, match="--near"):
            parse_near(bad)
    with pytest.raises(ImportBaseError, match="--country 'XQ' is not a country"):
        country_anchor("XQ")
    assert country_anchor("Djibouti").what == "--country DJ (Djibouti)"


def test_anchor_distance_is_zero_inside_and_great_circle_outside():
    box = Anchor(39.0, -7.0, 39.5, -6.5, "x")
    assert box.distance_km(39.2, -6.8) == 0.0
    assert box.distance_km(40.5, -6.8) == pytest.approx(110.4, abs=1.0)  # 1° of longitude at 6.8°S


def test_cli_refuses_the_wrong_zone_with_one_line_exit_2_and_the_project_untouched(tmp_path, capsys):
    project = tmp_path / "dar.jamii"
    save_project(_dar_project(tmp_path), project)
    before = project.read_bytes()
    src = _wrong_zone(tmp_path)
    assert main(["import-base", str(project), "--from", str(src)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "EPSG:32737" in err and "km from the project's drawing" in err
    assert project.read_bytes() == before


def test_cli_near_on_a_new_project(tmp_path, capsys):
    project = tmp_path / "new.jamii"
    src = _wrong_zone(tmp_path)
    assert main(["import-base", str(project), "--from", str(src), "--near=-6.80,39.24"]) == 2
    assert "would put it in place" in capsys.readouterr().err
    assert not project.exists()
    assert (
        main(
            [
                "import-base",
                str(project),
                "--from",
                str(src),
                "--near=-6.80,39.24",
                "--max-distance-km",
                "0",
            ]
        )
        == 2
    )
    assert "--max-distance-km must be a positive" in capsys.readouterr().err
    assert main(["import-base", str(project), "--from", str(src)]) == 0
    assert "placement not cross-checked: the project is empty" in capsys.readouterr().out


# ---------------------------------------------------------------------------------------- issue 20


def _two_layer_gpkg(path, second_crs, second_lonlat, *, second_has_crs=True):
    write_layer(
        path, squares_at("EPSG:32737", DAR_LONLAT), crs="EPSG:32737", layer="buildings", driver="GPKG"
    )
    import numpy as np
    import pyogrio.raw

    geoms = np.array(squares_at(second_crs, second_lonlat), dtype=object)
    pyogrio.raw.write(
        path,
        shapely.to_wkb(geoms),
        [np.array(["yes"] * len(geoms), dtype=object)],
        ["building"],
        layer="huts",
        driver="GPKG",
        geometry_type="Polygon",
        crs=second_crs if second_has_crs else None,
        append=True,
    )
    return path


def test_a_geopackage_with_layers_4000_km_apart_in_two_crss_is_refused(tmp_path):
    src = _two_layer_gpkg(tmp_path / "mixed.gpkg", "EPSG:32631", LAGOS_LONLAT)
    with pytest.raises(CrsPlacementError) as err:
        read_gis(src, target_crs=None)
    message = str(err.value)
    assert "\n" not in message and str(src) in message
    assert "layer 'buildings' (EPSG:32737" in message and "layer 'huts' (EPSG:32631" in message
    km = int(message.split(" km apart", maxsplit=1)[0].rsplit(" ", 1)[1].replace(",", ""))
    assert 4000 < km < 5000  # Dar es Salaam to Lagos


def test_layers_in_two_crss_that_overlap_are_reprojected_layer_by_layer(tmp_path):
    # Arc 1960 / UTM 37S: the older Tanzanian datum, a different CRS for the same place.
    src = _two_layer_gpkg(tmp_path / "ok.gpkg", "EPSG:21037", (DAR_LONLAT[0] + 0.001, DAR_LONLAT[1]))
    survey = read_gis(src, target_crs=None)
    assert survey.crs.to_epsg() == 32737 and len(survey.features) == 6
    xs = shapely.total_bounds([f.geometry for f in survey.features])
    assert xs[2] - xs[0] < 300  # both layers in one place, in metres


def test_a_layer_without_crs_beside_layers_with_one_is_refused(tmp_path):
    folder = tmp_path / "survey"
    folder.mkdir()
    write_layer(
        folder / "plots.shp", squares_at("EPSG:32737", DAR_LONLAT), crs="EPSG:32737", driver="ESRI Shapefile"
    )
    write_layer(folder / "huts.shp", squares_at("EPSG:32737", DAR_LONLAT), driver="ESRI Shapefile")
    with pytest.raises(
        ImportBaseError, match=r"layer 'huts' has no CRS while layer 'plots' is in EPSG:32737"
    ):
        read_gis(folder, target_crs=None)
    zipped = tmp_path / "survey.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for f in folder.iterdir():
            z.write(f, f.name)
    with pytest.raises(ImportBaseError, match="has no CRS while layer"):
        read_gis(zipped, target_crs=None)


def test_cli_refuses_a_mixed_crs_geopackage_exit_2_project_untouched(tmp_path, capsys):
    project = tmp_path / "dar.jamii"
    save_project(_dar_project(tmp_path), project)
    before = project.read_bytes()
    src = _two_layer_gpkg(tmp_path / "mixed.gpkg", "EPSG:32631", LAGOS_LONLAT)
    assert main(["import-base", str(project), "--from", str(src)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "km apart" in err and "huts" in err
    assert project.read_bytes() == before
