"""The rest of an IBAN read character by character ends where one regex of its length would end."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.detectors.iban import _GROUP_GAP, SEPA_IBAN_LENGTHS, _rest_end

LENGTHS = sorted(set(SEPA_IBAN_LENGTHS.values()))
PIECES = [*"AB09z", " ", "  ", "\t", "-", ".", "/", "\n", "\r\n", "\u00a0", "é", "_"]
TEXTS = st.lists(st.sampled_from(PIECES)).map("".join)


def one_regex_end(text: str, position: int, count: int) -> int:
    match = re.compile(rf"(?:{_GROUP_GAP}?[A-Za-z0-9]){{{count}}}(?![^\W_])").match(text, position)
    return -1 if match is None else match.end()


@given(TEXTS, st.sampled_from(LENGTHS))
def test_rest_ends_where_one_regex_of_the_length_ends(text: str, length: int) -> None:
    count = min(length - 4, max(1, len(text) // 2))
    assert _rest_end(text, 0, count) == one_regex_end(text, 0, count)


def test_rest_of_a_grouped_iban_and_of_one_glued_to_more_digits() -> None:
    assert _rest_end("PT50 0002 0123 1234 5678 9015 4", 4, 21) == len("PT50 0002 0123 1234 5678 9015 4")
    assert _rest_end("PT50 0002 0123 1234 5678 9015 45", 4, 21) == -1
    assert _rest_end("PT50 0002", 4, 21) == -1
