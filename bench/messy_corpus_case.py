"""The messy corpus in one case: every message and benign message written in lower case or in capitals.

People in a hurry type whole messages in lower case (or with caps lock on); `python -m bench.messy_corpus --case
lower` measures the same corpora with every message case-folded character by character, so that every marked value
stays where it is. A message whose length would change (`ß` to `SS`, `İ` to `i̇`) is left out and counted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Final

from bench.messy_corpus_format import MessyMessage

#: The cases a corpus can be measured in (besides as written).
CASES: Final = ("lower", "upper")

__all__ = ["CASES", "CaseFolded", "fold", "fold_corpora"]


def fold(text: str, case: str) -> str | None:
    """`text` in `case` (`lower` or `upper`), or None when that would change its length (spans would move)."""
    if case not in CASES:
        raise ValueError(f"unknown case {case!r}")
    folded = text.lower() if case == "lower" else text.upper()
    return folded if len(folded) == len(text) else None


@dataclass(frozen=True)
class CaseFolded:
    """The corpora in one case, and how many messages and benign messages were left out."""

    messages: list[MessyMessage]
    benign: dict[str, list[str]]
    skipped_messages: int
    skipped_benign: int

    def summary(self, case: str) -> str:
        """One line saying what was measured and what was left out."""
        return (
            f"case {case}: {len(self.messages)} messages and {sum(map(len, self.benign.values()))} benign messages;"
            f" left out (length changes) {self.skipped_messages} messages, {self.skipped_benign} benign"
        )


def fold_corpora(messages: list[MessyMessage], benign: Mapping[str, list[str]], case: str) -> CaseFolded:
    """Every message and benign message in `case`; those whose length would change are left out."""
    kept: list[MessyMessage] = []
    for message in messages:
        text = fold(message.text, case)
        if text is not None:
            kept.append(replace(message, text=text))
    folded_benign: dict[str, list[str]] = {}
    skipped_benign = 0
    for language, texts in benign.items():
        folded = [fold(text, case) for text in texts]
        folded_benign[language] = [text for text in folded if text is not None]
        skipped_benign += sum(text is None for text in folded)
    return CaseFolded(kept, folded_benign, len(messages) - len(kept), skipped_benign)
