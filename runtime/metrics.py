"""Turn metrics as CloudWatch Embedded Metric Format (EMF): one JSON line per turn on stdout.

CloudWatch Logs extracts the metrics from the function's log group; nothing is sent to CloudWatch by the
function itself (no API call, no permission). The builder is pure (`turn_values`, `emf_document`); `emit`
writes the line.

Metrics (namespace `CHAT_METRICS_NAMESPACE`, one per stack, no dimensions): `TimeToFirstTokenMs`,
`TurnDurationMs`, `InputTokens`, `OutputTokens`, `ComprehendCalls`, `DailyTokensUsed` (the stack's count for
the UTC day after this turn), `Pii.<TYPE>` (personal values found in the message, per entity type) and
`Error.<code>` (1 for the turn's error code). Privacy: the line holds only these numbers and names from
closed sets (entity types, error codes); a type or code of another shape is reported as `OTHER`. Message
text, values and session ids are never passed in.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

MILLISECONDS = "Milliseconds"
COUNT = "Count"
#: Metric names the stack's alarms and dashboard read too (`components/alarms.py`, `components/dashboard.py`).
TIME_TO_FIRST_TOKEN_MS = "TimeToFirstTokenMs"
TURN_DURATION_MS = "TurnDurationMs"
INPUT_TOKENS = "InputTokens"
OUTPUT_TOKENS = "OutputTokens"
COMPREHEND_CALLS = "ComprehendCalls"
DAILY_TOKENS_USED = "DailyTokensUsed"
#: The fixed metrics and their units (the `Pii.` and `Error.` families are counts).
UNITS: Mapping[str, str] = {
    TIME_TO_FIRST_TOKEN_MS: MILLISECONDS,
    TURN_DURATION_MS: MILLISECONDS,
    INPUT_TOKENS: COUNT,
    OUTPUT_TOKENS: COUNT,
    COMPREHEND_CALLS: COUNT,
    DAILY_TOKENS_USED: COUNT,
}
PII_PREFIX = "Pii."
ERROR_PREFIX = "Error."
OTHER = "OTHER"
#: EMF allows at most 100 metrics per directive.
MAX_METRICS = 100
_ENTITY_TYPE = re.compile(r"^[A-Z][A-Z0-9_]{0,39}$")
_ERROR_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class TurnMetrics:
    """What one turn measured (counts, durations and closed-set names only)."""

    turn_duration_ms: float | None = None
    time_to_first_token_ms: float | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    comprehend_calls: int = 0
    pii_found: Mapping[str, int] = field(default_factory=dict)
    error: str | None = None
    daily_tokens_used: int | None = None


def count_types(entity_types: Iterable[str]) -> dict[str, int]:
    """How many values of each entity type (a type of unexpected shape counts as `OTHER`)."""
    counts: dict[str, int] = {}
    for entity_type in entity_types:
        name = entity_type if _ENTITY_TYPE.match(entity_type) else OTHER
        counts[name] = counts.get(name, 0) + 1
    return counts


def turn_values(turn: TurnMetrics) -> dict[str, float]:
    """The metric values of one turn, by metric name (a timing not measured is left out)."""
    values: dict[str, float] = {
        INPUT_TOKENS: turn.input_tokens,
        OUTPUT_TOKENS: turn.output_tokens,
        COMPREHEND_CALLS: turn.comprehend_calls,
    }
    if turn.turn_duration_ms is not None:
        values[TURN_DURATION_MS] = turn.turn_duration_ms
    if turn.time_to_first_token_ms is not None:
        values[TIME_TO_FIRST_TOKEN_MS] = turn.time_to_first_token_ms
    if turn.daily_tokens_used is not None:
        values[DAILY_TOKENS_USED] = turn.daily_tokens_used
    for entity_type, count in sorted(turn.pii_found.items()):
        name = entity_type if _ENTITY_TYPE.match(entity_type) else OTHER
        key = PII_PREFIX + name
        values[key] = values.get(key, 0) + count
    if turn.error is not None:
        values[ERROR_PREFIX + (turn.error if _ERROR_CODE.match(turn.error) else OTHER)] = 1
    return values


def unit_of(name: str) -> str:
    """The unit of a metric name."""
    return UNITS.get(name, COUNT)


def emf_document(namespace: str, values: Mapping[str, float], timestamp_ms: int) -> dict[str, Any]:
    """The EMF document for `values`: the `_aws` metadata (one directive, no dimensions) and one root
    member per metric (at most `MAX_METRICS`, the fixed ones first)."""
    names = list(values)[:MAX_METRICS]
    document: dict[str, Any] = {
        "_aws": {
            "Timestamp": timestamp_ms,
            "CloudWatchMetrics": [
                {
                    "Namespace": namespace,
                    "Dimensions": [[]],
                    "Metrics": [{"Name": name, "Unit": unit_of(name)} for name in names],
                }
            ],
        }
    }
    document.update({name: values[name] for name in names})
    return document


def emit(namespace: str, turn: TurnMetrics, stream: IO[str] | None = None, now: float | None = None) -> None:
    """Write one turn's EMF line to `stream` (stdout by default)."""
    moment = time.time() if now is None else now
    line = json.dumps(emf_document(namespace, turn_values(turn), int(moment * 1000)), separators=(",", ":"))
    out = stream if stream is not None else sys.stdout
    out.write(line + "\n")
    out.flush()


#: `Erasures.<how>`: sessions erased, by how the erasure was requested (`runtime.aws.erasure_items.REQUEST_KINDS`:
#: `person` from the page or API, `operator-session` and `operator-value` by the operator command).
ERASURES_PREFIX = "Erasures."
_REQUEST_KIND = re.compile(r"^[a-z][a-z-]{0,39}$")


def erasure_values(how: str, sessions: int) -> dict[str, float]:
    """The metric value of `sessions` erased at once, requested `how` (a kind of another shape is `OTHER`)."""
    return {ERASURES_PREFIX + (how if _REQUEST_KIND.match(how) else OTHER): sessions}


def emit_erasures(
    namespace: str, how: str, sessions: int, stream: IO[str] | None = None, now: float | None = None
) -> None:
    """Write the EMF line of `sessions` erased, requested `how` (no id, no value: a count and a closed-set name)."""
    moment = time.time() if now is None else now
    document = emf_document(namespace, erasure_values(how, sessions), int(moment * 1000))
    out = stream if stream is not None else sys.stdout
    out.write(json.dumps(document, separators=(",", ":")) + "\n")
    out.flush()
