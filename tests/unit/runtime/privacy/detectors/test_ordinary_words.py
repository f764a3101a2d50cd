"""Ordinary words in the shapes of a name stay: a frequent word after a word that is a title elsewhere (the Irish
``don``, to the), a common word after an elided article (the Luxembourgish ``d'Par``, the parish); people after a
title or an elided article are still found. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def _names(text: str) -> list[str]:
    return sorted(text[span.start : span.end] for span in names.detect(text) if span.entity_type == NAME)


@pytest.mark.parametrize(
    "text",
    [
        "Cad iad na huaireanta oscailte don Saoire Bainc?",
        "An mbeidh an oifig oscailte don Nollaig?",
        "Wéini ass d'Par op?",
        "Mir treffen eis no der Mass virun d'Par.",
    ],
)
def test_ordinary_words_in_a_name_s_shape_stay(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hablé ayer con don José Pérez.", ["José Pérez"]),
        ("Dzwonił wczoraj pan Nowak.", ["Nowak"]),
        ("Μίλησα με την κα Καλή Νικολοπούλου.", ["Καλή Νικολοπούλου"]),
        ("Wéini ass d'Anna heem komm?", ["d'Anna"]),
    ],
)
def test_people_after_a_title_or_an_elided_article_are_still_found(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ég vil leggja 50.000 kr. til hliðar í hverjum mánuði.", []),
        ("Chcę odłożyć 500 zł. reszta zostaje", []),
        ("greitt 5.000 kr. jón jónsson sendi", ["jón jónsson"]),
        ("takk fyrir. anna kranjc", ["anna kranjc"]),  # a sentence's dot: a rare word may be the surname
    ],
)
def test_a_currency_s_dot_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Empfänger: Deutsche Telekom", []),
        ("Empfänger: Stadtwerke München", []),
        ("Payee: Thames Water", []),
        ("Bénéficiaire : Électricité de France", []),
        ("Begunstigde: Albert Heijn", []),
        ("Destinatario: Poste Italiane SpA", []),
        ("Empfänger: Anna Weber", ["Anna Weber"]),
        ("Navn: Insa Bauer", ["Insa Bauer"]),
        ("Név: Nagy Emese", ["Emese", "Nagy Emese"]),  # the field and the walk
    ],
)
def test_a_payee_field_holding_a_company_names_no_person(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Odbiorca: Biedronka, 45 zł", []),
        ("Příjemce: Albert, 450 Kč", []),
        ("Получател: Кауфланд, 45 лв.", []),
        ("kedvezményezett: Debreceni Nagytemplom, adomány volt?", []),
        ("Kedvezményezett: Budai Vár, ez mi lehet?", []),
        ("Payee: Edinburgh Castle, tickets charged twice", []),
        ("Beneficiário: Castelo de São Jorge, bilhetes", []),
        ("Příjemce: Albert Novák, 450 Kč", ["Albert Novák"]),
        ("Payee: Anna Castle, £45", ["Anna Castle"]),
        ("Navn: Johannessen Tor", ["Johannessen Tor"]),
        ("Nome: Irma Rismondo", ["Irma Rismondo"]),
        ("Name: Ina Meister", ["Ina Meister"]),
        ("Mottaker: Rema 1000, 120 kr", []),
        ("Empfänger: Aldi Süd, 23 €", []),
        ("Titular cont: Ica Nemeș", ["Ica Nemeș"]),
        ("Nome: Sá", ["Sá"]),  # a legal form alone is a surname
    ],
)
def test_a_payee_field_holding_a_shop_or_a_place_names_no_person(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beidh an íocaíocht ann i mí Márta.", []),
        ("An mbeidh an oifig oscailte i mí na Nollag?", []),
        ("Labhair mé le Márta inné.", ["Márta"]),
    ],
)
def test_irish_months_and_christmas_are_no_people(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kas kontor on Jaani ajal lahti?", []),
        ("Kas makse jõuab kohale Mardi päeval?", []),
        ("Maksin Jaani turul kaardiga.", []),
        ("Kas Jaani auto on pangas?", ["Jaani"]),
    ],
)
def test_estonian_saints_days_and_markets_are_no_people(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
