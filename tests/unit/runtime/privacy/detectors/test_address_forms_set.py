"""Recall of the address detector on ``tests/fixtures/address_forms``: streets written as people write them in
prose in every language of the zone (after verbs of living and sending, in their cases, with flats, PO boxes,
over several lines...), and places that are no address left alone. Reports recall per language; asserts floors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.types import ADDRESS

FORMS = Path(__file__).parents[4] / "fixtures" / "address_forms"
LANGUAGES = (
    "bg cs da de el en es et fi fr ga hr hu is it lb lt lv mt nb nl nn pl pt ro sk sl sv".split()  # noqa: SIM905
)
#: The share of marked addresses found, over all languages and in each one.
RECALL_FLOOR = 0.9
LANGUAGE_FLOOR = 0.8
OPEN, CLOSE = "⟦", "⟧"


@dataclass(frozen=True)
class Message:
    """A message of the set and the span of its marked address (none for a message of places)."""

    text: str
    address: tuple[int, int] | None


def parse(line: str) -> Message:
    """A line of the set as a message: ``\\n`` a line break, ``⟦...⟧`` the address."""
    line = line.replace("\\n", "\n")
    start = line.find(OPEN)
    if start < 0:
        return Message(line, None)
    end = line.index(CLOSE) - len(OPEN)
    return Message(line.replace(OPEN, "").replace(CLOSE, ""), (start, end))


def messages(language: str) -> list[Message]:
    """The messages of one language's file."""
    lines = (FORMS / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return [parse(line) for line in lines if line.strip() and not line.startswith("#")]


def found(message: Message) -> bool:
    """Whether the detector's addresses cover the whole marked address."""
    assert message.address is not None
    covered: set[int] = set()
    for span in addresses.detect(message.text):
        if span.entity_type == ADDRESS:
            covered.update(range(span.start, span.end))
    return covered.issuperset(range(*message.address))


def recall(language: str) -> tuple[int, int]:
    """Marked addresses found and marked addresses, in one language."""
    marked = [message for message in messages(language) if message.address is not None]
    return sum(found(message) for message in marked), len(marked)


def test_parse_reads_the_mark_and_line_breaks() -> None:
    message = parse(r"Adresse:\n⟦Ringstraße 4⟧ Graz")
    assert message.text == "Adresse:\nRingstraße 4 Graz"
    assert message.address is not None and message.text[slice(*message.address)] == "Ringstraße 4"


def test_every_language_has_addresses_and_places() -> None:
    for language in LANGUAGES:
        kinds = [message.address is None for message in messages(language)]
        assert kinds.count(False) >= 12 and kinds.count(True) >= 8, language


def test_recall_per_language(capsys: pytest.CaptureFixture[str]) -> None:
    counts = {language: recall(language) for language in LANGUAGES}
    with capsys.disabled():
        print("\naddress forms recall: " + " ".join(f"{lang} {hit}/{total}" for lang, (hit, total) in counts.items()))
    hits, total = sum(hit for hit, _ in counts.values()), sum(total for _, total in counts.values())
    assert hits / total >= RECALL_FLOOR
    low = [language for language, (hit, n) in counts.items() if hit / n < LANGUAGE_FLOOR]
    assert not low


@pytest.mark.parametrize("language", LANGUAGES)
def test_places_are_no_addresses(language: str) -> None:
    places = [message.text for message in messages(language) if message.address is None]
    altered = [text for text in places if any(span.entity_type == ADDRESS for span in addresses.detect(text))]
    assert not altered
