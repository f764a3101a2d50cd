"""Names written in capitals: a surname alone after a title in capitals, a given name alone after thanks in
capitals; short titles that are words and thanks before a word stay ordinary. The messages are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICH HABE GESTERN MIT FRAU HOLZBRINCK GESPROCHEN.", ["HOLZBRINCK"]),  # de
        ("Please move it to the account of MR KEARNEY today.", ["KEARNEY"]),  # en
        ("ROZMAWIAŁAM Z PANIĄ WÓJCICKĄ I NIC NIE ZAŁATWIŁA.", ["WÓJCICKĄ"]),  # pl
        ("HABLÉ CON LA SEÑORA ECHEVARRÍA Y NO SE SOLUCIONÓ.", ["ECHEVARRÍA"]),  # es
        ("IK HEB MET MEVROUW VERBRUGGEN GESPROKEN.", ["VERBRUGGEN"]),  # nl
    ],
)
def test_a_surname_in_capitals_after_a_title_in_capitals_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TAKK ARNE! DET NYE NUMMERET MITT ER ENDRET", ["ARNE"]),  # nb
        ("DANKE PAVEL, UND MEINE NEUE NUMMER KOMMT MORGEN", ["PAVEL"]),  # de
        ("KIITOS MARJUKKA! UUSI NUMERONI TULEE HUOMENNA", ["MARJUKKA"]),  # fi
    ],
)
def test_a_given_name_alone_after_thanks_in_capitals_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "OSIGURANJE AUTA ISTJEČE USKORO, KAKO GA PRODUŽITI?",  # hr: ``GA`` is it, no title
        "CAD A THARLÓIDH DON ORDÚ SEASTA?",  # ga: ``DON`` is to the
        "TAKK FOR HJELPEN! DET NYE KORTET KOM I DAG",  # nb: thanks for the help
        "PANI MOŻE MI POMÓC Z PRZELEWEM?",  # pl: a title before a frequent word
    ],
)
def test_capitals_after_a_short_title_or_thanks_stay_ordinary(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TAKK FOR RASK HJELP\nMVH EIVIND", ["EIVIND"]),  # nb
        ("Tack för snabb hjälp\nMvh Angelica", ["Angelica"]),  # sv
    ],
)
def test_a_closing_on_the_signature_line_stays_out_of_the_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I SPOKE TO MRS HOLLINGWORTH AT THE FRONT DESK", ["HOLLINGWORTH"]),  # en: an undotted honorific
    ],
)
def test_a_surname_after_an_undotted_honorific_in_capitals_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ΜΙΛΗΣΑ ΜΕ ΤΟΝ ΠΑΠΑΔΟΠΟΥΛΟ ΧΘΕΣ ΓΙΑ ΤΟ ΔΑΝΕΙΟ.", ["ΠΑΠΑΔΟΠΟΥΛΟ"]),  # el: no accents, as typed
        ("JUČER SAM RAZGOVARALA S HORVATIĆEM O KREDITU", ["HORVATIĆEM"]),  # hr
        ("K NAROZENINÁM CHCI DÁRKOVOU KARTU", []),  # cs: an adjective, a gift card
        ("Η ΠΡΟΘΕΣΜΙΑΚΗ ΛΗΓΕΙ ΤΟΝ ΜΑΙΟ", []),  # el: an adjective, a term deposit
        ("GRIBU PASŪTĪT MĀRCIŅAS CEĻOJUMAM", []),  # lv: stamps
    ],
)
def test_a_surname_alone_in_capitals_in_a_case_only_surnames_take(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DZIEKI ZA SZYBKA POMOC\nMIKOŁAJ", ["MIKOŁAJ"]),  # pl: a name the lists lack, signed under thanks
        ("БЛАГОДАРЯ ЗА БЪРЗАТА ПОМОЩ\nЗАФИР", ["ЗАФИР"]),  # bg
        ("THANK YOU FOR THE HELP\nGREAT", []),  # en: a frequent word
    ],
)
def test_a_name_in_capitals_signed_under_a_line_of_thanks(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KAPTAM EGY LEVELET FARKAS LÁSZLÓTÓL A BIZTOSÍTÓTÓL", ["FARKAS LÁSZLÓTÓL"]),  # hu: from László Farkas
        ("KÉRDEZZÉK MEG MOLNÁR TAMÁST, Ő TUDJA", ["MOLNÁR TAMÁST"]),  # hu: Tamás Molnár, accusative
    ],
)
def test_a_hungarian_name_in_capitals_in_its_case(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MIN FRU ELIN EKBERG SKA LÄGGAS TILL SOM DELÄGARE", ["ELIN EKBERG"]),  # sv: shall, no surname
        ("PUHUIN EILEN MARKKU KORPELAN KANSSA LAINASTA", ["MARKKU KORPELAN"]),  # fi: with, no surname
    ],
)
def test_a_frequent_word_in_capitals_ends_the_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LA MULȚI ANI, FLORENTINA!!! SCRIE-MI O URARE", ["FLORENTINA"]),  # ro: set apart by marks
        ("HYVÄÄ SYNTYMÄPÄIVÄÄ, TIMO! SOITA", ["TIMO"]),  # fi: a frequent name, set apart
        ("SOITTAKAA TAKAISIN, TÄÄLLÄ MERJA.", ["MERJA"]),  # fi: closing a statement, no frequent word
        ("PRODAJEM BICIKL, JAVITE SE (DRAGICA)", ["DRAGICA"]),  # hr: in brackets
    ],
)
def test_a_given_name_alone_in_a_message_in_capitals_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "COMBIEN POUR LE FERRY DEMAIN",  # fr: a noun after an article
        "ER DER EN AUTOMAT VED HOLGER DANSKE?",  # da: a statue, a place after "ved"
        "KAS SAAN KONTO ALLES JÄTTA?",  # et: a verb closing a question
        "KAS SAAN SISSE LOGIDA",  # et: inside a clause, a word the frequent lists lack
    ],
)
def test_words_in_capitals_that_are_given_names_somewhere_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ÜBERWEISUNG ABGELEHNT. WESTERKAMP INGRID, BITTE PRÜFEN", ["WESTERKAMP INGRID"]),  # de
        ("DUBBELE AFSCHRIJVING!!! OOSTERHUIS MARLIES", ["OOSTERHUIS MARLIES"]),  # nl: closing its line
        ("MALINOWSKA KATARZYNA – WNIOSEK O KREDYT", ["MALINOWSKA KATARZYNA"]),  # pl: a surname's ending
        ("TÁILLE ARÍS. Ó DONNCHADHA SIOBHÁN", ["Ó DONNCHADHA SIOBHÁN"]),  # ga: a particle first
        ("PŘIHLÁŠKY U KRATOCHVÍLOVÁ MARKÉTA NEJPOZDĚJI V PÁTEK", ["KRATOCHVÍLOVÁ MARKÉTA"]),  # cs: no mark
    ],
)
def test_a_name_in_capitals_written_surname_first_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "CÉN FÁTH NACH BHFUIL AN AIP AG OBAIR ARÍS",  # ga: a word after a frequent one
        "ЩЕ МИНЕ ЛИ ПРЕВОДЪТ НА АРХАНГЕЛ МИХАИЛ?",  # bg: a question's end
    ],
)
def test_a_rare_word_before_a_given_name_in_capitals_stays(text: str) -> None:
    assert found(text) == []
