"""Names in the cases the probes showed missing: Czech names that lose a vowel, Lithuanian -ius/-us/-tis names,
Latvian accusatives, Estonian, Finnish and Icelandic cases, and the Bulgarian ``с`` (with) before a name."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.name_inflection import family_name, inflected_given
from runtime.privacy.detectors.names import detect
from runtime.privacy.normalize import fold


@pytest.mark.parametrize(
    "form", ["Jiřího", "Zdeňkovi", "Sauliaus", "Giedriumi", "Kęstučio", "Kristiinaga", "Guðmundar", "Þorsteini"]
)
def test_given_name_cases(form: str) -> None:
    """A known given name in its case is read as that name."""
    assert inflected_given(fold(form))


@pytest.mark.parametrize("form", ["Jurgaičio", "Karjalaiseen", "Moravce"])
def test_family_name_cases(form: str) -> None:
    """A patronymic or a surname by its ending, in its case, is read as a family name."""
    assert family_name(fold(form))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Общата сметка с Мария Маринова искаме да я закрием.", "Мария Маринова"),
        ("Моля, свържете се с Иван Павлов, той е мой пълномощник.", "Иван Павлов"),
        ("Peníze od Jiřího Moravce přišly dvakrát.", "Jiřího Moravce"),
        ("Turiu klausimą dėl paskolos, kurią paėmiau kartu su Giedriumi Valančiumi.", "Giedriumi Valančiumi"),
    ],
)
def test_names_found(text: str, name: str) -> None:
    """The name is found whole."""
    assert [text[span.start : span.end] for span in detect(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Живея в с. Иван Вазово, общ. Пловдив.",
        "Сметката е с лихва от 3%.",
        "Peníze přišly dvakrát, proč?",
        "Eile helistas mulle pank ja küsis koodi.",
    ],
)
def test_ordinary_text_left_alone(text: str) -> None:
    """A village after ``с.`` and ordinary words stay unmarked."""
    assert detect(text) == []
