"""International and national forms of phone numbers, and the vault linking them (gap: +351 912... / 912...)."""

from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.phone_numbers import (
    TRUNK_PREFIXES,
    international_forms,
    national_forms,
    phone_digits,
    split_international,
)
from runtime.privacy.pseudonymize import Vault, pseudonymize


def test_calling_codes_are_prefix_free() -> None:
    # E.164 codes never start with another code: what makes splitting a number unambiguous.
    codes = sorted(TRUNK_PREFIXES)
    assert not [(a, b) for a in codes for b in codes if a != b and b.startswith(a)]
    assert all(code.isdigit() and code[0] != "0" for code in codes)


def test_phone_digits_and_split() -> None:
    assert phone_digits("+44 (0)20 7946 0958") == (True, "442079460958")
    assert phone_digits("0044-20-7946-0958") == (True, "442079460958")
    assert phone_digits("(020) 7946 0958") == (False, "02079460958")
    assert phone_digits("ext. 12") is None
    assert split_international("351912345678") == ("351", "912345678")
    assert split_international("12125550100") == ("1", "2125550100")
    assert split_international("999123456") is None  # no such calling code in the table


def test_forms_of_known_examples() -> None:
    assert national_forms("351", "912345678") == ("912345678",)
    assert national_forms("44", "2079460958") == ("02079460958",)
    assert national_forms("36", "12345678") == ("0612345678",)
    assert national_forms("44", "12345") == ()  # too short to link
    pairs = dict(international_forms("02079460958"))
    assert "44" in pairs["2079460958"] and "351" not in pairs["2079460958"]
    assert "39" in pairs["02079460958"] and "44" not in pairs["02079460958"]


codes = st.sampled_from(sorted(TRUNK_PREFIXES))
# National significant numbers start with 2-9 here (trunk prefixes are 0, 1, 06 and 8).
significant_numbers = st.builds(
    str.__add__, st.sampled_from("23456789"), st.text(alphabet="0123456789", min_size=5, max_size=11)
)


@given(codes, significant_numbers)
def test_every_national_form_leads_back_to_its_international_number(code: str, significant: str) -> None:
    for form in national_forms(code, significant):
        assert any(sig == significant and code in found for sig, found in international_forms(form))


@given(codes, significant_numbers, st.booleans())
def test_vault_links_both_forms_in_either_order(code: str, significant: str, national_first: bool) -> None:
    international = f"+{code} {significant[:3]} {significant[3:]}"
    national = national_forms(code, significant)[0]
    first, later = (national, international) if national_first else (international, national)
    vault = Vault()
    vault.placeholder_for("PHONE", first)
    text = f"numero: {later}."
    assert pseudonymize(text, vault.known_value_spans(text), vault) == "numero: [PHONE_1]."
    assert len(vault) == 1


@given(codes, significant_numbers, significant_numbers)
def test_vault_never_links_different_significant_numbers(code: str, one: str, other: str) -> None:
    if one == other:
        return
    vault = Vault()
    vault.placeholder_for("PHONE", f"+{code} {one}")
    for form in national_forms(code, other):
        assert vault.known_value_spans(f"numero: {form}.") == []
        assert vault.placeholder_for("PHONE", form) != "[PHONE_1]"
