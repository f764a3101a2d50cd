"""The quick look at libphonenumber's data before parsing a national number keeps every number it could find valid."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberType

from runtime.privacy.detectors.phone import _may_be_valid, _region_lengths
from runtime.privacy.market_languages import EUROPEAN_REGIONS


@pytest.mark.parametrize("region", EUROPEAN_REGIONS)
def test_every_example_number_of_a_region_passes_the_quick_look(region: str) -> None:
    region_data = _region_lengths(region)
    assert region_data.shape is not None
    examples = 0
    for number_type in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE):
        example = phonenumbers.example_number_for_type(region, number_type)
        if example is None:
            continue
        national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
        digits = "".join(c for c in national if c.isdigit())
        international = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)[1:]
        for written in (digits, international):
            assert phonenumbers.is_valid_number(phonenumbers.parse(written, region))
            assert _may_be_valid(written, region_data.shape, region_data.dialled, region_data.code)
            examples += 1
    assert examples


def test_a_lithuanian_number_dialled_with_8_passes() -> None:
    lt = _region_lengths("LT")
    assert lt.shape is not None and phonenumbers.is_valid_number(phonenumbers.parse("861234567", "LT"))
    assert _may_be_valid("861234567", lt.shape, lt.dialled, lt.code)


def test_a_postcode_is_not_parsed_in_a_region_with_no_such_numbers() -> None:
    pt = _region_lengths("PT")
    assert pt.shape is not None
    assert not _may_be_valid("1100048", pt.shape, pt.dialled, pt.code)
