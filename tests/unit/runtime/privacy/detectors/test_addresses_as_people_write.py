"""Street addresses as people write them: without a street word in prose, in lower case with their postal line,
with the words a street's name begins with, in capitals before a town; and what stays text."""

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.types import ADDRESS


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in addresses.detect(text) if s.entity_type == ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Pošlete to prosím na Husova 12.", "Husova 12"),
        ("Chodím do kanceláře Jiráskova 7 v Plzni.", "Jiráskova 7"),
        ("Pošli to Karlu Benešovi Lipanská 14 v Táboře.", "Lipanská 14"),  # after a full name
        ("Doručte to Ľubošovi Kováčovi Hlavná 31, ďakujem.", "Hlavná 31"),
        ("Paket ide na Gundulićeva 9.", "Gundulićeva 9"),
        ("Το δέμα πάει Αριστοτέλους 40.", "Αριστοτέλους 40"),
    ],
)
def test_a_street_named_as_an_adjective_or_genitive_alone_in_prose(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Jana Pavlova 56.",  # a name and an age
        "Marta Horvatova 41 let",
        "Hrvatska 2, Srbija 1.",  # a score
        "Pročitaj kraj od Slovenska 3.",  # a country's adjective
        "Δείτε στο τέλος του Κεφαλαίου 3.",  # after a Greek article
        "Έλα στις Ιουλίου 28.",  # a month
    ],
)
def test_names_ages_countries_and_months_are_no_such_street(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("adresa: třebízského 5, 430 01 chomutov", "třebízského 5, 430 01 chomutov"),
        ("pošli na ul. „шипка“ 7, 5000 велико търново", "ul. „шипка“ 7, 5000 велико търново"),
        ("send to 14 lough road\nh91 e2k4 gaillimh", "14 lough road\nh91 e2k4 gaillimh"),
        ("adresas: vilniaus g. 9, lt-01102 vilnius", "vilniaus g. 9, lt-01102 vilnius"),
        ("nad lesem 12, 468 22 železný brod", "nad lesem 12, 468 22 železný brod"),  # no street word
        ("hovedgade 3, 4700 næstved", "hovedgade 3, 4700 næstved"),
    ],
)
def test_a_lower_case_postal_line_after_a_street(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "via roma 10, 2023 ho comprato casa",  # a year
        "via roma 10, 1500 euro al mese",  # an amount
        "calle mayor 5, 1200 personas vinieron.",  # a count
    ],
)
def test_years_amounts_and_counts_are_no_lower_case_postcode(text: str) -> None:
    assert [span.rsplit(",", 1)[0] for span in found(text)] == found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ulica: ul. ks. Piotra Skargi 3", "ul. ks. Piotra Skargi 3"),
        ("Adresas: Šv. Kazimiero g. 4", "Šv. Kazimiero g. 4"),
        ("ŠV. KAZIMIERO G. 4, LT-01141 VILNIUS", "ŠV. KAZIMIERO G. 4, LT-01141 VILNIUS"),
        ("gyvenu šv. kazimiero g. 4", "šv. kazimiero g. 4"),
        ("Wir sind Zur Alten Mühle 5 gezogen.", "Zur Alten Mühle 5"),  # the participle closes the clause
        ("Wir sind Zur Alten Mühle 5 Mal gefahren.", None),  # a count
        ("Wir sind nach Am Mühlweg 5 gezogen.", "Am Mühlweg 5"),
        ("Sídlo: J.K.Tyla 14, 370 01 České Budějovice", "J.K.Tyla 14, 370 01 České Budějovice"),
        ("Runebergin puistokatu 3, 00100 Helsinki", "Runebergin puistokatu 3, 00100 Helsinki"),
        ("Dlouhé Pole 12\n500 03 Hradec Králové", "Dlouhé Pole 12\n500 03 Hradec Králové"),
    ],
)
def test_the_words_a_street_name_begins_with(text: str, address: str | None) -> None:
    if address is None:
        assert not any(span.startswith("Zur") for span in found(text))
    else:
        assert address in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Elhunyt a Petőfi Sándor utca 8. 1/4 alatt?", "Petőfi Sándor utca 8. 1/4"),  # floor and door
        ("Stanujem na Maksimirska 4a/2.", "Maksimirska 4a/2"),  # a lettered house number and a flat
        ("Bor på Skogfaret 8.", "Skogfaret 8"),
        ("Adressen er Elvebrinken 3.", "Elvebrinken 3"),
        ("Aadress: Kadrioru puiestee 4", "Kadrioru puiestee 4"),
        ("Aadress: Vabaduse plats 9", "Vabaduse plats 9"),
        ("Bývam na Lesný chodník 7.", "Lesný chodník 7"),
        ("Vivo en el Vial de los Álamos 3.", "Vial de los Álamos 3"),
    ],
)
def test_street_words_endings_and_flats_of_the_zone(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ich wohne jetzt in der clara-zetkin-straße 14.", "clara-zetkin-straße 14"),
        ("wir sind in der max-planck-ring 3 gelandet.", "max-planck-ring 3"),
        ("bor på nørre stræde 4.", "stræde 4"),
        ("ik woon op lindedreef 12.", "lindedreef 12"),
        ("bor på storgatan 5, andra våningen.", "storgatan 5"),
        ("vi bor på stortorget 9.", "stortorget 9"),
        ("ég bý á hringbraut 33.", "hringbraut 33"),
        ("j'habite 12b, rue des tilleuls", "12b, rue des tilleuls"),
        ("táim ag 9 sráid an mhuilinn anois", "9 sráid an mhuilinn"),  # "now" ends the name
        ("moved to 3 via garibaldi yesterday", None),
    ],
)
def test_lower_case_streets(text: str, address: str | None) -> None:
    if address is None:
        assert all("yesterday" not in span for span in found(text))
    else:
        assert address in found(text) or any(address in span for span in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "wir waren über jahre hinweg 5.",  # an adverb in -weg
        "taxiul de pe bulevardul unirii mi-a luat 45 de lei",  # a Romanian pronoun and verb
    ],
)
def test_words_that_end_as_streets_do_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("SPEDIRE A: VIA GARIBALDI 22 TORINO", "VIA GARIBALDI 22"),  # the town stays outside
        ("RUA DO CARMO 8 COIMBRA", "RUA DO CARMO 8"),
    ],
)
def test_a_street_in_capitals_before_a_town_that_ends_the_line(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "AM PLĂTIT 120 LEI LA AFI MALL",  # a currency before a place
        "BETALTE 300 KR VID CITY MALL",
        "PLATIO SAM 40 KOD GLAVNI TRG",  # "at" before a square
        "PLATA PE 8 MARTIE",  # a date: no glued street word after a number in capitals
        "AM DAT 20 LA MALL",  # a name of particles only
        "ÉG FER ÚT 06",  # a number beginning with 0
        "TRIMIS 15 EURO POT DEPUNE 79 LEI",
    ],
)
def test_amounts_dates_and_times_in_capitals_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ADRESA HVIEZDOSLAVOVA 3, 010 01 ŽILINA", "HVIEZDOSLAVOVA 3, 010 01 ŽILINA"),  # "address" stays outside
        ("címe Andrássy út 12.", "Andrássy út 12."),
        ("AM SONNENHOF 4, 79098 FREIBURG", "AM SONNENHOF 4, 79098 FREIBURG"),  # where the line begins
        ("WOHNE IN DER GARTENSTRASSE 9", "GARTENSTRASSE 9"),  # a preposition of the sentence
        ("TÁIM AG 8 BÓTHAR NA TRÁ ANOIS", "8 BÓTHAR NA TRÁ"),  # "now" ends the name in capitals too
        ("PÄRNU MNT 22\nTEL 5123", "PÄRNU MNT 22"),  # a phone's label is no Maltese postcode
        ("Triq San Pawl 7, SPB 3410", "Triq San Pawl 7, SPB 3410"),
    ],
)
def test_labels_prepositions_and_times_at_a_street_s_edges(text: str, address: str) -> None:
    assert found(text) == [address]


