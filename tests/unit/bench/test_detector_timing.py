"""Every built-in detector timed on its own (a quick run: few calls), reported and checked against its budget."""

from __future__ import annotations

import pytest

from bench.analysis import BenchResults, checks
from bench.coldstart import ColdStart
from bench.detector_timing import ALL_DETECTION, BUDGET_US, DENSE, TYPICAL, DetectorTiming, measure_detectors, table
from bench.machine import Machine
from bench.micro import MicroResult
from bench.privacy_corpus import builtin
from bench.report import render
from bench.stats import Summary
from runtime.privacy.market_languages import EUROPEAN_REGIONS
from runtime.privacy.types import NAME, PHONE

DETECTORS = ("e-mail", "IBAN", "card", "phone", "national identifiers", "labelled identifiers", "names", "street")


@pytest.fixture(scope="module")
def timings() -> list[DetectorTiming]:
    return measure_detectors(calls=2, rounds=1)


def test_every_detector_has_a_row_with_both_messages(timings: list[DetectorTiming]) -> None:
    names = [t.name for t in timings]
    assert len(names) == len(set(names)) and names[-1] == ALL_DETECTION
    for detector in DETECTORS:
        assert any(name.startswith(detector) for name in names), detector
    assert all(t.typical_us > 0 and t.dense_us > 0 for t in timings)
    lines = table(timings)
    assert len(lines) == len(timings) + 2 and lines[2].startswith("| text view and number scan")


def test_the_messages_hold_what_they_are_meant_to() -> None:
    assert 250 <= len(TYPICAL) <= 350
    typical = {s.entity_type for s in builtin(TYPICAL, EUROPEAN_REGIONS)}
    dense = {s.entity_type for s in builtin(DENSE, EUROPEAN_REGIONS)}
    assert {NAME, PHONE, "ADDRESS", "NIF_PT"} <= typical
    assert {NAME, PHONE, "ADDRESS", "EMAIL", "IBAN", "CARD", "STEUER_ID_DE", "PESEL_PL", "NIR_FR"} <= dense


def test_the_bench_target_names_the_slowest_detector_and_the_report_lists_them() -> None:
    slow = (DetectorTiming("names", BUDGET_US * 2, 1.0), DetectorTiming(ALL_DETECTION, BUDGET_US * 3, 1.0))
    fast = (DetectorTiming("names", BUDGET_US / 4, 1.0), DetectorTiming(ALL_DETECTION, BUDGET_US * 3, 1.0))
    for detectors, met in ((slow, False), (fast, True)):
        results = BenchResults(
            machine=Machine(2, "cpu", "3.11", "Linux", "2026-01-01 00:00 UTC", "abc"),
            command="python -m bench",
            wall_seconds=1.0,
            scenarios=[],
            concurrency={},
            cold=ColdStart(Summary.of([0.2]), Summary.of([0.01]), 1000, []),
            packages=[],
            micro=MicroResult(2.0, 20.0, 700.0, 1800, 0.5, 0.8, 100, detectors),
        )
        (check,) = [c for c in checks(results) if "detector" in c.target]
        assert check.met is met and "names" in check.measured  # the whole detection is not one detector
        assert f"| names | {detectors[0].typical_us:.1f} |" in render(results)
