"""The GUI and canvas packages import each other in one direction only (no import circles).

Read from the real import graph (grimp, which import-linter uses), counting imports inside
functions and under ``TYPE_CHECKING`` too: a dock that names ``MainWindow`` only for its type
still ties the window and the dock into one circle.
"""

from __future__ import annotations

import grimp


def strongly_connected(graph: grimp.ImportGraph, prefixes: tuple[str, ...]) -> list[list[str]]:
    """Return the import circles (strongly connected groups of two or more) among ``prefixes`` modules."""
    modules = sorted(m for m in graph.modules if m.startswith(prefixes))
    edges = {
        m: sorted(x for x in graph.find_modules_directly_imported_by(m) if x.startswith(prefixes))
        for m in modules
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's algorithm
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for m in modules:
        if m not in index:
            visit(m)
    return circles


def test_the_circle_finder_sees_a_circle():
    graph = grimp.ImportGraph()
    for name in ("pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    assert strongly_connected(graph, ("pkg",)) == [["pkg.a", "pkg.b"]]


def test_no_import_circle_inside_gui_and_canvas():
    graph = grimp.build_graph("designer", exclude_type_checking_imports=False, cache_dir=None)
    assert strongly_connected(graph, ("designer.gui", "designer.canvas")) == []
