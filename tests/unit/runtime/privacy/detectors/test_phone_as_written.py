"""Phone numbers people write without a phone word: after a call or text verb, under a signature, grouped by
dots like an amount; amounts, references and account numbers written the same way stay."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.spans import merge_spans


def phones(text: str, language: str) -> list[str]:
    spans = merge_spans(detect_builtin(text, market_regions([language])), text)
    return [text[s.start : s.end] for s in spans if s.entity_type == "PHONE"]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("nb", "kan dere ringe meg på 41234567 i morgen?", "41234567"),  # a call verb in its forms
        ("nn", "kan de ringje meg på 41234567?", "41234567"),
        ("da", "ring venligst til 21234567", "21234567"),
        ("nb", "send en sms til 4123\u20604567", "4123\u20604567"),  # a text message, a word joiner inside
        ("pt", "ligue-me para 912.345.678 por favor", "912.345.678"),
        ("es", "llámame al 612 34 56 78", "612 34 56 78"),
        ("it", "richiamatemi al 0612345678", "0612345678"),
        ("pl", "proszę zadzwonić pod 512345678", "512345678"),
        ("lv", "lūdzu piezvaniet 21234567", "21234567"),
        ("lt", "paskambinkite 861234567", "861234567"),
        ("et", "palun helistage 51234567", "51234567"),
        ("bg", "моля, обадете се на 0888123456", "0888123456"),
        ("el", "τηλεφωνήστε μου στο 6912345678", "6912345678"),
        ("fi", "soittakaa numeroon 0401234567", "0401234567"),
        ("it", "scrivetemi al 3471234567", "3471234567"),  # write to me: a text message
        ("pl", "napiszcie na 512345678", "512345678"),
    ],
)
def test_a_call_or_text_verb_announces_a_number(language: str, text: str, number: str) -> None:
    assert phones(text, language) == [number]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("nb", "Takk for svaret.\nHilsen\nKari Nordmann\n41234567", "41234567"),
        ("da", "Mange tak!\nMed venlig hilsen\nJens Hansen\n21234567\n", "21234567"),
        ("lv", "Paldies\nJānis Bērziņš\n21234567", "21234567"),
    ],
)
def test_a_number_alone_on_its_line_under_a_signature(language: str, text: str, number: str) -> None:
    assert phones(text, language) == [number]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("pt", "o número dela é 936.123.456", "936.123.456"),
        ("es", "mi número: 699.123.456", "699.123.456"),
    ],
)
def test_a_mobile_grouped_by_dots_like_an_amount(language: str, text: str, number: str) -> None:
    assert phones(text, language) == [number]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("nb", "etter klokka fire når du meg på 41234567.", "41234567"),  # compact mobiles, no phone word
        ("da", "mit nummer er 21234567", "21234567"),
        ("lv", "mans numurs ir 21234567", "21234567"),
        ("mt", "in-numru tiegħi 79123456", "79123456"),
    ],
)
def test_a_compact_mobile_of_a_market_without_a_trunk_prefix(language: str, text: str, number: str) -> None:
    assert phones(text, language) == [number]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "jeg overførte 41234567 kr i går"),  # amounts in the market's currencies
        ("da", "lånet er på 21234567 kroner"),
        ("pl", "zapłaciłem 512345678 zł"),
        ("nb", "Transaksjon 91234567 feilet"),  # a compact number its clause goes on after
        ("nb", "Mitt medlemsnummer er 41234567"),  # after a compound naming another number
        ("nb", "Konto saldo 91234567"),  # after an amount word
        ("da", "Kan du ringe banken om lånet på 2500000?"),  # a round amount, even after a call verb
        ("nb", "send sms om status for sak 2024/1234"),  # a reference opening with a year, likewise
        ("nb", "kundenummer 41234567"),  # customer, account and case numbers
        ("da", "sagsnummer 21234567"),
        ("nb", "beløp: 01234567"),
        ("nb", "Kontonummer:\n41234567"),  # under a label, not a signature
        ("nb", "Hei\nbeløpet er\n41234567 kroner"),
        ("da", "Ordrenummer 21234567"),
        ("pt", "o imóvel custou 936.123.000"),  # a round amount
        ("pt", "o valor é 234.567.891"),  # a fixed line's digits grouped as an amount
        ("nb", "Faktura\n41234567"),
    ],
)
def test_amounts_labels_and_references_stay(language: str, text: str) -> None:
    assert phones(text, language) == []


def test_a_signatures_lines_are_read_from_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each number looks at most a signature's length around it, never at the whole text (linear in its length)."""
    from runtime.privacy.detectors import phone

    read: list[int] = []
    pattern = phone._WORDS_LINE

    class Spy:
        def fullmatch(self, line: str) -> object:
            read.append(len(line))
            return pattern.fullmatch(line)

    monkeypatch.setattr(phone, "_WORDS_LINE", Spy())
    text = ("en veldig lang linje med mange ord og ingen tall i seg " * 40 + "\n22123456\n") * 30
    assert phones(text, "nb") == []  # under a line too long to be a signature's
    assert all(size <= phone._SIGNATURE_CHARS for size in read)
    assert phones("Hilsen\nKari Nordmann\n22123456", "nb") == ["22123456"]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("pt", "podem ligar-lhe para 913277460?", "913277460"),  # also a valid NIF: the call verb says phone
        ("pt", "Cumprimentos,\nRui Matos\n914633643", "914633643"),  # under a signature
        ("pt", "ANA REIS;914633643;ana@sapo.pt", "914633643"),  # a mobile in a pasted row
    ],
)
def test_an_announced_number_is_a_phone_not_an_identifier(language: str, text: str, number: str) -> None:
    spans = merge_spans(detect_builtin(text, market_regions([language])), text)
    assert [(s.entity_type, text[s.start : s.end]) for s in spans if s.entity_type not in ("NAME", "EMAIL")] == [
        ("PHONE", number)
    ]


def test_a_labelled_identifier_after_a_phone_word_stays_an_identifier() -> None:
    text = "o meu telefone mudou e o NIF é 234567891"
    spans = merge_spans(detect_builtin(text, market_regions(["pt"])), text)
    assert [(s.entity_type, text[s.start : s.end]) for s in spans] == [("NIF_PT", "234567891")]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("fr", "Bien cordialement,\nVirginie Vasseur\n02 41 53 75 24", "02 41 53 75 24"),  # "Vasseur" is no "eur"
        ("nb", "Hilsen\nKari Krone\n22 12 34 56", "22 12 34 56"),
        ("it", "MARIO ROSSI;0612345678;IT60X0542811101000000123456", "0612345678"),  # a whole cell of a row
    ],
)
def test_numbers_after_a_word_ending_like_a_currency_and_in_pasted_rows(language: str, text: str, number: str) -> None:
    assert phones(text, language) == [number]


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "payé EUR 0241537524"), ("nb", "betalt NOK 22123456"), ("it", "Importo;Data\n1234567890;12/03/2025")],
)
def test_amounts_after_a_currency_and_row_amounts_stay(language: str, text: str) -> None:
    assert phones(text, language) == []
