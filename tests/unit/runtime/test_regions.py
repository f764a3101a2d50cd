"""runtime.regions: the one AWS region-name pattern, shared by the runtime, the components and the compliance."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from runtime import regions
from runtime.regions import (
    NOT_A_REGION,
    NOT_OFFERING_COMPREHEND,
    OUTSIDE,
    function_placements,
    is_region_name,
    misplaced,
)

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


def test_a_function_sends_data_to_its_home_bedrock_comprehend_when_on_and_each_tool() -> None:
    placements = function_placements("eu-west-3", "eu-central-1", "eu-west-1", [("lookup", "eu-west-3")])
    assert [(p.field, p.region, p.tool) for p in placements] == [
        ("home_region", "eu-west-3", ""),
        ("bedrock_region", "eu-central-1", ""),
        ("comprehend_region", "eu-west-1", ""),
        ("tools_lambda", "eu-west-3", "lookup"),
    ]
    assert [p.field for p in function_placements("eu-west-3", "eu-west-3", None)] == ["home_region", "bedrock_region"]


def test_misplaced_says_why_and_checks_comprehend_only_when_its_regions_are_known() -> None:
    placements = function_placements("europe", "us-east-1", "eu-west-3", [("lookup", "eu-west-1")])
    allowed = {"eu-west-1", "eu-west-3"}
    assert [(m.placement.field, m.reason) for m in misplaced(placements, allowed)] == [
        ("home_region", NOT_A_REGION),
        ("bedrock_region", OUTSIDE),
    ]
    wrong = misplaced(placements, allowed, comprehend_regions={"eu-west-1"})
    assert (wrong[-1].placement.field, wrong[-1].reason) == ("comprehend_region", NOT_OFFERING_COMPREHEND)
    assert misplaced(function_placements("eu-west-1", "eu-west-1", "eu-west-1"), allowed, {"eu-west-1"}) == []
