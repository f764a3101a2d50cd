"""runtime.tools.schema: tool input checked against the tool's JSON schema, messages without the values."""

from __future__ import annotations

from typing import Any

import pytest

from runtime.tools.loan_calculator import SPEC
from runtime.tools.schema import SchemaError, input_check

CHECK = input_check(SPEC.input_schema)


def test_valid_input_passes() -> None:
    assert CHECK({"principal": 150000, "annualRatePercent": 3.5, "years": 30, "upfrontFees": 0}) is None


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ({"principal": "PT50 0002 0123", "annualRatePercent": 3, "years": 3}, "data.principal must be number"),
        ({"principal": 1, "annualRatePercent": 3, "years": 3.5}, "data.years must be integer"),
        ({"principal": 1, "annualRatePercent": 3}, "years"),
        ({"principal": -1, "annualRatePercent": 3, "years": 3}, "data.principal must be bigger than 0"),
        ([], "data must be object"),
    ],
)
def test_invalid_input_is_named_by_field_and_rule(value: Any, fragment: str) -> None:
    problem = CHECK(value)
    assert problem is not None and fragment in problem
    assert "PT50" not in problem


def test_an_invalid_schema_is_refused() -> None:
    with pytest.raises(SchemaError):
        input_check({"type": "no-such-type"})
