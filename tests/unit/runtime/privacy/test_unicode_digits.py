"""Personal data written with full-width or other Unicode digits: found, with spans exact on the original."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.pseudonymize import Vault, pseudonymize
from runtime.privacy.reidentify import reidentify
from runtime.privacy.spans import merge_spans
from tests.unit.runtime.privacy.detectors.test_languages import MESSAGES, ORDINARY


def found(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text))]


def widen(text: str, positions: set[int] | None = None) -> str:
    """ASCII printable characters as their full-width forms (space as the ideographic space), one for one."""

    def wide(char: str) -> str:
        if char == " ":
            return "\u3000"
        if "!" <= char <= "~":
            return chr(ord(char) + 0xFEE0)
        return char

    return "".join(wide(c) if positions is None or i in positions else c for i, c in enumerate(text))


def script_digits(text: str, zero: str) -> str:
    """ASCII digits as the digits of another script (``zero`` is that script's digit zero)."""
    return "".join(chr(ord(zero) + int(c)) if "0" <= c <= "9" else c for c in text)


@pytest.mark.parametrize(
    ("written", "entity_type"),
    [
        ("０９１２ ３４５ ６７８", "PHONE"),
        ("９１２ ３４５ ６７８", "PHONE"),
        ("＋３５１ ９１２ ３４５ ６７８", "PHONE"),
        ("ＰＴ５０ ０００２ ０１２３ １２３４ ５６７８ ９０１５ ４", "IBAN"),
        ("PT５０ ０００２ ０１２３ １２３４ ５６７８ ９０１５ ４", "IBAN"),  # ASCII letters, wide digits
        ("４１１１ １１１１ １１１１ １１１１", "CARD"),
        ("１２３４５６７８９", "NIF_PT"),
        ("１２３４５６７８Ｚ", "DNI_ES"),
        ("ａｎａ＠ｅｘａｍｐｌｅ．ｐｔ", "EMAIL"),
    ],
)
def test_full_width_values_are_found_exactly(written: str, entity_type: str) -> None:
    text = f"Olá, os meus dados: {written}. Obrigada!"
    assert found(text) == [(entity_type, written)]


@pytest.mark.parametrize(
    "zero", ["\u0660", "\u06f0", "\u0966", "\U0001d7ce"]
)  # Arabic-Indic, Persian, Devanagari, math
def test_digits_of_other_scripts(zero: str) -> None:
    phone, iban = script_digits("912 345 678", zero), script_digits("PT50 0002 0123 1234 5678 9015 4", zero)
    text = f"tel {phone}; IBAN {iban}."
    assert found(text) == [("PHONE", phone), ("IBAN", iban)]


def test_offsets_stay_exact_after_expanding_and_combining_characters() -> None:
    # 'ß' and 'ﬁ' fold to two characters each, 'e\u0301' to one: the spans still index the original text.
    text = (
        "Straße ﬁnal, Jose\u0301: ligue ０９１２ ３４５ ６７８, "
        "Maße ＰＴ５０ ０００２ ０１２３ １２３４ ５６７８ ９０１５ ４ ok"
    )
    assert found(text) == [
        ("NAME", "Jose\u0301"),
        ("PHONE", "０９１２ ３４５ ６７８"),
        ("IBAN", "ＰＴ５０ ０００２ ０１２３ １２３４ ５６７８ ９０１５ ４"),
    ]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_in_full_width_has_nothing(text: str) -> None:
    assert found(widen(text)) == []


SAMPLES = [text for text, _ in MESSAGES.values()]


@given(st.sampled_from(SAMPLES), st.sets(st.integers(min_value=0, max_value=400)))
def test_widening_any_characters_keeps_every_span(text: str, positions: set[int]) -> None:
    # Full-width forms replace characters one for one, so every span keeps its offsets exactly.
    wide = widen(text, positions)
    assert [(s.start, s.end, s.entity_type) for s in merge_spans(detect_builtin(wide))] == [
        (s.start, s.end, s.entity_type) for s in merge_spans(detect_builtin(text))
    ]


@given(st.sampled_from(SAMPLES), st.text(alphabet="aßﬁé\u0301 İ,.Ǆ", max_size=12))
def test_spans_map_back_exactly_behind_expanding_text(text: str, prefix: str) -> None:
    wide = prefix + " " + widen(text, {i for i, c in enumerate(text) if c.isdigit()})
    expected = [(t, unicodedata.normalize("NFKC", v)) for t, v in found(text)]
    assert [(t, unicodedata.normalize("NFKC", v)) for t, v in found(wide)] == expected


def test_pseudonymize_and_reidentify_full_width_values() -> None:
    text = "Ligue ０９１２ ３４５ ６７８ ou escreva, IBAN ＰＴ５０ ０００２ ０１２３ １２３４ ５６７８ ９０１５ ４."
    vault = Vault()
    masked = pseudonymize(text, detect_builtin(text), vault)
    assert masked == "Ligue [PHONE_1] ou escreva, IBAN [IBAN_1]."
    assert reidentify(masked, vault.mapping) == text


def test_vault_finds_known_values_written_with_other_digits() -> None:
    vault = Vault()
    vault.placeholder_for("PHONE", "+351 912 345 678")
    vault.placeholder_for("NIF_PT", "123456789")
    for text in ("tel ＋３５１ ９１２ ３４５ ６７８", "tel +٣٥١ ٩١٢ ٣٤٥ ٦٧٨", "nif १२३४५६७८९"):
        value = text.split(" ", 1)[1]
        assert [text[s.start : s.end] for s in vault.known_value_spans(text)] == [value]
    assert pseudonymize("NIF १२३४५६७८९", vault.known_value_spans("NIF १२३४५६७८९"), vault) == "NIF [NIF_PT_1]"


MIXED = "0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩ ＋+-.ßﬁé\u0301ZzPTpt＠@ａ"


@given(st.text(alphabet=MIXED, max_size=120))
def test_spans_in_text_mixing_digit_scripts_are_exact(text: str) -> None:
    for span in detect_builtin(text):
        value = text[span.start : span.end]
        assert 0 <= span.start < span.end <= len(text)
        assert value == value.strip() and value.strip("\u3000") == value
        assert not unicodedata.combining(value[0])
