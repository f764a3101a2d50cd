"""A label regex also matches the ASCII and Latin spellings people type for its letters."""

from __future__ import annotations

import re

import pytest

from runtime.privacy.detectors.label_romanized import romanized, romanized_all


def matches(label: str, text: str) -> bool:
    return re.fullmatch(romanized(label), text, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("label", "written", "typed"),
    [
        (r"f[øo]dselsdato", "fødselsdato", "foedselsdato"),  # a letter inside a class
        (r"fødselsdato", "fødselsdato", "fodselsdato"),
        (r"f[æa]ðingardagur", "fæðingardagur", "faedingardagur"),
        (r"s[üu]nniaeg", "sünniaeg", "synniaeg"),  # Estonian typed on a keyboard without ü
        (r"datum ro[đd]enja", "datum rođenja", "datum rodjenja"),
        (r"ημερομηνία γέννησης", "ημερομηνία γέννησης", "imerominia gennisis"),  # Greeklish, phonetic
        (r"ημερομηνία γέννησης", "ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ", "hmeromhnia gennhshs"),  # by the letters' look
        (r"дата на раждане", "дата на раждане", "data na razhdane"),
        (r"роден[а]?", "родена", "rodena"),
        (r"geb\.", "geb.", "GEB."),  # ASCII labels stay as they are
    ],
)
def test_a_label_matches_as_written_and_as_typed(label: str, written: str, typed: str) -> None:
    assert matches(label, written)
    assert matches(label, typed)


@pytest.mark.parametrize(
    ("label", "other"),
    [
        (r"fødselsdato", "fxdselsdato"),
        (r"дата на раждане", "data na rozhdane"),
        (r"ημερομηνία", "imerominio"),
    ],
)
def test_other_words_still_do_not_match(label: str, other: str) -> None:
    assert not matches(label, other)


def test_an_ascii_label_is_returned_unchanged_and_duplicates_are_dropped() -> None:
    assert romanized(r"date of birth|dob") == r"date of birth|dob"
    assert romanized_all([r"dob", r"dob", r"ημ\. γέννησης"])[:1] == ("dob",)
    assert len(romanized_all([r"dob", r"dob"])) == 1


def test_escapes_and_ascii_classes_are_kept() -> None:
    assert romanized(r"ημ\. [ab]").endswith(r"\. [ab]")
