"""Bedrock `ConverseStream` without I/O: the request's keyword arguments, and one stream event (a dict) as a
model event. The adapter (`runtime.aws.bedrock`) only sends and reads; what a failure means for the client
is the chat layer's business (`runtime.chat.errors.model_error` maps `Failed.aws_code`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from runtime.settings import Settings


@dataclass(frozen=True)
class Delta:
    """A piece of the answer's text."""

    text: str


@dataclass(frozen=True)
class Finished:
    """The model stopped (`messageStop`); usage arrives with the trailing `metadata` event."""

    stop_reason: str


@dataclass(frozen=True)
class Usage:
    """Token counts of the answer."""

    input_tokens: int
    output_tokens: int


@dataclass(frozen=True)
class Failed:
    """The call or the stream failed with this AWS error code (or exception class name)."""

    aws_code: str


@dataclass(frozen=True)
class Ended:
    """No more events."""


ModelEvent = Delta | Finished | Usage | Failed | Ended


def converse_request(settings: Settings, system_prompt: str, messages: list[dict[str, Any]]) -> dict[str, Any]:
    """The keyword arguments of `converse_stream` (pseudonymized messages only: see `runtime.chat.turn`)."""
    request: dict[str, Any] = {
        "modelId": settings.bedrock_model_id,
        "messages": messages,
        "system": [{"text": system_prompt}],
        "inferenceConfig": {"maxTokens": settings.max_output_tokens},
    }
    if settings.guardrail_id and settings.guardrail_version:
        request["guardrailConfig"] = {
            "guardrailIdentifier": settings.guardrail_id,
            "guardrailVersion": settings.guardrail_version,
        }
    return request


def model_event(event: Mapping[str, Any]) -> Delta | Finished | Usage | None:
    """The model event of one ConverseStream event, or None for those the chat ignores (message and
    content-block starts and stops, empty deltas, anything unknown)."""
    if "contentBlockDelta" in event:
        text = event["contentBlockDelta"].get("delta", {}).get("text")
        return Delta(text) if text else None
    if "messageStop" in event:
        return Finished(str(event["messageStop"].get("stopReason", "end_turn")))
    if "metadata" in event:
        usage = event["metadata"].get("usage", {})
        return Usage(int(usage.get("inputTokens", 0)), int(usage.get("outputTokens", 0)))
    return None
