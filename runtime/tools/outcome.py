"""What a tool call produced (`ToolOutcome`), and the failure a tool raises for the model to read (`ToolFailed`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal


class ToolFailed(Exception):
    """A tool ran and failed; `message` (no personal data) goes back to the model."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ToolOutcome:
    """What a tool call produced: a JSON value, or `{"error": message}` with status `error`."""

    status: Literal["success", "error"]
    result: Any

    @classmethod
    def error(cls, message: str) -> ToolOutcome:
        """An error outcome."""
        return cls("error", {"error": message})
