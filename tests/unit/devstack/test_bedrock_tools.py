"""The Bedrock stand-in's scripted tool use: which tool it calls, with what input."""

from __future__ import annotations

import pytest

from devstack.standins.bedrock_tools import LOAN_TOOL, LOOKUP_TOOL, loan_arguments, planned_calls

LOAN = {"principal": 150000, "annualRatePercent": 3.5, "years": 30}


@pytest.mark.parametrize(
    "text",
    [
        "Sou a [NAME_1], IBAN [IBAN_1]; quanto pago por 150 000 € a 30 anos a 3,5 %?",
        "how much for 150,000 over 30 years at 3.5%",
        "how much for €150,000 over 30 years at 3.5%",
        "30 years at 3.5% for 150000, how much a month?",
    ],
)
def test_the_documented_loan_questions_give_the_calculator_its_input(text: str) -> None:
    assert loan_arguments(text) == LOAN


def test_a_question_without_rate_or_years_is_no_loan() -> None:
    assert loan_arguments("how much for 150,000 over 30 years?") is None
    assert loan_arguments("my rent is 900 € at 2%") is None


def _request(text: str, *tools: str) -> dict[str, object]:
    return {
        "messages": [{"role": "user", "content": [{"text": text}]}],
        "toolConfig": {"tools": [{"toolSpec": {"name": name}} for name in tools]},
    }


def test_the_magic_phrase_without_a_currency_still_sends_the_loan() -> None:
    body = _request("[[tool:loan_calculator]] how much for 150,000 over 30 years at 3.5%", LOAN_TOOL)
    assert planned_calls(body) == [(LOAN_TOOL, LOAN)]


def test_a_loan_question_with_an_iban_also_looks_the_account_up() -> None:
    body = _request("IBAN [IBAN_1]; how much for 150,000 over 30 years at 3.5%?", LOAN_TOOL, LOOKUP_TOOL)
    assert planned_calls(body) == [(LOAN_TOOL, LOAN), (LOOKUP_TOOL, {"iban": "[IBAN_1]"})]
