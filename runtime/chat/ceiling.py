"""The stack-wide daily token ceiling as the turn sees it (pure).

Every turn adds its tokens to a count per UTC day (`runtime.chat.ports.DailyUsage`); a turn starts only while
the count is under the ceiling. Turns already past the check when the ceiling is reached still finish, so
the day's count can exceed the ceiling by at most what those turns spend (docs/operations.md).
"""

from __future__ import annotations

from runtime.settings import daily_ceiling_on


class ServiceBudgetExhausted(Exception):
    """The whole service has spent today's tokens: no turn starts until the next UTC day."""


def ceiling_reached(used: int, ceiling: int) -> bool:
    """Whether `used` tokens exhaust a daily ceiling of `ceiling` (0: no ceiling)."""
    return daily_ceiling_on(ceiling) and used >= ceiling
