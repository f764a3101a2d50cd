"""No over-masking on ordinary messages in every market language; recall of names and addresses on a personal corpus.

The benign corpus (``tests/fixtures/benign_corpus/<lang>.txt``, one message a line) holds amounts, rates,
dates, years, durations, loan references, towns, postcodes and product names; the personal corpus
(``tests/fixtures/personal_corpus/corpus.txt``) marks names and addresses as ``[TYPE:value]``.
"""

import re
from pathlib import Path

from runtime.privacy.detectors import addresses, detect_builtin, names
from runtime.privacy.detectors.phone import EUROPEAN_REGIONS
from runtime.privacy.spans import merge_spans

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
LANGUAGES = ("pt", "es", "fr", "de", "it", "nl", "pl", "sv", "fi", "da", "cs", "sk", "ro", "el", "hr", "sl", "hu", "en")
MARK = re.compile(r"\[(NAME|ADDRESS):([^\]]+)\]")


def benign(language: str) -> list[str]:
    lines = (FIXTURES / "benign_corpus" / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]


def altered_share(detect) -> tuple[float, dict[str, str]]:
    per_language: dict[str, str] = {}
    altered = total = 0
    for language in LANGUAGES:
        messages = benign(language)
        hits = sum(1 for text in messages if merge_spans(detect(text), text))
        per_language[language] = f"{hits}/{len(messages)}"
        altered += hits
        total += len(messages)
    return altered / total, per_language


def test_every_language_has_at_least_fifteen_messages() -> None:
    assert all(len(benign(language)) >= 15 for language in LANGUAGES)


def test_names_and_addresses_alter_at_most_two_percent_of_benign_messages() -> None:
    share, per_language = altered_share(lambda text: [*names.detect(text), *addresses.detect(text)])
    print(f"names+addresses: {share:.1%} of benign messages altered; per language {per_language}")
    assert share <= 0.02


def test_all_builtin_detectors_alter_at_most_two_percent_of_benign_messages() -> None:
    share, per_language = altered_share(detect_builtin)
    print(f"all built-in detectors: {share:.1%} of benign messages altered; per language {per_language}")
    assert share <= 0.02


def test_in_every_market_at_most_two_percent_of_benign_messages_are_altered() -> None:
    # As the function runs: national phone forms validated in every EU/EEA country, GB and CH at once.
    share, per_language = altered_share(lambda text: detect_builtin(text, EUROPEAN_REGIONS))
    print(f"all built-in detectors, every market's phones: {share:.1%} altered; per language {per_language}")
    assert share <= 0.02


def personal_messages() -> list[tuple[str, str, list[tuple[str, int, int]]]]:
    out = []
    for line in (FIXTURES / "personal_corpus" / "corpus.txt").read_text(encoding="utf-8").splitlines():
        language, marked = line.split("\t")
        text, expected, position = "", [], 0
        for match in MARK.finditer(marked):
            text += marked[position : match.start()]
            start = len(text)
            text += match.group(2)
            expected.append((match.group(1), start, len(text)))
            position = match.end()
        out.append((language, text + marked[position:], expected))
    return out


def test_recall_of_names_and_addresses_on_the_personal_corpus() -> None:
    found: dict[str, int] = {}
    total: dict[str, int] = {}
    languages = set()
    for language, text, expected in personal_messages():
        languages.add(language)
        spans = merge_spans(detect_builtin(text), text)
        for entity_type, start, end in expected:
            total[entity_type] = total.get(entity_type, 0) + 1
            # Covered by one span of the type, without swallowing more than a few characters around it.
            if any(
                s.entity_type == entity_type and s.start <= start and s.end >= end and s.length <= end - start + 3
                for s in spans
            ):
                found[entity_type] = found.get(entity_type, 0) + 1
    recall = {entity_type: found.get(entity_type, 0) / count for entity_type, count in total.items()}
    print(f"recall on {sum(total.values())} values: {recall}")
    assert languages == set(LANGUAGES)
    assert recall["NAME"] >= 0.95
    assert recall["ADDRESS"] >= 0.95
