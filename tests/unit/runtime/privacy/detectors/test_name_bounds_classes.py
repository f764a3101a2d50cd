"""Where a name begins and ends: a capitalized particle inside it (Belgian and Italian usage), a German noun after
its possessive before it, a Latvian masculine pair in the nominative; written new for this suite."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.spans import merge_spans


def names(text: str) -> list[str]:
    """The NAME values of ``text`` after merging."""
    return [text[s.start : s.end] for s in merge_spans(detect_builtin(text), text) if s.entity_type == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mijn schoonzus Marloes Van Acker wil haar auto verkopen.", "Marloes Van Acker"),
        ("De factuur staat op naam van Jolien De Cock sinds maart.", "Jolien De Cock"),
        ("Ho parlato con Beatrice Della Rovere ieri sera.", "Beatrice Della Rovere"),
        ("Ich bin Bevollmächtigte meines Onkels Reinhold Stöcker, was brauche ich?", "Reinhold Stöcker"),
        ("Meine Praktikantin Svenja hat heute frei.", "Svenja"),
        ("Vakar zvanīja pircējs Ainārs Vītols par mašīnu.", "Ainārs Vītols"),
    ],
)
def test_the_whole_name_and_nothing_more(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Der Huber Sepp kommt morgen vorbei.", "Huber Sepp"), ("Vi spiste på Jensens Bøfhus i går.", None)],
)
def test_a_surname_after_an_article_and_a_danish_genitive(text: str, name: str | None) -> None:
    found = names(text)
    assert (name in found) if name else found == []
