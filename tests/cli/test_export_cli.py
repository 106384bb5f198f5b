"""`jamii export`: formats, modes, errors as one line, and the exporter extension point."""

from __future__ import annotations

import ezdxf
import pyogrio

from designer.cli import main
from designer.io.project_file import save_project
from tests.io.drawing_fixtures import small_settlement


def _project(tmp_path):
    path = tmp_path / "t.jamii"
    save_project(small_settlement(), path)
    return path


def test_export_writes_dxf_gpkg_and_geojson_of_the_named_option(tmp_path, capsys):
    project = _project(tmp_path)
    rc = main(
        [
            "export",
            str(project),
            "--option",
            "Upgrade in place",
            "--dxf",
            str(tmp_path / "a.dxf"),
            "--gpkg",
            str(tmp_path / "a.gpkg"),
            "--geojson",
            str(tmp_path / "a.geojson"),
        ]
    )
    assert rc == 0
    out = capsys.readouterr().out
    assert "DXF R2013" in out and "GeoPackage (EPSG:32737)" in out and "GeoJSON (WGS 84)" in out
    doc = ezdxf.readfile(tmp_path / "a.dxf")
    assert len(doc.modelspace().query('LWPOLYLINE[layer=="C-BLDG-OTLN-D"]')) == 1
    assert (tmp_path / "a.layers.csv").exists()
    assert "water_point" in {n for n, _ in pyogrio.list_layers(tmp_path / "a.gpkg")}


def test_existing_only_and_all_options_modes(tmp_path):
    project = _project(tmp_path)
    assert main(["export", str(project), "--existing-only", "--dxf", str(tmp_path / "e.dxf")]) == 0
    assert (
        main(["export", str(project), "--all-options", "--dxf", str(tmp_path / "all.dxf"), "--no-layouts"])
        == 0
    )
    e = ezdxf.readfile(tmp_path / "e.dxf")
    assert not any(n.endswith("-N") for n in {x.dxf.layer for x in e.modelspace()})
    a = ezdxf.readfile(tmp_path / "all.dxf")
    assert "E-SITE-LITE-2" in {x.dxf.layer for x in a.modelspace()}
    assert [layout.name for layout in a.layouts] == ["Model", "Layout1"]


def test_unknown_option_and_missing_output_are_one_line_errors(tmp_path, capsys):
    project = _project(tmp_path)
    assert main(["export", str(project), "--option", "nope", "--dxf", str(tmp_path / "x.dxf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jamii: error: no option 'nope'") and err.count("\n") == 1
    assert main(["export", str(project)]) == 2
    assert "say what to write" in capsys.readouterr().err
    assert not (tmp_path / "x.dxf").exists()


def test_geojson_of_a_project_without_crs_fails_cleanly(tmp_path, capsys):
    from designer.model import Document, Option, Plot, ProjectInfo

    path = tmp_path / "local.jamii"
    save_project(
        Document(
            ProjectInfo(), [Option(id="opt-1", name="A"), Plot(id="plot-1", outline=((0, 0), (4, 0), (4, 4)))]
        ),
        path,
    )
    assert main(["export", str(path), "--geojson", str(tmp_path / "x.geojson")]) == 2
    assert "no coordinate reference system" in capsys.readouterr().err


def test_the_cli_exports_through_the_one_registry(tmp_path, monkeypatch, capsys):
    from designer.export import registry

    calls = []

    def write_csv(doc, out, request):
        out.write_text(f"{request.mode},{request.option_id}\n", encoding="utf-8")
        calls.append(out)
        return f"{out}: csv"

    monkeypatch.setitem(registry.EXPORTERS, "csv", write_csv)
    project = _project(tmp_path)
    assert main(["export", str(project), "--option", "opt-b", "--csv", str(tmp_path / "b.csv")]) == 0
    assert (tmp_path / "b.csv").read_text(encoding="utf-8") == "option,opt-b\n"
    assert calls == [tmp_path / "b.csv"]
