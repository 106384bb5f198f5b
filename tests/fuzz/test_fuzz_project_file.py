"""Fuzz the project loader: every mutated project file is read or refused in one line, never a traceback."""

from __future__ import annotations

import orjson
from hypothesis import given

from designer.io.project_file import document_to_bytes
from tests.fuzz.helpers import FUZZ, mutated, mutated_json, run_cli
from tests.io.drawing_fixtures import small_settlement

SEED = document_to_bytes(small_settlement())


@FUZZ
@given(data=mutated(SEED))
def test_info_and_check_on_a_mutated_project(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("p")
    path = folder / "p.jamii"
    path.write_bytes(data)
    code, _ = run_cli(["info", str(path)], project=path)
    if code == 0:
        run_cli(["check", str(path)], project=path)
        run_cli(["compare", str(path), "--format", "json"], project=path)


@FUZZ
@given(data=mutated_json(orjson.loads(SEED)))
def test_commands_on_a_project_with_hostile_values(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("p")
    path = folder / "p.jamii"
    path.write_bytes(data)
    code, _ = run_cli(["info", str(path)], project=path)
    if code == 0:
        run_cli(["check", str(path)], project=path)
        run_cli(["compare", str(path), "--format", "json"], project=path)
        run_cli(["export", str(path), "--option", "opt-a", "--csv", str(folder / "bill.csv")], project=path)
