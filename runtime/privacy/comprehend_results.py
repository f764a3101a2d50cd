"""Pure helpers around Amazon Comprehend: text chunks within its byte limit, responses to spans, languages.

No AWS calls here (see `runtime.aws.comprehend`; which calls: `runtime.privacy.comprehend_plan`), so everything is
unit-testable.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from itertools import accumulate
from typing import Any

# The language sets are declared in comprehend_languages; importable from here as before.
from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES as ENTITY_LANGUAGES
from runtime.privacy.comprehend_languages import PII_LANGUAGES as PII_LANGUAGES
from runtime.privacy.types import PiiSpan, canonical_type

#: Comprehend's synchronous Detect* APIs take at most 100 KB of UTF-8 per call (DetectEntities: "maximum document
#: size 100 KB", docs.aws.amazon.com/comprehend/latest/dg/guidelines-and-limits.html; DetectPiiEntities: "up to
#: 100 kilobytes of UTF-8 encoded characters", .../realtime-pii-api.html); stay a little under 100,000 bytes.
MAX_TEXT_BYTES = 99_000


def calls_per_message(languages: Iterable[str]) -> int:
    """The most Comprehend calls a short message makes at once with these configured languages: one per
    configured language Comprehend reads (an unsure guess makes them all), and one for a language it reads
    that the message was guessed in without being configured; none when Comprehend reads no configured one."""
    read = sum(lang in ENTITY_LANGUAGES for lang in dict.fromkeys(languages))
    return read + 1 if read else 0


#: Text repeated at the start of the next chunk, so that a name cut by a chunk's end is whole in the next one.
OVERLAP_BYTES = 1_000
_SENTENCE_END = re.compile(r"(?<=[.!?…;:])\s+|\n\s*")


def chunk_sentences(
    text: str, max_bytes: int = MAX_TEXT_BYTES, overlap_bytes: int = OVERLAP_BYTES
) -> list[tuple[int, str]]:
    """Split text into (code-point offset, chunk) pieces of at most `max_bytes` UTF-8 bytes, cut after a sentence.

    A chunk ends at the last sentence end that fits (else the last whitespace, else a code-point boundary), and
    the next one starts at the earliest sentence (else word) start within `overlap_bytes` (at most a quarter of
    a chunk) before that end, so the text around every cut is read whole at least once. A span at `position`
    in a chunk is at `offset + position` in the message; one found in two chunks is merged like any overlap.
    """
    if len(text.encode("utf-8")) <= max_bytes:
        return [(0, text)] if text else []
    overlap_bytes = min(overlap_bytes, max_bytes // 4)  # a chunk moves on by three quarters at least
    sizes = list(accumulate((len(char.encode("utf-8")) for char in text), initial=0))
    sentences = [match.end() for match in _SENTENCE_END.finditer(text)]
    words = [match.end() for match in re.finditer(r"\s+", text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    while True:
        limit = bisect_right(sizes, sizes[start] + max_bytes) - 1  # the furthest end that fits
        if limit >= len(text):
            chunks.append((start, text[start:]))
            return chunks
        end = _last_boundary(sentences, start, limit) or _last_boundary(words, start, limit) or limit
        chunks.append((start, text[start:end]))
        floor = bisect_left(sizes, sizes[end] - overlap_bytes)  # the earliest start within the overlap
        start = max(start + 1, _first_boundary(sentences, floor, end) or _first_boundary(words, floor, end) or end)


def _last_boundary(boundaries: list[int], start: int, limit: int) -> int | None:
    """The last boundary in (start, limit]."""
    index = bisect_right(boundaries, limit) - 1
    return boundaries[index] if index >= 0 and boundaries[index] > start else None


def _first_boundary(boundaries: list[int], floor: int, end: int) -> int | None:
    """The first boundary in [floor, end)."""
    index = bisect_left(boundaries, floor)
    return boundaries[index] if index < len(boundaries) and boundaries[index] < end else None


def pii_entity_spans(
    entities: Iterable[Mapping[str, Any]],
    offset: int,
    min_score: float,
    enabled: Callable[[str], bool],
) -> list[PiiSpan]:
    """Spans of a DetectPiiEntities answer: types enabled by `enabled(type)`, score >= min_score."""
    spans = []
    for entity in entities:
        kind = str(entity.get("Type", ""))
        score = float(entity.get("Score", 0.0))
        if score < min_score or not enabled(kind):
            continue
        start, end = int(entity["BeginOffset"]) + offset, int(entity["EndOffset"]) + offset
        if end > start:
            spans.append(PiiSpan(start, end, canonical_type(kind), "comprehend-pii", score))
    return spans


def person_entity_spans(entities: Iterable[Mapping[str, Any]], offset: int, min_score: float) -> list[PiiSpan]:
    """NAME spans from the PERSON entities of a DetectEntities answer (other entity types are ignored)."""
    spans = []
    for entity in entities:
        score = float(entity.get("Score", 0.0))
        if entity.get("Type") != "PERSON" or score < min_score:
            continue
        start, end = int(entity["BeginOffset"]) + offset, int(entity["EndOffset"]) + offset
        if end > start:
            spans.append(PiiSpan(start, end, canonical_type("PERSON"), "comprehend-entities", score))
    return spans
