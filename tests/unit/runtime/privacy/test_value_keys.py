"""The keys that make two spellings one value for the vault."""

from runtime.privacy.detectors.national_id_catalog import CATALOG
from runtime.privacy.value_keys import COMPACT_TYPES, equality_key


def test_equality_keys() -> None:
    assert equality_key("IBAN", "de89 3704") == equality_key("IBAN", "DE893704")
    assert equality_key("NAME", "José  da Silva") == equality_key("NAME", "jose da silva")
    assert equality_key("EMAIL", "José@x.pt") != equality_key("EMAIL", "jose@x.pt")  # accents matter there
    assert equality_key("EMAIL", "A@X.PT") == equality_key("EMAIL", "a@x.pt")


def test_invisible_characters_do_not_make_another_value() -> None:
    assert equality_key("NAME", "Ana\u200b Silva") == equality_key("NAME", "Ana Silva")
    assert equality_key("EMAIL", "ana\u00ad@sapo.pt") == equality_key("EMAIL", "ana@sapo.pt")
    assert equality_key("IBAN", "PT50\u20600002") == equality_key("IBAN", "PT50 0002")


def test_every_national_identifier_of_the_catalog_compares_compact() -> None:
    for entry in CATALOG:
        assert entry.entity_type in COMPACT_TYPES
        assert equality_key(entry.entity_type, "123.456-789") == equality_key(entry.entity_type, "123456789")
    assert equality_key("NATIONAL_ID", "12 34") == equality_key("NATIONAL_ID", "1234")


def test_a_passport_number_or_birth_date_written_another_way_is_the_same_value() -> None:
    assert equality_key("PASSPORT", "cb 123456") == equality_key("PASSPORT", "CB123456")
    assert equality_key("BIRTH_DATE", "12/03/1985") == equality_key("BIRTH_DATE", "12.03.1985")
    assert equality_key("BIRTH_DATE", "12/03/1985") != equality_key("BIRTH_DATE", "13/03/1985")
