"""The unavoidable dependency on its own: bare boto3 Comprehend calls against the same stand-in, timed."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from bench.stats import Summary

OPERATIONS: dict[str, dict[str, Any]] = {
    "DetectPiiEntities": {"LanguageCode": "en"},
    "DetectEntities": {"LanguageCode": "en"},
    "DetectDominantLanguage": {},
}


def comprehend_call_latency(
    endpoint: str, text: str, operations: Sequence[str], calls: int = 30, warmup: int = 3
) -> dict[str, Summary]:
    """Round-trip time of each operation from a fresh boto3 client in this process (seconds)."""
    import boto3
    from botocore.config import Config

    client: Any = boto3.client(
        "comprehend",
        endpoint_url=endpoint,
        region_name="eu-west-1",
        aws_access_key_id="local-standin",
        aws_secret_access_key="local-standin",
        config=Config(parameter_validation=False, retries={"max_attempts": 1}),
    )
    methods = {
        "DetectPiiEntities": client.detect_pii_entities,
        "DetectEntities": client.detect_entities,
        "DetectDominantLanguage": client.detect_dominant_language,
    }
    result: dict[str, Summary] = {}
    for operation in operations:
        method, extra = methods[operation], OPERATIONS[operation]
        times: list[float] = []
        for index in range(warmup + calls):
            started = time.monotonic()
            method(Text=text, **extra)
            if index >= warmup:
                times.append(time.monotonic() - started)
        result[operation] = Summary.of(times)
    return result
