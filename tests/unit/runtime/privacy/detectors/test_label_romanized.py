"""A label regex has an ASCII spelling: the letters people type for its letters outside ASCII."""

from __future__ import annotations

import re

import pytest

from runtime.privacy.detectors.label_romanized import ascii_forms, ascii_spelling, ascii_spellings


def matches(label: str, text: str) -> bool:
    spelled = ascii_spelling(label)
    return spelled is not None and re.fullmatch(spelled, text, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("label", "typed"),
    [
        (r"f[øo]dselsdato", "foedselsdato"),  # a letter inside a class
        (r"fødselsdato", "fodselsdato"),
        (r"f[æa]ðingardagur", "faedingardagur"),
        (r"s[üu]nniaeg", "synniaeg"),  # Estonian typed on a keyboard without ü
        (r"datum ro[đd]enja", "datum rodjenja"),
        (r"ημερομηνία γέννησης", "imerominia gennisis"),  # Greeklish, phonetic
        (r"ημερομηνία γέννησης", "HMEROMHNIA GENNHSHS"),  # by the letters' look
        (r"дата на раждане", "data na razhdane"),
        (r"роден[а]?", "rodena"),
    ],
)
def test_a_labels_ascii_spelling_matches_as_typed(label: str, typed: str) -> None:
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


def test_an_ascii_spelling_is_ascii_and_keeps_the_regexs_syntax() -> None:
    spelled = ascii_spelling(r"ημ\. γέν(?:νησης|\.)")
    assert spelled is not None and spelled.isascii()
    assert re.fullmatch(spelled, "im. gen.") and re.fullmatch(spelled, "im. gennisis")


def test_ascii_labels_and_labels_matching_their_spellings_have_none() -> None:
    assert ascii_spelling(r"date of birth|dob") is None
    assert ascii_spelling(r"anivers[áa]rio") is None  # the class holds the ASCII letter already
    assert ascii_spellings([r"dob", r"født", r"født", r"anivers[áa]rio"]) == ("f(?:o|oe)dt",)


def test_greek_and_bulgarian_words_have_their_latin_forms() -> None:
    forms = ascii_forms(["δικαιούχος", "получател", "ενοικιαστής", "наемател"])
    assert {"dikaiouchos", "dikaiouxos", "poluchatel", "enoikiastis", "naematel"} <= set(forms)
    assert all(form.isascii() for form in forms)
