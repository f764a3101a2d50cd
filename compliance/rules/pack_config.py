"""How the rules are configured from outside: the policy pack's config schema and the rule context it yields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from compliance.rules import iam_documents as iam
from compliance.rules.records import DEFAULT_SSE_S3_BUCKETS, DEFAULT_ZONE, RuleContext
from components.residency import ZONES as RESIDENCY_ZONES
from components.residency import get_zone

__all__ = ["CONFIG_SCHEMA", "context_from_config"]

#: The policy pack's configuration (JSON schema properties), shared by every policy of the pack.
CONFIG_SCHEMA: Mapping[str, Mapping[str, Any]] = {
    "zone": {
        "type": "string",
        "enum": sorted(RESIDENCY_ZONES),
        "default": DEFAULT_ZONE,
        "description": "Residency zone the stack must stay in (components/residency.py).",
    },
    "sseS3Buckets": {
        "type": "array",
        "items": {"type": "string"},
        "default": list(DEFAULT_SSE_S3_BUCKETS),
        "description": "Logical names of buckets holding only public static content, allowed SSE-S3.",
    },
}


def context_from_config(config: Mapping[str, Any] | None) -> RuleContext:
    """The rule context from a policy config (`{"zone": "eu", "sseS3Buckets": [...]}`); defaults when absent.

    Raises `ValueError` for an unknown zone (a typo must not silently disable the residency rules).
    """
    settings = config or {}
    name = settings.get("zone") or DEFAULT_ZONE
    zone = get_zone(str(name))
    if zone is None:
        raise ValueError(f"unknown residency zone {name!r} (zones: {', '.join(sorted(RESIDENCY_ZONES))})")
    buckets = settings.get("sseS3Buckets")
    exempt = DEFAULT_SSE_S3_BUCKETS if buckets is None else tuple(str(b) for b in iam.as_list(buckets))
    return RuleContext(zone=zone, sse_s3_buckets=exempt)
