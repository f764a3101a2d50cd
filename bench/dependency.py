"""The unavoidable dependencies on their own: bare boto3 Comprehend calls and the session read against the same
stand-ins, timed."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from functools import partial
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


def session_read_latency(
    app_url: str, env: Mapping[str, str], messages: Sequence[str], turns: int = 4, calls: int = 20, warmup: int = 3
) -> dict[int, Summary]:
    """Round-trip time of the runtime's session `Query` (`runtime.aws.session_items.query_request`) from a fresh
    boto3 client in this process, on a session of 1..`turns` earlier turns built through the app (seconds)."""
    import boto3

    from bench.client import ChatClient
    from bench.scenarios import personalize
    from runtime.aws.session_items import query_request

    client: Any = boto3.client(
        "dynamodb",
        endpoint_url=env["AWS_ENDPOINT_URL_DYNAMODB"],
        region_name=env["CHAT_HOME_REGION"],
        aws_access_key_id="local-standin",
        aws_secret_access_key="local-standin",
    )
    chat = ChatClient(app_url)
    result: dict[int, Summary] = {}
    session: str | None = None
    try:
        for turn in range(1, turns + 1):
            stream = chat.post(personalize(messages[(turn - 1) % len(messages)], 999), session)
            session = stream.session_id
            if stream.status != 200 or session is None:
                raise RuntimeError(f"building a session for the bare read failed (HTTP {stream.status})")
            request = query_request(env["CHAT_TABLE_NAME"], session)
            result[turn] = Summary.of(_timed(partial(client.query, **request), calls, warmup))
    finally:
        chat.close()
    return result


def _timed(call: Callable[[], object], calls: int, warmup: int) -> list[float]:
    """Seconds each of `calls` calls took, after `warmup` untimed ones."""
    times: list[float] = []
    for index in range(warmup + calls):
        started = time.monotonic()
        call()
        if index >= warmup:
            times.append(time.monotonic() - started)
    return times
