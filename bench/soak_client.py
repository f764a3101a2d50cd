"""The soak's clients: workers that each hold one session at a time and send turns with faults mixed in.

A worker opens a session with a message carrying personal values, then sends `turns_per_session` turns on it
(then opens the next), waiting a random think time between turns. Each turn is, by weight (`KIND_WEIGHTS`), a
plain message, a throttled model call, a model stream broken mid-answer, a client that leaves after a few
tokens, a tool loop (the model asks for the calculator until the round limit), or two overlapping sends (the
second once the first shows its first token: refused with 409 while the first runs). Faults are the Bedrock
stand-in's magic phrases (`devstack.standins.bedrock`). Every request's outcome is a `TurnSeen`.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass

import httpx

from bench.soak_check import TurnSeen

#: Turn kinds and their weights.
KIND_WEIGHTS = {"plain": 40, "throttle": 10, "midstream": 10, "disconnect": 10, "tools": 10, "overlap": 10}
#: What each kind adds to the message (the model stand-in's magic phrases).
KIND_TEXT = {
    "plain": "what do you think?",
    "throttle": "[[fault:throttle]] hello",
    "midstream": "[[fault:midstream]] tell me a story",
    "disconnect": "[[reply:tokens=300]] a long answer please",
    "tools": "[[tool:loop]] quanto pago por 150 000 € a 30 anos a 3,5 %?",
    "overlap": "[[reply:tokens=150]] go on",
}
#: Tokens a leaving client reads before it closes the connection.
TOKENS_BEFORE_LEAVING = 3
NAMES = ("Alice Johnson", "Robert Smith", "Maria Fernandes", "Klaus Schmidt", "Luca Bianchi")


@dataclass(frozen=True)
class WorkerPlan:
    """How one worker behaves: its number, when to stop, turns per session, think time range (seconds)."""

    index: int
    deadline: float
    turns_per_session: int
    think: tuple[float, float]
    seed: int


async def send(
    client: httpx.AsyncClient,
    seen: TurnSeen,
    leave_after: int | None = None,
    first_token: asyncio.Event | None = None,
) -> TurnSeen:
    """POST one message and read its stream into `seen` (leaving after `leave_after` tokens if given)."""
    headers = {"content-type": "application/json"}
    if seen.session_id:
        headers["x-session-id"] = seen.session_id
    started = time.monotonic()
    body = json.dumps({"message": seen.message})
    try:
        async with client.stream("POST", "/c", content=body, headers=headers) as response:
            seen.status = response.status_code
            if response.status_code != 200:
                error = json.loads(await response.aread())["error"]
                seen.end, seen.retry_after = f"http:{error['code']}", response.headers.get("retry-after")
                return seen
            await _read_stream(response, seen, leave_after, first_token)
    except httpx.HTTPError as error:
        seen.end = f"client:{type(error).__name__}"
    finally:
        seen.seconds = time.monotonic() - started
        if first_token is not None:
            first_token.set()
    return seen


async def _read_stream(
    response: httpx.Response, seen: TurnSeen, leave_after: int | None, first_token: asyncio.Event | None
) -> None:
    tokens, buffer = 0, ""
    async for chunk in response.aiter_text():
        buffer += chunk
        while "\n\n" in buffer:
            block, buffer = buffer.split("\n\n", 1)
            for line in block.split("\n"):
                if not line.startswith("data:"):
                    continue
                event = json.loads(line[5:])
                if event["type"] == "session":
                    seen.session_id = event["sessionId"]
                elif event["type"] == "token":
                    seen.shown += event["content"]
                    tokens += 1
                    if first_token is not None:
                        first_token.set()
                    if leave_after is not None and tokens >= leave_after:
                        seen.end = "cut"
                        return
                elif event["type"] == "done":
                    seen.end, seen.usage = "done", event["usage"]
                elif event["type"] == "error":
                    seen.end = event["code"]
    if seen.end is None:
        seen.end = "closed"


async def run_worker(client: httpx.AsyncClient, plan: WorkerPlan, results: list[TurnSeen]) -> None:
    """Send turns until the deadline, one session after the other."""
    rng = random.Random(plan.seed)
    kinds, weights = zip(*KIND_WEIGHTS.items(), strict=True)
    session_number = 0
    while time.monotonic() < plan.deadline:
        session_number += 1
        session_tag = f"w{plan.index:02d}s{session_number:03d}"
        name = NAMES[(plan.index + session_number) % len(NAMES)]
        opening = (
            f"soak-{session_tag}t001 Hi, I am {name}, write to {name.split()[0].lower()}.{session_tag}@example.com."
        )
        first = await send(client, TurnSeen("open", session_tag, opening))
        results.append(first)
        session_id = first.session_id if first.status == 200 else None
        for turn in range(2, plan.turns_per_session + 1):
            if session_id is None or time.monotonic() >= plan.deadline:
                break
            await asyncio.sleep(rng.uniform(*plan.think))
            kind = rng.choices(kinds, weights)[0]
            message = f"soak-{session_tag}t{turn:03d} {KIND_TEXT[kind]}"
            if kind == "overlap":
                await _overlap(client, session_tag, session_id, message, results)
                continue
            seen = TurnSeen(kind, session_tag, message, session_id=session_id)
            results.append(await send(client, seen, TOKENS_BEFORE_LEAVING if kind == "disconnect" else None))
            if seen.status == 404:
                break


async def _overlap(
    client: httpx.AsyncClient, session_tag: str, session_id: str, message: str, results: list[TurnSeen]
) -> None:
    """Two sends on one session: the second once the first shows a token (while it still streams)."""
    shown = asyncio.Event()
    first = TurnSeen("overlap-first", session_tag, message.replace(" ", "a ", 1), session_id=session_id)
    running = asyncio.ensure_future(send(client, first, first_token=shown))
    await shown.wait()
    second_message = message.split(" ", 1)[0] + "b hello again"
    second = await send(client, TurnSeen("overlap-second", session_tag, second_message, session_id=session_id))
    results.extend([await running, second])
