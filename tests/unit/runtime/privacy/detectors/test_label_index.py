"""Labels indexed by their first letter find what one regex of all of them finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from runtime.privacy.detectors.label_index import LabelIndex, alternatives, and_unaccented, first_letters, for_letter
from runtime.privacy.detectors.labelled_ids import LABELS

GROUPS = [labels for labels, _ in LABELS]
ONE_REGEX = re.compile(
    r"(?<![^\W_])(?:" + "|".join(f"(?P<l{i}>{'|'.join(g)})" for i, g in enumerate(GROUPS)) + r")(?![^\W_])",
    re.IGNORECASE,
)
INDEX = LabelIndex(GROUPS)


def test_top_level_alternatives() -> None:
    assert alternatives(r"platební karta|platobná karta") == ["platební karta", "platobná karta"]
    assert alternatives(r"cart[aã]o(?: de (?:cr[eé]dito|d[eé]bito))?") == [
        r"cart[aã]o(?: de (?:cr[eé]dito|d[eé]bito))?"
    ]
    assert alternatives(r"a[|]b|c\|d|e") == [r"a[|]b", r"c\|d", "e"]


def test_first_letters() -> None:
    assert first_letters("nif") == frozenset("n")
    assert first_letters("NIF") == frozenset("n")
    assert first_letters(r"[čc][ií]slo") == frozenset("čc")
    assert first_letters("αμκα") == frozenset("α")
    assert first_letters(r"(?:credit |debit )?card") == frozenset("cd")
    assert first_letters(r"(?:kredit|bank)karte") == frozenset("kb")
    assert first_letters(r"(?:mi[nt]t?|[Dd]in) pass") == frozenset("md")
    assert first_letters(r"(?:credit )+card") is None
    assert first_letters(r"(?:credit )??card") is None
    assert first_letters(r"(?:\d|x)y") is None
    assert first_letters(r"(?:credit )?") is None
    assert first_letters(r"(?=x)card") is None
    assert first_letters(r"(?:a(?:b|c)") is None
    assert first_letters(r"n?if") is None
    assert first_letters(r"[a-z]x") is None


def test_a_leading_group_keeps_only_the_words_of_the_letter() -> None:
    assert for_letter(r"(?:credit |debit |cash )?card", "d") == r"(?:debit )card"
    assert for_letter(r"(?:credit |debit |cash )?card", "c") == r"(?:credit |cash )?card"
    assert for_letter(r"(?:num[eé]ro )?avs", "a") == "avs"
    assert for_letter(r"(?:mi[nt]t?|dit|mein) pas", "m") == r"(?:mi[nt]t?|mein) pas"
    assert for_letter(r"(?:ab|cd)*e", "a") == r"(?:ab|cd)*e"
    assert for_letter("nif", "n") == "nif"


def named(match: re.Match[str] | None) -> tuple[str, int] | None:
    if match is None:
        return None
    return next(name for name, value in match.groupdict().items() if value is not None), match.end()


WORDS = st.sampled_from(
    [
        "NIF", "nif", "Número de contribuinte", "numéro de sécurité sociale", "sécurité sociale", "credit card",
        "card", "Karte", "Kreditkarte", "carta di credito", "AVS", "numéro AVS", "Steuer-ID", "steuernummer",
        "ΑΜΚΑ", "αφμ", "егн", "Reisepass", "passport no.", "codice fiscale", "cf", "nome", "kort", "kortnummer",
        "Rodné číslo", "TAJ szám", "pesel", "personnummer", "x", "iban", "ibanx", "debit card", "payment card",
        "Bankkarte", "debitkarte", "mein Pass", "mit pas", "your passport", "minu pass", "tavo pasas", "Pass", "Nr.",
        "AB1234567", "pas", ":", "uimhir phas", "uimh. an phas", "numéro AVS", "avs", "sécurité sociale",
    ]
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(WORDS, min_size=1, max_size=3).map(" ".join))
def test_the_index_finds_what_one_regex_of_all_labels_finds(text: str) -> None:
    for word in re.finditer(r"(?<![^\W_])[^\W\d_]", text):
        assert named(INDEX.match(text, word.start())) == named(ONE_REGEX.match(text, word.start()))


def test_greek_words_come_with_their_forms_without_accents() -> None:
    assert and_unaccented(("οδός", "rua")) == ("οδός", "rua", "οδος")
    assert and_unaccented(["οδός", "οδος", "ΗΜΕΡΟΜΗΝΊΑ"]) == ("οδός", "οδος", "ΗΜΕΡΟΜΗΝΊΑ", "ΗΜΕΡΟΜΗΝΙΑ")
    assert and_unaccented(("rua", "straße")) == ("rua", "straße")


def test_no_label_index_pattern_repeats_the_labels_of_every_letter() -> None:
    in_other = INDEX._other.pattern if INDEX._other is not None else ""
    assert "pasaporte" not in in_other
    others = [p.pattern for letter, p in INDEX._by_letter.items() if p is not None and letter != "p"]
    assert others and all("pasaporte" not in pattern for pattern in others)
