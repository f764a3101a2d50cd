"""The chat function's environment: the runtime contract (docs/runtime-contract.md) and the Web Adapter's knobs.

Pure: `RuntimeSettings` holds the plain values from the stack config; `function_environment` adds the names of
the resources once they are known and returns the exact variables the function gets. The tests check the result
against the contract document and against the runtime's own parser (`runtime.settings.Settings.from_env`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "APP_PORT",
    "READINESS_CHECK_PATH",
    "RuntimeSettings",
    "function_environment",
    "web_adapter_environment",
]

#: The port uvicorn listens on inside the function (the Web Adapter forwards to it).
APP_PORT = 8080
#: The Web Adapter waits for this path to answer before it passes the first invocation on.
READINESS_CHECK_PATH = "/healthz"


@dataclass(frozen=True)
class RuntimeSettings:
    """What the runtime needs to know besides the names of its resources (see docs/runtime-contract.md)."""

    home_region: str
    bedrock_region: str
    bedrock_model_id: str
    max_output_tokens: int
    comprehend_region: str
    languages: Sequence[str]
    comprehend_min_score: float
    pii_entity_types: Sequence[str]
    max_message_bytes: int
    session_token_budget: int
    history_retention_days: int
    allowed_regions: Sequence[str]
    prompt_cache_ttl_seconds: int
    heartbeat_seconds: int

    def __post_init__(self) -> None:
        if not self.languages:
            raise ValueError("at least one language is required")
        for name, region in (
            ("Bedrock", self.bedrock_region),
            ("Comprehend", self.comprehend_region),
            ("home", self.home_region),
        ):
            if region not in self.allowed_regions:
                raise ValueError(f"the {name} region {region} is not among the allowed regions")


def web_adapter_environment() -> dict[str, str]:
    """AWS Lambda Web Adapter: wrap the handler, stream responses, the app's port and readiness path."""
    return {
        "AWS_LAMBDA_EXEC_WRAPPER": "/opt/bootstrap",
        "AWS_LWA_INVOKE_MODE": "response_stream",
        "AWS_LWA_PORT": str(APP_PORT),
        "AWS_LWA_READINESS_CHECK_PATH": READINESS_CHECK_PATH,
        "PORT": str(APP_PORT),
    }


def function_environment(
    settings: RuntimeSettings,
    *,
    table_name: str,
    prompt_bucket: str,
    prompt_key: str,
    guardrail_id: str | None = None,
    guardrail_version: str | None = None,
) -> dict[str, str]:
    """Every environment variable of the deployed function (Comprehend always on: detection fails closed)."""
    if bool(guardrail_id) != bool(guardrail_version):
        raise ValueError("a guardrail needs both its id and its version")
    env = {
        **web_adapter_environment(),
        "CHAT_TABLE_NAME": table_name,
        "CHAT_PROMPT_BUCKET": prompt_bucket,
        "CHAT_PROMPT_KEY": prompt_key,
        "CHAT_HOME_REGION": settings.home_region,
        "CHAT_BEDROCK_REGION": settings.bedrock_region,
        "CHAT_BEDROCK_MODEL_ID": settings.bedrock_model_id,
        "CHAT_MAX_OUTPUT_TOKENS": str(settings.max_output_tokens),
        "CHAT_COMPREHEND_ENABLED": "true",
        "CHAT_COMPREHEND_REGION": settings.comprehend_region,
        "CHAT_LANGUAGES": ",".join(settings.languages),
        "CHAT_COMPREHEND_MIN_SCORE": f"{settings.comprehend_min_score:g}",
        "CHAT_PII_ENTITY_TYPES": ",".join(settings.pii_entity_types),
        "CHAT_MAX_MESSAGE_BYTES": str(settings.max_message_bytes),
        "CHAT_SESSION_TOKEN_BUDGET": str(settings.session_token_budget),
        "CHAT_HISTORY_RETENTION_DAYS": str(settings.history_retention_days),
        "CHAT_ALLOWED_REGIONS": ",".join(sorted(settings.allowed_regions)),
        "CHAT_PROMPT_CACHE_TTL_SECONDS": str(settings.prompt_cache_ttl_seconds),
        "CHAT_HEARTBEAT_SECONDS": str(settings.heartbeat_seconds),
    }
    if guardrail_id and guardrail_version:
        env["CHAT_BEDROCK_GUARDRAIL_ID"] = guardrail_id
        env["CHAT_BEDROCK_GUARDRAIL_VERSION"] = guardrail_version
    return env
