"""Every EU/EEA state's (and GB's, CH's) personal numbers, in the forms people write them.

Each valid example is built here from its national specification: a birth date or serial of our choosing,
then the check character(s) found by trying each candidate against the state's rule (the ``?`` of a
template). Invalid examples change only the check characters.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.labelled_ids import LABELS
from runtime.privacy.detectors.national_id_catalog import CATALOG, NATIONAL_ID_TYPES
from runtime.privacy.spans import merge_spans

DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# (type, template as people write it (``?``: a check character), alphabet of the check characters)
TEMPLATES: list[tuple[str, str, str]] = [
    ("SVNR_AT", "123? 300785", DIGITS),
    ("RRN_BE", "85.07.30-033.??", DIGITS),
    ("EGN_BG", "850730123?", DIGITS),
    ("OIB_HR", "1234567890?", DIGITS),
    ("RC_CZ", "855730/123?", DIGITS),
    ("CPR_DK", "300785-123?", DIGITS),
    ("IK_EE", "3850730123?", DIGITS),
    ("HETU_FI", "300785-123?", DIGITS + "ABCDEFHJKLMNPRSTUVWXY"),
    ("NIR_FR", "1 85 07 75 123 456 ??", DIGITS),
    ("NIF_FR", "30 12 345 678 ???", DIGITS),
    ("STEUER_ID_DE", "12 345 678 91?", DIGITS),
    ("AMKA_GR", "3007851234?", DIGITS),
    ("ADOAZONOSITO_HU", "843210123?", DIGITS),
    ("PPS_IE", "1234567?", LETTERS),
    ("CODICE_FISCALE_IT", "BNCLCU85L70F205?", LETTERS),
    ("PK_LV", "300785-1234?", DIGITS),
    ("ASMENS_KODAS_LT", "3850730123?", DIGITS),
    ("MATRICULE_LU", "1985 0730 123 ??", DIGITS),
    ("BSN_NL", "1234.56.78?", DIGITS),
    ("PESEL_PL", "8507301234?", DIGITS),
    ("NIP_PL", "123-456-32-1?", DIGITS),
    ("NIF_PT", "234 567 89?", DIGITS),
    ("CC_PT", "12345678 4 ZX?", DIGITS),
    ("CNP_RO", "185073040123?", DIGITS),
    ("RC_SK", "855730/123?", DIGITS),
    ("EMSO_SI", "300798550123?", DIGITS),
    ("DNI_ES", "12.345.679-?", LETTERS),
    ("NIE_ES", "Y-1234567-?", LETTERS),
    ("PERSONNUMMER_SE", "850730-123?", DIGITS),
    ("PERSONNUMMER_SE", "19850730-123?", DIGITS),
    ("KENNITALA_IS", "300785-12?9", DIGITS),
    ("FODSELSNUMMER_NO", "300785 400??", DIGITS),
    ("NHS_GB", "401 023 213?", DIGITS),
    ("AHV_CH", "756.1234.5678.9?", DIGITS),
]
# Labels people put before each (for the typo cases), in the state's language.
LABEL = {
    "SVNR_AT": "Sozialversicherungsnummer", "RRN_BE": "rijksregisternummer", "EGN_BG": "ЕГН", "OIB_HR": "OIB",
    "RC_CZ": "rodné číslo", "CPR_DK": "CPR-nummer", "IK_EE": "isikukood", "HETU_FI": "henkilötunnus",
    "NIR_FR": "numéro de sécurité sociale", "NIF_FR": "numéro fiscal", "STEUER_ID_DE": "Steuer-ID",
    "AMKA_GR": "ΑΜΚΑ", "ADOAZONOSITO_HU": "adóazonosító jel", "PPS_IE": "PPS number",
    "CODICE_FISCALE_IT": "codice fiscale",
    "PK_LV": "personas kods", "ASMENS_KODAS_LT": "asmens kodas", "MATRICULE_LU": "matricule", "BSN_NL": "BSN",
    "PESEL_PL": "PESEL", "NIP_PL": "NIP", "NIF_PT": "NIF", "CC_PT": "cartão de cidadão", "CNP_RO": "CNP",
    "RC_SK": "rodné číslo", "EMSO_SI": "EMŠO", "DNI_ES": "DNI", "NIE_ES": "NIE", "PERSONNUMMER_SE": "personnummer",
    "KENNITALA_IS": "kennitala", "FODSELSNUMMER_NO": "fødselsnummer", "NHS_GB": "NHS number", "AHV_CH": "AHV-Nummer",
}  # fmt: skip
TYPE_OF_LABEL_OVERRIDE = {"RC_SK": "RC_CZ"}  # "rodné číslo" is the same label in both languages


def validators(entity_type: str) -> list[Callable[[str], bool]]:
    return [e.valid for e in CATALOG if e.entity_type == entity_type and e.valid is not None]


def fills(template: str, alphabet: str) -> list[str]:
    holes = template.count("?")
    out = []
    for combo in itertools.product(alphabet, repeat=holes):
        chars = iter(combo)
        out.append("".join(next(chars) if c == "?" else c for c in template))
    return out


def valid_by(entity_type: str, written: str) -> bool:
    code = "".join(c for c in written.upper() if c.isalnum() or (entity_type == "HETU_FI" and c in "-+"))
    return any(valid(code) for valid in validators(entity_type))


def example(entity_type: str, template: str, alphabet: str, want_valid: bool) -> str:
    return next(w for w in fills(template, alphabet) if valid_by(entity_type, w) == want_valid)


def found(text: str) -> list[tuple[str, str]]:
    """What would be pseudonymized: the merged spans' types and values."""
    return [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text))]


