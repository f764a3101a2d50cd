"""`python -m bench.language_id [--candidates]`: how well the function identifies the language of short chat
messages, per language of the zone (markdown on stdout, quoted in docs/language-id.md).

Messages: 3-30-word lines of `tests/fixtures/chat_languages`, `tests/fixtures/benign_corpus`,
`tests/fixtures/chat_languages_more` (written later, independently of any list the identifier reads) and
`tests/fixtures/chat_languages_third` (written independently, measured once blind, then a development set for the
word stage), `tests/fixtures/chat_languages_fourth` (written blind, measured once blind, then a development set
for the silent words and the Irish and Maltese grammar words) and `tests/fixtures/chat_languages_fifth` (written
blind, the test set; its lb and nn files are skipped by the table).
Columns:
- *zone*: the most probable of the zone's languages is the right one;
- *model alone*: as *stack (xx, en)*, fastText without the second stage (`language_id_evidence`);
- *stack (xx, en)*: the most probable of xx, en and the languages Comprehend reads (the ones whose calls differ)
  is the right one: what a stack configuring xx and en tells apart;
- *calls right*: the guess leads to the Comprehend calls the language needs (the decision that matters);
- *trusted*: share of messages whose guess is trusted in a stack configuring xx and en
  (`comprehend_plan.stack_trusted`), the rest make every configured language's calls; *calls (pt, en)*:
  Comprehend calls per message in a `pt, en` stack.
`--folders` measures on some of the folders only (one set, e.g. `--folders chat_languages_fourth`).
`--candidates` also compares the libraries that were considered, when they are installed (not project
dependencies: measured in a scratch environment).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES
from runtime.privacy.comprehend_plan import language_calls, message_calls, stack_trusted
from runtime.privacy.language_id import LanguageGuess, LanguageIdentifier
from runtime.privacy.market_languages import MARKET_LANGUAGES

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
#: The zone's languages with messages to measure on (nn and no are written as nb; lb has no fixture).
LANGUAGES = tuple(sorted(MARKET_LANGUAGES - {"lb", "nn", "no"}))
#: The languages whose Comprehend calls differ from "none".
READ = tuple(sorted(ENTITY_LANGUAGES & MARKET_LANGUAGES))
#: The fixture folders of chat messages per language.
FOLDERS = (
    "chat_languages",
    "benign_corpus",
    "chat_languages_more",
    "chat_languages_third",
    "chat_languages_fourth",
    "chat_languages_fifth",
)


def messages(language: str, fixtures: Path = FIXTURES, folders: Sequence[str] = FOLDERS) -> list[str]:
    """The 3-30-word chat messages in `language` (of `folders`)."""
    found: list[str] = []
    for folder in folders:
        path = fixtures / folder / f"{language}.txt"
        if path.exists():
            found += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [message for message in found if 3 <= len(message.split()) <= 30]


@dataclass(frozen=True)
class Row:
    """One language's figures."""

    language: str
    messages: int
    zone: float
    model_alone: float
    stack: float
    calls_right: float
    trusted: float
    calls_pt_en: float


def measure(
    identify: Callable[[str], LanguageGuess],
    language: str,
    model_alone: Callable[[str], LanguageGuess] | None = None,
    folders: Sequence[str] = FOLDERS,
) -> Row:
    """The figures of `language`'s messages in `folders` (`model_alone`: the identifier without its second stage;
    by default `identify` itself)."""
    model_alone = model_alone or identify
    texts = messages(language, folders=folders)
    guesses = [identify(text) for text in texts]
    candidates = sorted({language, "en", *READ})
    needed = language_calls(language)
    trusted = [stack_trusted(guess, tuple(dict.fromkeys((language, "en")))) for guess in guesses]
    return Row(
        language=language,
        messages=len(texts),
        zone=_share(guess.best_of(LANGUAGES) == language for guess in guesses),
        model_alone=_share(model_alone(text).best_of(candidates) == language for text in texts),
        stack=_share(guess.best_of(candidates) == language for guess in guesses),
        calls_right=_share(language_calls(guess.best_of(LANGUAGES) or "") == needed for guess in guesses),
        trusted=_share(found is not None for found in trusted),
        calls_pt_en=sum(len(message_calls(guess, ("pt", "en"))) for guess in guesses) / len(guesses),
    )


