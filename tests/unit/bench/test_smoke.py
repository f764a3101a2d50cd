"""Smoke test of the bench's pure parts (statistics, SSE parsing, delta pairing, report) on synthetic data.

`make bench` itself is not part of the test suite; this keeps its code from rotting.
"""

from __future__ import annotations

import math

import h11
import pytest

from bench.affinity import split
from bench.alignment import release_indices, token_latencies
from bench.analysis import BASELINE, RUNTIME, BenchResults, TurnScenario, checks
from bench.app_log import turn_timings
from bench.client import ResponseReader, TimedStream, request_bytes
from bench.coldstart import ColdStart, parse_importtime, top_imports
from bench.concurrency import ConcurrentRun, match_records
from bench.machine import Machine
from bench.micro import MicroResult
from bench.package_size import PackageSize
from bench.report import render
from bench.samples import TurnSample, join
from bench.scenarios import ONE_LANGUAGE, SEVERAL_LANGUAGES, Scenario, personalize
from bench.sse_parse import SseParser
from bench.stack import ModelRecord
from bench.stats import Summary, median_interval, percentile, ratio


def test_percentiles_interpolate_between_ranks() -> None:
    assert percentile([4.0, 1.0, 3.0, 2.0], 50) == 2.5
    assert percentile([1.0, 2.0, 3.0], 0) == 1.0
    assert percentile([1.0, 2.0, 3.0], 100) == 3.0
    assert percentile(list(range(101)), 95) == 95
    summary = Summary.of([float(v) for v in range(1, 11)])
    assert (summary.n, summary.p50, summary.max) == (10, 5.5, 10.0)
    assert math.isnan(ratio(1.0, 0.0))
    assert median_interval([3.0] * 20) == (3.0, 3.0)
    low, high = median_interval([float(v) for v in range(100)])
    assert low < 49.5 < high and (low, high) == median_interval([float(v) for v in range(100)])
    with pytest.raises(ValueError):
        percentile([], 50)


def test_sse_parser_handles_split_chunks_crlf_and_comments() -> None:
    parser = SseParser()
    assert parser.feed('id: 1\ndata: {"type": "tok') == []
    assert parser.feed('en", "content": "a"}\n\n: ping\n\n') == [{"type": "token", "content": "a"}]
    assert parser.feed('data: {"type": "done"}\r') == []
    assert parser.feed("\n\r\n") == [{"type": "done"}]


def test_response_reader_stamps_events_as_their_bytes_arrive() -> None:
    connection = h11.Connection(h11.CLIENT)
    assert b"x-session-id: s1" in request_bytes(connection, "localhost", "hi", "s1")
    stream = TimedStream(started=0.0)
    reader = ResponseReader(connection, stream)
    head = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"

    def chunk(data: bytes) -> bytes:
        return b"%x\r\n%s\r\n" % (len(data), data)

    reader.feed(head + chunk(b'data: {"type": "token", "c": 1}\n\n'), now=1.0)
    reader.feed(chunk(b'data: {"type": "done"}\n\n') + b"0\r\n\r\n", now=2.0)
    assert reader.finished and stream.status == 200
    assert stream.events == [(1.0, {"type": "token", "c": 1}), (2.0, {"type": "done"})]


def test_app_log_timings_come_from_chat_turn_lines_only() -> None:
    lines = [
        '{"event": "chat.turn", "timings": {"detectionDoneMs": 24.5, "modelCalledMs": 25}}',
        '{"event": "chat.rejected", "status": 404}',
        "INFO:     Started server process",
        '{"event": "chat.turn", "newSession": true, "timings": {"detectionDoneMs": 30, "sessionReadyMs": 0.1}}',
    ]
    assert turn_timings(lines) == [{"detectionDoneMs": 24.5, "modelCalledMs": 25.0}, {"detectionDoneMs": 30.0}]


def test_held_back_placeholder_is_paired_with_the_delta_that_completes_it() -> None:
    deltas = ["Hi", " [", "NAME", "_", "1", "]", "!", " [", "x"]
    # " [" sends " " at once and holds "["; "[NAME_1" waits for "]"; "[x" cannot be a placeholder.
    assert release_indices(deltas) == [0, 1, 5, 6, 7, 8]
    sent = [float(i) for i in range(len(deltas))]
    arrivals = [0.5, 1.5, 5.25, 6.1, 7.1, 8.2]
    assert token_latencies(deltas, sent, arrivals) == pytest.approx([0.5, 0.5, 0.25, 0.1, 0.1, 0.2])
    assert token_latencies(deltas, sent, arrivals[:2]) is None  # counts disagree: not paired


