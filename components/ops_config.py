"""The stack config's operations settings and the checks that span several keys (pure).

`OpsConfig` is the `sovereign-chat:ops.*` part of the typed stack config (`components/config.py` builds it);
`ops_violations` refuses values that are valid alone but not together (a new-session limit at or above the
per-IP limit) and an alarm address that is not one e-mail address.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from components.config_schema import PROJECT, SCHEMA_BY_PATH
from components.residency import Violation

__all__ = ["OpsConfig", "is_email_address", "ops_violations"]

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
#: One address, no display name: `local@domain.tld` (dot-atom local part, DNS labels, at least one dot).
_EMAIL = re.compile(rf"^{_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})+$")
#: RFC 5321: a forward path holds at most 254 characters of address.
_EMAIL_MAX_LENGTH = 254


@dataclass(frozen=True)
class OpsConfig:
    """Who hears about alarms, and when the time to first token counts as slow."""

    alarm_email: str | None
    ttft_p95_threshold_ms: int


def is_email_address(value: str) -> bool:
    """True for one plain address (`ops@example.com`); false for display names, lists, spaces."""
    return len(value) <= _EMAIL_MAX_LENGTH and _EMAIL.match(value) is not None


def ops_violations(values: Mapping[str, Any]) -> list[Violation]:
    """The violations among parsed values (by schema path; a value already refused is None and skipped)."""
    found: list[Violation] = []
    new_sessions = values.get("edge.newSessionsPer5MinutesPerIp")
    requests = values.get("edge.wafRequestsPer5MinutesPerIp")
    if new_sessions is not None and requests is not None and new_sessions >= requests:
        lowest = SCHEMA_BY_PATH["edge.newSessionsPer5MinutesPerIp"].minimum
        found.append(
            Violation(
                f"{PROJECT}:edge.newSessionsPer5MinutesPerIp",
                new_sessions,
                f"must be below {PROJECT}:edge.wafRequestsPer5MinutesPerIp ({requests})",
                (f"{lowest:g}..{requests - 1}",),
            )
        )
    email = values.get("ops.alarmEmail")
    if email is not None and not is_email_address(email):
        found.append(Violation(f"{PROJECT}:ops.alarmEmail", email, "not one e-mail address (local@domain.tld)", ()))
    return found
