"""National identifiers with check digits: PT NIF, ES DNI/NIE, FR NIR, DE Steuer-ID, IT codice fiscale, NL BSN.

Valid values are published examples or computed here by independent implementations of each algorithm.
"""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.nl import bsn as bsn_nl

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.types import BSN_NL, CODICE_FISCALE_IT, DNI_ES, NIE_ES, NIF_PT, NIR_FR, STEUER_ID_DE


def found(text: str, entity_type: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_builtin(text) if s.entity_type == entity_type]


def _valid_as(entity_type: str, number: str) -> bool:
    """Whether the detector finds ``number`` (written alone) as ``entity_type``."""
    return found(f"x {number} x", entity_type) == [number]


def bump(digits: str, position: int) -> str:
    return digits[:position] + str((int(digits[position]) + 1) % 10) + digits[position + 1 :]


# --- PT NIF --------------------------------------------------------------------------------------------


def nif_pt(first_eight: str) -> str:
    total = sum(int(d) * w for d, w in zip(first_eight, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return first_eight + ("0" if check >= 10 else str(check))


@pytest.mark.parametrize("head", ["12345678", "23456789", "50123456", "98765432", "45123456", "71234567"])
def test_nif_pt(head: str) -> None:
    nif = nif_pt(head)
    assert found(f"O meu NIF é {nif}.", NIF_PT) == [nif]
    assert found(f"Contribuinte n.º {nif[:3]} {nif[3:6]} {nif[6:]}", NIF_PT) == [f"{nif[:3]} {nif[3:6]} {nif[6:]}"]
    assert found(f"A referência é {bump(nif, 8)}.", NIF_PT) == []


def test_nif_pt_unknown_leading_digit() -> None:
    for head in ("01234567", "41234567", "73456789"):
        assert not _valid_as(NIF_PT, nif_pt(head))


# --- ES DNI / NIE ---------------------------------------------------------------------------------------

LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def test_dni_published_example_and_layouts() -> None:
    for written in ("12345678Z", "12345678z", "12345678-Z", "12345678 Z", "12.345.678-Z"):
        assert found(f"Mi DNI es {written}, gracias", DNI_ES) == [written]
    assert found("Referencia 12345678A", DNI_ES) == []
    assert found("Mi DNI es 12345678A", DNI_ES) == ["12345678A"]  # labelled: a typo is still the DNI
    assert found("Ref. X12345678Z", DNI_ES) == []


@given(st.integers(min_value=0, max_value=99_999_999))
def test_dni_any_number(number: int) -> None:
    digits = f"{number:08d}"
    good = LETTERS[number % 23]
    bad = LETTERS[(number + 1) % 23]
    assert found(f"DNI {digits}{good}.", DNI_ES) == [f"{digits}{good}"]
    assert found(f"Ref. {digits}{bad}.", DNI_ES) == []


@pytest.mark.parametrize(("prefix", "value"), [("X", 0), ("Y", 1), ("Z", 2)])
def test_nie(prefix: str, value: int) -> None:
    digits = "1234567"
    letter = LETTERS[int(f"{value}{digits}") % 23]
    for written in (f"{prefix}{digits}{letter}", f"{prefix.lower()}-{digits}-{letter.lower()}"):
        assert found(f"NIE: {written}", NIE_ES) == [written]
    wrong = LETTERS[(int(f"{value}{digits}") + 5) % 23]
    assert found(f"Ref: {prefix}{digits}{wrong}", NIE_ES) == []
    assert found(f"Ref: W{digits}{letter}", NIE_ES) == []


# --- FR NIR ---------------------------------------------------------------------------------------------


def nir_key(body: str) -> str:
    numeric = body.upper().replace("2A", "19", 1) if body[5:7].upper() == "2A" else body
    numeric = numeric.upper().replace("2B", "18", 1) if body[5:7].upper() == "2B" else numeric
    return f"{97 - int(numeric) % 97:02d}"


@pytest.mark.parametrize("body", ["2550814168025", "1841276451089", "1850275123456", "2900675056123"])
def test_nir(body: str) -> None:
    nir = body + nir_key(body)
    spaced = f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
    for written in (nir, spaced):
        assert found(f"Mon numéro de sécurité sociale est {written}.", NIR_FR) == [written]
    assert found(f"Numéro {bump(nir, 14)}.", NIR_FR) == []
    assert found(f"Numéro {bump(nir, 8)}.", NIR_FR) == []


@pytest.mark.parametrize("department", ["2A", "2B", "2a"])
def test_nir_corsica(department: str) -> None:
    body = f"18507{department}004123"
    nir = body + nir_key(body)
    spaced = f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
    assert found(f"NIR {spaced}", NIR_FR) == [spaced]
    assert found(f"NIR {nir}", NIR_FR) == [nir]
    # Computing the key as if the department were numeric 20 gives a different key.
    wrong = body + f"{97 - int(body.upper().replace(department.upper(), '20')) % 97:02d}"
    assert wrong != nir
    assert found(f"réf {wrong}", NIR_FR) == []


def test_nir_published_example() -> None:
    assert found("sécu: 2 55 08 14 168 025 38", NIR_FR) == ["2 55 08 14 168 025 38"]


# --- DE Steuer-ID ---------------------------------------------------------------------------------------


def steuer_check(first_ten: str) -> str:
    product = 10
    for char in first_ten:
        total = (int(char) + product) % 10
        total = 10 if total == 0 else total
        product = (2 * total) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id(rng: random.Random, repeats: int) -> str:
    """Ten digits: one digit `repeats` times (not three in a row), the others distinct, no leading 0."""
    while True:
        digits = rng.sample("0123456789", 11 - repeats)
        body = digits + [digits[0]] * (repeats - 1)
        rng.shuffle(body)
        first_ten = "".join(body)
        if (
            first_ten[0] != "0"
            and first_ten.count(first_ten[0] * 3) == 0
            and not any(first_ten[i] == first_ten[i + 1] == first_ten[i + 2] for i in range(8))
        ):
            return first_ten + steuer_check(first_ten)


def test_steuer_id_published_examples() -> None:
    for value in ("86095742719", "65929970489"):
        assert found(f"Steuer-ID {value}", STEUER_ID_DE) == [value]
        assert found(f"Steuer-ID {value[:2]} {value[2:5]} {value[5:8]} {value[8:]}", STEUER_ID_DE)


@pytest.mark.parametrize("repeats", [2, 3])
def test_steuer_id_generated(repeats: int) -> None:
    rng = random.Random(repeats)
    for _ in range(20):
        value = steuer_id(rng, repeats)
        assert found(f"Meine Steueridentifikationsnummer ist {value}.", STEUER_ID_DE) == [value]
        assert found(f"Nummer {value[:10]}{(int(value[10]) + 1) % 10}", STEUER_ID_DE) == []


def test_steuer_id_digit_rules() -> None:
    assert not _valid_as(STEUER_ID_DE, "0" + "1234567891")  # leading zero
    all_distinct = "1234567890"
    assert not _valid_as(STEUER_ID_DE, all_distinct + steuer_check(all_distinct))
    two_pairs = "1123456678"
    assert not _valid_as(STEUER_ID_DE, two_pairs + steuer_check(two_pairs))
    three_in_a_row = "1112345678"
    assert not _valid_as(STEUER_ID_DE, three_in_a_row + steuer_check(three_in_a_row))
    three_apart = "1213456178"
    assert _valid_as(STEUER_ID_DE, three_apart + steuer_check(three_apart))


# --- IT codice fiscale ---------------------------------------------------------------------------------

ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf_check(first_fifteen: str) -> str:
    total = 0
    for position, char in enumerate(first_fifteen, start=1):
        index = int(char) if char.isdigit() else ord(char) - ord("A")
        total += ODD[index] if position % 2 == 1 else index
    return chr(ord("A") + total % 26)


OMOCODIA = "LMNPQRSTUV"


def omocode(code: str, how_many: int) -> str:
    """Replace the last `how_many` digits (right to left, as the Agenzia delle Entrate does)."""
    chars = list(code[:15])
    for position in (14, 13, 12, 10, 9, 7, 6)[:how_many]:
        chars[position] = OMOCODIA[int(chars[position])]
    body = "".join(chars)
    return body + cf_check(body)


def test_codice_fiscale_published_example() -> None:
    for written in ("RSSMRA85T10A562S", "rssmra85t10a562s"):
        assert found(f"Il mio codice fiscale è {written}.", CODICE_FISCALE_IT) == [written]
    assert found("codice RSSMRA85T10A562T", CODICE_FISCALE_IT) == []


@pytest.mark.parametrize("how_many", range(1, 7))
def test_codice_fiscale_omocodia(how_many: int) -> None:
    code = omocode("RSSMRA85T10A562S", how_many)
    assert found(f"CF {code}", CODICE_FISCALE_IT) == [code]
    assert found(f"codice {code[:15]}{chr((ord(code[15]) - 65 + 1) % 26 + 65)}", CODICE_FISCALE_IT) == []


def test_codice_fiscale_female_and_shape_rules() -> None:
    body = "BNCLCU90A41F205"  # day 41: a woman born on the 1st
    code = body + cf_check(body)
    assert found(f"CF {code}", CODICE_FISCALE_IT) == [code]
    bad_month = "BNCLCU90F41F205"  # F is not a month letter
    assert found(f"codice {bad_month + cf_check(bad_month)}", CODICE_FISCALE_IT) == []
    bad_day = "BNCLCU90A35F205"  # 32-40 is no day
    assert found(f"codice {bad_day + cf_check(bad_day)}", CODICE_FISCALE_IT) == []


# --- NL BSN ---------------------------------------------------------------------------------------------


def bsn_valid_reference(digits: str) -> bool:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


@pytest.mark.parametrize("bsn", ["111222333", "123456782"])
def test_bsn_published_examples(bsn: str) -> None:
    assert found(f"Mijn BSN is {bsn}.", BSN_NL) == [bsn]
    assert found(f"BSN {bsn[:4]}.{bsn[4:6]}.{bsn[6:]}", BSN_NL) == [f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"]


@given(st.integers(min_value=1, max_value=999_999_999))
def test_bsn_agrees_with_the_eleven_proof(number: int) -> None:
    digits = f"{number:09d}"
    assert bsn_nl.is_valid(digits) == bsn_valid_reference(digits)
    assert bool(found(f"nummer {digits}", BSN_NL)) == bsn_valid_reference(digits)
