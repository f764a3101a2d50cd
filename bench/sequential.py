"""Sequential chat turns against several apps, interleaved so that they share the same conditions."""

from __future__ import annotations

from collections.abc import Sequence

from bench.client import ChatClient
from bench.samples import TurnSample, join
from bench.scenarios import personalize
from bench.stack import BenchStack


def run_interleaved(
    stack: BenchStack,
    apps: Sequence[str],
    messages: Sequence[str],
    requests: int,
    turns_per_session: int = 5,
    warmup: int = 3,
) -> dict[str, list[TurnSample]]:
    """`requests` measured turns per app (after `warmup` unmeasured ones), app after app for each turn.

    Conversations run `turns_per_session` turns, so most turns load a session with history; message i is
    `messages[i % len(messages)]`, personalized for its conversation (`bench.scenarios.personalize`).
    """
    samples: dict[str, list[TurnSample]] = {app: [] for app in apps}
    sessions: dict[str, str | None] = dict.fromkeys(apps)
    clients = {app: ChatClient(stack.urls[app]) for app in apps}
    try:
        for index in range(warmup + requests):
            for app in apps:
                if index % turns_per_session == 0:
                    sessions[app] = None
                stack.clear_model_records()
                message = personalize(messages[index % len(messages)], index // turns_per_session)
                stream = clients[app].post(message, sessions[app])
                if stream.status != 200 or not stream.done:
                    raise RuntimeError(f"{app}: turn {index} failed (HTTP {stream.status}, error {stream.error})")
                sessions[app] = stream.session_id
                records = stack.model_records()
                if len(records) != 1:
                    raise RuntimeError(f"{app}: expected one model request, the stand-in saw {len(records)}")
                if index >= warmup:
                    turn = index % turns_per_session
                    sample = join(stream, records[0], turn == 0, index % len(messages), turn)
                    samples[app].append(sample)
    finally:
        for client in clients.values():
            client.close()
    return samples
