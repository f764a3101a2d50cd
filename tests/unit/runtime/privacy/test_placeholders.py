"""Placeholders, and the escaping that keeps the user's typed look-alikes of them apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.placeholders import (
    PLACEHOLDER_PATTERN,
    escape_typed,
    escaped_lookalikes,
    make_placeholder,
    parse_placeholder,
    typed_lookalikes,
    unescape_typed,
)

PIECES = st.sampled_from(
    ["[NAME_1]", "[IBAN_12]", "［NAME_1］", "［", "］", "[", "]", "NAME_1", "_", "1", "A", " ", "é", "［［", "］］"]
)
TEXTS = st.lists(PIECES | st.text(max_size=3), max_size=20).map("".join)


def test_make_and_parse() -> None:
    assert make_placeholder("NIF_PT", 2) == "[NIF_PT_2]"
    assert parse_placeholder("[NIF_PT_2]") == ("NIF_PT", 2)
    assert parse_placeholder("[NIF_PT_02]") is None


def test_a_typed_look_alike_reaches_the_model_in_full_width_brackets() -> None:
    assert escape_typed("Quem é [NAME_1]?") == "Quem é ［NAME_1］?"
    assert escape_typed("Quem é ［NAME_1］?") == "Quem é ［［NAME_1］］?"  # typed full-width: doubled
    assert escape_typed("[nome] e [NAME_] ficam") == "[nome] e [NAME_] ficam"


@given(TEXTS)
def test_escaping_leaves_no_placeholder_and_is_undone_exactly(text: str) -> None:
    escaped = escape_typed(text)
    assert PLACEHOLDER_PATTERN.search(escaped) is None
    assert unescape_typed(escaped) == text


def test_where_the_user_typed_look_alikes() -> None:
    text = "[NAME_1] e ［IBAN_2］ mas não [nome]"
    assert [text[a:b] for a, b in typed_lookalikes(text)] == ["[NAME_1]", "［IBAN_2］"]


def test_what_the_model_received_marks_the_typed_look_alikes() -> None:
    sent = escape_typed("Quem é [NAME_1]? ") + "[NAME_2]"
    assert escaped_lookalikes(sent) == [(7, 15, "[NAME_1]")]
