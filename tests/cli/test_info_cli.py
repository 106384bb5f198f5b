"""`jamii info` describes a project; bad input gives one readable line and a non-zero exit code."""

from __future__ import annotations

import json
import subprocess
import sys

from designer.cli import main
from designer.resources import sample_project_path


def test_info_json_describes_the_sample(capsys):
    assert main(["info", str(sample_project_path()), "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["project"]["name"] == "Mji wa Tumaini"
    assert info["project"]["crs_epsg"] == 32737
    assert info["existing"]["plot"] >= 80
    assert len(info["options"]) >= 3
    assert info["households"]["count"] > 0


def test_info_text_lists_options(capsys):
    assert main(["info", str(sample_project_path())]) == 0
    out = capsys.readouterr().out
    assert "Mji wa Tumaini" in out and "Yard taps and condominial sewer" in out


def test_bad_file_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "broken.jamii"
    bad.write_text("{not json", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "designer", "info", str(bad)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "broken.jamii" in lines[0] and "not valid JSON" in lines[0]


def test_missing_file_is_one_line(tmp_path, capsys):
    assert main(["info", str(tmp_path / "nope.jamii")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.jamii" in err
