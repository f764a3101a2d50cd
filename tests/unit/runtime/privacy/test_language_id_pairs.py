"""runtime.privacy.language_id_pairs: Estonian or Finnish by how their words are built, without changing any call."""

from __future__ import annotations

import pytest

from runtime.privacy.comprehend_plan import message_calls, trusted_language
from runtime.privacy.language_id import LanguageGuess
from runtime.privacy.language_id_pairs import FACTOR, MAX_WORDS, contrast, share


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Palun saatke uus kaart", 1),  # kaart ends in two consonants: Finnish words never do
        ("Tarvitsen ylimääräisen kortin", -1),  # y: Estonian writes ü
        ("Haluaisin tietää tilini saldosta", -1),  # -sta, a Finnish case ending
        ("Minulla on kysymys", -2),  # -lla, and y
        ("Tere, mu palk tuli", 1),  # palk
        ("Tilisiirto ja maksu", 0),  # nothing either language alone writes
        ("ATM PIN NFC", 0),  # acronyms count for neither
    ],
)
def test_words_count_for_the_language_whose_spelling_rules_they_keep(text: str, expected: int) -> None:
    assert contrast(text) == expected


def test_sharing_keeps_the_pair_s_sum_and_every_other_probability() -> None:
    scores = (("fi", 0.5), ("en", 0.3), ("et", 0.1), ("de", 0.1))
    shared = dict(share(scores, 1))
    assert shared["et"] + shared["fi"] == pytest.approx(0.6)
    assert shared["en"] == 0.3 and shared["de"] == 0.1
    assert shared["et"] / shared["fi"] == pytest.approx(0.1 / 0.5 * FACTOR)


def test_the_balance_counts_at_most_the_most_words_and_either_way() -> None:
    scores = (("fi", 0.5), ("et", 0.5))
    assert share(scores, MAX_WORDS) == share(scores, 10 * MAX_WORDS)
    assert dict(share(scores, -1))["fi"] == pytest.approx(FACTOR / (1 + FACTOR))
    assert share(scores, 0) == scores
    assert share((("fi", 0.9), ("en", 0.1)), 2) == (("fi", 0.9), ("en", 0.1))  # no Estonian probability to share
    tiny = (("en", 0.9996), ("fi", 0.0002), ("et", 0.0002))
    assert share(tiny, 3) == tiny  # too little to name either language


@pytest.mark.parametrize(
    "scores",
    [
        (("fi", 0.6), ("et", 0.05), ("en", 0.35)),
        (("en", 0.5), ("fi", 0.3), ("et", 0.2)),
        (("fi", 0.95), ("et", 0.05)),
        (("pt", 0.85), ("fi", 0.1), ("et", 0.05)),
    ],
)
@pytest.mark.parametrize("balance", [-3, 1, 3])
def test_sharing_never_changes_the_calls_nor_the_trust(scores: tuple[tuple[str, float], ...], balance: int) -> None:
    before, after = LanguageGuess(scores, 40), LanguageGuess(share(scores, balance), 40)
    for stack in (("pt", "en"), ("et",), ("fi", "de")):
        assert message_calls(after, stack) == message_calls(before, stack)
    assert (trusted_language(after) is None) == (trusted_language(before) is None)
