"""In a message written all in capitals a preposition that is a family name too (``FROM``, ``FÜR``, ``TIL``)
begins no name written surname first when a given name and a surname follow it; a family name first before a
given name alone still reads so (``NAGY ESZTER``). The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I GOT A PAYMENT FROM MAUREEN DUNN YESTERDAY", ["MAUREEN DUNN"]),  # en
        ("ICH HABE DAS GELD FÜR ANDRÉ SCHMIDTS KONTO ÜBERWIESEN", ["ANDRÉ SCHMIDTS"]),  # de
        ("JEG SENDTE PENGENE TIL NORA ARNESENS KONTO", ["NORA ARNESENS"]),  # nb
    ],
)
def test_a_preposition_in_capitals_stays_out_of_the_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_family_name_first_before_a_given_name_alone_still_reads_so() -> None:
    assert found("KÉREM UTALJA NAGY ESZTER SZÁMLÁJÁRA") == ["NAGY ESZTER"]  # hu: surname first
