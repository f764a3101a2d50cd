"""How a command-line tool of the library names itself: the module the user ran, in this checkout
(`python -m compliance.review`) or installed (`python -m sovereign_chat.compliance.review`), never a literal."""

from __future__ import annotations

from importlib.machinery import ModuleSpec
from pathlib import Path

__all__ = ["module_command"]


def module_command(spec: ModuleSpec | None, argv0: str) -> str:
    """`python -m <module>` for a module run with `-m` or imported (its spec names it as imported), else the
    script as it was started (`argv0`, e.g. `python compliance/review.py`)."""
    if spec is not None and spec.name and spec.name != "__main__":
        return f"python -m {spec.name}"
    return f"python {Path(argv0).as_posix()}" if argv0 else "python"
