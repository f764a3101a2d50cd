"""Merging the spans of several detectors, and the canonical entity types."""

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.spans import merge_spans
from runtime.privacy.types import PiiSpan, canonical_type, sanitize_type

PLACEHOLDER_TYPE = re.compile(r"[A-Z][A-Z0-9_]*")


def span(start: int, end: int, entity_type: str = "NAME", source: str = "comprehend-pii", score: float = 0.9):
    return PiiSpan(start, end, entity_type, source, score)


def test_disjoint_spans_are_sorted_and_kept() -> None:
    a, b, c = span(20, 25), span(0, 4), span(10, 12, "EMAIL", "builtin")
    assert merge_spans([a, b, c]) == [b, c, a]


def test_adjacent_spans_stay_separate() -> None:
    assert merge_spans([span(0, 4), span(4, 8)]) == [span(0, 4), span(4, 8)]


def test_same_value_from_two_detectors_becomes_one_span() -> None:
    pii = span(5, 14, "NAME", "comprehend-pii", 0.99)
    entities = span(5, 14, "NAME", "comprehend-entities", 0.95)
    assert merge_spans([entities, pii]) == [pii]


def test_longest_wins_and_the_group_covers_all_its_spans() -> None:
    # "Maria da" (Comprehend PII) and "Maria da Silva" (DetectEntities): one NAME over the longest.
    merged = merge_spans([span(0, 8, "NAME"), span(0, 14, "NAME", "comprehend-entities")])
    assert merged == [span(0, 14, "NAME", "comprehend-entities")]
    # Partial overlaps chain: the merged span covers the union, typed after the longest member.
    merged = merge_spans([span(0, 6, "ADDRESS"), span(4, 20, "NAME"), span(18, 24, "PHONE", "builtin", 1.0)])
    assert merged == [PiiSpan(0, 24, "NAME", "comprehend-pii", 0.9)]


def test_ties_prefer_the_validated_specific_type() -> None:
    phone = span(3, 12, "PHONE", "builtin", 1.0)
    nif = span(3, 12, "NIF_PT", "builtin", 1.0)
    generic = span(3, 12, "NATIONAL_ID", "comprehend-pii", 1.0)
    assert merge_spans([phone, nif, generic]) == [nif]
    assert merge_spans([generic, phone]) == [generic]
    name = span(0, 5, "NAME", "comprehend-entities", 0.99)
    builtin_email = span(0, 5, "EMAIL", "builtin", 1.0)
    assert merge_spans([name, builtin_email]) == [builtin_email]


def test_ties_of_one_type_prefer_builtin_then_score() -> None:
    builtin = span(0, 5, "PHONE", "builtin", 1.0)
    comprehend = span(0, 5, "PHONE", "comprehend-pii", 1.0)
    assert merge_spans([comprehend, builtin]) == [builtin]
    low, high = span(0, 5, "NAME", "comprehend-pii", 0.6), span(0, 5, "NAME", "comprehend-pii", 0.8)
    assert merge_spans([low, high]) == [high]


def test_empty_spans_are_dropped() -> None:
    assert merge_spans([span(3, 3), span(5, 4)]) == []


spans_strategy = st.lists(
    st.builds(
        lambda start, length, t: PiiSpan(start, start + length, t, "builtin"),
        st.integers(0, 60),
        st.integers(0, 15),
        st.sampled_from(["NAME", "EMAIL", "IBAN", "PHONE"]),
    ),
    max_size=12,
)


@given(spans_strategy)
def test_merge_properties(spans: list[PiiSpan]) -> None:
    merged = merge_spans(spans)
    # Sorted, non-overlapping, non-empty.
    assert all(a.end <= b.start for a, b in itertools.pairwise(merged))
    assert all(m.start < m.end for m in merged)
    # Every character any input span covered is covered by exactly one merged span, and no other.
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert covered == {i for m in merged for i in range(m.start, m.end)}
    # Idempotent.
    assert merge_spans(merged) == merged


def test_canonical_types() -> None:
    assert canonical_type("NAME") == "NAME"
    assert canonical_type("PERSON") == "NAME"
    assert canonical_type("person") == "NAME"
    assert canonical_type("EMAIL") == "EMAIL"
    assert canonical_type("PHONE") == "PHONE"
    assert canonical_type("ADDRESS") == "ADDRESS"
    assert canonical_type("CREDIT_DEBIT_NUMBER") == "CARD"
    assert canonical_type("INTERNATIONAL_BANK_ACCOUNT_NUMBER") == "IBAN"
    assert canonical_type("BANK_ACCOUNT_NUMBER") == "BANK_ACCOUNT"
    assert canonical_type("SSN") == "NATIONAL_ID"
    assert canonical_type("SOMETHING_NEW") == "SOMETHING_NEW"
    assert canonical_type("weird-type 2") == "WEIRD_TYPE_2"


def test_sanitize_type_always_gives_a_placeholder_type() -> None:
    assert sanitize_type("") == "PII"
    assert sanitize_type("--") == "PII"
    assert sanitize_type("9LIVES") == "PII_9LIVES"
    assert sanitize_type("Café crème") == "CAF_CR_ME"


@given(st.text(max_size=20))
def test_sanitize_type_property(entity_type: str) -> None:
    assert PLACEHOLDER_TYPE.fullmatch(sanitize_type(entity_type))
