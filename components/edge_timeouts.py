"""How long CloudFront waits for the chat function (pure).

- Origin read (response) timeout: for the first byte, then between two packets. 60 s, CloudFront's maximum
  without a quota increase; the runtime's heartbeat (`: ping` every `chat.heartbeatSeconds` of model silence)
  keeps a live answer well within it. Keep-alive: the same.
- Response completion timeout: the whole response. Derived from the Lambda timeout, so CloudFront never keeps
  a viewer's request open longer than the function can possibly answer: the function's timeout plus the grace
  of its init phase (a cold start's init, up to 10 s, does not count against the timeout) and CloudFront's
  connection to the Function URL. CloudFront requires it to be at least the read timeout.
"""

from __future__ import annotations

__all__ = [
    "COMPLETION_GRACE_SECONDS",
    "ORIGIN_TIMEOUT_SECONDS",
    "response_completion_timeout",
]

#: CloudFront's default quota maximum for the origin read and keep-alive timeouts (more needs a quota increase).
ORIGIN_TIMEOUT_SECONDS = 60
#: Lambda's init phase (up to 10 s, not part of the function timeout) and the connection to the origin.
COMPLETION_GRACE_SECONDS = 10
#: Lambda's largest timeout (15 minutes).
LAMBDA_MAX_TIMEOUT_SECONDS = 900


def response_completion_timeout(lambda_timeout_seconds: int, read_timeout_seconds: int = ORIGIN_TIMEOUT_SECONDS) -> int:
    """CloudFront's response completion timeout for a function of this timeout (seconds).

    The function's timeout plus `COMPLETION_GRACE_SECONDS`, and never below the origin read timeout (CloudFront
    refuses a completion timeout below it).
    """
    if not 1 <= lambda_timeout_seconds <= LAMBDA_MAX_TIMEOUT_SECONDS:
        raise ValueError(f"a Lambda timeout is 1..{LAMBDA_MAX_TIMEOUT_SECONDS} s, got {lambda_timeout_seconds}")
    if read_timeout_seconds < 1:
        raise ValueError(f"the origin read timeout must be positive, got {read_timeout_seconds}")
    return max(lambda_timeout_seconds + COMPLETION_GRACE_SECONDS, read_timeout_seconds)
