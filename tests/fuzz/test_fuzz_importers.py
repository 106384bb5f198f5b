"""Fuzz every importer through the `jamii` command: complete import, or exit 2 with one line; never a traceback.

Seeds are the repository's own small test files; the mutations are byte-level (encodings, quotes,
delimiters, truncation) and number-level (NaN, 1e999999999, "1,2,3", negative sizes).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from designer.io.project_file import load_project, save_project
from tests.fuzz.helpers import FUZZ, FUZZ_EXAMPLES, mutated, run_cli

TESTS = Path(__file__).resolve().parent.parent
HOUSEHOLDS = TESTS / "data" / "households"


def _project(folder: Path) -> Path:
    path = folder / "p.jamii"
    save_project(load_project(HOUSEHOLDS / "settlement.jamii"), path)
    return path


@FUZZ
@given(data=mutated((HOUSEHOLDS / "kobo_households.csv").read_bytes()))
def test_households_import_of_a_mutated_kobo_csv(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("h")
    project = _project(folder)
    survey = folder / "survey.csv"
    survey.write_bytes(data)
    run_cli(["households", "import", str(project), str(survey)], project=project)


@FUZZ
@given(data=mutated((HOUSEHOLDS / "plain_households.csv").read_bytes()))
def test_households_import_of_a_mutated_plain_csv(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("h")
    project = _project(folder)
    survey = folder / "survey.csv"
    survey.write_bytes(data)
    run_cli(["households", "import", str(project), str(survey)], project=project)


def _xlsx_seed() -> bytes:
    import csv
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    text = (HOUSEHOLDS / "plain_households.csv").read_text(encoding="utf-8-sig")
    for row in csv.reader(io.StringIO(text)):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@FUZZ
@given(data=mutated(_xlsx_seed()))
def test_households_import_of_a_mutated_xlsx(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("h")
    project = _project(folder)
    survey = folder / "survey.xlsx"
    survey.write_bytes(data)
    run_cli(["households", "import", str(project), str(survey)], project=project)


COST_CSV = (
    b"code,description,unit,rate,source\n"
    b"A1,Trench excavation,cum,12.5,DSR 2016\nA2,Standpipe,No,4500,DSR 2016\nA3,Pipe 63 mm,m,830.40,DSR 2016\n"
)


@FUZZ
@given(data=mutated(COST_CSV))
def test_costdb_import_of_a_mutated_schedule(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("c")
    src = folder / "schedule.csv"
    src.write_bytes(data)
    args = ["costdb", "import", str(src), "--name", f"fuzz-{folder.name}", "--currency", "KES"]
    args += ["--region", "base", "--price-base", "2026-01-01", "--source", "fuzz"]
    code, _ = run_cli(args)
    if code == 0:
        run_cli(["costdb", "show", f"fuzz-{folder.name}", "--format", "json"])


def _dxf_seed() -> bytes:
    import io

    import ezdxf

    doc = ezdxf.new("R2013", units=6)
    msp = doc.modelspace()
    msp.add_lwpolyline([(0, 0), (12, 0), (12, 16), (0, 16)], close=True, dxfattribs={"layer": "PLOTS"})
    msp.add_lwpolyline([(2, 2), (8, 2), (8, 9), (2, 9)], close=True, dxfattribs={"layer": "BUILDINGS"})
    msp.add_circle((30, 30), 1.5, dxfattribs={"layer": "TAPS"})
    msp.add_line((0, -3), (40, -3), dxfattribs={"layer": "ROADS"})
    buf = io.StringIO()
    doc.write(buf)
    return buf.getvalue().encode("utf-8")


@FUZZ
@given(data=mutated(_dxf_seed()))
def test_import_base_of_a_mutated_dxf(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("d")
    src = folder / "survey.dxf"
    src.write_bytes(data)
    project = folder / "p.jamii"
    run_cli(["import-base", str(project), "--from", str(src), "--crs", "EPSG:32737"], project=project)


GEOJSON = (
    b'{"type":"FeatureCollection","features":['
    b'{"type":"Feature","properties":{"kind":"plot","number":"1"},"geometry":{"type":"Polygon",'
    b'"coordinates":[[[36.8160,-1.3020],[36.8162,-1.3020],[36.8162,-1.3018],[36.8160,-1.3018],[36.8160,-1.3020]]]}},'
    b'{"type":"Feature","properties":{"kind":"water_point"},"geometry":{"type":"Point","coordinates":[36.8161,-1.3019]}}'
    b"]}"
)


@FUZZ
@given(data=mutated(GEOJSON))
def test_import_base_of_a_mutated_geojson(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("g")
    src = folder / "survey.geojson"
    src.write_bytes(data)
    project = folder / "p.jamii"
    run_cli(["import-base", str(project), "--from", str(src)], project=project)


def _standards_seed() -> bytes:
    from designer.resources import resource_path

    return (resource_path("standards") / "sphere-2018.toml").read_bytes()


@FUZZ
@given(data=mutated(_standards_seed()))
def test_check_with_a_mutated_rule_pack(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("s")
    project = _project(folder)
    pack = folder / "pack.toml"
    pack.write_bytes(data)
    run_cli(["check", str(project), "--standard", str(pack)], project=project)


def _house_seed() -> bytes:
    from designer.resources import resource_path

    return sorted((resource_path("house_types")).glob("*.toml"))[0].read_bytes()


@FUZZ
@given(data=mutated(_house_seed()))
def test_house_add_of_a_mutated_house_type(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("t")
    project = _project(folder)
    toml = folder / "type.toml"
    toml.write_bytes(data)
    run_cli(["house", "add", str(project), str(toml)], project=project)


def _profile_seed() -> bytes:
    from designer.resources import resource_path

    return (resource_path("layers") / "jamii-ncs.toml").read_bytes()


@FUZZ
@given(data=mutated(_profile_seed()))
def test_export_with_a_mutated_layer_profile(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("l")
    project = _project(folder)
    profile = folder / "profile.toml"
    profile.write_bytes(data)
    out = folder / "out"
    out.mkdir()
    run_cli(
        ["export", str(project), "--dxf", str(out / "plan.dxf"), "--layer-profile", str(profile)],
        project=project,
    )


def _cost_xlsx_seed() -> bytes:
    import csv
    import io

    from openpyxl import Workbook

    wb = Workbook()
    for row in csv.reader(io.StringIO(COST_CSV.decode())):
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@FUZZ
@given(data=mutated(_cost_xlsx_seed()))
def test_costdb_import_of_a_mutated_workbook(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("x")
    src = folder / "schedule.xlsx"
    src.write_bytes(data)
    args = ["costdb", "import", str(src), "--name", f"fuzzx-{folder.name}", "--currency", "KES"]
    run_cli([*args, "--region", "base", "--price-base", "2026-01-01", "--source", "fuzz"])


def _png_seed() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 180, 120)).save(buf, format="PNG")
    return buf.getvalue()


@FUZZ
@given(data=mutated(_png_seed()))
def test_import_base_of_a_mutated_image(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("i")
    project = _project(folder)
    src = folder / "photo.png"
    src.write_bytes(data)
    refs = ["--ref1", "0,0=0,0", "--ref2", "60,0", "--distance-m", "30"]
    run_cli(["import-base", str(project), "--from", str(src), *refs], project=project)


MAPPING = b'source = "plain"\nmax_precision_m = 10.0\n[columns]\nhousehold_id = "household_id"\nsize_persons = "size"\n'


@FUZZ
@given(data=mutated(MAPPING))
def test_households_import_with_a_mutated_mapping(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("m")
    project = _project(folder)
    mapping = folder / "map.toml"
    mapping.write_bytes(data)
    survey = HOUSEHOLDS / "plain_households.csv"
    run_cli(["households", "import", str(project), str(survey), "--mapping", str(mapping)], project=project)


@settings(FUZZ, max_examples=min(FUZZ_EXAMPLES, 60))  # a 4 MB schedule per case: fewer cases
@given(data=st.data())
def test_costdb_import_of_a_mutated_eproj(tmp_path_factory, shared_data, data):
    seed = (shared_data / "cost-cpwd-dsr2016" / "DSR2016_civil.eproj").read_bytes()
    folder = tmp_path_factory.mktemp("e")
    src = folder / "schedule.eproj"
    src.write_bytes(data.draw(mutated(seed)))
    args = ["costdb", "import", str(src), "--name", f"fuzze-{folder.name}"]
    run_cli(args)
