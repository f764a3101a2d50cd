"""IBAN (every SEPA country) and payment card detection."""

import random
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.iban import BBAN_MIN_DIGITS, SEPA_IBAN_LENGTHS
from runtime.privacy.types import CARD, IBAN

# Published example IBANs (IBAN registry / bank documentation), not real accounts.
PUBLISHED_IBANS = [
    "DE89 3704 0044 0532 0130 00",
    "PT50 0002 0123 1234 5678 9015 4",
    "GB29 NWBK 6016 1331 9268 19",
    "FR14 2004 1010 0505 0001 3M02 606",
    "NL91 ABNA 0417 1643 00",
    "BE68 5390 0754 7034",
    "ES91 2100 0418 4502 0005 1332",
    "IT60 X054 2811 1010 0000 0123 456",
    "CH93 0076 2011 6238 5295 7",
    "AT61 1904 3002 3457 3201",
    "NO93 8601 1117 947",
    "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
    "PL61 1090 1014 0000 0712 1981 2874",
]
# The SEPA schemes' countries (EPC list); each must be in the detector's table with its IBAN length.
SEPA_COUNTRIES = {
    "AD": 24, "AL": 28, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
    "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "RS": 22, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "VA": 22,
}  # fmt: skip


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616: 98 - (BBAN + country + '00' as a number) mod 97, written independently of the detector."""
    digits = ""
    for char in bban + country + "00":
        digits += char if char.isdigit() else str(ord(char) - ord("A") + 10)
    return f"{98 - int(digits) % 97:02d}"


def make_iban(country: str, rng: random.Random) -> str:
    length = SEPA_COUNTRIES[country]
    bban = "".join(rng.choice(string.digits + "ABCDEFGH") for _ in range(length - 4))
    return country + iban_check_digits(country, bban) + bban


def grouped(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def corrupt(compact: str) -> str:
    """Change one BBAN digit (mod 97 always catches a single substitution)."""
    for i in range(len(compact) - 1, 3, -1):
        if compact[i].isdigit():
            return compact[:i] + str((int(compact[i]) + 1) % 10) + compact[i + 1 :]
    raise AssertionError("no digit")


def found(text: str, entity_type: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_builtin(text) if s.entity_type == entity_type]


def test_table_covers_every_sepa_country() -> None:
    assert SEPA_IBAN_LENGTHS == SEPA_COUNTRIES


@pytest.mark.parametrize("published", PUBLISHED_IBANS)
def test_published_ibans_grouped_compact_and_lower_case(published: str) -> None:
    compact = published.replace(" ", "")
    for written in (published, compact, compact.lower(), published.lower(), grouped(compact).replace(" ", "-")):
        text = f"Please transfer to {written}, thanks."
        assert found(text, IBAN) == [written]


@pytest.mark.parametrize("country", sorted(SEPA_COUNTRIES))
def test_every_sepa_country_valid_and_corrupted(country: str) -> None:
    iban = make_iban(country, random.Random(country))
    for written in (iban, grouped(iban), grouped(iban).lower()):
        assert found(f"IBAN: {written}.", IBAN) == [written]
    bad = corrupt(iban)
    assert found(f"Ref: {bad}.", IBAN) == []
    assert found(f"Ref: {grouped(bad)}.", IBAN) == []


def test_iban_rejects_wrong_length_and_glued_text() -> None:
    compact = PUBLISHED_IBANS[0].replace(" ", "")
    assert found(f"x {compact[:-1]} y", IBAN) == []
    assert found(f"x {compact}7 y", IBAN) == []  # one character too many
    assert found(f"x ABC{compact} y", IBAN) == []
    assert found(f"x {compact}abc y", IBAN) == []
    # A country outside SEPA with otherwise valid structure is not reported.
    assert found("x US12 3456 7890 1234 5678 90 y", IBAN) == []


def test_iban_followed_by_more_numbers_in_the_sentence() -> None:
    text = "Konto DE89 3704 0044 0532 0130 00 12 Euro"
    assert found(text, IBAN) == ["DE89 3704 0044 0532 0130 00"]


@given(st.sampled_from(sorted(SEPA_COUNTRIES)), st.randoms(use_true_random=False), st.sampled_from(["", " ", "-"]))
def test_generated_ibans_any_separator(country: str, rng: random.Random, separator: str) -> None:
    iban = make_iban(country, rng)
    written = separator.join(iban[i : i + 4] for i in range(0, len(iban), 4))
    assert found(f"«{written}»", IBAN) == [written]


# Published test card numbers of the card schemes (not real cards).
TEST_CARDS = [
    "4111 1111 1111 1111",
    "5555 5555 5555 4444",
    "3782 822463 10005",
    "6011 1111 1111 1117",
    "4012888888881881",
]


def luhn_check_digit(payload: str) -> str:
    """The digit that completes ``payload`` to a Luhn-valid number (independent implementation)."""
    total = 0
    for i, char in enumerate(reversed(payload)):
        digit = int(char) * (2 if i % 2 == 0 else 1)
        total += digit // 10 + digit % 10
    return str((10 - total % 10) % 10)


@pytest.mark.parametrize("card", TEST_CARDS)
def test_test_cards_in_every_layout(card: str) -> None:
    compact = card.replace(" ", "")
    for written in (card, compact, card.replace(" ", "-")):
        assert found(f"My card is {written}; expires soon", CARD) == [written]


# A scheme issuing each length: Visa 13/16/19, Diners 14, Amex 15, JCB 17/18.
PREFIX_OF_LENGTH = {13: "4", 14: "36", 15: "37", 16: "4", 17: "3530", 18: "3530", 19: "4"}


@pytest.mark.parametrize("length", range(13, 20))
def test_generated_cards_13_to_19_digits(length: int) -> None:
    rng = random.Random(length)
    prefix = PREFIX_OF_LENGTH[length]
    payload = prefix + "".join(rng.choice(string.digits) for _ in range(length - 1 - len(prefix)))
    card = payload + luhn_check_digit(payload)
    assert found(f"card {card} ok", CARD) == [card]
    wrong = payload + str((int(card[-1]) + 1) % 10)
    assert found(f"ref {wrong} ok", CARD) == []


def test_card_next_to_an_expiry_date_and_other_numbers() -> None:
    text = "Cartão 4111 1111 1111 1111 12/27 CVV 123"
    assert found(text, CARD) == ["4111 1111 1111 1111"]
    text = "Karte: 4111-1111-1111-1111, gültig bis 12/2027"
    assert found(text, CARD) == ["4111-1111-1111-1111"]


@pytest.mark.parametrize("separator", [".", "/", " - ", " \u2013 ", "\u2014", "_", "\t", "  "])
def test_card_groups_joined_by_any_separator_people_use(separator: str) -> None:
    card = separator.join(["4111", "1111", "1111", "1111"])
    assert found(f"o cartão {card} expira", CARD) == [card]


def test_luhn_valid_numbers_that_are_not_cards() -> None:
    issuer_1 = "111111111111111" + luhn_check_digit("111111111111111")
    assert found(f"ref {issuer_1}", CARD) == []  # no card issuer starts with 1
    assert found("ref 41.1111.1111.1111.11", CARD) == []  # dotted, but not in a card's groups
    twenty = "4" * 19 + luhn_check_digit("4" * 19)
    assert found(f"ref {twenty}", CARD) == []  # 20 digits


# --- human layouts with a separator inside the first four characters ------------------------------------


def spaced_start(compact: str, separator: str) -> str:
    """``PT 50 0002 0123 ...``: country code, check digits and the BBAN in groups of 4, all separated."""
    return separator.join([compact[:2], compact[2:4], *(compact[i : i + 4] for i in range(4, len(compact), 4))])


def test_bban_digit_table_covers_every_country_within_its_length() -> None:
    assert set(BBAN_MIN_DIGITS) == set(SEPA_COUNTRIES)
    assert all(0 <= BBAN_MIN_DIGITS[c] <= SEPA_COUNTRIES[c] - 4 for c in SEPA_COUNTRIES)


def test_iban_with_a_space_between_country_code_and_check_digits() -> None:
    assert found("IBAN PT 50 0002 0123 1234 5678 9015 4", IBAN) == ["PT 50 0002 0123 1234 5678 9015 4"]
    assert found("iban: de 89 3704 0044 0532 0130 00.", IBAN) == ["de 89 3704 0044 0532 0130 00"]
    assert found("Konto DE-89-3704-0044-0532-0130-00 bitte", IBAN) == ["DE-89-3704-0044-0532-0130-00"]
    assert found("Konto DE 8937040044053201300 0", IBAN) == ["DE 8937040044053201300 0"]


@pytest.mark.parametrize("published", PUBLISHED_IBANS)
@pytest.mark.parametrize("separator", [" ", "-", "\u00a0"])
def test_published_ibans_with_separated_check_digits(published: str, separator: str) -> None:
    compact = published.replace(" ", "")
    written = spaced_start(compact, separator)
    assert found(f"Please transfer to {written}, thanks.", IBAN) == [written]
    assert found(f"Please transfer to {spaced_start(corrupt(compact), separator)}, thanks.", IBAN) == []
    assert found(f"Please transfer to {spaced_start(compact[:-1], separator)}, thanks.", IBAN) == []


@given(st.sampled_from(sorted(SEPA_COUNTRIES)), st.randoms(use_true_random=False), st.sampled_from([" ", "-"]))
def test_generated_ibans_with_separated_check_digits(country: str, rng: random.Random, separator: str) -> None:
    # Registry-shaped BBAN: digits where the country's format has them (the guard below relies on that).
    iban = make_iban(country, rng)
    iban = iban[:4] + "".join(c if c.isdigit() else str(ord(c) % 10) for c in iban[4:])
    iban = iban[:2] + iban_check_digits(iban[:2], iban[4:]) + iban[4:]
    written = spaced_start(iban, separator)
    assert found(f"«{written}»", IBAN) == [written]


@pytest.mark.parametrize(
    "prose",
    [
        "cerca de {} pessoas na sala ontem.",  # DE + 18 letters: the length of a German IBAN, not its digits
        "we meet at {} noon or later today!",  # AT + 16 letters
        "la salida es {} minutos antes del viaje.",  # ES + 20 letters
        "and it {} was a long and quiet evening",  # IT + 23 letters
    ],
)
def test_prose_after_a_country_code_word_is_not_an_iban(prose: str) -> None:
    # Every pair of check digits is tried, so the mod-97 checksum passes for some of them: only the shape
    # of the BBAN (its digits) can reject these.
    for check in range(100):
        text = prose.format(f"{check:02d}")
        assert found(text, IBAN) == [], text


@pytest.mark.parametrize("separator", [".", "/", " - ", " \u2013 ", "_", "\t", "  ", "\u2009", "\u200b"])
def test_an_iban_grouped_with_any_separator_people_use(separator: str) -> None:
    iban = separator.join(["PT50", "0002", "0123", "1234", "5678", "9015", "4"])
    assert found(f"segue {iban} ok", IBAN) == [iban]


def test_spaced_dashes_between_years_or_small_numbers_stay_text() -> None:
    assert detect_builtin("Vivi lá de 1990 - 2000 e paguei 10 - 15 euros por mês.") == []
