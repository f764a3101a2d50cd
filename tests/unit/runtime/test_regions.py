"""runtime.regions: the one AWS region-name pattern, shared by the runtime, the components and the compliance."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from runtime import regions
from runtime.regions import is_region_name

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("name", ["eu-central-1", "ap-southeast-2", "us-gov-west-1", "us-isob-east-1"])
def test_region_codes_are_accepted(name: str) -> None:
    assert is_region_name(name)


@pytest.mark.parametrize("name", ["europe", "EU-CENTRAL-1", "eu-central", "eu-central-12", "", None, 1])
def test_other_values_are_refused(name: object) -> None:
    assert not is_region_name(name)


def _region_patterns(path: Path) -> list[int]:
    """Lines of string constants that look like a region-name regular expression."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and "[a-z]{2}" in node.value
        and node.value.endswith("-\\d$")
    ]


def test_the_pattern_is_declared_once() -> None:
    declaring = Path(regions.__file__).resolve()
    assert _region_patterns(declaring), "the scan would not notice a copy"
    offenders = {
        str(path.relative_to(REPO)): lines
        for package in ("runtime", "components", "compliance", "devstack", "policy")
        for path in sorted((REPO / package).rglob("*.py"))
        if path.resolve() != declaring and (lines := _region_patterns(path))
    }
    assert offenders == {}, "use runtime.regions.REGION_NAME / is_region_name"
