"""A label, then a few words saying whose number it is, then a colon (``NIF dele:``, ``PESEL mojej córki:``,
``BSN van mijn zoon:``): the number after the colon is the label's. Without the colon, words between the label and
a number leave it alone. The examples are this suite's own."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin

WHOSE = [
    ("A minha mãe precisa do IRS. NIF dela: 286 195 338", "286 195 338", "NIF_PT"),
    ("PESEL mojej córki: 02270803628, czy to wystarczy?", "02270803628", "PESEL_PL"),
    ("Het BSN van de oppas: 111222333", "111222333", "BSN_NL"),
    ("Podaj NIF z faktury: 286195338", "286195338", "NIF_PT"),
]


@pytest.mark.parametrize(("message", "value", "kind"), WHOSE)
def test_a_number_after_whose_words_and_a_colon_is_the_labels(message: str, value: str, kind: str) -> None:
    """The number after the colon is found as the label's type."""
    found = {(message[s.start : s.end], s.entity_type) for s in detect_builtin(message)}
    assert (value, kind) in found


def test_words_without_a_colon_leave_the_number_alone() -> None:
    """``NIF da empresa é 500 …``: an amount a clause after the label is no identifier."""
    message = "O NIF da empresa ficou na fatura de 500 euros"
    assert detect_builtin(message) == []
