"""runtime.chat.errors: AWS error codes onto the contract's stream errors."""

from __future__ import annotations

import pytest

from runtime.chat.errors import model_error


@pytest.mark.parametrize(
    ("aws_code", "code", "retryable"),
    [
        ("ThrottlingException", "model_throttled", True),
        ("throttlingException", "model_throttled", True),
        ("modelStreamErrorException", "model_stream_error", True),
        ("ServiceUnavailableException", "model_unavailable", True),
        ("ReadTimeoutError", "model_unavailable", True),
        ("EndpointConnectionError", "model_unavailable", True),
        ("ValidationException", "model_error", False),
        ("AccessDeniedException", "model_error", False),
    ],
)
def test_model_errors(aws_code: str, code: str, retryable: bool) -> None:
    error = model_error(aws_code)
    assert (error.code, error.retryable) == (code, retryable)
    assert error.message
