"""Test harness: run the real `__main__.py` for a stack under Pulumi mocks and inspect what it declared.

Thin layer over `compliance/offline_engine.py` (which the offline compliance review uses too), plus helpers for
assertions. Each call is an independent run; many runs share one pytest process.

    run = run_stack("eu")                                   # Pulumi.eu.yaml as is
    run = run_stack("eu", {"sovereign-chat:bedrock.region": "eu-west-2"})   # a broken variant
    run.one("aws:lambda/functionUrl:FunctionUrl").inputs["authorizationType"]
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

from compliance.offline_engine import (
    DELETE,
    ProgramRun,
    RecordedResource,
    load_stack_file,
    run_program,
    stack_names,
)

__all__ = [
    "DELETE",
    "ProgramRun",
    "RecordedResource",
    "cached_run",
    "load_stack_file",
    "parse_policy",
    "run_stack",
    "stack_names",
]


def run_stack(stack: str, overrides: Mapping[str, Any] | None = None, **kwargs: Any) -> ProgramRun:
    """Run the program for `stack` (with optional config overrides) under mocks."""
    return run_program(stack, overrides, **kwargs)


@functools.cache
def cached_run(stack: str) -> ProgramRun:
    """The unmodified stack's run, computed once per test session (do not mutate the result)."""
    return run_program(stack)


def parse_policy(document: Any) -> dict[str, Any]:
    """An IAM/bucket policy input (JSON text or dict) as a dict with `Statement` always a list."""
    policy = json.loads(document) if isinstance(document, str) else dict(document)
    statements = policy.get("Statement", [])
    policy["Statement"] = statements if isinstance(statements, list) else [statements]
    return policy
