"""The words of a message as the name detectors read them: phrases ending at a word, runs of joined words."""

from __future__ import annotations

from runtime.privacy.detectors.name_text import Words

#: Phrases by their last word, folded: ``my name is`` and a bare ``is``.
_PHRASES = {"is": [("my", "name"), ()]}


def test_a_phrase_is_found_where_it_begins() -> None:
    words = Words("well, my name is Ana")
    assert words.phrase_start(3, _PHRASES) == 1
    assert words.phrase_start(2, _PHRASES) is None  # ``name`` ends no phrase


def test_shorter_phrases_can_be_left_out() -> None:
    words = Words("it is Ana")
    assert words.phrase_start(1, _PHRASES) == 1  # the bare ``is``
    assert words.phrase_start(1, _PHRASES, least_before=1) is None


def test_follows_needs_the_phrase_joined_to_the_word() -> None:
    assert Words("my name is Ana").follows(3, _PHRASES)
    assert not Words("my name is\nAna").follows(3, _PHRASES)


def test_a_run_is_joined_only_by_single_spaces() -> None:
    assert Words("schéinen Dag Ana").joined_run(0, 2)
    assert not Words("schéinen,  Dag Ana").joined_run(0, 2)
