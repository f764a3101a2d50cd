"""Ordinary messages written new for this suite (``tests/fixtures/benign_probe``: towns, streets and squares named
after people without a house number, institutions, shops, products, feasts, amounts, dates and times, in Bulgarian,
Hungarian, Irish, Italian, Nynorsk, Maltese, Danish and Czech; payee fields holding a shop or a place, landmarks'
towns, towns before the word for a town, streets named for kings and men, Bulgarian instalments, in most market
languages) keep their words as written, in lower case and in capitals; the few still altered are named here, so
that any other alteration fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bench.privacy_corpus import builtin, read_benign
from runtime.privacy.detectors.phone import market_regions

PROBE_DIR = Path(__file__).resolve().parents[4] / "fixtures" / "benign_probe"
#: Messages still altered, as written in the fixture: a Sofia district and its number read as an address, an Irish
#: allowance's name capitalized, a Maltese street in lower case whose first given name the lists lack, a Nynorsk
#: place named after a person in capitals, two Irish words in lower case (``aon rud ann``: anything there), a Greek
#: street named for a man whose given name's genitive ends in ``-ος``.
STILL_ALTERED = frozenset(
    {
        "Живея в Младост 1, къде е най-близкият клон?",
        "Cathain a thagann Liúntas Leanaí?",
        "Hemm ATM fi Triq Mikiel Anton Vassalli?",
        "Eg står ved Ivar Aasen-tunet, er det minibank der?",
        "Íocaí: Tesco, €45, níor cheannaigh mé aon rud ann.",
        "στην Ίωνος Δραγούμη υπάρχει κατάστημα;",
    }
)
CASES: dict[str, Callable[[str], str]] = {"written": str, "lower": str.lower, "upper": str.upper}
PROBE = read_benign(PROBE_DIR)


def test_the_probe_holds_enough_messages_in_every_language() -> None:
    assert len(PROBE["bg"]) >= 150 and len(PROBE["hu"]) >= 150
    assert all(len(PROBE[language]) >= 60 for language in ("ga", "it", "nn", "mt", "da", "cs"))


@pytest.mark.parametrize("language", sorted(PROBE))
@pytest.mark.parametrize("case", sorted(CASES))
def test_new_ordinary_messages_keep_their_words(language: str, case: str) -> None:
    altered = [
        (text, [CASES[case](text)[s.start : s.end] for s in spans])
        for text in PROBE[language]
        if text not in STILL_ALTERED and (spans := builtin(CASES[case](text), market_regions([language])))
    ]
    assert altered == []
