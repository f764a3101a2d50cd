"""Error codes of the HTTP contract and the mapping of AWS error codes onto them (pure)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StreamError:
    """An `{"type":"error"}` event: a stable code, a user-safe message, and whether a retry may work."""

    code: str
    message: str
    retryable: bool


PII_UNAVAILABLE = StreamError(
    "pii_detection_unavailable",
    "Personal-data detection is unavailable, so the message was not sent to the model.",
    True,
)
STORAGE_UNAVAILABLE = StreamError("storage_unavailable", "The conversation could not be saved.", True)
SESSION_CONFLICT = StreamError(
    "session_busy", "Another message of this conversation was being processed; send it again.", True
)
BUDGET_EXHAUSTED = StreamError("token_budget_exhausted", "This conversation has reached its usage limit.", False)
PROMPT_UNAVAILABLE = StreamError("configuration_unavailable", "The service configuration could not be read.", True)
TOOL_ROUNDS_EXHAUSTED = StreamError(
    "tool_rounds_exhausted", "The answer needed more tool calls than this service allows.", False
)
INTERNAL = StreamError("internal_error", "An unexpected error occurred.", False)

_THROTTLING = {"throttlingexception", "toomanyrequestsexception", "servicequotaexceededexception"}
_TRANSIENT = {
    "serviceunavailableexception",
    "internalserverexception",
    "modelnotreadyexception",
    "modeltimeoutexception",
    "modelstreamerrorexception",
    "endpointconnectionerror",
    "connectionclosederror",
    "readtimeouterror",
    "connecttimeouterror",
    "responsestreamingerror",
    "protocolerror",
}


def model_error(aws_code: str) -> StreamError:
    """The stream error for a Bedrock error code or exception class name (case-insensitive)."""
    key = aws_code.lower()
    if key in _THROTTLING:
        return StreamError("model_throttled", "The model is receiving too many requests right now.", True)
    if key == "modelstreamerrorexception":
        return StreamError("model_stream_error", "The model's answer was interrupted.", True)
    if key in _TRANSIENT:
        return StreamError("model_unavailable", "The model is temporarily unavailable.", True)
    return StreamError("model_error", "The model could not answer this request.", False)
