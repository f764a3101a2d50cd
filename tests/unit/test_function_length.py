"""No function of the deployed code, the components, the review or the local stack is longer than 80 lines.

A long function is read as a list of steps: it should call them. Lines are counted from the `def` (or its first
decorator) to the function's last line, docstring and comments included; a nested function counts on its own
and inside the function that holds it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKED_TREES = ("components", "compliance", "runtime", "devstack")
MAX_LINES = 80


def function_lengths(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, int]]:
    """(qualified name, length in lines) of every function in `tree`, methods and nested functions included."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.ClassDef):
            yield from function_lengths(node, f"{prefix}{node.name}.")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
            yield f"{prefix}{node.name}", (node.end_lineno or node.lineno) - first + 1
            yield from function_lengths(node, f"{prefix}{node.name}.")
        else:
            yield from function_lengths(node, prefix)


def checked_functions() -> dict[str, int]:
    """`path::qualified name` -> length of every function in the checked trees."""
    found: dict[str, int] = {}
    for tree in CHECKED_TREES:
        for path in sorted((ROOT / tree).rglob("*.py")):
            module = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            relative = path.relative_to(ROOT).as_posix()
            found.update({f"{relative}::{name}": lines for name, lines in function_lengths(module)})
    return found


def test_no_function_is_longer_than_the_limit() -> None:
    too_long = {name: lines for name, lines in checked_functions().items() if lines > MAX_LINES}
    assert too_long == {}, f"functions over {MAX_LINES} lines: split them into steps"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n    return 1\n", {"f": 2}),
        ("class C:\n    @property\n    def p(self):\n        return 1\n", {"C.p": 3}),
        ("def outer():\n    def inner():\n        pass\n    return inner\n", {"outer": 4, "outer.inner": 2}),
        ("if True:\n    async def g():\n        pass\n", {"g": 2}),
    ],
)
def test_lengths_count_every_function_from_its_first_decorator(source: str, expected: dict[str, int]) -> None:
    assert dict(function_lengths(ast.parse(source))) == expected
