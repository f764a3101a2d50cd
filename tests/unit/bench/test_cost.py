"""bench.cost: the usage model of a turn and the bill of 1,000 turns (pure)."""

from __future__ import annotations

import pytest

from bench.cost import Assumptions, bill, comprehend_use, conversation_use, privacy_share, total
from bench.prices import MODELS

MESSAGES = [("Hello, I am Alice Johnson.", "en"), ("Olá, sou a Maria Fernandes.", "pt")]


def test_comprehend_units_have_a_minimum_of_three_per_call() -> None:
    calls, units = comprehend_use("Hi Alice", ("en",), "en", True)
    assert (calls, units) == (2, 6)  # DetectPiiEntities + DetectEntities, 3 units each
    long_calls, long_units = comprehend_use("x" * 450, ("en",), "en", True)
    assert long_calls == 2 and long_units == 10  # 5 units each


def test_not_speculative_saves_calls_with_several_languages() -> None:
    speculative = comprehend_use("Olá, sou a Maria.", ("pt", "en"), "pt", True)
    fewer = comprehend_use("Olá, sou a Maria.", ("pt", "en"), "pt", False)
    assert speculative[0] == 4 and fewer[0] == 3


def test_the_history_grows_the_input_and_the_partition_read() -> None:
    turns = conversation_use(MESSAGES, ("pt", "en"), 1200, 0.05, Assumptions(answer_tokens=250))
    assert turns[1].input_tokens > turns[0].input_tokens + 250  # the first answer is replayed
    assert turns[0].rru == 1 and turns[1].rru == 2  # count read; + the session load
    assert turns[0].lambda_seconds == pytest.approx(0.05 + 1.0 + 5.0 + 0.03)


def test_the_bill_scales_to_1000_turns_and_prices_the_model() -> None:
    assumptions = Assumptions()
    turns = conversation_use(MESSAGES, ("pt", "en"), 1200, 0.05, assumptions)
    big = bill(turns, assumptions, MODELS["configured"])
    small = bill(turns, assumptions, MODELS["small"])
    output = next(line for line in big if line.item.startswith("Bedrock output"))
    assert output.usd == pytest.approx(1000 * 250 * 15.00 / 1e6)
    assert total(small) < total(big)
    assert 0 < privacy_share(big) < privacy_share(small) < 1
    lambda_rest = next(line for line in big if line.item.startswith("Lambda, the rest"))
    x86 = bill(turns, Assumptions(architecture="x86_64"), MODELS["configured"])
    assert next(line for line in x86 if line.item.startswith("Lambda, the rest")).usd > lambda_rest.usd
