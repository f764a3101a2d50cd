"""One measured chat turn: the client's timeline joined with the model stand-in's (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.alignment import token_latencies
from bench.client import TimedStream
from bench.stack import ModelRecord


@dataclass(frozen=True)
class TurnSample:
    """Seconds, all on CLOCK_MONOTONIC.

    `pre_model`: client sent -> the model stand-in received the request (everything before the model call);
    `model_ttft`: the stand-in's own first-delta delay; `relay_first`: stand-in sent the first delta -> the
    client got the first token. Added time to first token = `pre_model + relay_first` (= TTFT - model_ttft).
    """

    ttft: float
    pre_model: float
    model_ttft: float
    relay_first: float
    token_latencies: tuple[float, ...] | None
    first_turn: bool = False  # a new conversation: no session to load
    message: int = 0  # which of the scenario's messages was sent
    turn: int = 0  # the turn's place in its conversation (0: the first)

    @property
    def added_ttft(self) -> float:
        """What the service adds to the model's own time to first token."""
        return self.pre_model + self.relay_first


def join(
    stream: TimedStream, record: ModelRecord, first_turn: bool = False, message: int = 0, turn: int = 0
) -> TurnSample:
    """Join a client stream with the stand-in's record of the same request."""
    arrivals = stream.token_arrivals
    if not arrivals or not record.delta_sent_at:
        raise ValueError("the stream has no token (or the model sent no delta)")
    latencies = token_latencies(record.deltas, record.delta_sent_at, arrivals)
    return TurnSample(
        ttft=arrivals[0] - stream.started,
        pre_model=record.received_at - stream.started,
        model_ttft=record.delta_sent_at[0] - record.received_at,
        relay_first=arrivals[0] - record.delta_sent_at[0],
        token_latencies=tuple(latencies) if latencies is not None else None,
        first_turn=first_turn,
        message=message,
        turn=turn,
    )
