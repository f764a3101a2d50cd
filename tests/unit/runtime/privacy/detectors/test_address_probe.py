"""The address detector on ``tests/fixtures/address_probe``: street addresses by class (in prose in the case the
sentence needs, in lower case, one-word streets in lower case, without a street word, abbreviated, number first,
over several lines, in capitals) in every language of the zone, and messages without an address left alone.

A find counts as in ``bench.messy_corpus``: one span covering the marked address, at most ``SLACK`` characters
longer. Reports recall per class and per language; asserts floors and that no message without a mark is touched.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from runtime.privacy.detectors import addresses
from runtime.privacy.types import ADDRESS

PROBE = Path(__file__).parents[4] / "fixtures" / "address_probe"
LANGUAGES = (
    "bg cs da de el en es et fi fr ga hr hu is it lb lt lv mt nb nl nn pl pt ro sk sl sv".split()  # noqa: SIM905
)
OPEN, CLOSE = "⟦", "⟧"
#: How much longer than the marked address a find may be (as ``bench.privacy_corpus.SLACK``).
SLACK = 3
#: The share of marked addresses found, over all languages.
RECALL_FLOOR = 0.93


@dataclass(frozen=True)
class Probe:
    """A message of the probe, its class and the span of its marked address (none for a message without one)."""

    kind: str
    text: str
    address: tuple[int, int] | None


def parse(line: str) -> Probe:
    """A line of the probe: its class, a tab, the message (``\\n`` a line break, ``⟦...⟧`` the address)."""
    kind, _, message = line.partition("\t")
    message = message.replace("\\n", "\n")
    start = message.find(OPEN)
    if start < 0:
        return Probe(kind, message, None)
    end = message.index(CLOSE) - len(OPEN)
    return Probe(kind, message.replace(OPEN, "").replace(CLOSE, ""), (start, end))


def probes(language: str) -> list[Probe]:
    """The messages of one language's file."""
    lines = (PROBE / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return [parse(line) for line in lines if line.strip()]


def found(probe: Probe) -> bool:
    """Whether one address span covers the marked address and is at most ``SLACK`` characters longer."""
    assert probe.address is not None
    start, end = probe.address
    return any(
        span.entity_type == ADDRESS
        and span.start <= start
        and span.end >= end
        and span.end - span.start <= end - start + SLACK
        for span in addresses.detect(probe.text)
    )


def test_parse_reads_class_mark_and_line_breaks() -> None:
    probe = parse("lines\tRegards\\n⟦12 Orchard Way⟧\\nTel 1")
    assert probe.kind == "lines" and probe.text == "Regards\n12 Orchard Way\nTel 1"
    assert probe.address is not None and probe.text[slice(*probe.address)] == "12 Orchard Way"


def test_every_language_has_addresses_and_messages_without() -> None:
    for language in LANGUAGES:
        kinds = [probe.address is None for probe in probes(language)]
        assert kinds.count(False) >= 7 and kinds.count(True) >= 3, language


def test_recall_by_class_and_language(capsys: pytest.CaptureFixture[str]) -> None:
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for language in LANGUAGES:
        for probe in probes(language):
            if probe.address is not None:
                hit = found(probe)
                for key in (probe.kind, language, "all"):
                    totals[key] += 1
                    hits[key] += hit
    with capsys.disabled():
        print("\naddress probe: " + " ".join(f"{key} {hits[key]}/{totals[key]}" for key in totals))
    assert hits["all"] >= RECALL_FLOOR * totals["all"]


def test_messages_without_an_address_are_left_alone() -> None:
    touched = [
        (language, probe.text)
        for language in LANGUAGES
        for probe in probes(language)
        if probe.address is None and addresses.detect(probe.text)
    ]
    assert touched == []


#: The share found when every message is typed in one case (``--case`` of ``bench.messy_corpus``).
CASE_FLOORS = {"lower": 0.85, "upper": 0.88}


@pytest.mark.parametrize("case", sorted(CASE_FLOORS))
def test_recall_and_precision_in_one_case(case: str) -> None:
    marked = hits = 0
    for language in LANGUAGES:
        for probe in probes(language):
            text = probe.text.lower() if case == "lower" else probe.text.upper()
            if len(text) != len(probe.text):
                continue  # (a letter whose other case is longer would move the mark)
            folded = Probe(probe.kind, text, probe.address)
            if probe.address is None:
                assert not addresses.detect(text), (language, text)
                continue
            marked += 1
            hits += found(folded)
    assert hits >= CASE_FLOORS[case] * marked
