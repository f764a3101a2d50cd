"""The runtime's own view of its turns: the `timings` of its `chat.turn` log lines (pure parsing)."""

from __future__ import annotations

import json
from collections.abc import Iterable

#: Timings quoted in the report: milliseconds from the request's start inside the app.
KEYS = ("sessionReadyMs", "detectionDoneMs", "modelCalledMs")


def turn_timings(lines: Iterable[str]) -> list[dict[str, float]]:
    """The `timings` of every `chat.turn` line, in order (other lines are skipped); `sessionReadyMs` only for
    turns that loaded a session (a new conversation has none to load)."""
    found = []
    for line in lines:
        if '"chat.turn"' not in line:
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if record.get("event") == "chat.turn" and isinstance(record.get("timings"), dict):
            timings = {k: float(v) for k, v in record["timings"].items()}
            if record.get("newSession"):
                timings.pop("sessionReadyMs", None)
            found.append(timings)
    return found
