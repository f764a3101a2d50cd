"""Replacing personal values by typed placeholders, and the per-session vault that remembers them.

Only the pseudonymized text is ever sent to the model; the vault (placeholder -> original value) stays
with the session.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType

from runtime.privacy.known_values import follows_international_prefix, value_patterns
from runtime.privacy.normalize import fold_with_offsets, source_span
from runtime.privacy.placeholders import (
    OPEN_WIDE,
    PLACEHOLDER_PATTERN,
    escape_typed,
    make_placeholder,
    parse_placeholder,
    typed_lookalikes,
)
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import NAME, SOURCE_VAULT, PiiSpan, sanitize_type
from runtime.privacy.value_keys import equality_key
from runtime.privacy.value_links import ValueLinks

__all__ = ["PLACEHOLDER_PATTERN", "Vault", "pseudonymize", "replaced_values"]


class Vault:
    """One session's mapping between placeholders and the original values they stand for."""

    def __init__(self) -> None:
        self._originals: dict[str, str] = {}
        self._placeholders: dict[tuple[str, str], str] = {}
        self._types: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        self._links = ValueLinks()
        self._written: dict[str, str] = {}  # placeholder -> the first other spelling of its value seen here

    def __len__(self) -> int:
        return len(self._originals)

    @property
    def mapping(self) -> Mapping[str, str]:
        """Read-only view: placeholder -> the value an answer puts back.

        A vault is loaded for one turn: a value the turn's message wrote in another form than the stored one
        (``PT50000201231234567890154`` for ``PT50 0002 0123 1234 5678 9015 4``, ``912 345 678`` for ``+351 912
        345 678``) is put back as written there (its first spelling in the turn); any other as stored.
        ``to_dict`` and ``original`` give the stored values.
        """
        if not self._written:
            return MappingProxyType(self._originals)
        return MappingProxyType({**self._originals, **self._written})

    def original(self, placeholder: str) -> str | None:
        """The value a placeholder stands for, or None when the vault has no such placeholder."""
        return self._originals.get(placeholder)

    def placeholder_for(self, entity_type: str, value: str) -> str:
        """The placeholder of ``value``: the one an equal value, or a value it is another form of (see
        ``runtime.privacy.value_links``), already has; else the next ``[TYPE_N]``. A stored value met in another
        spelling is put back so in this turn's answer (see ``mapping``)."""
        etype = sanitize_type(entity_type)
        found = self._placeholders.get(equality_key(etype, value))
        # Another form of the same value; a part of a stored name (``Silva``) is not one.
        another_form = found is not None or etype != NAME
        found = found or self._links.find(etype, value)
        if found is not None:
            if another_form and value != self._originals[found]:
                self._written.setdefault(found, value)
            return found
        number = self._counters.get(etype, 0) + 1
        placeholder = make_placeholder(etype, number)
        self._add(placeholder, etype, number, value)
        return placeholder

    def _add(self, placeholder: str, etype: str, number: int, value: str) -> None:
        self._counters[etype] = max(number, self._counters.get(etype, 0))
        self._originals[placeholder] = value
        self._types[placeholder] = etype
        self._placeholders.setdefault(equality_key(etype, value), placeholder)
        self._links.add(placeholder, etype, value)

    def to_dict(self) -> dict[str, str]:
        """JSON-safe form for storage (a DynamoDB map of strings): placeholder -> original value."""
        return dict(self._originals)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Vault:
        """Rebuild a vault from ``to_dict()``'s form; raises ValueError on a malformed entry."""
        vault = cls()
        entries: list[tuple[str, int, str, str]] = []
        for placeholder, value in data.items():
            parsed = parse_placeholder(placeholder) if isinstance(placeholder, str) else None
            if parsed is None or not isinstance(value, str):
                raise ValueError("malformed vault entry")
            entries.append((parsed[0], parsed[1], placeholder, value))
        for etype, number, placeholder, value in sorted(entries):
            vault._add(placeholder, etype, number, value)
        return vault

    def known_value_spans(self, text: str) -> list[PiiSpan]:
        """Every occurrence in ``text`` of a value already in the vault, as spans of source ``vault``.

        Matching ignores case, accents and how whitespace is laid out; for IBANs, cards, phone numbers
        and national ids it also ignores spaces, dots and dashes; it respects word boundaries. A phone
        number is also found in its other national or international form (see ``runtime.privacy.known_values``).
        """
        if not self._originals:
            return []
        folded, offsets = fold_with_offsets(text)  # per call: no cache keeps messages after their request
        found: list[tuple[int, int, str]] = []
        for placeholder, value in self._originals.items():
            entity_type = self._types[placeholder]
            for pattern, national in value_patterns(entity_type, value):
                for match in pattern.finditer(folded):
                    start = match.start()
                    if not (national and follows_international_prefix(folded, start)):
                        found.append((start, match.end(), entity_type))
        spans: list[PiiSpan] = []
        last_end = 0
        for start, end, entity_type in sorted(found, key=lambda item: (item[0], -item[1])):
            if start < last_end:
                continue  # leftmost-longest: inside or across a longer match found first
            last_end = end
            if offsets is not None:
                start, end = source_span(text, offsets, start, end)
            spans.append(PiiSpan(start, end, entity_type, SOURCE_VAULT))
        return spans

    def prepare_search(self) -> None:
        """Compile the look-up of every value now (e.g. while waiting for the model), not on the next turn."""
        for placeholder, value in self._originals.items():
            value_patterns(self._types[placeholder], value)


def _outside(start: int, end: int, typed: list[tuple[int, int]]) -> tuple[int, int]:
    """A span without the placeholder look-alikes the user typed at its edges (they are never personal data)."""
    for low, high in typed:
        if low <= start < high:
            start = high
        if low < end <= high:
            end = low
    return start, end


def replaced_values(text: str, spans: Sequence[PiiSpan]) -> Iterator[tuple[int, int, str, str]]:
    """The values that `pseudonymize` replaces: `(start, end, value, entity_type)` per merged span, in order.

    Spans are merged first (names grown to whole names); surrounding whitespace stays in the text; empty spans
    are skipped, and so are the placeholder look-alikes the user typed (``[NAME_1]``: see ``placeholders``).
    """
    typed = typed_lookalikes(text) if "[" in text or OPEN_WIDE in text else []
    position = 0
    for span in merge_spans(spans, text):
        start, end = max(span.start, position, 0), min(span.end, len(text))
        if typed:
            start, end = _outside(start, end, typed)
        value = text[start:end]
        stripped = value.strip()
        if not stripped:
            continue
        start += len(value) - len(value.lstrip())
        position = start + len(stripped)
        yield start, position, stripped, span.entity_type


def pseudonymize(text: str, spans: Sequence[PiiSpan], vault: Vault) -> str:
    """``text`` with every detected value (spans merged first) replaced by its placeholder from ``vault``, and
    the rest escaped (``placeholders.escape_typed``: a placeholder the user typed is not taken for one)."""
    parts: list[str] = []
    position = 0
    for start, end, value, entity_type in replaced_values(text, spans):
        parts.append(escape_typed(text[position:start]))
        parts.append(vault.placeholder_for(entity_type, value))
        position = end
    parts.append(escape_typed(text[position:]))
    return "".join(parts)
