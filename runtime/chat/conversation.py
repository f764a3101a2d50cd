"""The Converse `messages` list from a session's stored (pseudonymized) history and the new message (pure).

Bedrock requires a conversation that starts with the user and alternates roles. A stored history may
break that rule after a failed turn (a user message whose answer never came, an empty partial answer),
so consecutive messages of one role are joined and empty ones dropped.

A message re-sent after its turn failed (the page's Retry) is not stored twice: `unanswered_resend` finds the
stored message it repeats, and `model_history` leaves out an incomplete answer that a later answer replaced.
A user message that got no answer text at all (its model call throttled or failed before the first delta, or
its answer never written) is not replayed either: the next message is a new question, not a continuation of
one the model never saw answered (joined, the two would read as one message).

An answer that used tools is replayed as its whole exchange (the assistant's `toolUse` blocks, the user's
`toolResult` blocks, ..., the final text), so the model sees what the tools returned in later turns; a
history cut to its most recent messages never starts inside such an exchange.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

#: A message's content as Converse blocks (`{"text"}`, `{"toolUse"}`, `{"toolResult"}`), or plain text.
Content = str | list[dict[str, Any]]

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

    @property
    def exchange(self) -> list[dict[str, Any]] | None:
        """The Converse messages of an answer that used tools (None otherwise)."""


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


def model_history(history: Sequence[HistoryMessage]) -> list[tuple[str, Content]]:
    """The (role, content) pairs to replay to the model: every stored message except an incomplete answer
    that is directly followed by another answer (the answer of a retry replaced it); an answer that used
    tools becomes the messages of its exchange."""
    pairs: list[tuple[str, Content]] = []
    for index, message in enumerate(history):
        if message.role == "user" and not _answered(history, index):
            continue
        following = history[index + 1] if index + 1 < len(history) else None
        superseded = following is not None and following.role == "assistant"
        if message.role == "assistant" and not message.complete and superseded:
            continue
        exchange = getattr(message, "exchange", None)
        if message.role == "assistant" and exchange:
            pairs.extend((str(m["role"]), list(m["content"])) for m in exchange)
        else:
            pairs.append((message.role, message.content))
    return pairs


def _answered(history: Sequence[HistoryMessage], index: int) -> bool:
    """Whether an answer with text (or a tool exchange) follows the user message at `index` before the next
    user message."""
    for message in history[index + 1 :]:
        if message.role == "user":
            return False
        if message.role == "assistant" and (message.content.strip() or getattr(message, "exchange", None)):
            return True
    return False


def _blocks(content: Content) -> list[dict[str, Any]]:
    """Content as blocks, without empty text blocks."""
    if isinstance(content, str):
        return [{"text": content}] if content.strip() else []
    return [block for block in content if "text" not in block or str(block["text"]).strip()]


def _opens_exchange_reply(blocks: list[dict[str, Any]]) -> bool:
    """Whether a user message answers tool calls (it cannot start a conversation)."""
    return any("toolResult" in block for block in blocks)


def build_messages(history: Iterable[tuple[str, Content]], new_message: str) -> list[dict[str, Any]]:
    """Converse messages for `history` ((role, text or blocks) pairs, oldest first) followed by `new_message`.

    Consecutive messages of one role are joined (texts with a blank line between them, other blocks kept);
    the conversation starts with a user message that answers no tool call."""
    turns = [(role, _blocks(content)) for role, content in history if role in ("user", "assistant")]
    turns = [(role, blocks) for role, blocks in turns if blocks][-MAX_HISTORY_MESSAGES:]
    turns.append(("user", _blocks(new_message) or [{"text": new_message}]))
    merged: list[tuple[str, list[dict[str, Any]]]] = []
    for role, blocks in turns:
        if not merged and (role != "user" or _opens_exchange_reply(blocks)):
            continue
        if merged and merged[-1][0] == role:
            merged[-1] = (role, _join(merged[-1][1], blocks))
        else:
            merged.append((role, list(blocks)))
    return [{"role": role, "content": blocks} for role, blocks in merged]


def _join(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The blocks of two messages of one role as one message (adjacent texts joined by a blank line)."""
    joined = list(first)
    for block in second:
        if joined and "text" in block and "text" in joined[-1]:
            joined[-1] = {"text": f"{joined[-1]['text']}\n\n{block['text']}"}
        else:
            joined.append(block)
    return joined
