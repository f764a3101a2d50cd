"""bench.first_answer: the fresh processes' figures and their report lines (pure parts; the measurement itself
runs in `python -m bench`)."""

from __future__ import annotations

import math

import pytest

from bench.client import TimedStream
from bench.first_answer import FirstAnswer, FreshProcess, cpu_seconds, ttft
from bench.report import first_answer_lines


def test_cpu_seconds_read_user_and_system_ticks_after_a_command_name_with_spaces() -> None:
    stat = "4242 (python -m uvicorn) S 1 4242 4242 0 -1 4194560 900 0 0 0 37 5 0 0 20 0 3 0 100 1 1"
    assert cpu_seconds(stat, 100) == pytest.approx(0.42)


def test_ttft_is_the_first_token_after_sending_and_a_stream_without_one_is_an_error() -> None:
    stream = TimedStream(started=10.0, status=200)
    stream.events += [(10.2, {"type": "session"}), (10.5, {"type": "token", "text": "a"}), (10.6, {"type": "token"})]
    assert ttft(stream) == pytest.approx(0.5)
    failed = TimedStream(started=10.0, status=200, events=[(10.1, {"type": "error", "code": "pii_unavailable"})])
    with pytest.raises(RuntimeError, match="pii_unavailable"):
        ttft(failed)


def test_the_first_answer_s_extra_wait_is_its_ttft_minus_the_next_one_s() -> None:
    runs = [FreshProcess(0.4, 1.1, 0.7, 0.35, 0.5, 0.8), FreshProcess(0.5, 1.0, 0.5, 0.36)]
    found = FirstAnswer.of("pt,en", runs)
    assert found.first_turn_extra.max == pytest.approx(0.35)
    assert found.to_healthz.n == 2 and found.first_ttft.max == pytest.approx(0.7)
    assert math.isnan(runs[1].cpu_to_healthz)  # no /proc: not known


def test_the_report_shows_the_first_answer_next_to_healthz() -> None:
    assert first_answer_lines(None) == []
    found = FirstAnswer.of("One language (en)", [FreshProcess(0.45, 1.2, 0.62, 0.35, 0.5, 0.8)])
    text = "\n".join(first_answer_lines(found))
    assert "One language (en)" in text and "first answer's extra wait" in text
    assert "| fresh process | 0.450 / 0.450 | 1.200 / 1.200 | 0.620 / 0.620 | 0.350 / 0.350 | 0.270 / 0.270 |" in text
