"""What the chat function sends to Amazon Comprehend, by the language of a message, for a stack's reviewers: derived
from the function's own plan (`runtime.privacy.comprehend_plan`; the language identified in the function)."""

from __future__ import annotations

from collections.abc import Sequence

from runtime.privacy.comprehend_plan import calls_comprehend, stack_calls, unsure_calls
from runtime.privacy.comprehend_skip import skip_statement

__all__ = ["comprehend_calls"]


def comprehend_calls(languages: Sequence[str]) -> list[str]:
    """The Comprehend calls the function makes, by the language of a message (identified in the function, no
    DetectDominantLanguage: `runtime.privacy.comprehend_plan`); none in a stack whose languages it cannot read."""
    if not calls_comprehend(languages):
        return []
    by_calls: dict[tuple[str, ...], list[str]] = {}
    for language, operations in stack_calls(languages).items():
        by_calls.setdefault(operations, []).append(language)
    found = [f"{' and '.join(ops) or 'no call'} for a message in {', '.join(langs)}" for ops, langs in by_calls.items()]
    unsure: dict[str, list[str]] = {}
    for operation, language in unsure_calls(languages):
        unsure.setdefault(operation, []).append(language)
    every = ", ".join(f"{operation} in {', '.join(langs)}" for operation, langs in unsure.items())
    found.append(
        f"when the message's language is unsure (short or mixed text): {every}; for a message in another "
        "language Comprehend reads: that language's call"
    )
    found.append(skip_statement())
    return found
