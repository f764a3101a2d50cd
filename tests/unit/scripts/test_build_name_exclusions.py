"""scripts.build_name_exclusions: the frequent words the name detector reads as no name, in every market language
(the cases of frequent words that end as surnames do; the hand-written words of the languages wordfreq lacks)."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator

import pytest

from runtime.privacy.detectors.name_inflection import family_name
from scripts import build_name_exclusions
from scripts.build_name_exclusions import bulgarian_shaped, by_hand, case_lookalikes, name_shaped_forms


def _fake_wordfreq(lists: dict[str, list[tuple[str, float]]]) -> types.ModuleType:
    """A stand-in for the ``wordfreq`` package: each language's words, most frequent first, with their Zipf."""
    module = types.ModuleType("wordfreq")

    def iter_wordlist(language: str) -> Iterator[str]:
        return iter([word for word, _ in lists.get(language, [])])

    def zipf_frequency(word: str, language: str) -> float:
        return dict(lists.get(language, [])).get(word, 0.0)

    module.iter_wordlist = iter_wordlist  # type: ignore[attr-defined]
    module.zipf_frequency = zipf_frequency  # type: ignore[attr-defined]
    return module


def test_cases_of_frequent_words_that_end_as_surnames_are_frequent(monkeypatch: pytest.MonkeyPatch) -> None:
    lists = {
        "lt": [("savaitė", 5.0), ("mergaitė", 4.9), ("savaitei", 4.1), ("petrauskienei", 3.5), ("retaitei", 2.0)],
        "is": [("jónsdóttir", 5.0), ("og", 4.9), ("jónsdóttur", 3.9)],
        "sh": [("mladić", 4.8), ("i", 4.7), ("mladića", 3.8)],
    }
    monkeypatch.setitem(sys.modules, "wordfreq", _fake_wordfreq(lists))
    monkeypatch.setattr(build_name_exclusions, "LANGUAGES", ("lt", "is", "sh"))
    shaped = name_shaped_forms(top=2, min_zipf=3.0)
    assert "savaitei" in shaped  # the dative of a week, not of a surname in -aitė
    assert "petrauskienei" not in shaped  # its nominative is no frequent word: a surname's case
    assert "retaitei" not in shaped  # too rare to count
    assert "jonsdottur" not in shaped and "mladica" not in shaped  # surnames in every case, however frequent


def test_cases_of_words_that_read_as_a_listed_surname_are_frequent(monkeypatch: pytest.MonkeyPatch) -> None:
    lists = {
        "cs": [("pobočka", 4.3), ("pobočku", 3.8), ("anny", 3.6), ("urbonienė", 3.6), ("pobočkou", 2.0)],
    }
    monkeypatch.setitem(sys.modules, "wordfreq", _fake_wordfreq(lists))
    monkeypatch.setattr(build_name_exclusions, "LANGUAGES", ("cs",))
    assert family_name("pobocku")  # what the rule is for: the detector reads it as a surname's case
    words = case_lookalikes(top=1, min_zipf=3.5)
    assert "pobocku" in words  # the accusative of a branch
    assert "anny" not in words  # a case of a given name (Anna)
    assert "urboniene" not in words  # no other word of the language it is a case of
    assert "pobockou" not in words  # too rare to count


def test_bulgarian_words_that_end_as_surnames_do_are_frequent(monkeypatch: pytest.MonkeyPatch) -> None:
    lists = {
        "bg": [("и", 7.0), ("вноска", 3.3), ("потребителски", 3.4), ("стойков", 3.2), ("иванова", 3.9)],
        "cs": [("a", 7.0), ("pražská", 3.5)],
    }
    monkeypatch.setitem(sys.modules, "wordfreq", _fake_wordfreq(lists))
    monkeypatch.setattr(build_name_exclusions, "LANGUAGES", ("bg", "cs"))
    words = bulgarian_shaped(top=1, min_zipf=3.0)
    assert "вноска" in words and "потребителски" in words  # an instalment, a consumer (loan)
    assert "стоиков" not in words  # ``-ов``: a surname more often than a word
    assert "иванова" not in words  # a listed name
    assert "prazska" not in words  # Bulgarian only


def test_hand_written_words_are_folded_and_names_left_out() -> None:
    words = set(by_hand())
    assert {"saoire", "airgead", "aares", "vakanz", "flus", "ikkje", "grensa"} <= words
    assert "august" not in words  # a given name that is no common word stays a name
    assert all(word.isalpha() and word == word.casefold() for word in words)
