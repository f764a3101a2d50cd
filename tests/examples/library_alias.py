"""TEST STAND-IN for the installed library's layout in a checkout: `sovereign_chat.components.x` is the checkout's
`components.x` (the same module object), likewise `compliance` and `runtime`.

The wheel holds real subpackages with rewritten imports (setup.py); this alias only lets the examples, written as a
consumer writes them, run in the checkout's environment. It cannot show packaging mistakes (a file missing from
the wheel, an import the rewrite missed): tests/unit/sovereign_chat/test_install.py installs the real package and
runs an example against it.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType

PACKAGES = ("components", "compliance", "runtime")
PREFIX = "sovereign_chat."


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(self.target)

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the checkout's module is already imported."""


class CheckoutAlias(importlib.abc.MetaPathFinder):
    """Finds `sovereign_chat.<package>...` as the checkout's top-level module of the same name."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(PREFIX) or fullname[len(PREFIX) :].split(".")[0] not in PACKAGES:
            return None
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(fullname[len(PREFIX) :]))


@contextmanager
def checkout_as_library() -> Iterator[None]:
    """Install the alias for the duration of the block (aliased modules stay importable afterwards)."""
    finder = CheckoutAlias()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
