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
    """The turn lost its hold on the session: a write found another turn's lease, or its sequence number or a
    placeholder taken (a real conflict: the write's condition failed)."""


class SessionBusy(Exception):
    """Another turn of the session holds its lease: refused before any model call."""


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


@dataclass(frozen=True)
class Lease:
    """A turn's hold on its session: a random `token` written on the session, valid until `until` (epoch
    seconds); another turn cannot take the session before the holder releases it or it expires."""

    token: str
    until: int

    @classmethod
    def new(cls, until: int) -> Lease:
        """A fresh lease until `until`."""
        return cls(secrets.token_hex(16), until)


@dataclass
class SessionRecord:
    """A session: its vault mapping (placeholder -> original), tokens spent, and history.

    `is_new`: created by this request, no message stored yet. `lease`: the turn's hold on the session, once
    taken (`SessionStore.begin`). `version`: counts the writes that added messages or vault entries (a load
    older than the lease is read again).
    """

    session_id: str
    vault: dict[str, str]
    tokens_used: int
    messages: list[StoredMessage] = field(default_factory=list)
    is_new: bool = False
    lease: Lease | None = None
    version: int = 0
    #: Placeholders an older session keeps in its META item's map (no vault item of their own).
    legacy_vault: frozenset[str] = frozenset()

    @property
    def next_seq(self) -> int:
        """The sequence number of the next message."""
        return (self.messages[-1].seq + 1) if self.messages else 1


def new_session_id() -> str:
    """A fresh session id: 256 random bits, URL-safe base64 (never chosen by the client)."""
    return secrets.token_urlsafe(32)


#: Lambda's longest function timeout: no invocation (so no turn) outlives it.
LAMBDA_MAX_TIMEOUT_SECONDS = 900
#: A lease outlives its invocation's deadline by this much (clock skew, the write of the release itself).
LEASE_MARGIN_SECONDS = 60


def lease_until(now: float, deadline: float | None) -> int:
    """When a lease taken at `now` expires: after the invocation's `deadline` (the Lambda context's, when it is
    given and plausible) or else after Lambda's longest timeout, plus `LEASE_MARGIN_SECONDS`; so a crashed turn
    holds its session no longer than its invocation could have run, and a running one never loses it."""
    latest = now + LAMBDA_MAX_TIMEOUT_SECONDS
    end = deadline if deadline is not None and now < deadline <= latest else latest
    return int(end) + LEASE_MARGIN_SECONDS
