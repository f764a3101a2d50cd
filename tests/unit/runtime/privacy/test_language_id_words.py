"""runtime.privacy.language_id_words: the frequent words that tell a zone language from the others."""

from __future__ import annotations

import pytest

from runtime.privacy.comprehend_plan import language_calls
from runtime.privacy.language_id import LanguageIdentifier
from runtime.privacy.language_id_evidence import reweigh
from runtime.privacy.language_id_words import (
    FACTOR,
    UNLISTED,
    WordMarks,
    listed_words,
    shipped_words,
    tally,
    unlisted_counts,
    word_counts,
)


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


MARKS = WordMarks.parse(["# a comment", "hr sl\thvala kako", "sk\tpotrebujem heslo", "pt\tnao consigo"])


def test_a_word_counts_once_for_each_language_whose_list_holds_it() -> None:
    assert word_counts("Hvala, kako da potrebujem heslo?", MARKS) == {"hr": 2, "sl": 2, "sk": 2}
    assert word_counts("Nothing listed here", MARKS) == {}


def test_a_word_written_as_names_and_acronyms_are_does_not_count() -> None:
    assert word_counts("Ask Nao about it", MARKS) == {}  # capitalized inside a sentence: a name
    assert word_counts("Nao consigo. Hvala", MARKS) == {"pt": 2, "hr": 1, "sl": 1}  # a sentence's first word
    assert word_counts("NAO CONSIGO", MARKS) == {}  # capitals throughout


def test_listed_words_raise_their_languages_by_the_factor() -> None:
    scores = (("es", 0.6), ("sk", 0.3), ("en", 0.1))
    raised = dict(reweigh(scores, word_counts("heslo", MARKS), FACTOR))
    assert raised["sk"] > raised["es"]
    assert raised["sk"] / raised["es"] == 0.3 * FACTOR / 0.6


def test_the_shipped_words_hold_forms_without_diacritics_and_mark_only_languages_making_the_same_calls() -> None:
    owners = shipped_words().owners
    assert set(owners["hvala"]) == {"hr", "sl"}
    assert owners["nao"] == owners["não"] == ("pt",)
    assert owners["mokesciu"] == owners["mokesčių"] == ("lt",)
    assert owners["thetta"] == ("is",)
    assert "na" not in owners and "the" not in owners  # words of several languages that make different calls
    assert all(len({language_calls(language) for language in languages}) == 1 for languages in owners.values())


def test_a_word_of_a_listed_language_making_no_call_raises_the_unlisted_ones_once() -> None:
    """Estonian ``saan`` is a Finnish word too: the word tells both from the languages Comprehend reads."""
    assert unlisted_counts([("fi",), ("fi",), ("fi",), ("sk",)]) == dict.fromkeys(UNLISTED, 1)
    assert unlisted_counts([("pt",), ("es",)]) == {}  # Comprehend reads them: no evidence for a silent language
    assert unlisted_counts([]) == {}
    assert "en" not in UNLISTED and {"et", "ga", "mt"} <= set(UNLISTED)


def test_a_word_several_silent_languages_write_raises_the_unlisted_ones_as_it_raises_them() -> None:
    """``kas`` is Finnish, Latvian, Lithuanian and Dutch, and Estonian too, which has no list."""
    assert unlisted_counts([("fi", "lt", "lv", "nl")]) == dict.fromkeys(UNLISTED, 1)
    assert unlisted_counts([("fi", "lt", "lv", "nl"), ("fi",)]) == dict.fromkeys(UNLISTED, 2)
    assert unlisted_counts([("da", "is", "nb", "sv"), ("da", "lv")]) == dict.fromkeys(UNLISTED, 2)
    assert unlisted_counts([("is", "nb"), ("nb",), ("da", "is", "nb", "sv")]) == dict.fromkeys(UNLISTED, 2)


def test_listed_words_keep_each_word_s_languages_and_tally_counts_them() -> None:
    found = listed_words("Hvala, kako da potrebujem heslo?", MARKS)
    assert found == [("hr", "sl"), ("hr", "sl"), ("sk",), ("sk",)]
    assert tally(found) == word_counts("Hvala, kako da potrebujem heslo?", MARKS) == {"hr": 2, "sl": 2, "sk": 2}


def test_an_estonian_message_sharing_a_finnish_word_stays_estonian(identifier: LanguageIdentifier) -> None:
    text = "kas ma saan oma pangakaardi limiiti suurendada"  # saan: Finnish and Estonian; kas: many languages'
    assert word_counts(text)["fi"] >= 1
    assert identifier.identify(text).best_of(["et", "fi", "en"]) == "et"
