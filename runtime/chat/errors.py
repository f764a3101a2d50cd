"""The turn's stream errors (declared in `runtime.errors`) and the mapping of model error codes onto them (pure)."""

from __future__ import annotations

from runtime import errors as contract
from runtime.errors import ErrorCode

#: A stream error: an `{"type":"error"}` event's code, user-safe message and whether a retry may work.
StreamError = ErrorCode

PII_UNAVAILABLE = contract.PII_DETECTION_UNAVAILABLE
TOOL_RESULT_PII_UNAVAILABLE = contract.TOOL_RESULT_DETECTION_UNAVAILABLE
SERVICE_BUDGET_EXHAUSTED = contract.SERVICE_BUDGET_EXHAUSTED
STORAGE_LIMIT_EXCEEDED = contract.STORAGE_LIMIT_EXCEEDED
STORAGE_UNAVAILABLE = contract.STORAGE_UNAVAILABLE
SESSION_CONFLICT = contract.SESSION_BUSY
BUDGET_EXHAUSTED = contract.TOKEN_BUDGET_EXHAUSTED
PROMPT_UNAVAILABLE = contract.CONFIGURATION_UNAVAILABLE
TOOL_ROUNDS_EXHAUSTED = contract.TOOL_ROUNDS_EXHAUSTED
INTERNAL = contract.INTERNAL_ERROR

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
        return contract.MODEL_THROTTLED
    if key == "modelstreamerrorexception":
        return contract.MODEL_STREAM_ERROR
    if key in _TRANSIENT:
        return contract.MODEL_UNAVAILABLE
    return contract.MODEL_ERROR
