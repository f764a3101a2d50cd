"""The view detection reads: invisible characters gone, separators in one form, spans mapped back whole."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.pseudonymize import Vault
from runtime.privacy.spans import merge_spans
from runtime.privacy.text_view import text_view, view_char
from runtime.privacy.types import PiiSpan

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f", "\u202a", "\u2066"]
SPACES = [" ", "\u00a0", "\u2009", "\u202f", "\u2007", "\u3000", "\t"]
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]


def found(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text), text)]


def test_plain_ascii_is_its_own_view() -> None:
    view = text_view("IBAN PT50 0002 0123 1234 5678 9015 4, ok.\nThanks")
    assert view.text == view.source and view.offsets is None
    assert view.source_span(5, 9) == (5, 9)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("PT50\u200b0002\u00ad0123", "PT5000020123"),
        ("912\u2013345\u2014678", "912-345-678"),
        ("4111_1111_1111_1111", "4111-1111-1111-1111"),
        ("912\t345\u202f678", "912 345 678"),
        ("912   345", "912 345"),  # a run of spaces between digits reads as one
        ("030 / 123 456", "030/123 456"),  # a slash with spaces around it between digits reads as the slash
        ("+(371)\t2462\t6772", "+(371) 2462 6772"),  # a tab between a number's groups reads as a space
        ("Olá\tAna", "Olá\tAna"),  # a tab between words stays
        ("Nome\tTelefone\tAno\nAna\t912\t1985", "Nome\tTelefone\tAno\nAna\t912\t1985"),  # a table's tabs stay
        ("BG80_BNBG_96XI_CMS7", "BG80-BNBG-96XI-CMS7"),  # underscores between the groups of a code with digits
        ("ana_silva@x.pt", "ana_silva@x.pt"),  # an underscore between letters stays
        ("Olá  Ana", "Olá  Ana"),  # a run of spaces between words stays as long as it is
        ("＋３５１ ９１２", "+351 912"),
        ("\ufeffJosé\u2060", "José"),
    ],
)
def test_what_the_view_reads(written: str, read: str) -> None:
    assert text_view(written).text == read


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_each_view_character_comes_from_its_source_character_in_order(source: str) -> None:
    view = text_view(source)
    offsets = view.offsets if view.offsets is not None else tuple(range(len(source)))
    assert len(offsets) == len(view.text)
    assert all(a < b for a, b in pairwise(offsets))
    for index, char in zip(offsets, view.text, strict=True):
        original = source[index]
        assert char == view_char(original) or (original, char) in (("_", "-"), ("\t", " "))
    # Nothing invisible is left, and only invisible characters (and runs of spaces between digits) are dropped.
    assert not any(unicodedata.category(c) == "Cf" for c in view.text)
    dropped = set(range(len(source))) - set(offsets)
    assert all(
        unicodedata.category(source[i]) == "Cf" or source[i] == "\t" or view_char(source[i]) == " " for i in dropped
    )


@given(
    st.lists(st.sampled_from([*INVISIBLE, "", "", ""]), min_size=30, max_size=30),
    st.sampled_from(SPACES),
)
def test_a_value_with_invisible_characters_maps_back_whole(invisible: list[str], space: str) -> None:
    value = "PT50 0002 0123 1234 5678 9015 4"
    written = value.replace(" ", space)
    hidden = "".join(c + mark for c, mark in zip(written[:-1], invisible, strict=True)) + written[-1]
    text = f"O meu IBAN é {hidden}, obrigada."
    view = text_view(text)
    start = view.text.index("PT50")
    end = start + len(value)
    assert view.text[start:end] == value
    first, last = view.source_span(start, end)
    assert text[first:last] == hidden


def test_spans_of_the_view_become_spans_of_the_message() -> None:
    text = "tel\u00a0912\u200b345\u200b678"
    view = text_view(text)
    start = view.text.index("912")
    [span] = view.source_spans([PiiSpan(start, start + 9, "PHONE", "builtin"), PiiSpan(2, 2, "X", "builtin")])
    assert text[span.start : span.end] == "912\u200b345\u200b678"


@pytest.mark.parametrize(
    ("written", "entity_type"),
    [
        ("PT50\u200b0002\u200b0123\u200b1234\u200b5678\u200b9015\u200b4", "IBAN"),
        ("PT50 0002 0123 1234\u00ad5678 9015 4", "IBAN"),
        ("DE89\u20603704\u20600044\u20600532\u20600130\u206000", "IBAN"),
        ("\ufeffPT50000201231234567890154", "IBAN"),
        ("4111\u200b1111\u200b1111\u200b1111", "CARD"),
        ("4111\u20131111\u20131111\u20131111", "CARD"),
        ("4111_1111_1111_1111", "CARD"),
        ("4111\t1111\t1111\t1111", "CARD"),
        ("+351\u00a0912\u202f345\u2009678", "PHONE"),
        ("912\u2013345\u2013678", "PHONE"),
        ("912\u200b345\u200b678", "PHONE"),
        ("+49\u00ad30\u00ad1234\u00ad5678", "PHONE"),
        ("ana.silva\u200b@gmail.com", "EMAIL"),
        ("ana\u00adsilva@sapo.pt", "EMAIL"),
    ],
)
def test_values_hidden_by_invisible_characters_and_odd_separators_are_found_whole(
    written: str, entity_type: str
) -> None:
    text = f"Olá, segue: {written} (confirme por favor)"
    assert found(text) == [(entity_type, written.lstrip("\ufeff"))]


def test_a_nif_with_a_word_joiner_inside_is_found() -> None:
    text = "NIF 245\u2060678\u2060913, obrigado"
    assert found(text) == [("NIF_PT", "245\u2060678\u2060913")]


def test_a_name_with_a_zero_width_space_inside_is_found() -> None:
    text = "Olá, chamo-me Ana\u200b Silva e queria abrir uma conta."
    assert ("NAME", "Ana\u200b Silva") in found(text)


def test_invisible_characters_alone_hide_nothing_and_change_nothing() -> None:
    text = "Bom dia\u200b, queria\u00ad saber o horário\u2060 da agência."
    assert found(text) == []


def test_every_invisible_format_character_is_read_through() -> None:
    every_cf = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]
    assert every_cf and all(text_view(f"1{c}2").text == "12" for c in every_cf)


def test_every_space_width_reads_as_a_space() -> None:
    every_zs = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"]
    assert all(text_view(f"9{c}1").text == "9 1" for c in [*every_zs, "\t"])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("4111 - 1111", "4111-1111"),
        ("912 \u2013 345\u2014 678", "912-345-678"),
        ("1111 -1111", "1111-1111"),
        ("Lisboa - Porto", "Lisboa - Porto"),  # between words a spaced dash stays
        ("ano 2020 - agora", "ano 2020 - agora"),
    ],
)
def test_a_dash_with_spaces_between_digits_reads_as_the_dash(written: str, read: str) -> None:
    view = text_view(written)
    assert view.text == read
    if view.offsets is not None:
        assert all(written[i] == c or view_char(written[i]) == c for i, c in zip(view.offsets, read, strict=True))


def test_a_value_known_from_an_earlier_turn_is_found_through_invisible_characters() -> None:
    vault = Vault.from_dict({"[NAME_1]": "Ana Ferreira"})
    text = "A Ana\u200b Ferreira\u2060 pode assinar?"
    [span] = vault.known_value_spans(text)
    assert text[span.start : span.end] == "Ana\u200b Ferreira"


def test_a_tab_after_a_code_group_with_a_letter_reads_as_a_space() -> None:
    # Corsica's department (2A, 2B) inside a French social-security number pasted with tabs.
    assert text_view("n° 2\t08\t01\t2B\t033\t983\t72").text == "n° 2 08 01 2B 033 983 72"
    assert text_view("Nome\tCódigo\nAna\t2B").text == "Nome\tCódigo\nAna\t2B"  # a table's tabs stay
