"""The physical floor of a turn's added time to first token, and each turn's ratio to it (pure; milliseconds).

Before the model call the runtime must have the detection's answers and (on a later turn) the session: its
floor is the slower of the slowest Comprehend call the message needs and the session read, each measured bare
from the client process in the same run (`bench.dependency`). Which calls a message needs is the runtime's own
plan (`runtime.privacy.comprehend_plan.plan_message` with the language identified on the function).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bench.cost import Identify
from bench.samples import TurnSample
from bench.scenarios import personalize
from bench.stats import Summary
from runtime.privacy.comprehend_plan import plan_message

#: The target: added time to first token at most this many times the floor (p50).
FLOOR_RATIO = 1.1


@dataclass(frozen=True)
class Floor:
    """What bounds a turn from below: the operations each scenario message needs and the bare timings (seconds)."""

    needed: tuple[tuple[str, ...], ...]
    calls: Mapping[str, Summary]
    session_read: Mapping[int, Summary]  # by the number of earlier turns in the session

    def floor_ms(self, sample: TurnSample) -> float:
        """The floor of one measured turn."""
        detection = max((self.calls[op].p50 for op in self.needed[sample.message]), default=0.0)
        session = self.session_read[min(sample.turn, max(self.session_read))].p50 if sample.turn else 0.0
        return max(detection, session) * 1000

    def ratios(self, samples: Sequence[TurnSample]) -> list[float]:
        """Each turn's added time to first token over its floor."""
        return [sample.added_ttft * 1000 / self.floor_ms(sample) for sample in samples]


def needed_operations(
    messages: Sequence[str], languages: Sequence[str], identify: Identify
) -> tuple[tuple[str, ...], ...]:
    """The Comprehend operations the runtime makes for each scenario message (as the first conversation sends it)."""
    found = []
    for template in messages:
        text = personalize(template, 0)
        plan = plan_message(text, languages, identify(text))
        found.append(tuple(dict.fromkeys(call.operation for call in plan.calls)))
    return tuple(found)