def test_a_name_in_capitals_before_a_bare_number_is_no_street() -> None:
    assert found("PANI MARTA HORVATOVA 41.") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("str. lalelelor nr. 7, 550135 sibiu", "str. lalelelor nr. 7, 550135 sibiu"),  # six digits
        ("laugavegur 12\n101 reykjavík", "laugavegur 12\n101 reykjavík"),  # three, on a line of its own
        ("kerkstraat 4\n2513ab den haag", "kerkstraat 4\n2513ab den haag"),  # a Dutch postcode's letters
        ("rua da prata 9, 1100-420 vila franca", "rua da prata 9, 1100-420 vila franca"),
        ("12, triq il-wied, ħaż-żebbuġ zbg 1120", "12, triq il-wied, ħaż-żebbuġ zbg 1120"),  # a Maltese one
        ("κανάρη 12, τκ 262 21 πάτρα", "κανάρη 12, τκ 262 21 πάτρα"),  # after its label
        ("solhaugen 3, h0102", "solhaugen 3, h0102"),  # a Norwegian flat
        ("via cavour 4 scala b, interno 2", "via cavour 4 scala b, interno 2"),  # staircase and flat in lower case
        ("pošlite to na lipová 12/4", "lipová 12/4"),  # a double number
    ],
)
def test_lower_case_postal_lines_and_flats_of_the_zone(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize("text", ["otvor strana 4/3", "laugavegur 12, 300 manns komu."])
def test_pages_and_counts_stay_outside(text: str) -> None:
    assert all("/" not in span and "manns" not in span for span in found(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("post it to 12 rowan crescent, harrogate, hg1 2ab", "12 rowan crescent, harrogate, hg1 2ab"),
        ("9 elm lodge\nwarwick\ncv34 4aa", "9 elm lodge\nwarwick\ncv34 4aa"),
    ],
)
def test_an_english_street_in_lower_case_before_a_town_and_postcode(text: str, address: str) -> None:
    assert found(text) == [address]


def test_counted_things_before_a_postcode_are_no_street() -> None:
    assert found("we saw 3 great views, near york, yo1 7hh") == []


@pytest.mark.parametrize("text", ["Please call 0316 123456 tomorrow.", "ring 2123 4567 please.", "call me on 690 1234"])
def test_a_phone_s_groups_are_no_postcode_and_town(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", ["Please call 02/345 678 90 tomorrow.", "ring 08-765 432 10 later"])
def test_a_phone_with_its_area_code_is_no_street_before_a_postcode(text: str) -> None:
    assert found(text) == []


def test_a_village_street_s_number_label_before_a_lower_case_postcode() -> None:
    assert found("drumul morii nr. 12\n550135 sibiu") == ["drumul morii nr. 12\n550135 sibiu"]
