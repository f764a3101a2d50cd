"""Ordinary messages full of dates and numbers (``tests/fixtures/benign_dates_probe``, this suite's own: due dates,
anniversaries, birth certificates, companies founded, contract, invoice and claim numbers, IBAN fragments, periods)
keep their dates and numbers, as written, in capitals and in lower case.

The alterations other detectors make (a word taken for a name or a street) are listed by message and type; any
other alteration fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest

from bench.benign_cased import FORMS, alterations, languages, read_cased
from runtime.privacy.detectors import birth_context

PROBE_DIR: Final = Path(__file__).resolve().parents[5] / "tests" / "fixtures" / "benign_dates_probe"
#: The year the probe's messages were written in: "next year" in them is a year still to come.
WRITTEN_IN: Final = 2026
#: Alterations of the names' and the addresses' detectors (other helpers' work): (language, message, type).
OTHERS: Final = frozenset(
    {
        ("cs", "Je mi 67 a jsem v důchodu od 1. července 2024.", "ADDRESS"),
        ("cs", "K narozeninám maminky 3. dubna 2026 chci dárkovou kartu.", "ADDRESS"),
        ("cs", "K výročí svatby 12. června 2026 chci zvýšit limit karty.", "ADDRESS"),
        ("cs", "PSČ 110 00 Praha, doručení 14. 3. 2026?", "ADDRESS"),
        ("cs", "Smlouva č. 4471 209 886 podepsaná 15. 6. 2019, chci ji vypovědět.", "ADDRESS"),
        ("el", "Ταχυδρομικός κώδικας 105 57 Αθήνα, παράδοση στις 14/03/2026;", "NAME"),
        ("et", "Ema sünnipäevaks 3. aprillil 2026 soovin kinkekaarti.", "NAME"),
        ("fi", "Tiliotteet vuosilta 2019–2024, kiitos, kirjanpitäjälle.", "NAME"),
        ("fr", "Période d'essai du 01/03/2026 au 31/03/2026, puis 9,99 € par mois.", "NAME"),
        # a birth name's field holds the writer's birth name: the name is hidden, the date stays
        ("fr", "Nom de naissance : Dupont, mariée le 12/06/1998, faut-il changer le nom du compte ?", "NAME"),
        ("hu", "1990. január 1. óta vagyok ügyfél, van bónusz?", "NAME"),
        ("is", "Yfirlit frá 2019 til 2024, takk, fyrir bókarann.", "NAME"),
        ("lb", "Mäi Meedchen huet den 12. Mäerz Gebuertsdag, ech wëll hir 50 € iwwerweisen.", "NAME"),
        ("lv", "Mana vecmāmiņa dzimusi 1931. gadā, vai varu viņai atvērt krājkontu?", "NAME"),
        ("mt", "Għall-anniversarju taż-żwieġ fit-12 ta' Ġunju 2026 irrid ngħolli l-limitu tal-karta.", "NAME"),
        ("mt", "Id-dikjarazzjoni għall-2025 sat-30 ta' Ġunju 2026?", "NAME"),
        ("nb", "Faktura nr. 2026-03-1145 av 28. februar 2026, beløp 4 123,70 kr.", "ADDRESS"),
        ("nn", "Til bryllaupsdagen vår 12. juni 2026 vil eg auke kortgrensa.", "NAME"),
        ("pl", "Mój IBAN zaczyna się od PL61 1090 1014, czy to dobry format?", "ADDRESS"),
        ("pt", "Certidão de nascimento pedida a 12 de fevereiro de 2026, ainda nada.", "NAME"),
        ("pt", "Certidão de nascimento pedida em 03/04/2026, quanto demora?", "NAME"),
        ("sk", "Banka oslavuje výročie 2. októbra 2026, založená 1848.", "ADDRESS"),
        ("sk", "K narodeninám mamy 3. apríla 2026 chcem darčekovú kartu.", "ADDRESS"),
        ("sk", "K výročiu svadby 12. júna 2026 chcem zvýšiť limit karty.", "ADDRESS"),
        ("sk", "Poistná udalosť č. 2026 0314 7781 nahlásená 14. marca 2026.", "ADDRESS"),
        ("sk", "Stretnutie 14. 3. 2026 o 10:30 na pobočke, potvrdené?", "ADDRESS"),
        ("sk", "Zmluva č. 4471 209 886 podpísaná 15. 6. 2019, chcem ju vypovedať.", "ADDRESS"),
    }
)


@pytest.fixture(autouse=True)
def _written_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(birth_context, "_THIS_YEAR", WRITTEN_IN)
    yield


def test_the_probe_covers_every_language_of_the_zone() -> None:
    assert len(read_cased("fr", PROBE_DIR)) >= 150
    assert len(languages(PROBE_DIR)) == 28
    assert all(len(read_cased(language, PROBE_DIR)) >= 30 for language in languages(PROBE_DIR))


@pytest.mark.parametrize("language", languages(PROBE_DIR))
@pytest.mark.parametrize("form", sorted(FORMS))
def test_dates_and_numbers_stay_as_written(language: str, form: str) -> None:
    unexpected = [
        (message, altered)
        for message in read_cased(language, PROBE_DIR)
        for _, altered in alterations(language, [message], form)
        if (language, message, altered.split(":", 1)[0]) not in OTHERS
    ]
    assert unexpected == []
