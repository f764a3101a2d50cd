"""The languages of the EU/EEA states, GB and CH, and which of them only the built-in detectors read (pure).

The built-in detectors (identifiers, phones, IBANs, cards, e-mail, street addresses, names) are written for
every one of these languages; Amazon Comprehend reads some of them (``comprehend_languages``). A stack may
configure any of them: a language Comprehend cannot read gets built-in detection only, and the review and
the README say so.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES, PII_LANGUAGES

__all__ = [
    "CONFIGURABLE_LANGUAGES",
    "EUROPEAN_REGIONS",
    "LANGUAGE_COUNTRIES",
    "MARKET_LANGUAGES",
    "builtin_only_languages",
    "comprehend_reading",
]

#: The countries where each market language is an official language (EU/EEA, GB and CH).
LANGUAGE_COUNTRIES: Final[dict[str, tuple[str, ...]]] = {
    "bg": ("BG",), "cs": ("CZ",), "da": ("DK",), "de": ("DE", "AT", "CH", "LI", "LU", "BE"), "el": ("GR", "CY"),
    "en": ("GB", "IE", "MT"), "es": ("ES",), "et": ("EE",), "fi": ("FI",), "fr": ("FR", "BE", "LU", "CH"),
    "ga": ("IE",), "hr": ("HR",), "hu": ("HU",), "is": ("IS",), "it": ("IT", "CH"), "lb": ("LU",),
    "lt": ("LT",), "lv": ("LV",), "mt": ("MT",), "nb": ("NO",), "nl": ("NL", "BE"), "nn": ("NO",),
    "no": ("NO",), "pl": ("PL",), "pt": ("PT",), "ro": ("RO",), "sk": ("SK",), "sl": ("SI",), "sv": ("SE", "FI"),
}  # fmt: skip
#: Every EU/EEA state, GB and CH.
EUROPEAN_REGIONS: Final = tuple(sorted({c for countries in LANGUAGE_COUNTRIES.values() for c in countries}))
#: The languages of those states.
MARKET_LANGUAGES: Final = frozenset(LANGUAGE_COUNTRIES)
#: What a stack config may name: a market language, or any other language Comprehend reads.
CONFIGURABLE_LANGUAGES: Final = MARKET_LANGUAGES | ENTITY_LANGUAGES


def builtin_only_languages(languages: Iterable[str]) -> tuple[str, ...]:
    """The configured languages Comprehend reads with neither of its APIs: only the built-in detectors cover them.

    In configured order, without repeats (``["pt", "nl", "pl"]`` gives ``("nl", "pl")``).
    """
    return tuple(dict.fromkeys(lang for lang in languages if lang not in ENTITY_LANGUAGES))


def comprehend_reading(language: str) -> str:
    """What Comprehend finds in ``language``: ``"pii+entities"``, ``"entities"`` (names only) or ``"none"``."""
    if language in PII_LANGUAGES:
        return "pii+entities"
    return "entities" if language in ENTITY_LANGUAGES else "none"
