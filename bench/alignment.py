"""Which model delta released each token event the client received (pure).

The app re-identifies the answer on the fly and holds back a possible placeholder prefix (`[NAME_`) until
the delta that completes or rules it out, so token events are not one-to-one with model deltas. The
re-identifier is replayed on the deltas the model stand-in recorded, with every placeholder of the answer
treated as known: each token event then pairs with the delta after which it was emitted, and its added
latency is (client arrival - stand-in send time of that delta).
"""

from __future__ import annotations

from collections.abc import Sequence

from runtime.privacy.placeholders import PLACEHOLDER_PATTERN
from runtime.privacy.reidentify import StreamingReidentifier


def release_indices(deltas: Sequence[str]) -> list[int]:
    """For each token event the app emits, the index of the delta after which it is emitted."""
    known = {match.group(0): "x" for match in PLACEHOLDER_PATTERN.finditer("".join(deltas))}
    reidentifier = StreamingReidentifier(known)
    released = [index for index, delta in enumerate(deltas) if reidentifier.feed(delta)]
    if reidentifier.flush() and deltas:
        released.append(len(deltas) - 1)
    return released


def token_latencies(deltas: Sequence[str], sent_at: Sequence[float], arrivals: Sequence[float]) -> list[float] | None:
    """Per token event: client arrival minus send time of its releasing delta (None if counts disagree)."""
    if len(deltas) != len(sent_at):
        return None
    released = release_indices(deltas)
    if len(released) != len(arrivals):
        return None
    return [arrival - sent_at[index] for arrival, index in zip(arrivals, released, strict=True)]
