"""Existing stacks keep their URNs: a `pulumi up` after a refactor must replace nothing.

`tests/fixtures/urns/<stack>.json` holds the URNs recorded under mocks before the code moved; every stack file
must still declare all of those (a rename needs an alias, and then the old URN goes in the alias list). New
resources may be added (a new page file, a new object): they replace nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.pulumi_harness import cached_run, stack_names

RECORDED = Path(__file__).resolve().parent.parent / "fixtures" / "urns"


@pytest.mark.parametrize("stack", stack_names())
def test_every_stack_still_declares_every_recorded_urn(stack: str) -> None:
    recorded = set(json.loads((RECORDED / f"{stack}.json").read_text(encoding="utf-8")))
    declared = {resource.urn for resource in cached_run(stack).resources}
    assert recorded - declared == set(), "resources that would be deleted or replaced (renamed without an alias)"
    assert len(declared) == len(cached_run(stack).resources), "two resources share a URN"


def test_every_stack_file_has_a_recording() -> None:
    assert {p.stem for p in RECORDED.glob("*.json")} == set(stack_names())
