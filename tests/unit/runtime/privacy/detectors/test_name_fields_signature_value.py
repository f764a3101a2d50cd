"""A signature line is read with the row cell's pattern as with a pattern of its own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from runtime.privacy.detectors.name_fields import _VALUE, _signature_value

OWN_PATTERN = re.compile(rf"[ \t]*({_VALUE})[ \t]*")
PIECES = ["Ana", "Silva", "d'", "O'Neil", "H.-Dieter", "'t", " ", "  ", "\t", '"', "\r", ",", ", van", "é", "-", "."]


def spans(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span(1)


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
def test_signature_value_is_what_a_pattern_of_its_own_finds(line: str) -> None:
    assert spans(_signature_value(line)) == spans(OWN_PATTERN.fullmatch(line))


def test_signature_value_examples() -> None:
    assert spans(_signature_value("  Ana Silva ")) == (2, 11)
    assert _signature_value('"Ana Silva"') is None
    assert _signature_value("Ana 12") is None
