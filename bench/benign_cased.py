"""Ordinary messages as written, in capitals and in lower case: how many the built-in detectors alter.

`python -m bench.benign_cased [language ...]` reads `tests/fixtures/benign_cased/<language>.txt` (ordinary
messages to a bank, an insurer or a public office, one a line, `#` starts a comment), writes each message as it
is, in capitals (as people type them: Greek without its accents) and in lower case, and prints a table of the
altered messages by language and form; every alteration on stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from bench.messy_corpus_disguise import capitals
from bench.privacy_corpus import Detect, builtin
from runtime.privacy.detectors.phone import market_regions

CASED_DIR: Final[Path] = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "benign_cased"
#: The forms a message is measured in, by name.
FORMS: Final[dict[str, Callable[[str], str]]] = {"written": lambda text: text, "capitals": capitals, "lower": str.lower}


def read_cased(language: str, directory: Path = CASED_DIR) -> list[str]:
    """One language's ordinary messages (blank lines and `#` comments skipped)."""
    lines = (directory / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def languages(directory: Path = CASED_DIR) -> list[str]:
    """The languages the set holds, sorted."""
    return sorted(path.stem for path in directory.glob("*.txt"))


def alterations(language: str, texts: Sequence[str], form: str, detect: Detect = builtin) -> list[tuple[str, str]]:
    """Each altered message of ``texts`` written in ``form``, with the text of the span that alters it."""
    write = FORMS[form]
    regions = market_regions([language])
    found: list[tuple[str, str]] = []
    for text in texts:
        written = write(text)
        found.extend((written, f"{s.entity_type}: {written[s.start : s.end]!r}") for s in detect(written, regions))
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the altered messages' count by language and form; each alteration on stderr."""
    chosen = (argv if argv is not None else sys.argv[1:]) or languages()
    totals = dict.fromkeys(FORMS, 0)
    print("| language | messages | " + " | ".join(FORMS) + " |")
    print("|---|---:|" + "---:|" * len(FORMS))
    for language in chosen:
        texts = read_cased(language)
        counts = []
        for form in FORMS:
            found = alterations(language, texts, form)
            for written, span in found:
                print(f"altered ({language}, {form}) {span} in {written!r}", file=sys.stderr)
            counts.append(len({written for written, _ in found}))
            totals[form] += counts[-1]
        print(f"| {language} | {len(texts)} | " + " | ".join(str(c) for c in counts) + " |")
    print("| all | | " + " | ".join(str(totals[form]) for form in FORMS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
