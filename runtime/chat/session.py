"""A chat session as the turn sees it (pure types): its record, stored messages, and the store's failures.

The DynamoDB adapter (`runtime.aws.sessions`) reads and writes these; the turn and the HTTP layer only use them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any


class SessionNotFound(Exception):
    """No such session (or it expired)."""


class StorageUnavailable(Exception):
    """DynamoDB failed; nothing of the attempted write was stored."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class SessionConflict(Exception):
    """Another turn of the same session wrote first (sequence number or placeholder taken)."""


class BudgetExhausted(Exception):
    """The session has spent its token budget."""


@dataclass
class StoredMessage:
    """One message of a session's history, as stored (pseudonymized)."""

    seq: int
    role: str
    content: str
    created_at: str
    complete: bool = True
    surface_forms: list[str] | None = None
    #: Names of the tools an answer used (None: none).
    tools: list[str] | None = None
    #: The Converse messages of an answer that used tools (assistant `toolUse`, user `toolResult`, ..., the
    #: final text), pseudonymized: replayed to the model instead of `content`.
    exchange: list[dict[str, Any]] | None = None


@dataclass
class SessionRecord:
    """A session: its vault mapping (placeholder -> original), tokens spent, and history.

    `is_new`: created by this request and not stored yet (its first user message creates it).
    """

    session_id: str
    vault: dict[str, str]
    tokens_used: int
    messages: list[StoredMessage] = field(default_factory=list)
    is_new: bool = False

    @property
    def next_seq(self) -> int:
        """The sequence number of the next message."""
        return (self.messages[-1].seq + 1) if self.messages else 1


def new_session_id() -> str:
    """A fresh session id: 256 random bits, URL-safe base64 (never chosen by the client)."""
    return secrets.token_urlsafe(32)