def types_found(text: str) -> set[str]:
    """Every type any built-in detector gave any span (before merging)."""
    return {s.entity_type for s in detect_builtin(text)}


def same_shape_states(entity_type: str, written: str) -> set[str]:
    """``entity_type`` and the other states' types whose rules accept the same number (e.g. EE and LT)."""
    return {entity_type} | {e.entity_type for e in CATALOG if e.valid is not None and valid_by(e.entity_type, written)}


def test_every_state_has_a_personal_number() -> None:
    states = {e.country for e in CATALOG}
    eu_eea = {
        *[
            "AT",
            "BE",
            "BG",
            "HR",
            "CY",
            "CZ",
            "DK",
            "EE",
            "FI",
            "FR",
            "DE",
            "GR",
            "HU",
            "IE",
            "IT",
            "LV",
            "LT",
            "LU",
            "MT",
            "NL",
            "PL",
            "PT",
            "RO",
            "SK",
            "SI",
            "ES",
            "SE",
            "IS",
            "LI",
            "NO",
        ]
    }
    assert eu_eea | {"GB", "CH"} <= states
    # Every identifier a label introduces is one of the catalog's (bank and travel documents aside).
    labelled = {shape.entity_type for _, shapes in LABELS for shape in shapes}
    assert labelled - {"IBAN", "CARD", "PASSPORT"} <= NATIONAL_ID_TYPES


@pytest.mark.parametrize(("entity_type", "template", "alphabet"), TEMPLATES)
def test_valid_number_in_its_written_form(entity_type: str, template: str, alphabet: str) -> None:
    written = example(entity_type, template, alphabet, want_valid=True)
    text = f"Here it is: {written}. Thanks"
    assert entity_type in types_found(text)
    [(merged_type, value)] = found(text)
    assert value == written and merged_type in same_shape_states(entity_type, written) | {"PHONE"}
    compact = "".join(c for c in written if c.isalnum() or (entity_type == "HETU_FI" and c in "-+"))
    if entity_type not in {"CPR_DK", "NIP_PL", "NHS_GB", "RC_CZ", "RC_SK", "KENNITALA_IS"}:
        assert entity_type in types_found(f"Here it is: {compact}. Thanks")


@pytest.mark.parametrize(("entity_type", "template", "alphabet"), TEMPLATES)
def test_wrong_check_found_only_after_its_label(entity_type: str, template: str, alphabet: str) -> None:
    if entity_type == "CPR_DK":
        return  # no check digit (see test_date_only_numbers_need_their_usual_form)
    written = example(entity_type, template, alphabet, want_valid=False)
    assert entity_type not in types_found(f"Reference {written}, thanks")
    [(merged_type, value)] = found(f"{LABEL[entity_type]}: {written}, thanks")
    assert value == written
    assert merged_type in NATIONAL_ID_TYPES  # the label's type, or a state whose rules accept the number


def test_date_only_numbers_need_their_usual_form() -> None:
    # A Danish CPR has no check digit since 2007: only "DDMMYY-XXXX" with a valid date counts without a label.
    assert "CPR_DK" in types_found("nummer 300785-1234")
    assert "CPR_DK" not in types_found("ordre 3007851234 sendt")
    assert "CPR_DK" not in types_found("ordre 320785-1234 sendt")  # no 32nd day


@pytest.mark.parametrize(
    ("written", "entity_type"),
    [("AB 12 34 56 C", "NINO_GB"), ("AB123456C", "NINO_GB"), ("1234567TW", "PPS_IE")],
)
def test_letter_and_digit_codes(written: str, entity_type: str) -> None:
    if entity_type == "PPS_IE":
        written = example(entity_type, "1234567?W", LETTERS, want_valid=True)
    assert found(f"my number {written} ok") == [(entity_type, written)]


def test_nino_prefixes_that_are_never_issued() -> None:
    assert found("code BG 12 34 56 C ok") == []
    assert found("code QQ 12 34 56 C ok") == []


def test_labelled_only_numbers() -> None:
    assert found("ΑΦΜ 123456788 ευχαριστώ") == [("AFM_GR", "123456788")]
    assert found("TAJ szám: 123 456 788.") == [("TAJ_HU", "123 456 788")]
    assert found("número de la Seguridad Social 28 12345678 40") == [("NSS_ES", "28 12345678 40")]


@pytest.mark.parametrize("date", ["17.05.2027", "16-07-2027", "2027-05-17", "03/11/2026"])
def test_a_date_then_an_amount_is_no_identifier(date: str) -> None:
    # Some of these digit runs pass one state's check by chance: a date and an amount are still two values.
    for amount in range(1, 1000, 7):
        text = f"ich habe am {date} {amount},50 € bezahlt"
        assert detect_builtin(text) == [], text


def test_an_identifier_written_after_a_date_is_still_found() -> None:
    text = "am 17.05.2027: PESEL 44051401458"
    assert ("PESEL_PL", "44051401458") in [(s.entity_type, text[s.start : s.end]) for s in detect_builtin(text)]
