"""runtime.logging_setup: JSON lines with the request id; fields that could carry personal data dropped."""

from __future__ import annotations

import io
import json
import logging

from runtime.logging_setup import LOGGER_NAME, JsonFormatter, log_event, request_id_var


def capture() -> tuple[io.StringIO, logging.Handler]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return stream, handler


def test_json_line_with_request_id_and_no_personal_fields() -> None:
    stream, handler = capture()
    token = request_id_var.set("req-1")
    try:
        log_event("chat.turn", deltas=3, message="João", content="x", session_id="s", vault={"a": "b"}, ms=1.5)
    finally:
        request_id_var.reset(token)
        logging.getLogger(LOGGER_NAME).removeHandler(handler)
    record = json.loads(stream.getvalue())
    assert record["event"] == "chat.turn" and record["requestId"] == "req-1"
    assert record["deltas"] == 3 and record["ms"] == 1.5
    assert not {"message", "content", "session_id", "vault"} & set(record)


def test_exceptions_are_logged_by_class_never_by_message() -> None:
    stream, handler = capture()
    try:
        try:
            raise ValueError("João da Silva")
        except ValueError:
            log_event("boom", logging.ERROR, exc_info=True)
    finally:
        logging.getLogger(LOGGER_NAME).removeHandler(handler)
    record = json.loads(stream.getvalue())
    assert record["exception"] == "ValueError"
    assert "João" not in stream.getvalue()