def _share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values)


def table(rows: Sequence[Row]) -> list[str]:
    """The markdown table of `rows` with a total line."""
    lines = [
        "| language | messages | zone | stack (xx, en), model alone | stack (xx, en) | calls right | trusted "
        "| calls per message (pt, en stack) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row.language} | {row.messages} | {row.zone:.1%} | {row.model_alone:.1%} | {row.stack:.1%} "
            f"| {row.calls_right:.1%} "
            f"| {row.trusted:.1%} | {row.calls_pt_en:.2f} |"
        )
    total = sum(row.messages for row in rows)

    def mean(field: str) -> float:
        return float(sum(getattr(row, field) * row.messages for row in rows)) / total

    lines.append(
        f"| **all** | {total} | {mean('zone'):.1%} | {mean('model_alone'):.1%} | {mean('stack'):.1%} "
        f"| {mean('calls_right'):.1%} "
        f"| {mean('trusted'):.1%} | {mean('calls_pt_en'):.2f} |"
    )
    return lines


def timing(identify: Callable[[str], LanguageGuess], rounds: int = 5) -> float:
    """Microseconds per message (every message of every language, `rounds` times)."""
    texts = [text for language in LANGUAGES for text in messages(language)]
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            identify(text)
    return (time.perf_counter() - started) / (rounds * len(texts)) * 1e6


def candidates() -> dict[str, Callable[[str], str | None]]:
    """The other libraries considered, those importable here: text -> the most probable zone language."""
    found: dict[str, Callable[[str], str | None]] = {}
    zone = [("no" if language == "nb" else language) for language in LANGUAGES]
    try:
        import py3langid  # type: ignore[import-not-found]

        py3langid.set_languages(zone)
        found["py3langid 0.4.0"] = lambda text: str(py3langid.classify(text)[0]).replace("no", "nb")
    except ImportError:
        pass
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder  # type: ignore[import-not-found]

        known = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES if hasattr(IsoCode639_1, code.upper())]
        detector = LanguageDetectorBuilder.from_languages(*map(Language.from_iso_code_639_1, known)).build()

        def lingua(text: str) -> str | None:
            found_language = detector.detect_language_of(text)
            return found_language.iso_code_639_1.name.lower() if found_language else None

        found["lingua-language-detector 2.1.1"] = lingua
    except ImportError:
        pass
    return found


def compare(library: Callable[[str], str | None]) -> tuple[float, float, list[str]]:
    """(share right over the zone's messages, microseconds per message, languages under 97%)."""
    right = total = 0
    weak = []
    started = time.perf_counter()
    for language in LANGUAGES:
        texts = messages(language)
        ok = sum(library(text) == language for text in texts)
        right, total = right + ok, total + len(texts)
        if ok / len(texts) < 0.97:
            weak.append(f"{language} {ok}/{len(texts)}")
    return right / total, (time.perf_counter() - started) / total * 1e6, weak


def main(argv: list[str] | None = None) -> int:
    """Print the tables."""
    parser = argparse.ArgumentParser(prog="python -m bench.language_id", description=__doc__)
    parser.add_argument("--candidates", action="store_true", help="also compare the other libraries installed")
    parser.add_argument(
        "--folders", nargs="+", default=FOLDERS, metavar="FOLDER", help="fixture folders to measure on (one set)"
    )
    args = parser.parse_args(argv)
    identifier = LanguageIdentifier()
    alone = LanguageIdentifier(second_stage=False).identify
    languages = [language for language in LANGUAGES if messages(language, folders=args.folders)]
    rows = [measure(identifier.identify, language, alone, args.folders) for language in languages]
    print("\n".join(table(rows)))
    print(f"\nfastText lid.176.ftz through fasttext-predict: {timing(identifier.identify):.0f} µs per message")
    if args.candidates:
        ours = {"fastText lid.176.ftz (this runtime)": lambda text: identifier.identify(text).best_of(LANGUAGES)}
        for name, library in {**ours, **candidates()}.items():
            share, micros, weak = compare(library)
            print(f"- {name}: {share:.1%} right over the zone, {micros:.0f} µs/message; under 97%: {', '.join(weak)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
