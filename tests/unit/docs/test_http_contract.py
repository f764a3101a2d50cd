"""docs/http-contract.md states the request size limits the runtime applies."""

from __future__ import annotations

from pathlib import Path

from runtime.http.validation import JSON_ENVELOPE_BYTES, JSON_OVERHEAD_FACTOR, body_limit
from runtime.settings import setting

CONTRACT = (Path(__file__).resolve().parents[3] / "docs" / "http-contract.md").read_text(encoding="utf-8")


def test_the_message_limit_default_and_maximum_are_the_settings() -> None:
    spec = setting("max_message_bytes")
    assert f"({int(spec.default or 0):,} by default, at most {spec.maximum:,};" in CONTRACT


def test_the_body_limit_is_stated_as_the_runtime_computes_it() -> None:
    default_limit = body_limit(int(setting("max_message_bytes").default or 0))
    assert f"{JSON_OVERHEAD_FACTOR} bytes per message byte" in CONTRACT
    assert f"plus {JSON_ENVELOPE_BYTES // 1024} KiB" in CONTRACT
    assert f"({default_limit:,} bytes by default)" in CONTRACT
