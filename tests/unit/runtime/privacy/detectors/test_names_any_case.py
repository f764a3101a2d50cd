"""Names as people write them in free text, in every language of the zone: in lower case or capitals where the
context says a name comes, by the family name's form, in capitals inside a lower-case message, after relation
words and greetings of every language, inflected, in Greek script. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_greek import greek_skeleton, latin_skeleton
from runtime.privacy.detectors.name_inflection import base_forms, strong_surname
from runtime.privacy.detectors.name_words import GIVEN_NAMES, RARE_FILE, RARE_GIVEN_NAMES
from runtime.privacy.normalize import fold
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ahoj, tady vojtěch, potřebuju poradit s účtem", ["vojtěch"]),  # cs: "here is"
        ("moi, olen pekka. kortti ei toimi", ["pekka"]),  # fi: weak introduction, lower case
        ("bok, ja sam tomislav, trebam pomoć", ["tomislav"]),  # hr
        ("labas, aš esu tomas, turiu klausimą", ["tomas"]),  # lt
        ("hej, det er søren. jeg har et spørgsmål", ["søren"]),  # da
        ("cześć, tu krzysztof, mam pytanie", ["krzysztof"]),  # pl
        ("bună, sunt mihai și am o întrebare", ["mihai"]),  # ro
        ("szia, gergely vagyok, segítség kell", ["gergely"]),  # hu: the name before the verb
        ("hallo, ik ben joost en ik heb een vraag", ["joost"]),  # nl: "ben" is a given name too, not here
        ("dober dan, sem matej", ["matej"]),  # sl: "sem" ends the phrase, begins no name
        ("SZIA, TAMÁS VAGYOK", ["TAMÁS"]),  # in capitals
    ],
)
def test_lower_case_and_capitals_where_the_context_announces_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "sono felice di aiutare",  # it: a given name that is a frequent word, after "sono"
        "ik ben blij met de hulp",  # nl
        "olen kotona koko päivän",  # fi
        "jsem rád, že to funguje",  # cs
        "tady je pobočka banky",  # cs
        "ja sam zadovoljan uslugom",  # hr
    ],
)
def test_ordinary_words_after_a_weak_introduction_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("prevod pre zuzana horváthová prosím", ["zuzana horváthová"]),  # sk: -ová after a known given name
        ("sąskaita priklauso rūta petrauskienė", ["rūta petrauskienė"]),  # lt: -ienė
        ("uplata za ivana kovačević", ["ivana kovačević"]),  # hr: -ić after a given name that is also a word
        ("maksājums ilgai bērziņa kontā, kuru atvēra pēteris kalniņš", ["pēteris kalniņš"]),  # lv: -iņš
        ("reikningurinn er á nafni sólveig hafliðadóttir", ["sólveig hafliðadóttir"]),  # is: -dóttir
        ("Cont deținut de VIORICA POPESCU din 2020.", ["VIORICA POPESCU"]),  # ro: -escu, capitals
        ("Sam Mortensens konto er lukket", ["Sam Mortensens"]),  # da: a given name that is a one-word phrase (hr "sam")
        ("Konto należy do BOŻENA KRZYWICKA od dziś.", ["BOŻENA KRZYWICKA"]),  # pl
    ],
)
def test_a_surname_by_its_form_in_any_letter_case(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hej, TOVE ANDERSEN her. Mit kort virker ikke.", ["TOVE ANDERSEN"]),  # da
        ("Kontoen står på GURO HAUGEN nå.", ["GURO HAUGEN"]),  # nb
        ("Maksu tilille AINO KORHONEN, kiitos.", ["AINO KORHONEN"]),  # fi
        ("Λογαριασμός ΠΑΝΑΓΙΩΤΗΣ ΧΑΤΖΗΔΑΚΗΣ τώρα.", ["ΠΑΝΑΓΙΩΤΗΣ ΧΑΤΖΗΔΑΚΗΣ"]),  # el
        ("Rekening van SANNE VAN DER MEULEN graag.", ["SANNE VAN DER MEULEN"]),  # nl: particles between the words
    ],
)
def test_names_in_capitals_inside_a_lower_case_message(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pagamento via SEPA para a conta do BANCO, obrigado.",  # abbreviations and frequent words
        "O cartão diz VALIDO ATE 12/27 no verso.",
        "PLEASE HELP ME WITH MY CARD",  # a whole message in capitals
        "Jeg bor i OSTRÓW WIELKOPOLSKI nu.",  # a town in capitals
    ],
)
def test_capitals_that_are_not_names_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kona mi Ingrid har også en konto.", ["Ingrid"]),  # nb: postposed possessive
        ("Dóttir mín Hrafnhildur þarf kort.", ["Hrafnhildur"]),  # is
        ("Сестра ми Десислава има сметка.", ["Десислава"]),  # bg
        ("Η αδερφή μου Ευανθία έχει λογαριασμό.", ["Ευανθία"]),  # el
        ("A nővérem Erzsébet is ügyfél.", ["Erzsébet"]),  # hu
        ("Sora mea Lăcrămioara are cont.", ["Lăcrămioara"]),  # ro
        ("Meng Duechter Claudine huet e Kont.", ["Claudine"]),  # lb
        ("Oħti Marija għandha kont.", ["Marija"]),  # mt
        ("mano draugė gintarė turi sąskaitą", ["gintarė"]),  # lt, lower case
    ],
)
def test_relation_words_of_every_language(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kortet er spærret.\nMange hilsner\nBirthe", ["Birthe"]),  # da closing
        ("Kaart geblokkeerd.\nGroetjes,\nWillemijn", ["Willemijn"]),  # nl
        ("Karta nefunguje.\nDíky, Bohumil", ["Bohumil"]),  # cs: closing and name on one line
        ("Kortti on hukassa.\nKiitos\nmarjatta", ["marjatta"]),  # fi: the signature in lower case
        ("Kortti ei toimi, auttakaa.\nMaja", ["Maja"]),  # a last line: a given name that is also a word
        ("Obrigado pela ajuda.\nLisboa", []),  # a last line that is a town
        ("Merci fir d'Hëllef.\nGréiss Mireille", ["Mireille"]),  # lb: a closing word and the name on one line
    ],
)
def test_signatures_after_closing_words_of_every_language(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ég hitti Gunnlaug Jónsson í gær.", ["Gunnlaug Jónsson"]),  # is: accusative of Gunnlaugur
        ("Hún talaði við Sigríði Ólafsdóttur.", ["Sigríði Ólafsdóttur"]),  # is: dative, -dóttur
        ("Prašau pervesti pinigus Vytui Kazlauskui.", ["Vytui Kazlauskui"]),  # lt: dative of both
        ("Στείλτε τα χρήματα στον Ευστάθιο Παπαδόπουλο.", ["Ευστάθιο Παπαδόπουλο"]),  # el: accusative
    ],
)
def test_inflected_names(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_icelandic_and_baltic_cases_map_back_to_the_base_form() -> None:
    assert "gunnlaugur" in base_forms("gunnlaug")
    assert "gunnlaugur" in base_forms("gunnlaugi")
    assert "bjarni" in base_forms("bjarna")
    assert strong_surname("Kazlauskui") and strong_surname("horváthová") and strong_surname("ΠΑΠΑΔΌΠΟΥΛΟΣ")
    assert not strong_surname("ić")  # too short to tell
    assert not strong_surname("konto") and not strong_surname("pieniądze")


def test_greek_names_in_greek_script_match_their_latin_spelling() -> None:
    assert greek_skeleton(fold("Σπυρίδων")) == latin_skeleton("spyridon") == latin_skeleton("spiridon")
    assert greek_skeleton(fold("Χαράλαμπος")) == latin_skeleton("charalampos") == latin_skeleton("haralambos")
    assert fold("Σπυρίδων") in GIVEN_NAMES
    assert fold("λογαριασμός") not in GIVEN_NAMES


def test_rarer_given_names_of_every_country_are_known_and_towns_are_not() -> None:
    for name in ("Liinus", "Piitu", "Guðlín", "Žydronė", "Aatu"):
        assert fold(name) in GIVEN_NAMES, name
    for town in ("Amadora", "Avellino"):
        assert fold(town) not in GIVEN_NAMES, town
    assert RARE_FILE.stat().st_size < 100_000


def test_a_rare_given_name_alone_needs_more_than_its_capital() -> None:
    assert fold("Liinus") in RARE_GIVEN_NAMES
    assert found("Det var Liinus som betalade.") == ["Liinus"]  # long enough, written as a name
    assert found("a,İßé Olá! Tudo bem?") == []  # ``Isse``, written with letters no name of the list has


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pyysin että pekka soittaa minulle", ["pekka"]),  # fi: before the verb of a call
        ("palūdziet, lai andris man piezvana", ["andris"]),  # lv: "let ... me call", a pronoun between
        ("kan du be at ingrid ringer meg?", ["ingrid"]),  # nb
        ("molim da me tomislav nazove", ["tomislav"]),  # hr
    ],
)
def test_a_name_before_the_verb_of_a_call(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("D'Suen sinn un d'marianne schumacher gaangen.", ["marianne schumacher"]),  # lb: an elided article
        ("Le virement de l'hélène dubois est arrivé", ["hélène dubois"]),
    ],
)
def test_an_elided_article_before_a_lower_case_name(text: str, expected: list[str]) -> None:
    assert [name.removeprefix("d'").removeprefix("l'") for name in found(text)] == expected


def test_a_name_that_ends_a_message_in_capitals() -> None:
    assert found("HEI, KORTET MITT ER SPERRET. HILSEN INGRID HAUGEN") == ["INGRID HAUGEN"]
    assert found("KORTET MITT ER SPERRET OG JEG TRENGER HJELP NÅ") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich habe Anna Schmidts Konto gesehen.", ["Anna Schmidts"]),  # de: a noun after the name
        ("Sem Luka Zupan iz Kranja.", ["Luka Zupan"]),  # sl: a surname that is also a word (mayor) stays
        ("A lányom Erzsébet Budapesten lakik.", ["Erzsébet"]),  # hu: in Budapest
    ],
)
def test_a_frequent_word_after_a_surname_is_not_part_of_the_name(text: str, expected: list[str]) -> None:
    from runtime.privacy.spans import merge_spans

    spans = merge_spans(names.detect(text), text)
    assert [text[s.start : s.end] for s in spans] == expected


@pytest.mark.parametrize("text", ["Sunt cetățean al Italiei de mult.", "We spraken af op de Markt van Brugge."])
def test_a_case_of_a_country_or_a_word_that_is_no_name_stays(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is é mo dheartháir Ciarán Mac an tSaoir a sheol é.", ["Ciarán Mac an tSaoir"]),  # the article after Mac
        ("sheol pádraig mac giolla an t-airgead inné", ["pádraig mac giolla"]),  # mac in lower case
        ("I bought an Apple laptop and a mac for work", []),
    ],
)
def test_irish_particles_inside_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Благодаря, отговорът беше ясен.",  # bg: thanks, the answer was clear (no signature in lower case)
        "Elan Pärnus, postiindeks 80010.",  # et: I live in Pärnu (no case of a rare name)
        "Lavoro a Torino da due anni.",  # it: a town, no case of the rare Torina
    ],
)
def test_rare_names_and_closings_leave_ordinary_sentences_alone(text: str) -> None:
    assert found(text) == []
