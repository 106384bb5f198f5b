"""The core runs without Qt: import it in a fresh interpreter where PySide6 cannot be imported."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CORE_MODULES = [
    "costing",
    "designer.model",
    "designer.tools",
    "designer.analysis",
    "designer.io",
    "designer.estimate",
    "designer.render",
    "designer.export",
]


def test_core_imports_with_pyside6_blocked():
    code = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        sys.modules["PySide6"] = None  # any `import PySide6...` now raises ImportError
        for name in {CORE_MODULES!r}:
            pkg = importlib.import_module(name)
            for info in pkgutil.walk_packages(pkg.__path__, name + "."):
                importlib.import_module(info.name)
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_importing_the_model_does_not_load_heavy_libraries():
    code = "import sys, designer.model; print(sorted(m for m in ('ezdxf','reportlab','openpyxl','pyogrio','wntr','scipy','PySide6') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