def test_join_splits_added_time_to_first_token() -> None:
    stream = TimedStream(started=10.0)
    stream.events = [(10.1, {"type": "session", "sessionId": "s"}), (10.45, {"type": "token", "content": "Hi"})]
    stream.events.append((10.5, {"type": "done"}))
    record = ModelRecord("hello", received_at=10.03, deltas=["Hi"], delta_sent_at=[10.43])
    sample = join(stream, record)
    assert sample.pre_model == pytest.approx(0.03)
    assert sample.model_ttft == pytest.approx(0.40)
    assert sample.relay_first == pytest.approx(0.02)
    assert sample.added_ttft == pytest.approx(sample.ttft - sample.model_ttft)
    assert stream.done and stream.session_id == "s"
    assert match_records(["refabc", "refzzz"], [record, ModelRecord("x refabc", 0, [], [])])[0] is not None


def test_apps_get_a_cpu_of_their_own_when_there_are_two() -> None:
    assert split([0]) is None
    assert split([1, 0]) == ({1}, {0})
    assert split(range(4)) == ({3}, {0, 1, 2})


def test_importtime_parsing_keeps_depth() -> None:
    text = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       100 |        100 |     json.decoder\n"
        "import time:       300 |        400 |   json\n"
        "import time:        50 |        900 | runtime.http.app\n"
    )
    entries = parse_importtime(text)
    assert [(e.module, e.depth) for e in entries] == [("json.decoder", 2), ("json", 1), ("runtime.http.app", 0)]
    assert [e.module for e in top_imports(entries, count=2)] == ["runtime.http.app", "json"]


def _sample(added_ms: float, token_ms: float) -> TurnSample:
    return TurnSample(0.3 + added_ms / 1000, added_ms / 1000 - 0.001, 0.3, 0.001, (token_ms / 1000,) * 3)


def test_report_renders_every_section_and_judges_targets() -> None:
    fast = [_sample(24.0, 0.5) for _ in range(5)]
    slow = [_sample(90.0, 0.6) for _ in range(5)]
    call = Summary.of([0.020])
    in_app = {"detectionDoneMs": Summary.of([21.0])}
    scenario = TurnScenario(
        "synthetic", ["set-up"], {RUNTIME: fast, BASELINE: slow}, {"DetectEntities": call}, ["DetectEntities"], in_app
    )
    burst = ConcurrentRun(streams=3, completed=3, samples=fast, min_tokens=3, max_gaps=[0.02] * 3, wall=1.0)
    results = BenchResults(
        machine=Machine(2, "cpu", "3.11", "Linux", "2026-01-01 00:00 UTC", "abc"),
        command="python -m bench",
        wall_seconds=1.0,
        scenarios=[scenario],
        concurrency={RUNTIME: burst},
        cold=ColdStart(Summary.of([0.2]), Summary.of([0.01]), 1000, []),
        packages=[PackageSize("default", 600_000, 2_000_000, 10), PackageSize("vendored", problem="offline")],
        micro=MicroResult(2.0, 20.0, 700.0, 1800, 0.5, 0.8, 100),
    )
    verdicts = {c.target.split(":")[0] + ":" + c.target.split(":")[-1][:12]: c.met for c in checks(results)}
    assert all(verdicts.values()), verdicts  # 24 / 20 = 1.2, tokens 0.5 ms, cold 0.2 s, 0.6 MB
    text = render(results)
    for heading in ("## Targets", "### synthetic", "concurrent streams", "## Cold start", "## Lambda package size"):
        assert heading in text
    assert "| runtime | 0.50 |" in text and "not built: offline" in text
    assert "detection done 21.0 ms" in text and "1.05 times the slowest single call" in text
    scenario.samples[RUNTIME] = [_sample(30.0, 12.0)]  # ratio 1.5 and p99 12 ms: both targets missed
    assert sum(not c.met for c in checks(results)) == 2


@pytest.mark.parametrize("scenario", [ONE_LANGUAGE, SEVERAL_LANGUAGES], ids=["en", "pt,en"])
def test_each_conversation_brings_its_own_contact_details(scenario: Scenario) -> None:
    from runtime.privacy.detectors import detect_builtin

    def contacts(conversation: int) -> set[str]:
        found = set()
        for template in scenario.messages:
            text = personalize(template, conversation)
            found |= {text[s.start : s.end] for s in detect_builtin(text) if s.entity_type in ("EMAIL", "PHONE")}
        return found

    first, second = contacts(1), contacts(2)
    assert len(first) == 2 and len(second) == 2  # one e-mail address and one phone number, both detected
    assert not first & second
