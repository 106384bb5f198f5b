"""A parcel survey in: plots guessed from sizes and fields, open space kept, dry run, mapping files,
repair and a summary that adds up (issue 13, items 3 and 8)."""

from __future__ import annotations

import re

import shapely
from pyproj import Transformer

from designer.cli import main
from designer.io.project_file import load_project
from designer.model import Building, Plot
from tests.io.import_fixtures import DAR_LONLAT, write_layer


def _parcels(tmp_path, extra=()):
    """Web Mercator parcels of ~545 m² with NUMBER and USE fields, one of them open space."""
    x, y = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True).transform(*DAR_LONLAT)
    side = 545**0.5 * 1.012  # Web Mercator metres at 6.8° S are 1.2 % short of ground metres... roughly
    geoms = [shapely.box(x + i * side, y, x + (i + 1) * side, y + side) for i in range(6)]
    numbers = [str(101 + i) for i in range(6)]
    uses = ["RES", "RES", "open space", "RES", "COMMERCIAL", "RES"]
    for g, n, u in extra:
        geoms.append(g)
        numbers.append(n)
        uses.append(u)
    return write_layer(
        tmp_path / "survey2019.shp",
        geoms,
        {"NUMBER": numbers, "USE": uses},
        crs="EPSG:3857",
        driver="ESRI Shapefile",
    )


def test_a_parcel_survey_becomes_plots_with_numbers_and_open_space_stays_open(tmp_path, capsys):
    src = _parcels(tmp_path)
    out = tmp_path / "p.jamii"
    assert main(["import-base", str(out), "--from", str(src)]) == 0
    printed = capsys.readouterr().out
    assert "read as plots" in printed and "NUMBER" in printed and "median area" in printed
    doc = load_project(out)
    plots = sorted(doc.of_type(Plot), key=lambda p: p.number)
    assert not doc.of_type(Building)
    assert [p.number for p in plots] == ["101", "102", "103", "104", "105", "106"]
    assert plots[2].land_use == "open_space"
    assert plots[4].land_use == "commercial"
    assert doc.project.crs_epsg == 32737  # Web Mercator is never kept


def test_dry_run_shows_kinds_fields_crs_and_place_and_writes_nothing(tmp_path, capsys):
    src = _parcels(tmp_path)
    out = tmp_path / "p.jamii"
    assert main(["import-base", str(out), "--from", str(src), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert not out.exists()
    assert "dry run, nothing written" in printed
    assert "6 plots" in printed and "EPSG:32737" in printed and "landed at" in printed
    assert "NUMBER → number" in printed and "USE → land_use" in printed


def test_write_mapping_then_mapping_with_values(tmp_path, capsys):
    src = _parcels(tmp_path)
    mapping = tmp_path / "m.toml"
    assert (
        main(["import-base", str(tmp_path / "a.jamii"), "--from", str(src), "--write-mapping", str(mapping)])
        == 0
    )
    text = mapping.read_text(encoding="utf-8")
    assert '"survey2019" = "plot"' in text and '"NUMBER" = "number"' in text and '"USE" = "land_use"' in text
    mapping.write_text(
        text + '\n[values.land_use]\n"RES" = "residential"\n"COMMERCIAL" = "market"\n', encoding="utf-8"
    )
    out = tmp_path / "b.jamii"
    assert main(["import-base", str(out), "--from", str(src), "--mapping", str(mapping)]) == 0
    uses = sorted(p.land_use for p in load_project(out).of_type(Plot))
    assert uses == ["market", "open_space", "residential", "residential", "residential", "residential"]


def test_repair_skip_and_slivers_are_named_and_the_summary_adds_up(tmp_path, capsys):
    x, y = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True).transform(*DAR_LONLAT)
    bowtie = shapely.Polygon([(x, y - 60), (x + 20, y - 40), (x + 20, y - 60), (x, y - 40)])  # halves: 50 %
    notch = shapely.Polygon(  # a tiny self-crossing at one corner: repair keeps > 99 %
        [
            (x + 40, y - 60),
            (x + 70, y - 60),
            (x + 70, y - 40),
            (x + 40.05, y - 40),
            (x + 40.1, y - 39.95),
            (x + 40, y - 40.1),
        ]
    )
    sliver = shapely.box(x + 80, y - 60, x + 80.1, y - 59.81)  # 0.019 m²
    src = _parcels(tmp_path, extra=[(bowtie, "900", "RES"), (notch, "901", "RES"), (sliver, "902", "RES")])
    out = tmp_path / "p.jamii"
    assert main(["import-base", str(out), "--from", str(src)]) == 0
    printed = capsys.readouterr().out
    read, added, skipped, slivers = (
        int(v)
        for v in re.search(
            r"read (\d+) features: added (\d+), skipped (\d+), left out (\d+) slivers", printed
        ).groups()
    )
    assert (read, added, skipped, slivers) == (9, 7, 1, 1)
    assert read == added + skipped + slivers
    assert "NUMBER 900" in printed and "keeps only" in printed  # the skipped parcel is named, with why
    assert "NUMBER 902" in printed and "slivers below 1 m²" in printed
    assert "repaired 1 self-crossing" in printed
    assert {p.number for p in load_project(out).of_type(Plot)} == {
        "101",
        "102",
        "103",
        "104",
        "105",
        "106",
        "901",
    }
