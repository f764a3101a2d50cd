"""scripts.build_skip_words: the frequent words a message may hold and still skip Comprehend."""

from __future__ import annotations

from scripts.build_skip_words import pieces, without_places


def test_words_are_cut_as_the_runtime_cuts_them_and_elided_ones_kept_whole() -> None:
    assert pieces(["Don't", "l'argent", "ajudar-me", "1er", "don"]) == ["don't", "don", "t", "l'argent", "l", "argent",
                                                                       "ajudar", "me", "er"]  # fmt: skip


def test_countries_always_and_towns_but_for_the_most_frequent_words_are_left_out() -> None:
    words = ["to", "para", "london", "money", "portugal"]
    kept = without_places(words, towns=frozenset({"to", "london"}), countries=frozenset({"portugal"}), head=2)
    assert kept == ["to", "para", "money"]
