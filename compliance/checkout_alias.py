"""The installed library's names in a checkout: `sovereign_chat.components.x` is the checkout's `components.x` (the
same module object), likewise `compliance` and `runtime`.

The wheel holds real subpackages with rewritten imports (setup.py); in a checkout, this alias lets a program written
as a platform team writes it (the examples) run against the checkout's modules: the offline runner
(`compliance/offline_run.py`) and the example tests use it. It cannot show packaging mistakes (a file missing
from the wheel, an import the rewrite missed): tests/unit/sovereign_chat/test_install.py installs the real package
and runs an example against it. Installed, the library has the real names and needs no alias (`IN_CHECKOUT`).
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType

__all__ = ["IN_CHECKOUT", "CheckoutAlias", "checkout_as_library"]

PACKAGES = ("components", "compliance", "runtime")
PREFIX = "sovereign_chat."
#: True when this module is the checkout's (`compliance.checkout_alias`), not the installed library's.
IN_CHECKOUT = not __name__.startswith(PREFIX)


class _AliasLoader(importlib.abc.Loader):
    """Loads an aliased name as the checkout's module of the same name."""

    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        """The checkout's module itself."""
        return importlib.import_module(self.target)

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the checkout's module is already imported."""


class CheckoutAlias(importlib.abc.MetaPathFinder):
    """Finds `sovereign_chat.<package>...` as the checkout's top-level module of the same name."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        """A spec for `sovereign_chat.<package>...` names, None for every other name."""
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
