"""Shared helpers of the compliance tests: records of each stack's offline run (cached) and mutable copies."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable
from typing import Any

from compliance.review_records import records_from_run
from compliance.rules import ResourceRecord, RuleContext
from components.residency import ZONES
from tests.pulumi_harness import cached_run


@functools.cache
def stack_records(stack: str) -> tuple[ResourceRecord, ...]:
    """The records of the unmodified stack (never mutate: use `broken_copy`)."""
    return tuple(records_from_run(cached_run(stack)))


def context(stack: str) -> RuleContext:
    """The rule context of a stack's own zone (the stack name is its zone in this repository)."""
    return RuleContext(zone=ZONES[cached_run(stack).config["sovereign-chat:residencyZone"]])


def broken_copy(stack: str, name: str, mutate: Callable[[dict[str, Any]], None]) -> list[ResourceRecord]:
    """A deep copy of the stack's records in which resource `name` had its inputs changed by `mutate`."""
    records = []
    found = False
    for record in stack_records(stack):
        inputs = copy.deepcopy(dict(record.inputs))
        if record.name == name:
            mutate(inputs)
            found = True
        records.append(
            ResourceRecord(record.type, record.name, inputs, record.provider_region, record.urn, dict(record.refs))
        )
    assert found, f"no resource {name!r} in stack {stack}"
    return records


def edit_policy(inputs: dict[str, Any], change: Callable[[list[dict[str, Any]]], None]) -> None:
    """Change the statements of a JSON policy document input (`policy`) in place."""
    document = json.loads(inputs["policy"])
    change(document["Statement"])
    inputs["policy"] = json.dumps(document)


def statement(statements: list[dict[str, Any]], sid: str) -> dict[str, Any]:
    """The statement with this Sid."""
    return next(s for s in statements if s.get("Sid") == sid)
