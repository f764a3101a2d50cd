"""What a chat turn reports about itself: its `chat.turn` log line and its metric line (counts, timings and
closed-set names only: never message text, values or session ids)."""

from __future__ import annotations

from dataclasses import dataclass, field

from runtime import metrics
from runtime.logging_setup import log_event


@dataclass
class TurnStats:
    """What the turn's log and metric lines report (counts and timings only)."""

    timings: dict[str, float] = field(default_factory=dict)
    spans: int = 0
    new_placeholders: int = 0
    deltas: int = 0
    language: str | None = None
    comprehend_calls: int = 0
    stop_reason: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    error: str | None = None
    client_gone: bool = False
    resend: bool = False
    #: The entity type of each personal value found in the message (the types only).
    pii_types: list[str] = field(default_factory=list)
    #: The stack's daily token count: after this turn's tokens were added, else as read at the start.
    daily_tokens: int | None = None


def log_turn(stats: TurnStats, *, new_session: bool, history: int, gone: bool) -> None:
    """The turn's `chat.turn` log line."""
    log_event(
        "chat.turn",
        newSession=new_session,
        historyMessages=history,
        spans=stats.spans,
        newPlaceholders=stats.new_placeholders,
        language=stats.language,
        comprehendCalls=stats.comprehend_calls,
        deltas=stats.deltas,
        stopReason=stats.stop_reason,
        inputTokens=stats.input_tokens,
        outputTokens=stats.output_tokens,
        error=stats.error,
        clientGone=stats.client_gone or gone,
        resend=stats.resend,
        dailyTokens=stats.daily_tokens,
        timings=stats.timings,
    )


def turn_metrics(stats: TurnStats, duration_ms: float) -> metrics.TurnMetrics:
    """The metrics of a turn that took `duration_ms`."""
    return metrics.TurnMetrics(
        turn_duration_ms=duration_ms,
        time_to_first_token_ms=stats.timings.get("firstTokenMs"),
        input_tokens=stats.input_tokens,
        output_tokens=stats.output_tokens,
        comprehend_calls=stats.comprehend_calls,
        pii_found=metrics.count_types(stats.pii_types),
        error=stats.error,
        daily_tokens_used=stats.daily_tokens,
    )


def emit_turn_metrics(namespace: str, stats: TurnStats, duration_ms: float) -> None:
    """Write the turn's EMF line (`runtime.metrics`)."""
    metrics.emit(namespace, turn_metrics(stats, duration_ms))
