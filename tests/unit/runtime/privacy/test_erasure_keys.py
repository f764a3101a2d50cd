"""runtime.privacy.erasure_keys: what the erasure index hashes, and the forms a looked-up value is tried in."""

from __future__ import annotations

from runtime.privacy import types
from runtime.privacy.erasure_keys import entity_type_of, index_message, lookup_messages, session_message


def test_spellings_the_chat_treats_as_one_value_share_their_index_message() -> None:
    assert index_message(types.IBAN, "PT50 0002 0123 1234 5678 9015 4") == index_message(
        types.IBAN, "pt50000201231234567890154"
    )
    assert index_message(types.NAME, "José  Silva") == index_message(types.NAME, "jose silva")
    assert index_message(types.EMAIL, " Ana@Example.PT") == index_message(types.EMAIL, "ana@example.pt")
    assert index_message(types.NAME, "Ana Silva") != index_message(types.NAME, "Ana Sousa")


def test_every_vault_entry_is_found_by_its_value_without_knowing_its_type() -> None:
    stored = {
        (types.EMAIL, "ana@example.pt"),
        (types.IBAN, "PT50 0002 0123 1234 5678 9015 4"),
        (types.NAME, "Ana Silva"),
        (types.NIF_PT, "123 456 789"),
        (types.ADDRESS, "Rua  Augusta 12, Lisboa"),
    }
    typed_by_person = {
        types.EMAIL: "ANA@example.pt",
        types.IBAN: "pt50000201231234567890154",
        types.NAME: "ana silva",
        types.NIF_PT: "123456789",
        types.ADDRESS: "rua augusta 12, lisboa",
    }
    for entity_type, value in stored:
        assert index_message(entity_type, value) in lookup_messages(typed_by_person[entity_type])


def test_a_phone_number_is_found_in_its_national_and_international_forms() -> None:
    national = index_message(types.PHONE, "912 345 678")
    international = index_message(types.PHONE, "+351 912 345 678")
    assert national in lookup_messages("+351 912 345 678")
    assert international in lookup_messages("912345678")
    assert national in lookup_messages("00351 912 345 678", types.PHONE)


def test_a_type_narrows_the_lookup() -> None:
    assert lookup_messages("Ana Silva", types.NAME) == [index_message(types.NAME, "Ana Silva")]
    assert len(lookup_messages("Ana Silva")) > 1


def test_lookup_messages_have_no_repeats_and_no_empty_key() -> None:
    messages = lookup_messages("ana")
    assert len(messages) == len(set(messages))
    assert lookup_messages("   ") == []


def test_a_session_id_never_hashes_like_a_value() -> None:
    assert session_message("abc") != index_message(types.NAME, "abc")
    assert session_message("abc") not in lookup_messages("abc")
    assert session_message("abc") != session_message("abd")


def test_the_entity_type_comes_from_the_placeholder() -> None:
    assert entity_type_of("[NIF_PT_2]") == "NIF_PT"
    assert entity_type_of("[IBAN_1]") == types.IBAN
    assert entity_type_of("not a placeholder") == ""
