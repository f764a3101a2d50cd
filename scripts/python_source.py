"""Parse Python source into an AST safely inside a long-lived process such as the test run.

CPython 3.11 keeps one module-wide recursion counter while it builds the `ast` objects of a parse. When the
garbage collector runs in the middle of that (it can: every AST node is an allocation) and a finalizer parses
again (e.g. asyncio logging a "Future exception was never retrieved" formats a traceback, and 3.11's traceback
module calls `ast.parse` for its carets), the outer parse ends with `SystemError: AST constructor recursion depth
mismatch` (python/cpython#106905 and its neighbours; fixed in later Pythons). Pausing the collector for the parse
keeps finalizers out of it; the parse itself is unchanged.
"""

from __future__ import annotations

import ast
import gc
from pathlib import Path


def parse_python(source: str, filename: str = "<unknown>") -> ast.Module:
    """`ast.parse(source)` with the garbage collector paused (restored as it was) for the parse."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return ast.parse(source, filename=filename)
    finally:
        if was_enabled:
            gc.enable()


def parse_file(path: Path) -> ast.Module:
    """The AST of a UTF-8 Python file, parsed as `parse_python` does."""
    return parse_python(path.read_text(encoding="utf-8"), filename=str(path))
