"""Which viewers the edge admits write in a language the stack does not detect, and what then protects their text.

The edge admits viewers by country (the geo allow-list, `edge.allowedViewerCountries`); the function detects
personal data in the stack's detection languages (`comprehend.languages`). A country's official languages are
read from the one declaration, `runtime.privacy.market_languages.LANGUAGE_COUNTRIES` (EU/EEA states, GB and CH);
a country it does not list (US, JP, ...) is not judged (`undeclared_countries`).

A language of an admitted country is a gap when detecting it would protect its text better: Amazon Comprehend
reads it (so configuring it adds Comprehend's calls in it), or none of the detection languages is spoken in that
country (so the built-in phone detector does not check the country's national phone forms,
`runtime.privacy.detectors.phone.market_regions`). Read by `__main__.py` (a warning on `pulumi up`) and by the
compliance review. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES
from runtime.privacy.comprehend_plan import calls_comprehend, language_calls
from runtime.privacy.detectors.phone import market_regions
from runtime.privacy.market_languages import LANGUAGE_COUNTRIES

__all__ = ["LanguageGap", "country_languages", "language_gaps", "undeclared_countries"]

#: Where a stack's detection languages are set (named in the warnings).
DETECTION_KEY = "comprehend.languages"


@dataclass(frozen=True)
class LanguageGap:
    """An admitted viewer country, its official languages the stack does not detect, and what protects them."""

    country: str
    languages: tuple[str, ...]
    protection: str

    def warning(self) -> str:
        """The gap as one sentence (what `pulumi up` warns and the review's caveat says)."""
        named = ", ".join(self.languages)
        verb = "is" if len(self.languages) == 1 else "are"
        return (
            f"Viewers are admitted from {self.country}, but {named} {verb} not among the detection languages "
            f"({DETECTION_KEY}): {self.protection}. Add {named} to {DETECTION_KEY} to detect "
            f"{'it' if len(self.languages) == 1 else 'them'}."
        )


def country_languages(country: str) -> tuple[str, ...]:
    """The official languages of a country, as declared (empty for a country the declaration does not list)."""
    return tuple(language for language, countries in LANGUAGE_COUNTRIES.items() if country in countries)


def undeclared_countries(countries: Sequence[str]) -> tuple[str, ...]:
    """The admitted countries whose languages are not declared, hence not judged (in given order)."""
    return tuple(country for country in dict.fromkeys(countries) if not country_languages(country))


def _comprehend_parts(languages: Sequence[str], detection_languages: Sequence[str]) -> list[str]:
    """What Comprehend does with text in these languages, which the stack does not detect (the function's own plan:
    `runtime.privacy.comprehend_plan`)."""
    read = [language for language in languages if language_calls(language)]
    unread = ", ".join(language for language in languages if not language_calls(language))
    parts = []
    if read and calls_comprehend(detection_languages):
        calls = ", ".join(f"{' and '.join(language_calls(language))} in {language}" for language in read)
        parts.append(
            f"Comprehend reads {', '.join(read)} once the function identifies a message's language ({calls}), but a "
            "message whose language it is unsure of (short or mixed text) gets the detection languages' calls only"
        )
    elif read:
        parts.append(
            f"no Comprehend call in {', '.join(read)} (Comprehend reads no detection language: the stack never calls "
            "it)"
        )
    if unread:
        parts.append(f"Comprehend reads no {unread} in any case")
    return parts


def _protection(country: str, languages: Sequence[str], detection_languages: Sequence[str]) -> str:
    """What protects text in `languages` from `country`: the built-in detectors, and what Comprehend still does."""
    parts = ["the built-in detectors protect that text", *_comprehend_parts(languages, detection_languages)]
    if country not in market_regions(detection_languages):
        parts.append(f"{country}'s national phone numbers meet the generic phone rules only, not its numbering plan")
    return "; ".join(parts)


def language_gaps(countries: Sequence[str], detection_languages: Sequence[str]) -> list[LanguageGap]:
    """Every admitted country (in given order) with the languages it speaks that detection misses (see above)."""
    regions = market_regions(detection_languages)
    gaps = []
    for country in dict.fromkeys(countries):
        missing = tuple(
            language
            for language in country_languages(country)
            if language not in detection_languages and (language in ENTITY_LANGUAGES or country not in regions)
        )
        if missing:
            gaps.append(LanguageGap(country, missing, _protection(country, missing, detection_languages)))
    return gaps
