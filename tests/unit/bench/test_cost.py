"""bench.cost: the usage model of a turn and the bill of 1,000 turns (pure)."""

from __future__ import annotations

import pytest

from bench.cost import (
    Assumptions,
    bill,
    comprehend_use,
    conversation_use,
    previous_comprehend_use,
    privacy_share,
    total,
)
from bench.prices import MODELS
from bench.turn_cost import SMALL_MODEL_SHARE, cost_section, stack_assumptions
from runtime.privacy.language_id import LanguageGuess, LanguageIdentifier

MESSAGES = [("Hello, I am Alice Johnson.", "en"), ("Olá, sou a Maria Fernandes.", "pt")]


UNSURE = LanguageGuess((), 0)


def test_comprehend_units_have_a_minimum_of_three_per_call() -> None:
    assert comprehend_use("Hi Alice", ("en",), UNSURE) == (1, 3)  # DetectPiiEntities alone
    assert comprehend_use("x" * 450, ("en",), UNSURE) == (1, 5)
    assert comprehend_use("Hi Alice", ("pt", "en"), UNSURE) == (2, 6)  # unsure: every configured language


def test_an_identified_language_makes_one_call_where_four_were_made() -> None:
    sure = LanguageGuess((("pt", 0.99),), 40)
    assert comprehend_use("Olá, sou a Maria Fernandes.", ("pt", "en"), sure) == (1, 3)
    assert previous_comprehend_use("Olá, sou a Maria Fernandes.", ("pt", "en"), "pt") == (4, 12)
    assert previous_comprehend_use("Guten Tag", ("pt", "en"), "de") == (5, 15)  # the follow-up in German
    assert previous_comprehend_use("Hi", ("en",), "en") == (2, 6)


def test_the_cost_section_compares_before_and_now_for_every_model() -> None:
    lines = cost_section(70.0, stack_assumptions(), LanguageIdentifier().identify)
    usage = {line.split("|")[1].strip(): line for line in lines if line.startswith(("| before", "| now"))}
    assert usage["before"].split("|")[2].strip() == "4.00" and usage["now"].split("|")[2].strip() == "1.00"
    rows = [line for line in lines if line.startswith("| ") and "per 1,000" not in line and "$" in line]
    assert [row.split("|")[1].strip() for row in rows] == [model.label for model in MODELS.values()]
    assert any(f"under {SMALL_MODEL_SHARE:.0%}" in line for line in lines)


def test_the_history_grows_the_input_and_the_partition_read() -> None:
    turns = conversation_use(MESSAGES, ("pt", "en"), 1200, 0.05, Assumptions(answer_tokens=250), lambda _: UNSURE)
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
