"""The Converse `messages` list from a session's stored (pseudonymized) history and the new message (pure).

Bedrock requires a conversation that starts with the user and alternates roles. A stored history may
break that rule after a failed turn (a user message whose answer never came, an empty partial answer),
so consecutive messages of one role are joined and empty ones dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: Most recent messages replayed to the model (older ones stay in the history shown to the user).
MAX_HISTORY_MESSAGES = 100


def build_messages(history: Iterable[tuple[str, str]], new_message: str) -> list[dict[str, Any]]:
    """Converse messages for `history` ((role, text) pairs, oldest first) followed by `new_message`."""
    turns: list[tuple[str, str]] = [(role, text) for role, text in history if text.strip()]
    turns = turns[-MAX_HISTORY_MESSAGES:]
    turns.append(("user", new_message))
    merged: list[tuple[str, str]] = []
    for role, text in turns:
        if role not in ("user", "assistant"):
            continue
        if not merged and role != "user":
            continue
        if merged and merged[-1][0] == role:
            merged[-1] = (role, merged[-1][1] + "\n\n" + text)
        else:
            merged.append((role, text))
    return [{"role": role, "content": [{"text": text}]} for role, text in merged]
