"""Which stored value a new, unequal spelling is another form of (pure): the vault gives both one placeholder.

A phone number in national form (``912 345 678``, ``020 7946 0958``) is another form of a stored
international one (``+351 912 345 678``, ``+44 20 7946 0958``) whose country dials it so, and back. A
national form that fits stored international numbers of several countries links to the first of them.

A part of a stored person's name (``Silva``, ``Dr. Maria Silva`` for ``Maria da Silva``: every word one of
its tokens, see ``name_tokens``) links to that name; to the first stored name that has them all.
"""

from __future__ import annotations

from runtime.privacy.name_tokens import name_words, significant_tokens
from runtime.privacy.phone_numbers import national_forms, phone_digits, split_international
from runtime.privacy.types import NAME, PHONE


class ValueLinks:
    """Indexes of a vault's values by their other forms; the first value stored wins a shared form."""

    def __init__(self) -> None:
        self._national_phones: dict[str, str] = {}  # digits of a stored national number -> placeholder
        self._international_phones: dict[str, str] = {}  # national form of a stored international one -> ...
        self._name_tokens: dict[str, frozenset[str]] = {}  # placeholder -> its name's tokens
        self._names_with: dict[str, list[str]] = {}  # name token -> placeholders, first stored first

    def add(self, placeholder: str, entity_type: str, value: str) -> None:
        """Index a stored value (of a sanitized type) by its other forms."""
        if entity_type == PHONE:
            national, international = self._phone_forms(value)
            for form in national:
                self._national_phones.setdefault(form, placeholder)
            for form in international:
                self._international_phones.setdefault(form, placeholder)
        elif entity_type == NAME:
            tokens = significant_tokens(value)
            self._name_tokens[placeholder] = frozenset(tokens)
            for token in tokens:
                self._names_with.setdefault(token, []).append(placeholder)

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
        elif entity_type == NAME:
            return self._name_having(name_words(value))
        return None

    def _name_having(self, words: list[str]) -> str | None:
        """The first stored name whose tokens include every one of ``words`` (None for no words)."""
        for placeholder in self._names_with.get(words[0], []) if words else []:
            if self._name_tokens[placeholder].issuperset(words):
                return placeholder
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
