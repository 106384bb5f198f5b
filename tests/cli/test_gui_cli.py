"""`jamii gui [FILE] [--workshop] [--screenshot OUT.png]` run as a user would, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui


def run_jamii(*args: str, tmp_path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    return subprocess.run(
        [sys.executable, "-m", "designer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )


def _image_stats(path):
    from PySide6.QtGui import QImage

    img = QImage(str(path))
    colours = {img.pixel(x, y) for x in range(0, img.width(), 37) for y in range(0, img.height(), 37)}
    return img.width(), img.height(), len(colours)


def test_screenshot_of_the_sample_shows_a_drawn_plan(tmp_path, qapp):
    out = tmp_path / "designer.png"
    result = run_jamii("gui", "--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    width, height, colours = _image_stats(out)
    assert (width, height) == (1600, 1000)
    assert colours > 20  # a drawn plan and docks, not an empty grey window


def test_workshop_screenshot_on_an_option(tmp_path, qapp):
    out = tmp_path / "workshop.png"
    result = run_jamii("gui", "--workshop", "--option", "opt-a", "--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _image_stats(out)[2] > 20


def test_bad_file_is_one_line_and_exit_code_2(tmp_path):
    bad = tmp_path / "broken.jamii"
    bad.write_text("{", encoding="utf-8")
    result = run_jamii("gui", str(bad), "--screenshot", str(tmp_path / "x.png"), tmp_path=tmp_path)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("jamii: error:")]
    assert len(errors) == 1
    assert "broken.jamii" in errors[0]
    assert "Traceback" not in result.stderr


def test_jamii_without_a_command_opens_the_designer_on_the_sample(monkeypatch):
    import designer.gui.app as app
    from designer.cli import main

    calls = []
    monkeypatch.setattr(
        app,
        "run_gui",
        lambda path, workshop=False, screenshot=None, option=None: calls.append((path, workshop)) or 0,
    )
    assert main([]) == 0
    assert calls == [(None, False)]
    assert main(["gui", "x.jamii", "--workshop"]) == 0
    assert calls[-1] == ("x.jamii", True)


def test_unknown_option_is_one_line(tmp_path):
    result = run_jamii("gui", "--option", "nope", "--screenshot", str(tmp_path / "x.png"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "no option 'nope'" in result.stderr
    assert "Traceback" not in result.stderr
