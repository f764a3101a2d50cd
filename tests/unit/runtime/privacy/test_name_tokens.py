"""The tokens of a stored name that a later partial mention is found by."""

import pytest

from runtime.privacy.name_tokens import HONORIFICS, PARTICLES, name_words, significant_tokens


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Maria da Silva", ("maria", "silva")),
        ("Dr. María  DA SILVA", ("maria", "silva")),
        ("Anne-Marie Lefèvre", ("anne", "marie", "lefevre")),
        ("Sanne van der Berg", ("sanne", "berg")),
        ("José de los Santos y Ortega", ("jose", "santos", "ortega")),
        ("Li Na", ()),  # two letters each: too short to stand alone
        ("Silva Silva", ("silva",)),
        ("Frau Müller", ("muller",)),
    ],
)
def test_significant_tokens(name: str, tokens: tuple[str, ...]) -> None:
    assert significant_tokens(name) == tokens


def test_name_words_keep_short_words_but_not_particles_or_titles() -> None:
    assert name_words("Sra. Li da Silva") == ["li", "silva"]


def test_particles_and_honorifics_are_folded_lower_case_words() -> None:
    for word in PARTICLES | HONORIFICS:
        assert word.isascii() and word.isalpha() and word == word.lower()
