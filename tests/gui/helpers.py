"""Helpers for the GUI tests: a small hand-made project, clicking on the plan in metres, forgetting unsaved changes."""

from __future__ import annotations

from designer.model import (
    Building,
    Document,
    Household,
    Option,
    Path,
    Plot,
    ProjectInfo,
    Traffic,
    WaterMain,
)


def forget_changes(w) -> None:
    """Mark a window's project saved so closing it asks nothing (pytest-qt closes test widgets)."""
    w.stack.set_clean()


def click_at(qtbot, window, x_m: float, y_m: float, double: bool = False) -> None:
    """Click the plan at (x_m, y_m) metres, as a user would with the mouse."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    pos = window.view.to_pixels(x_m, y_m)
    QTest.mouseMove(window.view.viewport(), pos)
    if double:
        QTest.mouseDClick(
            window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
        )
    else:
        QTest.mouseClick(
            window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
        )


def make_plan_doc() -> Document:
    """Four 10 m × 15 m plots along a 3 m path, a building, a water main, two households, two options."""
    plots = [
        Plot(
            id=f"plot-{i}",
            outline=((10 * i, 0), (10 * i + 10, 0), (10 * i + 10, 15), (10 * i, 15)),
            number=f"{i + 1}",
        )
        for i in range(4)
    ]
    return Document(
        ProjectInfo(name="Test settlement", currency="KES"),
        [
            *plots,
            Building(id="bldg-0", outline=((2, 2), (8, 2), (8, 9), (2, 9)), plot_id="plot-0"),
            Path(id="path-0", route=((0, 17), (40, 17)), width_m=3.0, traffic=Traffic.LIGHT, name="Lane"),
            WaterMain(id="wm-0", route=((0, 19), (40, 19))),
            Household(id="hh-0", plot_id="plot-0", size_persons=5),
            Household(id="hh-1", plot_id="plot-1", size_persons=3),
            Option(id="opt-a", name="Standpipes", colour="#0072B2"),
            Option(id="opt-b", name="Yard taps", colour="#009E73"),
        ],
    )


def offscreen_screen_config(folder, width_px: int, height_px: int) -> str:
    """Write an offscreen-platform screen of ``width_px`` × ``height_px`` device pixels; return its path.

    Used as ``QT_QPA_PLATFORM=offscreen:configfile=PATH`` by the child processes that run at 2× scale.
    """
    import json
    from pathlib import Path as FilePath

    config = FilePath(folder) / "screen.json"
    screen = {"name": "projector", "x": 0, "y": 0, "width": width_px, "height": height_px}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return str(config)


def child_report(
    script: str, *args: str, cwd, timeout_s: int = 300, env: dict[str, str] | None = None
) -> dict:
    """Run ``tests/gui/SCRIPT ARGS`` in a child Python (a fresh QApplication); return the JSON of its last line.

    Fails the test with the end of the child's stderr when it exits with an error.
    """
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path as FilePath

    repo = FilePath(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(repo / "tests" / "gui" / script), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        env={**os.environ, "PYTHONPATH": str(repo), **(env or {})},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
