"""The smallest environment the runtime's settings accept (`runtime.settings.Settings.from_env`), for unit tests:
one copy, each test naming only what it changes."""

from __future__ import annotations

from collections.abc import Mapping

#: Every variable without a default, with values inside the EU zone.
MINIMAL_ENV: Mapping[str, str] = {
    "CHAT_TABLE_NAME": "t",
    "CHAT_PROMPT_BUCKET": "b",
    "CHAT_PROMPT_KEY": "system-prompt.md",
    "CHAT_HOME_REGION": "eu-central-1",
    "CHAT_BEDROCK_REGION": "eu-central-1",
    "CHAT_BEDROCK_MODEL_ID": "eu.anthropic.claude-3-7-sonnet-20250219-v1:0",
    "CHAT_COMPREHEND_REGION": "eu-west-1",
    "CHAT_ALLOWED_REGIONS": "eu-central-1, eu-west-1",
}


def minimal_env(changes: Mapping[str, str] | None = None) -> dict[str, str]:
    """`MINIMAL_ENV` with `changes` (variable -> value) applied."""
    return {**MINIMAL_ENV, **(changes or {})}
