"""IBANs and the prose that only looks like one."""

from __future__ import annotations

from runtime.privacy.detectors import detect_builtin


def ibans(text: str) -> list[str]:
    """The IBAN values found in ``text``."""
    return [text[s.start : s.end] for s in detect_builtin(text) if s.entity_type == "IBAN"]


def test_prose_with_a_date_after_a_country_code_is_no_iban() -> None:
    assert ibans("Mogu li 01.06.2027 otplatiti 22.844 € s kreditne kartice bez zateznih kamata?") == []


def test_an_iban_typed_in_lower_case_with_its_bank_code_is_one() -> None:
    assert ibans("o iban é gb29 nwbk 6016 1331 9268 19 obrigado") == ["gb29 nwbk 6016 1331 9268 19"]
