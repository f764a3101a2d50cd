"""python-stdnum trimmed to what the runtime can reach: its modules and data files, found from the sources.

python-stdnum ships validators for ~300 number formats of every country and their databases (`*.dat`: MAC vendors,
Chinese and Indonesian birthplaces, IMSI operators, NACE codes...): about 1.6 MB of the package zipped, while the
runtime imports some thirty validators. The package keeps only what the runtime's imports reach (`reachable`):
- the roots: every `stdnum` module the runtime's sources import (`import stdnum.x`, `from stdnum.x import y`,
  `from stdnum import x`), read with `ast`;
- their closure: every module a kept module imports (absolute or relative), the `__init__` of every package on the
  way, the country modules a kept module looks up by name (`get_cc_module(cc, "iban")` -> every `stdnum/*/iban.py`,
  since any country's code can come in), and the databases it opens (`numdb.get("be/banks")`); a module that opens
  a database by a computed name keeps every database of its own package.
A module nothing reaches cannot be imported by the runtime, so dropping it changes nothing the function does;
`tests/unit/components/test_package_trim.py` checks that every stdnum module and database the detectors load on
the privacy corpora is kept. Everything else of the distribution (`py.typed`, its metadata) ships as it is.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from typing import Final

__all__ = ["TRIMMED_PACKAGE", "reachable", "trimmed"]

#: The top-level package trimmed to what the runtime reaches.
TRIMMED_PACKAGE: Final = "stdnum"
#: Calls whose string argument names a database (`numdb.get("be/banks")`) or a country module (`get_cc_module`).
_DATABASE_OPENERS: Final = frozenset({"numdb.get"})
_COUNTRY_LOOKUPS: Final = frozenset({"get_cc_module", "util.get_cc_module"})


def _module_names(files: Iterable[str]) -> dict[str, str]:
    """Dotted module name -> archive name, for the package's `.py` files."""
    modules: dict[str, str] = {}
    for name in files:
        if name.startswith(f"{TRIMMED_PACKAGE}/") and name.endswith(".py"):
            dotted = name[: -len(".py")].replace("/", ".")
            modules[dotted.removesuffix(".__init__")] = name
    return modules


def _imported(tree: ast.AST, package: str) -> set[str]:
    """Dotted names a module imports (each `from x import y` also as `x.y`); `package` resolves relative imports."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name == TRIMMED_PACKAGE or name.startswith(f"{TRIMMED_PACKAGE}.")}


def _call_name(function: ast.expr) -> str:
    """`numdb.get` for `numdb.get(...)`, `get_cc_module` for `get_cc_module(...)`."""
    if isinstance(function, ast.Attribute):
        return f"{_call_name(function.value)}.{function.attr}"
    return function.id if isinstance(function, ast.Name) else ""


def _called(tree: ast.AST, names: frozenset[str], argument: int) -> tuple[set[str], bool]:
    """The string literals passed as argument `argument` to calls of `names`; True when one was not a literal."""
    literals: set[str] = set()
    computed = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and len(node.args) > argument and _call_name(node.func) in names:
            value = node.args[argument]
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                literals.add(value.value)
            else:
                computed = True
    return literals, computed


def _with_parents(module: str, modules: Mapping[str, str]) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts) + 1) if ".".join(parts[:end]) in modules]


def reachable(runtime_sources: Mapping[str, bytes], files: Mapping[str, bytes]) -> set[str]:
    """The archive names of the trimmed package's modules and databases that the runtime's sources can reach."""
    modules = _module_names(files)
    pending = [
        module
        for source in runtime_sources.values()
        for module in _imported(ast.parse(source), "")
        if module in modules
    ]
    kept_modules: set[str] = set()
    kept: set[str] = set()
    while pending:
        module = pending.pop()
        for name in _with_parents(module, modules):
            if name in kept_modules:
                continue
            kept_modules.add(name)
            path = modules[name]
            kept.add(path)
            package = name if path.endswith("/__init__.py") else name.rpartition(".")[0]
            tree = ast.parse(files[path])
            pending.extend(imported for imported in _imported(tree, package) if imported in modules)
            looked_up, _ = _called(tree, _COUNTRY_LOOKUPS, 1)
            countries = (other for other in modules if other.count(".") == 2)
            pending.extend(other for other in countries if other.rpartition(".")[2] in looked_up)
            databases, computed = _called(tree, _DATABASE_OPENERS, 0)
            kept.update(f"{TRIMMED_PACKAGE}/{database}.dat" for database in databases)
            if computed:
                folder = path.rpartition("/")[0] + "/"
                kept.update(other for other in files if other.endswith(".dat") and other.startswith(folder))
    return kept


def trimmed(runtime_sources: Mapping[str, bytes], files: Mapping[str, bytes]) -> set[str]:
    """The archive names of the trimmed package's `.py` and `.dat` files the package drops."""
    kept = reachable(runtime_sources, files)
    return {
        name
        for name in files
        if name.startswith(f"{TRIMMED_PACKAGE}/") and name.endswith((".py", ".dat")) and name not in kept
    }
