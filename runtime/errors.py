"""Every error code of the HTTP contract, declared once: its status or stream, retryable, message and when.

Two kinds (docs/http-contract.md):
- a **pre-stream** error is a JSON response `{"error": {"code", "message"}}` with an HTTP `status`; nothing was
  stored and the model was not called;
- a **stream** error (`status` None) is the last event of a stream, `{"type": "error", "code", "message",
  "retryable"}`.

A code may have one declaration of each kind (`storage_unavailable`, `token_budget_exhausted`), never two of the
same kind; the constant of a pre-stream twin of a stream code is named `<CODE>_PRE_STREAM`. `retryable` says
whether sending the same request again may work (for pre-stream errors it is documentation and the page's
choice to offer Retry; the JSON body does not carry it). A message is user-safe English; `{name}` fields in it
are filled by `ErrorCode.text`; `cases` holds the other wordings of the same error (by case name).
`declarations()` is the plain, JSON-serialisable list the page and the docs are generated from. This module
imports nothing from the project.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorCode:
    """One error of the HTTP contract: `status` for a pre-stream response, None for a stream error event."""

    code: str
    status: int | None
    retryable: bool
    message: str
    when: str
    cases: tuple[tuple[str, str], ...] = ()

    @property
    def is_stream(self) -> bool:
        """Whether this error ends a stream (an `error` event) rather than answering before it."""
        return self.status is None

    def text(self, case: str | None = None, **values: object) -> str:
        """The user-safe message (of `case` when given), its `{name}` fields filled from `values`."""
        template = self.message if case is None else dict(self.cases)[case]
        return template.format(**values) if values else template

    def declaration(self) -> dict[str, object]:
        """This error as plain JSON-serialisable data (stable keys: the page and the docs read them)."""
        return {
            "code": self.code,
            "kind": "stream" if self.is_stream else "pre-stream",
            "status": self.status,
            "retryable": self.retryable,
            "message": self.message,
            "when": self.when,
            "cases": dict(self.cases),
        }


# Pre-stream: JSON error responses.
METHOD_NOT_ALLOWED = ErrorCode(
    "method_not_allowed",
    405,
    False,
    "Use POST to send a message, GET for history or DELETE to erase the conversation.",
    "`/c` was called with a method other than GET, POST or DELETE (the response has `Allow: DELETE, GET, POST`).",
)
UNSUPPORTED_MEDIA_TYPE = ErrorCode(
    "unsupported_media_type",
    415,
    False,
    "Send the message as application/json.",
    "A POST's `Content-Type` is not `application/json`.",
)
MISSING_SESSION_ID = ErrorCode(
    "missing_session_id",
    400,
    True,
    "The X-Session-Id header is required.",
    "A GET (history) or a DELETE (erasure) has no `X-Session-Id` header.",
)
INVALID_SESSION_ID = ErrorCode(
    "invalid_session_id",
    400,
    True,
    "The X-Session-Id header is malformed.",
    "The `X-Session-Id` header is not a session id (43 URL-safe base64 characters).",
)
INVALID_UTF8 = ErrorCode(
    "invalid_utf8",
    400,
    False,
    "The request body is not valid UTF-8.",
    "The body is not UTF-8, or the message holds characters UTF-8 cannot encode (lone surrogates).",
    (("message", "The message contains invalid characters."),),
)
INVALID_JSON = ErrorCode(
    "invalid_json",
    400,
    False,
    "The request body is not valid JSON.",
    "The body does not parse as JSON, or nests arrays and objects deeper than `MAX_JSON_DEPTH` levels "
    "(runtime/http/validation.py).",
)
MISSING_MESSAGE = ErrorCode(
    "missing_message",
    400,
    False,
    'The body must be {"message": "<text>"}.',
    'The body is not a JSON object with a `"message"` member.',
)
INVALID_MESSAGE = ErrorCode(
    "invalid_message",
    400,
    False,
    "The message must be a string.",
    'The `"message"` member is not a string.',
)
EMPTY_MESSAGE = ErrorCode(
    "empty_message",
    400,
    False,
    "The message is empty.",
    "The message has no visible character: empty, or only whitespace and invisible format characters (zero-width "
    "spaces, joiners, ...).",
)
MESSAGE_TOO_LARGE = ErrorCode(
    "message_too_large",
    413,
    False,
    "The message is {size} bytes (UTF-8); the limit is {limit} bytes.",
    "The message is longer than the stack's limit in UTF-8 bytes, or the whole body is larger than that limit "
    "can need (6 bytes per message byte plus 1 KiB).",
    (("body", "The request body exceeds the limit of {limit} bytes."),),
)
SESSION_NOT_FOUND = ErrorCode(
    "session_not_found",
    404,
    True,
    "This conversation does not exist or has expired.",
    "The `X-Session-Id` names no stored session (never created, expired or erased): a retry without it starts a "
    "new one. A DELETE of such an id answers 204 instead (erasure is idempotent).",
)
TOKEN_BUDGET_EXHAUSTED_PRE_STREAM = ErrorCode(
    "token_budget_exhausted",
    429,
    False,
    "This conversation has used its token budget.",
    "A message arrives for a session that has already spent its token budget.",
)
SERVICE_BUDGET_EXHAUSTED_PRE_STREAM = ErrorCode(
    "service_budget_exhausted",
    503,
    False,
    "The service has reached its usage limit for today; please try again tomorrow.",
    "The stack's daily token ceiling is reached (it resets at midnight UTC).",
)
SESSION_BUSY_PRE_STREAM = ErrorCode(
    "session_busy",
    409,
    True,
    "Another message of this conversation is still being answered; send this one when it has finished.",
    "A message arrives while a turn of the same session is running (the response has `Retry-After`); the model "
    "was not called. A crashed turn's hold on its session expires after the function's timeout.",
)
STORAGE_UNAVAILABLE_PRE_STREAM = ErrorCode(
    "storage_unavailable",
    503,
    True,
    "The conversation store is unavailable.",
    "The session (or the daily count) could not be read before the stream started, or a DELETE could not finish "
    "erasing it (retry: the session already answers 404 if its erasure began).",
)

# Stream: the last event of a stream.
MODEL_THROTTLED = ErrorCode(
    "model_throttled",
    None,
    True,
    "The model is receiving too many requests right now.",
    "Bedrock throttled the model call (throttling, too many requests, service quota).",
)
MODEL_STREAM_ERROR = ErrorCode(
    "model_stream_error",
    None,
    True,
    "The model's answer was interrupted.",
    "Bedrock's stream broke in the middle of the answer.",
)
MODEL_UNAVAILABLE = ErrorCode(
    "model_unavailable",
    None,
    True,
    "The model is temporarily unavailable.",
    "Bedrock failed transiently (unavailable, internal error, model not ready, timeouts, lost connection).",
)
MODEL_ERROR = ErrorCode(
    "model_error",
    None,
    False,
    "The model could not answer this request.",
    "Bedrock refused the call for any other reason (validation, access denied, ...).",
)
PII_DETECTION_UNAVAILABLE = ErrorCode(
    "pii_detection_unavailable",
    None,
    True,
    "Personal-data detection is unavailable, so the message was not sent to the model.",
    "Comprehend could not be reached to check the message: it was not sent to the model.",
)
TOOL_RESULT_DETECTION_UNAVAILABLE = ErrorCode(
    "tool_result_detection_unavailable",
    None,
    True,
    "Personal-data detection became unavailable while checking a tool's result, so the answer stopped there "
    "(your message did reach the model).",
    "Comprehend could not be reached to check a tool's result: that result was not sent to the model and the turn "
    "ended after the model's first answer (its tokens count).",
)
SERVICE_BUDGET_EXHAUSTED = ErrorCode(
    "service_budget_exhausted",
    None,
    False,
    "The service has reached its usage limit for today; please try again tomorrow.",
    "The stack's daily token ceiling was reached while the turn ran: checked before every model call, so a "
    "tool round's next call is not made.",
)
STORAGE_LIMIT_EXCEEDED = ErrorCode(
    "storage_limit_exceeded",
    None,
    False,
    "This message is too large to be stored (a stored message is limited to 400 KB).",
    "The pseudonymized message, with the user's own spellings, would exceed DynamoDB's item size limit (400 KB): "
    "refused before the model is called.",
)
STORAGE_UNAVAILABLE = ErrorCode(
    "storage_unavailable",
    None,
    True,
    "The conversation could not be saved.",
    "The session store failed to save the message or the answer.",
)
SESSION_BUSY = ErrorCode(
    "session_busy",
    None,
    True,
    "Another message of this conversation was being processed; send it again.",
    "The turn lost its hold on the session (a write found another turn's lease or a newer version); nothing of "
    "this turn's side was stored.",
)
TOKEN_BUDGET_EXHAUSTED = ErrorCode(
    "token_budget_exhausted",
    None,
    False,
    "This conversation has reached its usage limit.",
    "The session's token budget ran out while the turn ran: when its message was stored, or between tool rounds.",
)
CONFIGURATION_UNAVAILABLE = ErrorCode(
    "configuration_unavailable",
    None,
    True,
    "The service configuration could not be read.",
    "The system prompt (an S3 object, cached per container) could not be read.",
)
TOOL_ROUNDS_EXHAUSTED = ErrorCode(
    "tool_rounds_exhausted",
    None,
    False,
    "The answer needed more tool calls than this service allows.",
    "The model still asked for tools after the stack's maximum number of tool rounds.",
)
INTERNAL_ERROR = ErrorCode(
    "internal_error",
    None,
    False,
    "An unexpected error occurred.",
    "Anything unexpected inside the turn (a bug): logged with the request id.",
)

#: Every pre-stream error, in the order the request is checked.
PRE_STREAM: tuple[ErrorCode, ...] = (
    METHOD_NOT_ALLOWED,
    UNSUPPORTED_MEDIA_TYPE,
    MISSING_SESSION_ID,
    INVALID_SESSION_ID,
    MESSAGE_TOO_LARGE,
    INVALID_UTF8,
    INVALID_JSON,
    MISSING_MESSAGE,
    INVALID_MESSAGE,
    EMPTY_MESSAGE,
    SESSION_NOT_FOUND,
    STORAGE_UNAVAILABLE_PRE_STREAM,
    TOKEN_BUDGET_EXHAUSTED_PRE_STREAM,
    SERVICE_BUDGET_EXHAUSTED_PRE_STREAM,
    SESSION_BUSY_PRE_STREAM,
)
#: Every stream error.
STREAM: tuple[ErrorCode, ...] = (
    MODEL_THROTTLED,
    MODEL_STREAM_ERROR,
    MODEL_UNAVAILABLE,
    MODEL_ERROR,
    PII_DETECTION_UNAVAILABLE,
    TOOL_RESULT_DETECTION_UNAVAILABLE,
    STORAGE_UNAVAILABLE,
    STORAGE_LIMIT_EXCEEDED,
    SESSION_BUSY,
    TOKEN_BUDGET_EXHAUSTED,
    SERVICE_BUDGET_EXHAUSTED,
    CONFIGURATION_UNAVAILABLE,
    TOOL_ROUNDS_EXHAUSTED,
    INTERNAL_ERROR,
)


def declarations() -> list[dict[str, object]]:
    """Every declared error as plain data (`ErrorCode.declaration`), pre-stream first: what the page's error
    facts and the docs' error table are generated from."""
    return [error.declaration() for error in PRE_STREAM + STREAM]
