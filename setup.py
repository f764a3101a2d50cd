"""Build the installable library `sovereign_chat` from the checkout (metadata: pyproject.toml).

The checkout keeps its packages top-level (`components/`, `compliance/`, `runtime/`); the wheel puts them under
`sovereign_chat` (setuptools `package_dir` mapping), with the files they read at run time: the chat page (`web/`,
for `Edge`), the pins the Lambda package is built from (`requirements/`), the default prompt and the runtime's
data. The wheel's copies of the sources have their imports rewritten (`scripts/import_rewrite.py`): in
`components/` and `compliance/`, `from components.x` becomes `from sovereign_chat.components.x`; inside `runtime/`
imports become relative, so the same files run as the Lambda package's top-level `runtime`. The checkout's files
are never changed. Editable installs are refused (they would bypass the rewrite): in a checkout, import the
top-level packages.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

from setuptools import setup  # type: ignore[import-untyped]
from setuptools.command.build_py import build_py  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent
LIBRARY = "sovereign_chat"
#: Checkout directories shipped as importable subpackages of the library.
CODE_TREES = ("components", "compliance", "runtime")
#: Checkout directories shipped as files only (read at run time by the components).
DATA_TREES = ("web", "requirements")
_SKIPPED_DIRS = ("__pycache__",)
_SKIPPED_SUFFIXES = (".pyc", ".pyo")


def _rewriter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_rewrite", ROOT / "scripts" / "import_rewrite.py")
    if spec is None or spec.loader is None:
        raise ImportError("scripts/import_rewrite.py is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _directories(tree: str) -> list[Path]:
    base = ROOT / tree
    found = [base]
    for path in sorted(base.rglob("*")):
        parts = path.relative_to(ROOT).parts
        if path.is_dir() and not any(p in _SKIPPED_DIRS or p.startswith(".") for p in parts):
            found.append(path)
    return found


def _package(directory: Path) -> str:
    return ".".join((LIBRARY, *directory.relative_to(ROOT).parts))


def _data_files(directory: Path, *, code: bool) -> list[str]:
    names = []
    for path in sorted(directory.iterdir()):
        if not path.is_file() or path.name.startswith(".") or path.suffix in _SKIPPED_SUFFIXES:
            continue
        if code and path.suffix == ".py":
            continue
        names.append(path.name)
    return names


def layout() -> tuple[list[str], dict[str, str], dict[str, list[str]]]:
    """The wheel's packages, their source directories and their data files."""
    packages = [LIBRARY]
    package_dir = {LIBRARY: LIBRARY}
    package_data: dict[str, list[str]] = {LIBRARY: ["py.typed"]}
    for tree in (*CODE_TREES, *DATA_TREES):
        package_dir[f"{LIBRARY}.{tree}"] = tree
        for directory in _directories(tree):
            name = _package(directory)
            packages.append(name)
            data = _data_files(directory, code=tree in CODE_TREES)
            if data:
                package_data[name] = data
    return packages, package_dir, package_data


class NamespacedBuildPy(build_py):  # type: ignore[misc]
    """`build_py` that rewrites the imports of the wheel's copies (never the checkout's files)."""

    def run(self) -> None:
        """Copy the sources, then rewrite their imports for the `sovereign_chat` layout."""
        if getattr(self, "editable_mode", False):
            raise RuntimeError("editable installs are not supported: in a checkout, import the top-level packages")
        super().run()
        rewriter = _rewriter()
        root = Path(self.build_lib) / LIBRARY
        for tree in CODE_TREES:
            for path in sorted((root / tree).rglob("*.py")):
                source = path.read_text(encoding="utf-8")
                if tree == "runtime":
                    module, is_package = rewriter.module_name(path, root)
                    result = rewriter.relative_imports(source, module, is_package=is_package)
                else:
                    result = rewriter.prefix_imports(source, CODE_TREES, LIBRARY)
                if result != source:
                    # A new file replaces the copy (never write through a link to the checkout's file).
                    temporary = path.with_name(f".{path.name}.rewrite")
                    temporary.write_text(result, encoding="utf-8")
                    os.chmod(temporary, path.stat().st_mode & 0o777)
                    temporary.replace(path)


if __name__ == "__main__":
    _packages, _package_dir, _package_data = layout()
    setup(
        packages=_packages,
        package_dir=_package_dir,
        package_data=_package_data,
        include_package_data=False,
        cmdclass={"build_py": NamespacedBuildPy},
        zip_safe=False,
    )
