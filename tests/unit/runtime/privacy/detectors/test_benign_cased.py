"""Ordinary messages to a bank, an insurer or a public office (``tests/fixtures/benign_cased``, this suite's own)
keep their words as written, in capitals and in lower case: at most one in a hundred is altered in each form, and
none in the West Slavic languages (inflected towns, streets in the locative, saints' days, institutions)."""

from __future__ import annotations

import pytest

from bench.benign_cased import FORMS, alterations, languages, read_cased

WEST_SLAVIC = ("cs", "sk", "pl")
#: Altered messages allowed in each form, of every language together.
MOST_ALTERED = 0.01


@pytest.mark.parametrize("language", WEST_SLAVIC)
@pytest.mark.parametrize("form", sorted(FORMS))
def test_west_slavic_messages_keep_their_words(language: str, form: str) -> None:
    assert alterations(language, read_cased(language), form) == []


@pytest.mark.parametrize("form", sorted(FORMS))
def test_ordinary_messages_are_rarely_altered(form: str) -> None:
    altered = total = 0
    for language in languages():
        texts = read_cased(language)
        total += len(texts)
        altered += len({written for written, _ in alterations(language, texts, form)})
    assert altered <= MOST_ALTERED * total
