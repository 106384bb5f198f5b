"""Architecture checks import-linter cannot make: the core runs without Qt, no project module is imported by a
string, the import graph has no circles, and every CLI command module is registered."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

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


# ----------------------------------------------------------------------------------------- string imports
REPO = Path(__file__).resolve().parent.parent
PROJECT_PACKAGES = ("designer", "costing", "jamii_resources")
STRING_IMPORTERS = {
    ("importlib", "import_module"),
    ("importlib", "__import__"),
    ("builtins", "__import__"),
}


def _call_name(func: ast.expr, aliases: dict[str, str]) -> str:
    """Return the dotted name a call goes to, with `from importlib import x as y` aliases undone."""
    parts = []
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        parts.append(aliases.get(func.id, func.id))
    return ".".join(reversed(parts))


def _string_imports(path: Path, root: Path = REPO) -> list[str]:
    """Return the string imports of one module: importlib.import_module, __import__ and importlib.util
    calls whose module name is a project module or is computed (so nobody can tell)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in ("importlib", "importlib.util", "builtins"):
            for a in node.names:
                aliases[a.asname or a.name] = f"{node.module}.{a.name}"
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.asname and a.name.startswith("importlib"):
                    aliases[a.asname] = a.name
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node.func, aliases)
        is_importer = (
            name == "__import__"
            or tuple(name.rsplit(".", 1)) in STRING_IMPORTERS
            or name.startswith("importlib.util.")
        )
        if not is_importer:
            continue
        arg = node.args[0] if node.args else None
        literal = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
        if literal is None or literal.split(".")[0] in PROJECT_PACKAGES:
            shown = literal if literal is not None else ast.unparse(arg) if arg is not None else ""
            found.append(f"{path.relative_to(root)}:{node.lineno}: {name}({shown!s})")
    return found


def test_no_string_imports_of_project_modules():
    """A module named in a string hides the import from import-linter, mypy and the reader: import it plainly
    (inside a function where start-up time matters)."""
    modules = sorted(p for pkg in ("designer", "costing") for p in (REPO / pkg).rglob("*.py"))
    assert len(modules) > 150
    found = [hit for path in modules for hit in _string_imports(path)]
    assert found == []


def test_the_string_import_check_finds_each_form(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import importlib\n"
        "from importlib import import_module as load\n"
        "import importlib.util\n"
        "importlib.import_module('designer.estimate.pricing')\n"
        "load(f'designer.cli.{name}')\n"
        "__import__('costing.db')\n"
        "importlib.util.find_spec('designer.gui')\n"
        "importlib.import_module('numpy')\n",  # a third-party module: allowed
        encoding="utf-8",
    )
    found = _string_imports(probe, tmp_path)
    assert [f.split(": ", 1)[1] for f in found] == [
        "importlib.import_module(designer.estimate.pricing)",
        "importlib.import_module(f'designer.cli.{name}')",
        "__import__(costing.db)",
        "importlib.util.find_spec(designer.gui)",
    ]


# ------------------------------------------------------------------------------------------ import circles
def _import_graph():
    """Return the import graph of designer and costing as a networkx DiGraph (module -> module it imports).

    Every import the source states is an edge: at module level, inside functions, and under
    ``if TYPE_CHECKING:``. A circle of type-only imports is still two modules that cannot be read or
    changed apart (and a runtime circle the day one import leaves the block); the issue's count of import
    circles includes them.
    """
    import grimp
    import networkx as nx

    graph = grimp.build_graph("designer", "costing", cache_dir=None)
    g = nx.DiGraph()
    for module in graph.modules:
        g.add_node(module)
        for imported in graph.find_modules_directly_imported_by(module):
            g.add_edge(module, imported)
    return g


def test_no_import_circles():
    import networkx as nx

    g = _import_graph()
    assert g.number_of_edges() > 500
    circles = [c for c in nx.strongly_connected_components(g) if len(c) > 1]
    circles += [{m} for m in g.nodes if g.has_edge(m, m)]
    report = []
    for circle in circles:
        cycle = nx.find_cycle(g.subgraph(circle))
        report.append(" -> ".join([a for a, _ in cycle] + [cycle[0][0]]))
    assert report == [], "import circles:\n" + "\n".join(report)


def test_the_circle_check_sees_a_circle():
    import networkx as nx

    g = _import_graph()
    g.add_edge("designer.model.document", "designer.tools.base")  # model -> tools -> model
    circles = [c for c in nx.strongly_connected_components(g) if len(c) > 1]
    assert any({"designer.model.document", "designer.tools.base"} <= c for c in circles)


def test_every_cli_command_module_is_registered():
    """The CLI lists its command modules in plain imports (no walk over module names): none may be left out."""
    from designer.cli import command_modules

    on_disk = {p.stem for p in (REPO / "designer" / "cli").glob("cmd_*.py")}
    assert {m.__name__.rsplit(".", 1)[1] for m in command_modules()} == on_disk
