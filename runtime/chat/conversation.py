"""The Converse `messages` list from a session's stored (pseudonymized) history and the new message (pure).

Bedrock requires a conversation that starts with the user and alternates roles. A stored history may
break that rule after a failed turn (a user message whose answer never came, an empty partial answer),
so consecutive messages of one role are joined and empty ones dropped.

A message re-sent after its turn failed (the page's Retry) is not stored twice: `unanswered_resend` finds the
stored message it repeats, and `model_history` leaves out an incomplete answer that a later answer replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

#: Most recent messages replayed to the model (older ones stay in the history shown to the user).
MAX_HISTORY_MESSAGES = 100


class HistoryMessage(Protocol):
    """A stored message as far as the conversation rules need it (`runtime.chat.session.StoredMessage`)."""

    @property
    def role(self) -> str:
        """`user` or `assistant`."""

    @property
    def content(self) -> str:
        """The stored (pseudonymized) text."""

    @property
    def complete(self) -> bool:
        """False for an answer cut short (model failure, client gone) or never written."""


def unanswered_resend(history: Sequence[HistoryMessage], content: str) -> int | None:
    """The index of the last user message when `content` (pseudonymized) repeats it and no complete answer
    followed it: the user is retrying a failed turn. None otherwise (a repeat after a complete answer is a
    new message)."""
    for index in range(len(history) - 1, -1, -1):
        message = history[index]
        if message.role == "assistant":
            if message.complete:
                return None
            continue
        return index if message.role == "user" and message.content == content else None
    return None


def model_history(history: Sequence[HistoryMessage]) -> list[tuple[str, str]]:
    """The (role, text) pairs to replay to the model: every stored message except an incomplete answer that
    is directly followed by another answer (the answer of a retry replaced it)."""
    pairs: list[tuple[str, str]] = []
    for index, message in enumerate(history):
        following = history[index + 1] if index + 1 < len(history) else None
        superseded = following is not None and following.role == "assistant"
        if message.role == "assistant" and not message.complete and superseded:
            continue
        pairs.append((message.role, message.content))
    return pairs


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
