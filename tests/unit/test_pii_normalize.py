"""Folding with offsets and the equality keys of the vault."""

from hypothesis import given
from hypothesis import strategies as st

from runtime.pii.normalize import compact, equality_key, fold, fold_char, fold_with_offsets


@given(st.text(max_size=80))
def test_fold_with_offsets_maps_each_folded_char_to_its_source(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert folded == "".join(fold_char(c) for c in text) == fold(text)
    if offsets is None:
        assert text.isascii() and len(folded) == len(text)
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


def test_equality_keys() -> None:
    assert compact(" +351 912-345-678 ") == "00351912345678"
    assert equality_key("IBAN", "de89 3704") == equality_key("IBAN", "DE893704")
    assert equality_key("NAME", "José  da Silva") == equality_key("NAME", "jose da silva")
    assert equality_key("EMAIL", "José@x.pt") != equality_key("EMAIL", "jose@x.pt")  # accents matter there
    assert equality_key("EMAIL", "A@X.PT") == equality_key("EMAIL", "a@x.pt")
