"""The typed, frozen model of a validated stack configuration (`components.config` builds it).

Components never read config: they get plain values from this model. The values the chat function reads are in
`StackConfig.settings`, by `runtime.settings.Settings` field (their keys, types and limits are declared once, in
`runtime.settings.SETTINGS`); the groups below hold what the components themselves act on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from components import residency
from components.config_schema import PROJECT
from components.ops_config import OpsConfig
from components.residency import ResidencyZone
from components.tool_config import ToolsConfig


@dataclass(frozen=True)
class BedrockConfig:
    """Which model answers, from where."""

    region: str
    model_id: str
    guardrail_enabled: bool


@dataclass(frozen=True)
class ComprehendConfig:
    """How personal data is detected with Amazon Comprehend."""

    region: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class CustomDomainConfig:
    """An optional custom domain for the distribution."""

    domain_name: str
    hosted_zone_id: str | None


@dataclass(frozen=True)
class EdgeConfig:
    """Who may reach the service and at what cost."""

    allowed_viewer_countries: tuple[str, ...]
    price_class: str
    waf_requests_per_5_minutes_per_ip: int
    custom_domain: CustomDomainConfig | None
    new_sessions_per_5_minutes_per_ip: int
    #: The languages the chat page offers (None: every language it has).
    page_languages: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ChatConfig:
    """Sizing and retention of the chat function's resources."""

    log_retention_days: int
    lambda_memory_mb: int
    lambda_timeout_seconds: int
    lambda_architecture: str
    table_deletion_protection: bool


@dataclass(frozen=True)
class TagsConfig:
    """Tags applied to every taggable resource."""

    owner: str
    cost_centre: str
    data_classification: str

    def as_tags(self, stack: str, zone: str) -> dict[str, str]:
        """The AWS tag map (with project, stack and zone added)."""
        return {
            "Project": PROJECT,
            "Stack": stack,
            "ResidencyZone": zone,
            "Owner": self.owner,
            "CostCentre": self.cost_centre,
            "DataClassification": self.data_classification,
        }


@dataclass(frozen=True)
class StackConfig:
    """The whole validated stack configuration."""

    residency_zone: str
    home_region: str
    bedrock: BedrockConfig
    comprehend: ComprehendConfig
    edge: EdgeConfig
    chat: ChatConfig
    ops: OpsConfig
    tags: TagsConfig
    tools: ToolsConfig = field(default_factory=ToolsConfig)
    #: What the chat function reads from the stack config, by `runtime.settings.Settings` field (every
    #: `FieldSpec` with a `setting`): its regions, model and languages, and the settings tuned per stack.
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def zone(self) -> ResidencyZone:
        """The residency zone object (always known after validation)."""
        zone = residency.get_zone(self.residency_zone)
        assert zone is not None
        return zone

    @property
    def regions_used(self) -> tuple[str, ...]:
        """Every region the stack's own configuration places something in (sorted, unique)."""
        return tuple(sorted({self.home_region, self.bedrock.region, self.comprehend.region}))
