"""Values written with brackets, underscores and closing dots as people paste them, and their look-alikes left alone."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.spans import merge_spans
from runtime.privacy.text_view import text_view


def merged(text: str, language: str) -> list[tuple[str, str]]:
    """What the message's merged spans cover, with their types (phone forms of ``language``'s countries)."""
    spans = merge_spans(detect_builtin(text, market_regions([language])), text)
    return [(s.entity_type, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("bg", "IBAN: BG80_BNBG_9661_1020_3456_78, благодаря", "BG80_BNBG_9661_1020_3456_78"),
        ("lv", "konts LV80_BANK_0000_4351_9500_1.", "LV80_BANK_0000_4351_9500_1"),
        ("mt", "IBAN MT84_MALT_0110_0001_2345_MTLC_AST0_01S ok", "MT84_MALT_0110_0001_2345_MTLC_AST0_01S"),
    ],
)
def test_an_iban_with_underscores_between_its_groups_is_one_value(language: str, text: str, value: str) -> None:
    assert ("IBAN", value) in merged(text, language)


def test_an_underscore_between_words_without_digits_stays() -> None:
    assert text_view("ana_silva e rui_neves").text == "ana_silva e rui_neves"
    assert text_view("ref AB_12").text == "ref AB-12"


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("el", "Καλέστε με στο (+30) 6912 345678 αύριο", "(+30) 6912 345678"),
        ("lt", "Mano numeris +(370) 61234567, ačiū", "+(370) 61234567"),
        ("lv", "zvaniet +(371)\u00a021234567", "+(371)\u00a021234567"),
        ("pt", "Contacto: (351) 912 345 678", "(351) 912 345 678"),
        ("fi", "Soita (+358) 401234567 illalla", "(+358) 401234567"),
        ("nl", "bereikbaar op (010)-4123456", "(010)-4123456"),
        ("pt", "ligue (351) 91\u20602 345 678", "(351) 91\u20602 345 678"),
        ("de", "Ruf mich an: 030 / 123 456 78", "030 / 123 456 78"),  # a slash with spaces around it
    ],
)
def test_a_phone_number_with_its_calling_or_area_code_in_brackets_is_whole(
    language: str, text: str, value: str
) -> None:
    assert ("PHONE", value) in merged(text, language)


def test_a_compact_number_dialled_in_the_market_is_a_phone_not_another_states_id() -> None:
    # 0431143670 passes the Slovak and Czech birth-number check, and is a Finnish landline.
    assert merged("Numeroni on 0431143670.", "fi") == [("PHONE", "0431143670")]
    assert merged("Rodné číslo 0431143670.", "sk") == [("RC_SK", "0431143670")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "O total é (351) 12 euros por mês"),
        ("pt", "Ver páginas (12) 345-678 do contrato"),
        ("nl", "Bestelling (2024)-1234567 is onderweg"),
        ("en", "Order (44) 1234 5678 was shipped"),
    ],
)
def test_bracketed_numbers_that_are_not_phones_stay(language: str, text: str) -> None:
    assert not [t for t, _ in merged(text, language) if t == "PHONE"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Születési dátum: 1956.11.24.", "1956.11.24."),
        ("szül. 1985. 03. 12. Budapest", "1985. 03. 12."),
    ],
)
def test_a_year_first_date_of_birth_keeps_its_closing_dot(text: str, date: str) -> None:
    assert ("BIRTH_DATE", date) in merged(text, "hu")


def test_an_ordinary_year_first_date_stays() -> None:
    assert merged("A számla kelte 2024.06.03., összege 12 500 Ft.", "hu") == []


def test_a_lithuanian_area_code_with_its_trunk_and_dash_in_brackets() -> None:
    assert ("PHONE", "(0-612) 34567") in merged("Skambinkite (0-612) 34567 vakare", "lt")


def test_a_whole_number_valid_in_the_market_is_its_phone_not_another_states_id() -> None:
    # 512345678 is a Polish mobile number and passes the Portuguese NIF check.
    assert merged("Proszę dzwonić 512345678.", "pl") == [("PHONE", "512345678")]
    assert merged("NIF 512345678", "pt") == [("NIF_PT", "512345678")]


def test_a_hungarian_born_word_before_a_year_first_date() -> None:
    assert ("BIRTH_DATE", "1985. március 12") in merged("Születtem 1985. március 12-én.", "hu")


@pytest.mark.parametrize(
    "value",
    [
        "NL91  ABNA  0417  1643  00",
        "MT84 - MALT - 0110 - 0001 - 2345 - MTLC - AST0 - 01S",
        "LV80 \u2013 BANK 0000 4351 9500 1",
    ],
)
def test_an_iban_with_wide_gaps_between_its_groups_is_one_value(value: str) -> None:
    assert merged(f"IBAN {value}, obrigado", "pt") == [("IBAN", value)]


def test_an_iban_pasted_over_two_lines_is_one_value() -> None:
    text = "IBAN: PT50 0002 0123 1234\n5678 9015 4\nObrigado"
    assert merged(text, "pt") == [("IBAN", "PT50 0002 0123 1234\n5678 9015 4")]


def test_a_tab_separated_table_keeps_its_cells_apart() -> None:
    text = "Nome\tTelefone\tNascimento\nRui Neves\t912 345 678\t12/03/1985"
    found = merged(text, "pt")
    assert ("NAME", "Rui Neves") in found
    assert ("PHONE", "912 345 678") in found
    assert ("BIRTH_DATE", "12/03/1985") in found


def test_a_row_pasted_with_tabs_and_no_header() -> None:
    assert merged("SZABÓ KATALIN\t+36 30 123 4567", "hu") == [("NAME", "SZABÓ KATALIN"), ("PHONE", "+36 30 123 4567")]


def test_a_tab_inside_a_phone_number_is_a_separator() -> None:
    assert merged("Tālrunis: +(371)\t2123\t4567", "lv") == [("PHONE", "+(371)\t2123\t4567")]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("et", "Mobiilinumber 51234567", "51234567"),
        ("is", "Símanúmer: 6111234", "6111234"),
        ("lv", "Tālruņa numurs 21234567", "21234567"),
        ("nb", "Telefonnummeret mitt er 40612345", "40612345"),
    ],
)
def test_a_compact_number_after_a_phone_word_of_its_language(language: str, text: str, value: str) -> None:
    assert ("PHONE", value) in merged(text, language)
