"""The `message` event of one stored message in `GET /c` (pure): what the user wrote, and what the model got.

A user message carries `content` (the user's own text: the surface forms put back, else the vault's values)
and `sentToModel`, the stored pseudonymized text exactly as the model received it: placeholders, never the
values behind them. An answer that used tools carries `toolCalls`, read from its stored Converse exchange:
each call's `input` as the model wrote it (placeholders; the tool itself got the values) and
`resultSentToModel`, the tool's result as the model received it (pseudonymized with the session's vault).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from runtime.chat.session import StoredMessage
from runtime.http.sse import message_event
from runtime.privacy.reidentify import reidentify
from runtime.privacy.surface_forms import restore


def shown_content(message: StoredMessage, vault: Mapping[str, str]) -> str:
    """The text the user sees: their own spelling when the surface forms were kept, else the vault's."""
    if message.surface_forms is not None:
        restored = restore(message.content, message.surface_forms)
        if restored is not None:
            return restored
    return reidentify(message.content, vault)


def tool_calls_sent(exchange: Sequence[Mapping[str, Any]] | None) -> list[dict[str, object]]:
    """Each tool call of a stored exchange, in call order: `name`, `input` (as the model wrote it) and
    `resultSentToModel` (the result's text as the model received it; absent when no result was stored)."""
    calls: list[dict[str, object]] = []
    results: dict[str, str] = {}
    for message in exchange or ():
        for block in message.get("content", ()):
            use = block.get("toolUse") if isinstance(block, Mapping) else None
            result = block.get("toolResult") if isinstance(block, Mapping) else None
            if isinstance(use, Mapping):
                calls.append({"id": use.get("toolUseId"), "name": str(use.get("name", "")), "input": use.get("input")})
            elif isinstance(result, Mapping):
                parts = result.get("content", ())
                text = "".join(str(part.get("text", "")) for part in parts if isinstance(part, Mapping))
                results[str(result.get("toolUseId"))] = text
    for call in calls:
        call_id = str(call.pop("id"))
        if call_id in results:
            call["resultSentToModel"] = results[call_id]
    return calls


def history_item(message: StoredMessage, vault: Mapping[str, str]) -> dict[str, object]:
    """The `message` event of `message`: `sentToModel` for a user message, `toolCalls` for an answer that
    used tools (see the module docstring)."""
    is_user = message.role == "user"
    return message_event(
        message.role,
        shown_content(message, vault),
        message.created_at,
        message.complete,
        message.tools,
        sent_to_model=message.content if is_user else None,
        tool_calls=None if is_user else tool_calls_sent(message.exchange) or None,
    )
