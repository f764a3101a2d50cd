"""Structured JSON logs: one object per line, with the request id, timings and token counts.

Privacy rule: callers pass only counts, durations, codes and names of things. Message text, vault values,
placeholders' originals and session ids are never logged; `log_event` drops any field whose name suggests
one of them, as a second line of defence.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import traceback
from contextvars import ContextVar
from pathlib import Path
from typing import Any

LOGGER_NAME = "sovereign_chat"
request_id_var: ContextVar[str] = ContextVar("request_id", default="-")

_FORBIDDEN_FIELDS = frozenset({"message", "text", "content", "session_id", "sessionid", "vault", "value", "body"})


class JsonFormatter(logging.Formatter):
    """Render a record as a single JSON object (fields from `extra={"fields": {...}}`)."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the JSON line of one record."""
        payload: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
            "requestId": request_id_var.get(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            payload.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            # The exception class only: exception messages can quote input.
            payload["exception"] = record.exc_info[0].__name__
            frames = traceback.extract_tb(record.exc_info[2])[-5:]
            payload["where"] = [f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in frames]
        return json.dumps(payload, ensure_ascii=False, default=str)


def configure_logging(level: int = logging.INFO) -> None:
    """Send every log record to stdout as JSON (idempotent) and quiet the AWS SDK's chatty loggers."""
    root = logging.getLogger()
    if not any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(JsonFormatter())
        root.handlers = [handler]
    root.setLevel(level)
    for noisy in ("botocore", "boto3", "urllib3", "s3transfer", "uvicorn.access"):
        # botocore's DEBUG output contains request bodies (the user's text): never enable it.
        logging.getLogger(noisy).setLevel(logging.WARNING)


def log_event(event: str, level: int = logging.INFO, *, exc_info: bool = False, **fields: Any) -> None:
    """Log one structured event; fields that could hold personal data are refused."""
    safe = {k: v for k, v in fields.items() if k.lower() not in _FORBIDDEN_FIELDS}
    logging.getLogger(LOGGER_NAME).log(level, event, exc_info=exc_info, extra={"fields": safe})


class Stopwatch:
    """Milliseconds since creation, for the timings of one request."""

    def __init__(self) -> None:
        self._start = time.perf_counter()

    def ms(self) -> float:
        """Elapsed milliseconds, rounded to 0.1 ms."""
        return round((time.perf_counter() - self._start) * 1000.0, 1)
