"""Keep a finalizer's `ast.parse` out of another `ast.parse` in the test process (CPython 3.11 only).

CPython 3.11 keeps one module-wide recursion counter while it builds a parse's `ast` objects. When the garbage
collector runs inside that work and a finalizer parses too (asyncio logging a "Future exception was never
retrieved" formats its traceback, and 3.11's traceback module calls `ast.parse` for its carets), the outer parse
fails with `SystemError: AST constructor recursion depth mismatch` (python/cpython#106905 and neighbours; gone in
3.12). The outer parse may be anyone's: pytest rewriting a module's asserts on a lazy import, a test reading sources.
No Python code runs inside a parse except such finalizers, so a parse that starts while another is under way on the
same thread is one of them: it gets a `SyntaxError` (the traceback module then prints no carets) and the outer
parse finishes untouched.
"""

from __future__ import annotations

import ast
import sys
import threading
from typing import Any

_ORIGINAL_PARSE = ast.parse
_state = threading.local()


def _guarded_parse(source: Any, *args: Any, **kwargs: Any) -> Any:
    """`ast.parse`, refusing to run inside another parse on the same thread."""
    if getattr(_state, "parsing", False):
        raise SyntaxError("ast.parse inside another ast.parse (a finalizer during a parse) is skipped")
    _state.parsing = True
    try:
        return _ORIGINAL_PARSE(source, *args, **kwargs)
    finally:
        _state.parsing = False


def install() -> bool:
    """Guard `ast.parse` on the interpreters that need it; whether the guard is in place."""
    if sys.version_info >= (3, 12):
        return False
    ast.parse = _guarded_parse
    return True
