"""Street addresses as people write them: inflected street words, compounds, no street word, flats, lower case."""

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.types import ADDRESS


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in addresses.detect(text) if s.entity_type == ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Μένω στην οδό Σταδίου 7.", "οδό Σταδίου 7"),  # inflected street words
        ("Το γραφείο είναι στη Λεωφόρο Κηφισίας 12.", "Λεωφόρο Κηφισίας 12"),
        ("Mieszkam przy ulicy Marszałkowskiej 10.", "ulicy Marszałkowskiej 10"),
        ("Bydlím v ulici Vodičkova 30.", "ulici Vodičkova 30"),
        ("Býva na ulici Špitálskej 8.", "ulici Špitálskej 8"),
        ("Živim u Ulici grada Vukovara 20.", "Ulici grada Vukovara 20"),
        ("Biuras yra Vilniaus gatvėje 5.", "Vilniaus gatvėje 5"),
        ("Irodánk a Váci utcában 12 van.", "Váci utcában 12"),
        ("Kantoor aan de Coolsingel 40.", "Coolsingel 40"),  # compounds
        ("Wir sind am Kaiserring 5.", "Kaiserring 5"),
        ("Toimisto on osoitteessa Esplanadi bulevardi 4.", "Esplanadi bulevardi 4"),
        ("Vodičkova 30, 110 00 Praha", "Vodičkova 30, 110 00 Praha"),  # no street word: a postcode and town
        ("Sídlo je Vinohradská 1511/230.", "Vinohradská 1511/230"),  # a Czech double number
        ("Keizersgracht 15 hs", "Keizersgracht 15 hs"),  # house-number forms
        ("Via Roma 10, Piano 2, Appartamento 33", "Via Roma 10, Piano 2, Appartamento 33"),
        ("Rua Augusta 27, 3º Esq.", "Rua Augusta 27, 3º Esq"),
        ("Calle Mayor nr. 45", "Calle Mayor nr. 45"),
        ("Av Liberdade 100", "Av Liberdade 100"),  # abbreviations
        ("Bdul. Unirii 5", "Bdul. Unirii 5"),
        ("moro na rua do ouro 45 em lisboa", "rua do ouro 45"),  # lower case after moro na, I live at...
        ("I live at 12 baker street", "12 baker street"),
        ("ich wohne in der lindenstraße 12", "lindenstraße 12"),
        ("Rua Augusta 27\n1100-048 Lisboa", "Rua Augusta 27\n1100-048 Lisboa"),  # a postal address on two lines
    ],
)
def test_addresses_as_people_write_them(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "moro na rua do ouro e tenho 45 anos",  # an age, not a house number
        "a agência da Avenida Almirante Reis",  # a street without a number is a place
        "in via Giuseppe Verdi, vicino alla stazione",
        "Vodičkova je dlouhá ulice, 30 minut pěšky.",  # a street word-less name needs its postcode and town
        "Relatório 12/3 da auditoria",  # a double number needs a street adjective
    ],
)
def test_places_and_numbers_that_are_not_addresses(text: str) -> None:
    assert found(text) == []
