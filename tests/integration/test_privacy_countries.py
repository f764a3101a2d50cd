"""One message per EU/EEA state, GB and CH, through the local stack: its national identifier, a phone number, a
street address and a name in its language never reach the model, and the answer gives the message back exactly.

The messages are the per-country lines of the personal corpus (`tests/fixtures/personal_corpus/countries.txt`),
sent to the shared local stack (market languages pt, en, es, de, fr, it: the other languages are read by the
built-in detectors only, and their national phone forms are found by the phone words that introduce them).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.privacy_corpus import MarkedMessage, parse_marked
from devstack.launcher import LocalStack
from devstack.standins.bedrock import last_user_text
from runtime.privacy.market_languages import EUROPEAN_REGIONS
from tests.fixtures.local_stack import TEST_LANGUAGES
from tests.integration.sse_client import chat

pytestmark = pytest.mark.integration

COUNTRIES_FILE = "countries.txt"


def country_messages() -> list[MarkedMessage]:
    from bench.privacy_corpus import PERSONAL_DIR

    lines = (PERSONAL_DIR / COUNTRIES_FILE).read_text(encoding="utf-8").splitlines()
    return [parse_marked(line) for line in lines if line.strip()]


MESSAGES = country_messages()


def test_every_state_has_a_message_with_its_id_phone_address_and_name() -> None:
    assert {m.country for m in MESSAGES} == set(EUROPEAN_REGIONS)
    for message in MESSAGES:
        kinds = {entity_type for entity_type, _, _ in message.values}
        assert {"NAME", "ADDRESS"} <= kinds and len(kinds) >= 4, message.country
    assert set(TEST_LANGUAGES.split(",")) < {m.language for m in MESSAGES}  # languages outside the market too


def test_no_personal_value_reaches_the_model_and_every_answer_is_exact(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    local_stack.bedrock.clear()
    with ThreadPoolExecutor(max_workers=6) as pool:  # one session per message, several at once
        results = list(pool.map(lambda m: chat(local_stack.url, m.text), MESSAGES))
    sent = local_stack.bedrock.received_text()
    seen = [last_user_text(request.body) for request in local_stack.bedrock.requests]
    problems: dict[str, list[str]] = {}
    for message, result in zip(MESSAGES, results, strict=True):
        wrong = problems.setdefault(f"{message.country}-{message.language}", [])
        if result.last["type"] != "done":
            wrong.append(f"ended with {result.last}")
        wrong += [
            f"{t} {message.text[a:b]!r} reached the model" for t, a, b in message.values if message.text[a:b] in sent
        ]
        # The stand-in quotes the message as it saw it; the user gets their own words back, exactly.
        if f'"{message.text}"' not in result.text:
            wrong.append(f"answer not re-identified exactly: {result.text!r}")
    assert {country: wrong for country, wrong in problems.items() if wrong} == {}
    assert len(seen) == len(MESSAGES) and all(text.count("[") >= 4 for text in seen)  # placeholders in each
