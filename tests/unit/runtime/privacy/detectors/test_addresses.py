"""Street addresses in every market language: the street with its house number, never a town or postcode alone."""

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.types import ADDRESS


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in addresses.detect(text) if s.entity_type == ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Moro na Rua Augusta, 27 em Lisboa.", "Rua Augusta, 27"),  # pt, number after a comma
        (
            "Travessa do Carmo, 8, 1200-095 Lisboa",
            "Travessa do Carmo, 8, 1200-095 Lisboa",
        ),  # pt, postcode and town join
        ("Fica na R. Garrett 19.", "R. Garrett 19"),
        ("Rua 25 de Abril, 27", "Rua 25 de Abril, 27"),
        ("Vivo en la Calle Mayor 5, 3º B, 28013 Madrid.", "Calle Mayor 5, 3º B, 28013 Madrid"),  # es, with floor
        ("Avda. de la Constitución s/n", "Avda. de la Constitución s/n"),
        ("Mi oficina: C/ Alcalá 120", "C/ Alcalá 120"),
        ("J'habite au 14, rue des Lilas, 75011 Paris.", "14, rue des Lilas, 75011 Paris"),  # fr, number first
        ("Bureau au 71 bis avenue Jean Jaurès", "71 bis avenue Jean Jaurès"),
        ("Ich wohne in der Lindenstraße 12, 10115 Berlin.", "Lindenstraße 12, 10115 Berlin"),  # de, glued type
        ("Büro: Wiedner Hauptstraße Nr. 48", "Wiedner Hauptstraße Nr. 48"),
        ("Hauptstr. 5a", "Hauptstr. 5a"),
        ("Berliner Straße 7", "Berliner Straße 7"),
        ("Via Roma 10, 00184 Roma", "Via Roma 10, 00184 Roma"),  # it
        ("abito in via della Spiga 46/56", "via della Spiga 46/56"),
        ("Kalverstraat 92, Amsterdam", "Kalverstraat 92"),  # nl
        ("Prinsengracht 263", "Prinsengracht 263"),
        ("mieszkam przy ulica Długa 5/3", "ulica Długa 5/3"),  # pl
        ("ul. Marszałkowska 2-7, Warszawa", "ul. Marszałkowska 2-7"),
        ("Storgatan 18, Stockholm", "Storgatan 18"),  # sv
        ("Vesterbrogade 3", "Vesterbrogade 3"),  # da
        ("Strandvejen 102", "Strandvejen 102"),
        ("Mannerheimintie 5", "Mannerheimintie 5"),  # fi
        ("Národní třída 12", "Národní třída 12"),  # cs
        ("bydlí v ulice Karlova 8", "ulice Karlova 8"),
        ("Strada Lipscani nr. 5", "Strada Lipscani nr. 5"),  # ro
        ("Kossuth Lajos utca 12", "Kossuth Lajos utca 12"),  # hu, type after the name
        ("Andrássy út 60", "Andrássy út 60"),
        ("živim na Celovška cesta 12", "Celovška cesta 12"),  # sl
        ("Ilička ulica 5", "Ilička ulica 5"),  # hr
        ("Οδός Ερμού 15", "Οδός Ερμού 15"),  # el
        ("Brīvības iela 5", "Brīvības iela 5"),  # lv
        ("221B Baker Street, London", "221B Baker Street"),  # en
        ("10 Downing Street", "10 Downing Street"),
    ],
)
def test_street_with_number_is_one_span(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Vivo em Lisboa, 1200-095.",  # town and postcode alone
        "Ich wohne in 10115 Berlin.",
        "Code postal 75011 Paris",
        "Moro na Rua Augusta.",  # a street without number is not an address
        "Paguei 150 000 € em 2024 à taxa de 3,5 %.",
        "Av. da Liberdade 150 000 €",  # an amount, not a house number
        "Contrato Ref. 2024/00123 até 15/06/2031.",
        "Spring 2024 collection",
        "Via Roma 2024",  # a year is not a house number
        "Die Rate ist 1.350,50 €.",
    ],
)
def test_town_postcode_or_amount_alone_is_not_an_address(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Rua Augusta 27, 1100-048 Lisboa.", "Rua Augusta 27, 1100-048 Lisboa"),  # pt: 4-3 digits
        ("ul. Marszałkowska 2-7, 00-950 Warszawa", "ul. Marszałkowska 2-7, 00-950 Warszawa"),  # pl: 2-3 digits
        ("Kalverstraat 92, 1012 PH Amsterdam", "Kalverstraat 92, 1012 PH Amsterdam"),  # nl: digits and letters
        ("Storgatan 18, 114 55 Stockholm", "Storgatan 18, 114 55 Stockholm"),  # sv: 3+2 digits
        ("Οδός Ερμού 15, 105 63 Αθήνα", "Οδός Ερμού 15, 105 63 Αθήνα"),  # el
        ("Hauptstraße 5, D-60311 Frankfurt am Main", "Hauptstraße 5, D-60311 Frankfurt am Main"),  # country prefix
        ("Wiedner Hauptstraße Nr. 48, 1040 Wien", "Wiedner Hauptstraße Nr. 48, 1040 Wien"),  # at: 4 digits
        ("Rue de la Loi 16, 1000 Bruxelles", "Rue de la Loi 16, 1000 Bruxelles"),  # be
        ("221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),  # gb: town, then postcode
        ("Upper Mount Street 4, Dublin D02 X285", "Upper Mount Street 4, Dublin D02 X285"),  # ie: Eircode
        ("ul. Długa 5, 00-238", "ul. Długa 5, 00-238"),  # a postcode of its own shape, without its town
    ],
)
def test_postcode_and_town_right_after_the_street_join_it(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Storgatan 18, Stockholm", "Storgatan 18"),  # a town without its postcode stays
        ("Via Roma 10, 1500 euro al mese", "Via Roma 10"),  # a plain number without a town is no postcode
        ("Calle Mayor 5, 28013 y luego", "Calle Mayor 5"),
        ("Lindenstraße 12. 10115 Berlin ist schön", "Lindenstraße 12"),  # another sentence
    ],
)
def test_what_follows_a_street_without_being_its_postal_line_stays(text: str, address: str) -> None:
    assert found(text) == [address]


def test_a_typical_message() -> None:
    """A typical message of a market language (its speed is measured by `python -m bench.detector_timing`)."""
    text = (
        "Bom dia, queria saber se posso antecipar o pagamento do meu crédito habitação de 150 000 € com a "
        "taxa de 3,5 %. Moro na Rua Augusta, 27 em Lisboa e o gestor disse-me que sim. Obrigado pela ajuda, "
        "fico a aguardar a vossa resposta até sexta-feira, dia 14 de março de 2025."
    )
    assert found(text) == ["Rua Augusta, 27"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Adresse Bahnhofstrasse 10, 8001 Zürich", "Bahnhofstrasse 10, 8001 Zürich"),  # a label is no adjective
        ("Die Hauptstraße 5 ist gesperrt.", "Hauptstraße 5"),  # nor is an article
        ("Alte Gasse 4", "Alte Gasse 4"),  # an adjective belongs to the street
        ("Hauptstraße 5, 150 EUR", "Hauptstraße 5"),  # a currency is no town
        ("Laugavegur 12, 101 Reykjavík", "Laugavegur 12, 101 Reykjavík"),  # is: 3-digit postcodes
        ("noqgħod fi Triq il-Kbira 5, Mosta MST 1234.", "Triq il-Kbira 5, Mosta MST 1234"),  # mt: glued articles
    ],
)
def test_street_edges(text: str, address: str) -> None:
    assert found(text) == [address]
