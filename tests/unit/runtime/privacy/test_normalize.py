"""Folding with offsets and the equality keys of the vault."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.normalize import (
    compact,
    fold,
    fold_char,
    fold_with_offsets,
    source_span,
)


@given(st.text(max_size=80))
def test_fold_with_offsets_maps_each_folded_char_to_its_source(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert folded == "".join(fold_char(c) for c in text) == fold(text)
    if offsets is None:
        assert all(len(fold_char(c)) == 1 for c in text) and len(folded) == len(text)
        return
    assert len(offsets) == len(folded)
    assert offsets == sorted(offsets)
    # The folded characters of each source character are exactly its fold.
    for index, char in enumerate(text):
        assert "".join(folded[i] for i, source in enumerate(offsets) if source == index) == fold_char(char)


def test_fold_examples() -> None:
    assert fold("Élodie Müller-Straße") == "elodie muller-strasse"
    assert fold("ﬁ İ") == "fi i"
    assert fold("e\u0301") == "e"
    assert fold("０١۲३𝟒") == "01234"  # full-width, Arabic-Indic, Persian, Devanagari, mathematical digits


@given(st.text(max_size=60), st.data())
def test_source_span_covers_the_characters_a_folded_span_came_from(text: str, data: st.DataObject) -> None:
    folded, offsets = fold_with_offsets(text)
    if offsets is None or not folded:
        return
    start = data.draw(st.integers(0, len(folded) - 1))
    end = data.draw(st.integers(start + 1, len(folded)))
    first, last = source_span(text, offsets, start, end)
    assert folded[start:end] in fold(text[first:last])
    # Nothing more: it starts at the first source character and extends only over trailing combining marks.
    assert first == offsets[start]
    assert all(unicodedata.combining(c) for c in text[offsets[end - 1] + 1 : last])


def test_compact_forms() -> None:
    assert compact(" +351 912-345-678 ") == "00351912345678"
    assert compact("＋３５１ ９１２") == compact("+٣٥١ ٩١٢") == "00351912"


def test_invisible_characters_fold_to_nothing() -> None:
    assert fold("Ana\u200b Sil\u00adva") == "ana silva"
    folded, offsets = fold_with_offsets("PT50\u200b0002")
    assert folded == "pt500002" and offsets == [0, 1, 2, 3, 5, 6, 7, 8]


@given(st.text())
def test_fold_is_each_character_folded(text: str) -> None:
    assert fold(text) == "".join(fold_char(c) for c in text)
