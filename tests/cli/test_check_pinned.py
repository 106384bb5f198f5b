"""`jamii check --format json` gives the same bytes as before its start-up, load and output were made fast.

The pinned outputs in tests/data/check/ were written by the command as it was before that work (commit
8dac012): the bundled sample (existing conditions and option A, with the pressure check) and a 300-plot
synthetic settlement (benchmarks/synthetic.py, with a supply point so the pressure runs). A change of the
check's *results* is a change of these files: regenerate them with ``JAMII_WRITE_PINS=1`` and say why in
the commit.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import main
from designer.io.project_file import save_project
from designer.resources import sample_project_path

PINS = Path(__file__).resolve().parent.parent / "data" / "check"
WRITE = os.environ.get("JAMII_WRITE_PINS") == "1"


def _synthetic_300(tmp_path: Path) -> Path:
    from benchmarks.synthetic import OPTION_ID, make_settlement
    from designer.model import SupplyPoint, WaterMain
    from designer.model.commands import AddRecord

    doc = make_settlement(300, households=True)
    first_main = sorted(doc.of_type(WaterMain), key=lambda m: m.id)[0]
    AddRecord(SupplyPoint(id="sup-pin", scope=OPTION_ID, position=first_main.route[0], head_m=25.0)).do(doc)
    path = tmp_path / "synthetic-300.jamii"
    save_project(doc, path)
    return path


def _compare(name: str, text: str) -> None:
    pin = PINS / f"{name}.json.gz"
    if WRITE:
        pin.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    expected = gzip.decompress(pin.read_bytes()).decode("utf-8")
    if text != expected:
        first = next(i for i, (a, b) in enumerate(zip(text, expected, strict=False)) if a != b)
        line = text.count("\n", 0, first) + 1
        pytest.fail(
            f"{name}: the JSON differs from the pin from line {line} (lengths {len(text)} / {len(expected)})"
        )


@pytest.mark.parametrize(
    ("name", "option"),
    [("sample-existing", None), ("sample-opt-a", "opt-a")],
)
def test_sample_check_json_is_unchanged(name, option, capsys):
    args = ["check", str(sample_project_path()), "--format", "json"]
    if option:
        args += ["--option", option]
    assert main(args) == 0
    _compare(name, capsys.readouterr().out)


def test_synthetic_300_check_json_is_unchanged_from_the_command_line(tmp_path):
    path = _synthetic_300(tmp_path)
    cmd = [sys.executable, "-m", "designer", "check", str(path), "--option", "opt-synth", "--format", "json"]
    done = subprocess.run(cmd, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    _compare("synthetic-300-opt-synth", done.stdout.decode("utf-8"))
