from __future__ import annotations

import pytest

from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.names import declined


def _declined(text: str, run: str) -> bool:
    words = Words(text)
    start = next(index for index, (first, _) in enumerate(words.spans) if first == text.index(run))
    end = next(index + 1 for index, (_, last) in enumerate(words.spans) if last == text.index(run) + len(run))
    return declined(words, start, end)


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("Is the branch in Via Prof. Luigi Einaudi open?", "Luigi Einaudi"),  # a street after its title
        ("Cobrou-me a Rua Almirante Reis duas vezes", "Almirante Reis"),  # a street
        ("There is a charge from John Lewis", "John Lewis"),  # a shop
        ("Is the bank open on Lá Fhéile Pádraig?", "Pádraig"),  # a feast
        ("Geachte heer Jansen", "heer"),  # a title
    ],
)
def test_the_rules_decline_places_shops_feasts_and_titles(text: str, run: str) -> None:
    assert _declined(text, run)


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("My neighbour Orsolya Bartha keeps parking in front of my garage", "Orsolya Bartha"),
        ("Ich habe gestern mit Jana Nováková telefoniert", "Jana Nováková"),
    ],
)
def test_a_person_in_passing_is_not_declined(text: str, run: str) -> None:
    assert not _declined(text, run)
