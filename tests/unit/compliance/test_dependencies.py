"""Layering: the compliance review builds on components/, never the other way round, and never on runtime/ or
devstack/ (it reviews what is declared, through the components' own helpers)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
FIRST_PARTY = ("compliance", "components", "runtime", "devstack", "policy", "tests")


def _imported_modules(path: Path, root: Path = REPO) -> Iterator[str]:
    """Every module an import statement of `path` names (absolute names; relative imports resolved)."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base]) if base else ".".join(parent)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _first_party_imports(package: str, root: Path = REPO) -> dict[str, set[str]]:
    """For each module file under `package`: the first-party top-level packages it imports."""
    found: dict[str, set[str]] = {}
    for path in sorted((root / package).rglob("*.py")):
        tops = {name.split(".")[0] for name in _imported_modules(path, root)}
        found[str(path.relative_to(root))] = {top for top in tops if top in FIRST_PARTY}
    return found


def test_components_never_import_compliance():
    offenders = {module: tops for module, tops in _first_party_imports("components").items() if "compliance" in tops}
    assert offenders == {}


#: The operator's erasure command acts on the stack's data with the runtime's own shapes (not a review).
ACTS_ON_DATA = "compliance/erasure/"


def test_compliance_imports_only_itself_and_components():
    offenders = {
        module: tops - {"compliance", "components"}
        for module, tops in _first_party_imports("compliance").items()
        if tops - {"compliance", "components"} and not module.startswith(ACTS_ON_DATA)
    }
    assert offenders == {}


def test_the_policy_pack_imports_the_rules_not_the_review():
    imported = set(_imported_modules(REPO / "policy" / "__main__.py"))
    assert "compliance.rules" in imported
    assert not any(name.startswith("compliance.review") for name in imported)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import runtime.settings\n", {"runtime"}),
        ("from devstack.launcher import LocalStack\n", {"devstack"}),
        ("from . import records\n", {"compliance"}),
        ("import json\nfrom typing import Any\n", set()),
    ],
)
def test_the_scan_sees_each_kind_of_import(tmp_path: Path, source: str, expected: set[str]) -> None:
    package = tmp_path / "compliance" / "rules"
    package.mkdir(parents=True)
    (package / "probe.py").write_text(source, encoding="utf-8")
    assert _first_party_imports("compliance", tmp_path) == {"compliance/rules/probe.py": expected}
