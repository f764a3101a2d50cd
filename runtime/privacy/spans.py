"""Merging of the spans several detectors found in one message."""

from __future__ import annotations

from collections.abc import Iterable

from runtime.privacy.detectors.national_id_catalog import NATIONAL_ID_TYPES
from runtime.privacy.name_extension import grow_names
from runtime.privacy.types import (
    CARD,
    EMAIL,
    IBAN,
    NAME,
    PHONE,
    SOURCE_BUILTIN,
    SOURCE_COMPREHEND_ENTITIES,
    SOURCE_COMPREHEND_PII,
    SOURCE_VAULT,
    PiiSpan,
)

_SOURCE_RANK = {SOURCE_BUILTIN: 3, SOURCE_VAULT: 2, SOURCE_COMPREHEND_PII: 1, SOURCE_COMPREHEND_ENTITIES: 0}


def _type_rank(entity_type: str) -> int:
    """Specificity of a type: checksum-validated identifiers first, generic ones last."""
    if entity_type in NATIONAL_ID_TYPES or entity_type in (IBAN, CARD):
        # The finer national-id types beat the generic NATIONAL_ID of Comprehend.
        return 6 if entity_type != "NATIONAL_ID" else 5
    if entity_type == EMAIL:
        return 4
    if entity_type == PHONE:
        return 3
    if entity_type == NAME:
        return 2
    return 1


def _preference(span: PiiSpan) -> tuple[int, int, int, float, str]:
    """Sort key of the span that names a merged group: longest, then most specific, then most trusted."""
    return (
        span.length,
        _type_rank(span.entity_type),
        _SOURCE_RANK.get(span.source, -1),
        span.score,
        span.entity_type,
    )


def merge_spans(spans: Iterable[PiiSpan], text: str | None = None) -> list[PiiSpan]:
    """Merge overlapping spans into one each (sorted, non-overlapping, empty spans dropped).

    A group of overlapping spans becomes one span covering all of them (so no part of a value found by
    any detector is left in clear), carrying the type, source and score of the group's longest span
    (ties: the more specific type, then the built-in validated detectors, then the higher score).
    Given the message ``text``, every NAME span then grows over the rest of its name (``Ana`` of
    ``Ana Silva``, see ``name_extension``) and the spans are merged again.
    """
    merged = _merge(spans)
    if text is None:
        return merged
    return _merge(grow_names(text, merged))


def _merge(spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """Merge overlapping spans (see ``merge_spans``)."""
    ordered = sorted((s for s in spans if s.end > s.start), key=lambda s: (s.start, -s.end))
    merged: list[PiiSpan] = []
    group: list[PiiSpan] = []
    group_end = -1
    for span in ordered:
        if group and span.start < group_end:
            group.append(span)
            group_end = max(group_end, span.end)
            continue
        if group:
            merged.append(_merge_group(group, group_end))
        group = [span]
        group_end = span.end
    if group:
        merged.append(_merge_group(group, group_end))
    return merged


def _merge_group(group: list[PiiSpan], end: int) -> PiiSpan:
    """One span for a group of overlapping spans."""
    if len(group) == 1:
        return group[0]
    best = max(group, key=_preference)
    start = group[0].start
    if best.start == start and best.end == end:
        return best
    return PiiSpan(start, end, best.entity_type, best.source, best.score)
