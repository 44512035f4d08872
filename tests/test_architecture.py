"""The layers hold: only the TUI imports Textual, and no module imports itself by a detour.

Both are read from the source with `ast`, every import counted: at the top of a module, inside
a function, or under `TYPE_CHECKING` (a cycle needed only for types is still a cycle).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from sample_paths import ROOT

SRC = ROOT / "src"
PACKAGE = SRC / "reeltui"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str) -> Iterator[str]:
    """Every module name imported by module `name`, as written (absolute)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            for alias in node.names:
                yield f"{base}.{alias.name}"


def _edges(name: str) -> set[str]:
    """The reeltui modules that module `name` imports (a name imported from a module counts
    as that module, a submodule imported from a package as the submodule)."""
    return {target for target in _imports(name) if target in MODULES and target != name}


def test_only_the_tui_imports_textual() -> None:
    offenders = sorted(
        name
        for name in MODULES
        if not name.startswith("reeltui.tui")
        for target in _imports(name)
        if target == "textual" or target.startswith("textual.")
    )
    assert not offenders, f"outside reeltui.tui, these import Textual: {offenders}"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_through_others() -> None:
    graph = {name: _edges(name) for name in MODULES}
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    cycles = _cycles(graph)
    assert not cycles, f"import cycles: {cycles}"
