"""The test tree stays easy to live in: a test file never imports from another test file or from a conftest.

Shared fixtures live in conftest.py (found by pytest, never imported); shared helpers in plain modules
(e.g. tests/analysis/layouts.py, tests/costing/report_fixtures.py, tests/gui/helpers.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _imported_test_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names]
    return [
        n for n in names if n.startswith("tests.") and n.rsplit(".", 1)[-1].startswith(("test_", "conftest"))
    ]


def test_no_test_file_imports_another_test_file_or_a_conftest():
    offenders = {
        str(p.relative_to(TESTS)): bad
        for p in sorted(TESTS.rglob("*.py"))
        if (bad := _imported_test_modules(p))
    }
    assert offenders == {}
