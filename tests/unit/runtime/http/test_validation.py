"""The 413 problem of a too-long message tells the client the limit in bytes."""

from __future__ import annotations

import json

import pytest

from runtime.http.validation import HttpProblem, parse_message


def test_too_large_message_names_its_size_and_the_limit_in_bytes() -> None:
    with pytest.raises(HttpProblem) as caught:
        parse_message(json.dumps({"message": "é" * 4001}).encode(), 8000)
    assert caught.value.status == 413 and caught.value.code == "message_too_large"
    assert "8002 bytes" in caught.value.message and "8000 bytes" in caught.value.message
