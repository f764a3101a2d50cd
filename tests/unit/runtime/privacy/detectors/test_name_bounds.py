"""A name span is the name: the closing, relation noun or name label before it and the verb after it stay out
(the word beside a name carries the message's sense). The sentences are this file's own."""

import pytest

from bench.privacy_corpus import builtin
from runtime.privacy.detectors.name_bounds import before_name_word
from runtime.privacy.detectors.name_verbs import verb_form
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.types import NAME


def found(text: str, language: str) -> list[str]:
    spans = builtin(text, market_regions([language]))
    return sorted(text[s.start : s.end] for s in spans if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Helsing Arne", "nn", ["Arne"]),  # a closing that is a family name too
        ("Íocaí Seán Ó Briain", "ga", ["Seán Ó Briain"]),  # a payee label
        ("Meine Ex-Frau Petra Schuster hat noch eine Karte.", "de", ["Petra Schuster"]),
        ("Mäi Cousin Jos huet de Prêt ënnerschriwwen.", "lb", ["Jos"]),
        ("moja babka zuzana nedostala výpis.", "sk", ["zuzana"]),
        ("minu tütar kaja vajab abi.", "et", ["kaja"]),
        ("ma grand-mère odile n'a rien reçu.", "fr", ["odile"]),
        ("għidu lil nicole iċempilli lura.", "mt", ["nicole"]),
    ],
)
def test_the_span_is_the_name(text: str, language: str, expected: list[str]) -> None:
    assert found(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Kovács Péter hívott tegnap.", "hu", ["Kovács Péter"]),  # a family name first is still the name's
        ("moja siostra anna kowalska dzwoniła.", "pl", ["anna kowalska"]),  # a listed surname stays
        ("Mvh Kari Nordmann", "nb", ["Kari Nordmann"]),
        ("Meine Tochter Isa Brandt braucht ein Konto.", "de", ["Isa Brandt"]),  # a given name that is a relation
    ],
)
def test_the_name_is_kept_whole(text: str, language: str, expected: list[str]) -> None:
    assert found(text, language) == expected


def test_words_beside_a_name() -> None:
    """Closings, relation nouns, labels and former relations are words beside a name; given names are not."""
    assert all(before_name_word(word) for word in ("mvh", "helsing", "kontoinhaber", "tochter", "ex-mann"))
    assert not any(before_name_word(word) for word in ("anna", "ex", "kowalski"))


def test_verb_shapes() -> None:
    """Verb forms by their shape; surnames of the same languages are not."""
    assert all(verb_form(word) for word in ("nedostala", "negavo", "töötab", "zmarł", "falleció", "n'a", "iċempilli"))
    surnames = ("novak", "kranjc", "nemunas", "tamm", "borg", "d'angelo", "ferreira", "rasała", "deryło", "kozieł")
    assert not any(verb_form(word) for word in surnames)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Hast du Ottos Kündigung gesehen?", "de", ["Ottos"]),  # a German noun the name owns, capitalized
        ("Heute kam Claudias Steuerbescheid.", "de", ["Claudias"]),
        ("Tas ir Annas Bērziņas konts.", "lv", ["Annas Bērziņas"]),  # a genitive name goes on with its surname
    ],
)
def test_a_genitive_name_ends_before_what_it_owns(text: str, language: str, expected: list[str]) -> None:
    assert found(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Frau Petra Schmidt Kundenservice hat angerufen.", "de", ["Petra Schmidt"]),  # a department after the name
        ("Payment to John Smith Invoice 42 failed.", "en", ["John Smith"]),  # a document word
        ("Sheol mé airgead chuig Ruairí Mac Mathúna inné.", "ga", ["Ruairí Mac Mathúna"]),  # a particle's surname
    ],
)
def test_a_name_ends_before_a_noun_after_its_surname(text: str, language: str, expected: list[str]) -> None:
    assert found(text, language) == expected
