"""Word lists folded whole hold the same words as folded one by one."""

from __future__ import annotations

from runtime.privacy.detectors import name_fields, phone
from runtime.privacy.detectors.role_fields import ROLE_WORDS
from runtime.privacy.normalize import fold


def test_name_field_words_are_those_of_each_label() -> None:
    spelled = name_fields._with_ascii
    for words, keys, ascii in (
        (name_fields._NAME_FIELD_WORDS, name_fields.NAME_FIELDS, True),
        (name_fields._QUALIFIER_WORDS, name_fields._QUALIFIERS, False),
        (name_fields._CLIENT_WORDS + ROLE_WORDS, name_fields._CLIENTS, True),
    ):
        one_by_one = frozenset(word for label in words.split() for word in name_fields._key_words(label))
        assert keys == (spelled(one_by_one) if ascii else one_by_one)
    assert "prenom" in name_fields.NAME_FIELDS and "name" in name_fields._key_words("firstName")
    assert "forenamn" in name_fields.NAME_FIELDS and "foerenamn" in name_fields.NAME_FIELDS


def test_phone_words_are_each_word_folded() -> None:
    assert frozenset(fold(word) for word in phone._PHONE_WORDS.split()) == phone._PHONE_KEYS
    assert tuple(sorted({fold(prefix) for prefix in phone._CALL_PREFIXES.split()})) == phone._CALL_KEYS
    assert frozenset(fold(word) for word in phone._REFERENCE_WORDS.split()) == phone._REFERENCE_KEYS
    assert "telemovel" in phone._PHONE_KEYS
