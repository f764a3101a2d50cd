"""Properties of detection and pseudonymization on any mix of the corpora's personal and benign messages: nothing
outside the replaced values changes, every personal value is replaced, re-identification gives the message back
exactly, and a later turn finds the same values again under the same placeholders."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.privacy_corpus import MarkedMessage, read_benign, read_personal
from runtime.privacy.detectors import detect_builtin
from runtime.privacy.market_languages import EUROPEAN_REGIONS
from runtime.privacy.placeholders import PLACEHOLDER_PATTERN
from runtime.privacy.pseudonymize import Vault, pseudonymize, replaced_values
from runtime.privacy.reidentify import reidentify

PERSONAL = read_personal()
BENIGN = sorted({text for messages in read_benign().values() for text in messages})
SEPARATORS = st.sampled_from([" ", "\n", "  ", " -- ", "\n\n"])
Piece = MarkedMessage | str


def compose(pieces: list[Piece], separators: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The message, and where the personal values it holds are."""
    text, values = "", []
    for piece, separator in zip(pieces, separators, strict=False):
        if isinstance(piece, MarkedMessage):
            values += [(len(text) + start, len(text) + end) for _, start, end in piece.values]
            piece = piece.text
        text += piece + separator
    return text, values


def outside_placeholders(text: str) -> list[str]:
    """The pieces of ``text`` between its placeholders."""
    pieces, position = [], 0
    for match in PLACEHOLDER_PATTERN.finditer(text):
        pieces.append(text[position : match.start()])
        position = match.end()
    return [*pieces, text[position:]]


pieces_strategy = st.lists(st.one_of(st.sampled_from(PERSONAL), st.sampled_from(BENIGN)), min_size=1, max_size=4)


@settings(max_examples=150, deadline=None)
@given(pieces_strategy, st.lists(SEPARATORS, min_size=4, max_size=4))
def test_only_values_change_and_reidentification_is_exact(pieces: list[Piece], separators: list[str]) -> None:
    text, values = compose(pieces, separators)
    spans = detect_builtin(text, EUROPEAN_REGIONS)
    vault = Vault()
    pseudo = pseudonymize(text, spans, vault)
    replaced = list(replaced_values(text, spans))
    # Outside the replaced values, the model gets the user's text character for character.
    kept, position = [], 0
    for start, end, value, _ in replaced:
        assert text[start:end] == value
        kept.append(text[position:start])
        position = end
    assert outside_placeholders(pseudo) == [*kept, text[position:]]
    # Every personal value is replaced, whatever the other messages around it.
    for start, end in values:
        assert any(a <= start and end <= b for a, b, _, _ in replaced), f"{text[start:end]!r} left in {pseudo!r}"
    # Distinct values get distinct placeholders; the model's echo then comes back exactly as the user wrote it.
    placeholders = [vault.placeholder_for(entity_type, value) for _, _, value, entity_type in replaced]
    if len(set(placeholders)) == len(placeholders):
        assert reidentify(pseudo, vault.mapping) == text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PERSONAL), min_size=1, max_size=3, unique=True), st.integers(0, 2**32))
def test_a_later_turn_finds_the_same_values_under_the_same_placeholders(
    messages: list[MarkedMessage], seed: int
) -> None:
    first = "\n".join(m.text for m in messages)
    vault = Vault()
    pseudonymize(first, detect_builtin(first, EUROPEAN_REGIONS), vault)
    placeholders = vault.to_dict()
    values = [m.text[start:end] for m in messages for _, start, end in m.values]
    random.Random(seed).shuffle(values)
    # Later, bare and in another order, without the labels and context that helped the first time.
    later = " / ".join(values)
    pseudo = pseudonymize(later, vault.known_value_spans(later), vault)
    assert vault.to_dict() == placeholders  # nothing new: each value found again under its placeholder
    for value in values:
        assert value not in pseudo, f"{value!r} left in {pseudo!r}"
