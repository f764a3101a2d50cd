"""bench.floor: each turn's physical floor (slowest needed call or session read) and its ratio (pure)."""

from __future__ import annotations

import pytest

from bench.analysis import floor_check
from bench.floor import FLOOR_RATIO, Floor, needed_operations
from bench.samples import TurnSample
from bench.stats import Summary
from runtime.privacy.language_id import LanguageIdentifier


def seconds(value: float) -> Summary:
    return Summary.of([value])


FLOOR = Floor(
    needed=(("DetectEntities",), ("DetectPiiEntities",), ()),
    calls={"DetectEntities": seconds(0.045), "DetectPiiEntities": seconds(0.060)},
    session_read={1: seconds(0.050), 2: seconds(0.055)},
)


def sample(added_ms: float, message: int, turn: int) -> TurnSample:
    return TurnSample(1.0, added_ms / 1000, 0.3, 0.0, None, turn == 0, message, turn)


def test_the_floor_is_the_slower_of_the_needed_call_and_the_session_read() -> None:
    assert FLOOR.floor_ms(sample(50, 0, 0)) == pytest.approx(45.0)  # first turn: no session to read
    assert FLOOR.floor_ms(sample(50, 0, 1)) == pytest.approx(50.0)  # the read is slower than DetectEntities
    assert FLOOR.floor_ms(sample(50, 1, 2)) == pytest.approx(60.0)  # DetectPiiEntities is slower than the read
    assert FLOOR.floor_ms(sample(50, 2, 4)) == pytest.approx(55.0)  # no call; the largest session measured


def test_the_check_takes_the_median_of_the_per_turn_ratios() -> None:
    samples = [sample(49.5, 0, 0), sample(55, 0, 1), sample(90, 1, 2)]  # ratios 1.1, 1.1, 1.5
    assert FLOOR.ratios(samples) == pytest.approx([1.1, 1.1, 1.5])
    check = floor_check("pt,en", FLOOR, samples)
    assert check.met and f"<= {FLOOR_RATIO}" in check.target and check.measured.startswith("1.10")
    assert not floor_check("pt,en", FLOOR, [sample(90, 1, 2)]).met


def test_the_needed_operations_are_the_runtime_plan_for_each_message() -> None:
    messages = ("Olá, o meu amigo João da Silva quer saber o saldo da conta.", "Hello, my name is Alice, can you help?")
    needed = needed_operations(messages, ("pt", "en"), LanguageIdentifier().identify)
    assert needed == (("DetectEntities",), ("DetectPiiEntities",))
