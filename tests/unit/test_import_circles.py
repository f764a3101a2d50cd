"""No two modules of the project import each other, directly or through others.

Every import statement counts, wherever it stands (at the top, inside a function, under `TYPE_CHECKING`): a circle
hidden behind a late import is still two modules that cannot be understood, or moved, one without the other.
`from package import module` depends on that module, not on the package's `__init__`. The one exception is a
module's `if __name__ == "__main__":` block: it runs only when the file is run as a script, as another module
(`__main__`), so what it imports never imports the module back.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED_TREES = ("components", "compliance", "runtime", "devstack", "policy")


def module_name(path: Path) -> str:
    """`components/edge.py` -> `components.edge`; a package's `__init__.py` -> the package."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_main_block(node: ast.stmt) -> bool:
    """`if __name__ == "__main__":` at the top level of a module."""
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
        return False
    test = node.test
    return (
        isinstance(test.left, ast.Name)
        and test.left.id == "__name__"
        and any(isinstance(c, ast.Constant) and c.value == "__main__" for c in test.comparators)
    )


def imported_modules(source: str, known: Iterable[str]) -> set[str]:
    """The modules among `known` that `source` imports."""
    modules = set(known)
    found: set[str] = set()
    tree = ast.parse(source)
    tree.body = [node for node in tree.body if not _is_main_block(node)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & modules
            names_only = len(submodules) < len(node.names)
            found.update(submodules | ({node.module} if names_only else set()))
    return found & modules


def circles(graph: Mapping[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, edges = work[-1]
            step = next(edges, None)
            if step is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = {stack.pop()}
                    while node not in group:
                        group.add(stack.pop())
                    if len(group) > 1:
                        found.append(frozenset(group))
            elif step not in index:
                index[step] = low[step] = len(index)
                stack.append(step)
                work.append((step, iter(sorted(graph[step]))))
            elif step in stack:
                low[node] = min(low[node], index[step])
    return found


def project_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports, for every module of the checked trees."""
    paths = {module_name(p): p for tree in CHECKED_TREES for p in sorted((ROOT / tree).rglob("*.py"))}
    return {name: imported_modules(path.read_text(encoding="utf-8"), paths) - {name} for name, path in paths.items()}


def test_no_module_imports_itself_through_others() -> None:
    assert circles(project_graph()) == []


def test_a_late_or_type_checking_import_still_closes_a_circle() -> None:
    known = ("a", "b", "c", "pkg", "pkg.mod")
    graph = {
        "a": imported_modules("from b import x\n", known),
        "b": imported_modules("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import c\n", known),
        "c": imported_modules("def f():\n    from a import y\n", known),
        "pkg": imported_modules("from pkg.mod import z\n", known),
        "pkg.mod": imported_modules("from pkg import mod\n", known),
        "main": imported_modules("import a\nif __name__ == '__main__':\n    import b\n", known),
    }
    assert circles(graph) == [frozenset({"a", "b", "c"})]
    assert graph["pkg.mod"] == {"pkg.mod"}  # `from pkg import mod` names the module, not the package
    assert graph["main"] == {"a"}  # what a script block imports is not the module's
