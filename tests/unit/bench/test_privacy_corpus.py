"""The built-in detectors on the corpora: recall floors per type, at most 2 % of benign messages altered, and
docs/privacy-detection.md holding exactly the measured tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.privacy_corpus import (
    CorpusFigures,
    MarkedMessage,
    measure,
    parse_marked,
    read_benign,
    read_personal,
    render,
)
from runtime.privacy.detectors import addresses, names
from runtime.privacy.market_languages import EUROPEAN_REGIONS
from runtime.privacy.types import PiiSpan

DOC = Path(__file__).resolve().parents[3] / "docs" / "privacy-detection.md"
#: Lowest recall accepted per type family on the personal corpus.
RECALL_FLOORS = {
    "NAME": 0.95,
    "ADDRESS": 0.95,
    "PHONE": 0.95,
    "NATIONAL_ID": 0.95,
    "IBAN": 1.0,
    "CARD": 1.0,
    "EMAIL": 1.0,
}
MAX_ALTERED = 0.02


@pytest.fixture(scope="module")
def personal() -> list[MarkedMessage]:
    return read_personal()


@pytest.fixture(scope="module")
def benign() -> dict[str, list[str]]:
    return read_benign()


@pytest.fixture(scope="module")
def figures(personal: list[MarkedMessage], benign: dict[str, list[str]]) -> CorpusFigures:
    return measure(personal, benign)


def test_the_doc_holds_the_measured_tables(figures: CorpusFigures) -> None:
    assert render(figures) in DOC.read_text(encoding="utf-8"), (
        "docs/privacy-detection.md's measured tables differ: paste `python -m bench.privacy_corpus`"
    )


def test_recall_per_type_meets_its_floor(figures: CorpusFigures) -> None:
    assert set(figures.recall) == set(RECALL_FLOORS)
    below = {t: f"{tally.hits}/{tally.total}" for t, tally in figures.recall.items() if tally.share < RECALL_FLOORS[t]}
    assert below == {}, f"missed: {figures.misses}"


def test_at_most_two_percent_of_benign_messages_are_altered(figures: CorpusFigures) -> None:
    assert figures.altered_share <= MAX_ALTERED
    assert figures.altered_every_market_share <= MAX_ALTERED
    assert all(tally.share <= 0.1 for tally in figures.altered.values()), figures.altered  # no language singled out


def test_names_and_addresses_alone_alter_at_most_two_percent(personal: list[MarkedMessage], benign) -> None:
    only = measure([], benign, lambda text, regions: [*names.detect(text), *addresses.detect(text)])
    assert only.altered_share <= MAX_ALTERED


def test_every_market_language_and_every_state_is_in_the_corpora(
    personal: list[MarkedMessage], benign: dict[str, list[str]]
) -> None:
    assert all(len(messages) >= 15 for messages in benign.values())
    assert set(benign) == {m.language for m in personal}
    assert len(benign) >= 25
    assert {m.country for m in personal if m.country} == set(EUROPEAN_REGIONS)


def test_a_value_counts_only_when_a_span_of_its_type_covers_it_closely() -> None:
    message = parse_marked("en\tCall [PHONE:020 7946 0958] or mail [EMAIL:a@example.org] today.")
    assert message.text == "Call 020 7946 0958 or mail a@example.org today." and message.country is None
    phone, mail = message.values
    exact = [PiiSpan(phone[1], phone[2], "PHONE", "builtin"), PiiSpan(mail[1], mail[2], "EMAIL", "builtin")]
    everything = [PiiSpan(0, len(message.text), "PHONE", "builtin")]
    wrong_type = [PiiSpan(phone[1], phone[2], "NAME", "builtin")]
    cases: list[tuple[list[PiiSpan], int]] = [(exact, 2), (everything, 0), (wrong_type, 0), ([], 0)]
    for spans, hits in cases:

        def detect(text: str, regions: tuple[str, ...], given: list[PiiSpan] = spans) -> list[PiiSpan]:
            return list(given)

        got = measure([message], {"en": ["Nothing here."]}, detect)
        assert sum(t.hits for t in got.recall.values()) == hits
        assert got.altered["en"].hits == (1 if spans else 0)


def test_identifiers_of_every_state_count_as_one_type() -> None:
    message = parse_marked("PL\tpl\tPESEL [PESEL_PL:79021412345]")
    assert message.country == "PL"
    start, end = message.values[0][1:]
    got = measure([message], {}, lambda text, regions: [PiiSpan(start, end, "RC_CZ", "builtin")])
    assert got.recall["NATIONAL_ID"].hits == 1
