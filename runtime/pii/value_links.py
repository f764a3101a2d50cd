"""Which stored value a new, unequal spelling is another form of (pure): the vault gives both one placeholder.

A phone number in national form (``912 345 678``, ``020 7946 0958``) is another form of a stored
international one (``+351 912 345 678``, ``+44 20 7946 0958``) whose country dials it so, and back. A
national form that fits stored international numbers of several countries links to the first of them.
"""

from __future__ import annotations

from runtime.pii.phone_numbers import national_forms, phone_digits, split_international
from runtime.pii.types import PHONE


class ValueLinks:
    """Indexes of a vault's values by their other forms; the first value stored wins a shared form."""

    def __init__(self) -> None:
        self._national_phones: dict[str, str] = {}  # digits of a stored national number -> placeholder
        self._international_phones: dict[str, str] = {}  # national form of a stored international one -> ...

    def add(self, placeholder: str, entity_type: str, value: str) -> None:
        """Index a stored value (of a sanitized type) by its other forms."""
        if entity_type == PHONE:
            national, international = self._phone_forms(value)
            for form in national:
                self._national_phones.setdefault(form, placeholder)
            for form in international:
                self._international_phones.setdefault(form, placeholder)

    def find(self, entity_type: str, value: str) -> str | None:
        """The placeholder of a stored value that ``value`` is another form of, or None."""
        if entity_type == PHONE:
            national, international = self._phone_forms(value)
            for form in national:
                if form in self._international_phones:
                    return self._international_phones[form]
            for form in international:
                if form in self._national_phones:
                    return self._national_phones[form]
        return None

    @staticmethod
    def _phone_forms(value: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``(national digits, ())`` of a national number, ``((), its national forms)`` of an international one."""
        parsed = phone_digits(value)
        if parsed is None:
            return (), ()
        international, digits = parsed
        if not international:
            return (digits,), ()
        split = split_international(digits)
        return (), (national_forms(*split) if split is not None else ())
