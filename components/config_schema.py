"""The stack configuration's schema of sovereign-chat: every `sovereign-chat:*` key, declared once.

Each key's meaning, unit, default, range or allowed values live in `SCHEMA`: the components' own keys here, the
keys of the chat function's settings derived from `runtime.settings.SETTINGS` (their one declaration, shared
with the runtime: the same default and limits). `components/config.py` parses and validates against it, and
the configuration table of `docs/configuration.md` is rendered from it
(`python -m components.config_schema` prints the table; a test checks the page holds exactly that table).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from components import residency
from components.site_files import page_languages
from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES, PII_LANGUAGES
from runtime.privacy.comprehend_pii_types import COMPREHEND_PII_TYPES
from runtime.privacy.market_languages import CONFIGURABLE_LANGUAGES
from runtime.settings import STACK_SETTINGS, SettingSpec, setting

__all__ = [
    "ARCHITECTURES",
    "COMPREHEND_ENTITY_LANGUAGES",
    "COMPREHEND_PII_ENTITY_TYPES",
    "COMPREHEND_PII_LANGUAGES",
    "DATA_CLASSIFICATIONS",
    "LOG_RETENTION_DAYS",
    "PRICE_CLASSES",
    "PROJECT",
    "SCHEMA",
    "SCHEMA_BY_PATH",
    "FieldSpec",
    "markdown_table",
    "stack_row",
]

PROJECT = "sovereign-chat"

# Languages Amazon Comprehend DetectEntities accepts (declared in runtime.privacy.comprehend_languages), sorted.
COMPREHEND_ENTITY_LANGUAGES = tuple(sorted(ENTITY_LANGUAGES))
#: Languages Amazon Comprehend's PII API (DetectPiiEntities) accepts.
COMPREHEND_PII_LANGUAGES = tuple(sorted(PII_LANGUAGES))
#: Comprehend PII entity types (declared in runtime.privacy.comprehend_pii_types), sorted.
COMPREHEND_PII_ENTITY_TYPES = COMPREHEND_PII_TYPES
# CloudWatch Logs accepts only these retention periods.
LOG_RETENTION_DAYS = (
    1,
    3,
    5,
    7,
    14,
    30,
    60,
    90,
    120,
    150,
    180,
    365,
    400,
    545,
    731,
    1096,
    1827,
    2192,
    2557,
    2922,
    3288,
    3653,
)
PRICE_CLASSES = ("PriceClass_100", "PriceClass_200", "PriceClass_All")
ARCHITECTURES = ("arm64", "x86_64")
DATA_CLASSIFICATIONS = ("public", "internal", "confidential", "restricted")


@dataclass(frozen=True)
class FieldSpec:
    """One config key: where it lives, its type, default, bounds and its documentation."""

    path: str  # "homeRegion" (top-level key) or "bedrock.region" (field of an object key)
    kind: str  # "str", "int", "float", "bool", "str-list", "object", "object-list"
    doc: str
    unit: str = ""
    default: Any = None  # None: required (unless optional)
    optional: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] = ()
    #: The `runtime.settings.Settings` field this key fills, when the chat function reads it.
    setting: str | None = None

    @property
    def key(self) -> str:
        """The full config key as a reviewer writes it, e.g. `sovereign-chat:bedrock.region`."""
        return f"{PROJECT}:{self.path}"


def stack_row(spec: SettingSpec) -> FieldSpec:
    """The config key of a runtime setting a platform team tunes per stack, as `runtime.settings` declares it."""
    if spec.stack is None:
        raise ValueError(f"{spec.field} is not set per stack")
    return FieldSpec(
        spec.stack.path,
        spec.kind,
        spec.stack.doc,
        spec.stack.unit,
        spec.default_value,
        minimum=spec.minimum,
        maximum=spec.maximum,
        choices=spec.choices,
        setting=spec.field,
    )


#: The keys of the components (sizing, topology, tags); those of the runtime's settings are added below.
_COMPONENT_KEYS: tuple[FieldSpec, ...] = (
    FieldSpec("residencyZone", "str", "Residency zone the stack must stay in.", choices=tuple(residency.ZONES)),
    FieldSpec(
        "homeRegion",
        "str",
        "Region of the Lambda function, DynamoDB table, S3 buckets, KMS key, logs.",
        setting="home_region",
    ),
    FieldSpec(
        "bedrock.region",
        "str",
        "Region of the Bedrock runtime endpoint the function calls.",
        default="<homeRegion>",
        setting="bedrock_region",
    ),
    FieldSpec(
        "bedrock.modelId",
        "str",
        "Bedrock model id: a cross-region inference profile of the zone's geography (e.g. `eu.`) or an "
        "in-region model id. `global.` profiles are refused.",
        setting="bedrock_model_id",
    ),
    FieldSpec(
        "bedrock.guardrailEnabled",
        "bool",
        "Create a Bedrock Guardrail with a sensitive-information filter and pass it on every call (defence in depth).",
        default=False,
    ),
    FieldSpec(
        "comprehend.region",
        "str",
        "Region of Amazon Comprehend (must offer Comprehend, inside the zone).",
        setting="comprehend_region",
    ),
    FieldSpec(
        "comprehend.languages",
        "str-list",
        "Languages the market speaks (ISO 639-1: any language of the EU/EEA, GB and CH, or another one "
        "Comprehend reads); the first is the default. The function identifies each message's language itself "
        "and calls Comprehend only in it (docs/language-id.md). A language Comprehend cannot read (e.g. `nl`, "
        "`pl`, `sv`) gets the built-in detectors only (docs/privacy-detection.md).",
        choices=tuple(sorted(CONFIGURABLE_LANGUAGES)),
        setting="languages",
    ),
    FieldSpec(
        "edge.allowedViewerCountries",
        "str-list",
        "CloudFront geo allow-list (ISO 3166-1 alpha-2, upper case); everyone else gets 403. `pulumi up` warns of "
        "an admitted country whose languages `comprehend.languages` misses (the review names it too).",
    ),
    FieldSpec(
        "page.languages",
        "str-list",
        "Languages the chat page offers, the first its default when the browser prefers none of them; unset: "
        "every language the page has (`web/i18n/`: the official languages of the EU and the EEA). Only the page's "
        "own words: detection follows `comprehend.languages` (docs/http-contract.md, *The page's language*).",
        optional=True,
        choices=page_languages(),
    ),
    FieldSpec(
        "edge.priceClass",
        "str",
        "CloudFront price class (cost, not residency: edges are global).",
        default="PriceClass_100",
        choices=PRICE_CLASSES,
    ),
    FieldSpec(
        "edge.wafRequestsPer5MinutesPerIp",
        "int",
        "WAF rate limit per client IP.",
        "requests / 5 min",
        300,
        minimum=10,
        maximum=2_000_000_000,
    ),
    FieldSpec(
        "edge.newSessionsPer5MinutesPerIp",
        "int",
        "WAF rate limit per client IP on `POST /c` without a session header (a new session each); below "
        "`edge.wafRequestsPer5MinutesPerIp`, so one client cannot multiply the per-session token budget.",
        "requests / 5 min",
        20,
        minimum=10,
        maximum=2_000_000_000,
    ),
    FieldSpec(
        "edge.customDomain",
        "object",
        "Optional `{domainName, hostedZoneId}`: serve on your own name with an ACM certificate "
        "(us-east-1, DNS-validated in the Route 53 zone).",
        optional=True,
    ),
    FieldSpec(
        "chat.logRetentionDays",
        "int",
        "CloudWatch log retention of the function.",
        "days",
        30,
        choices=LOG_RETENTION_DAYS,
    ),
    FieldSpec("chat.lambdaMemoryMb", "int", "Lambda memory.", "MB", 1024, minimum=128, maximum=10240),
    FieldSpec(
        "chat.lambdaTimeoutSeconds",
        "int",
        "Lambda timeout: the longest answer stream.",
        "seconds",
        180,
        minimum=10,
        maximum=900,
    ),
    FieldSpec("chat.lambdaArchitecture", "str", "Lambda CPU architecture.", default="arm64", choices=ARCHITECTURES),
    FieldSpec("chat.tableDeletionProtection", "bool", "DynamoDB deletion protection.", default=True),
    FieldSpec(
        "ops.alarmEmail",
        "str",
        "E-mail address subscribed to the alarm topic (SNS asks it to confirm first); unset: no subscription.",
        optional=True,
    ),
    FieldSpec(
        "ops.ttftP95ThresholdMs",
        "int",
        "Alarm when the p95 time to first token stays above this for 15 minutes (docs/operations.md).",
        "ms",
        5000,
        minimum=100,
        maximum=900_000,
    ),
    FieldSpec(
        "tools.lambda",
        "object-list",
        "Platform-team tools run by Lambda functions: a list of `{name, description, inputSchema, functionArn, "
        "timeoutSeconds}`; each function's region must be in the zone, the chat role may invoke exactly these "
        "(docs/tools.md).",
        default=[],
    ),
    FieldSpec("tags.owner", "str", "Team that owns the stack (tag `Owner` on every resource)."),
    FieldSpec("tags.costCentre", "str", "Cost centre (tag `CostCentre`)."),
    FieldSpec(
        "tags.dataClassification",
        "str",
        "Data classification (tag `DataClassification`).",
        choices=DATA_CLASSIFICATIONS,
    ),
)
#: The order of the documentation's table: by the key's first part, declared order within it.
_GROUPS = ("residencyZone", "homeRegion", "bedrock", "comprehend", "edge", "page", "chat", "ops", "tools", "tags")
SCHEMA: tuple[FieldSpec, ...] = tuple(
    sorted(
        (*_COMPONENT_KEYS, *(stack_row(spec) for spec in STACK_SETTINGS)),
        key=lambda spec: _GROUPS.index(spec.path.split(".")[0]),
    )
)
SCHEMA_BY_PATH: Mapping[str, FieldSpec] = {spec.path: spec for spec in SCHEMA}


def _meaning(spec: FieldSpec) -> str:
    text = spec.doc
    if spec.kind == "str" and spec.choices:
        text += f" One of: {', '.join(f'`{c}`' for c in spec.choices)}."
    if spec.setting is not None:
        text += f" The function reads it as `{setting(spec.setting).env_name}`."
    return text


def _unit(spec: FieldSpec) -> str:
    if spec.minimum is not None and spec.maximum is not None:
        return f"{spec.unit} ({spec.minimum:g}\u2013{spec.maximum:g})"
    return spec.unit


def _default(spec: FieldSpec) -> str:
    if spec.optional:
        return "unset (off)"
    if spec.default is None:
        return "**required**"
    if isinstance(spec.default, bool):
        return str(spec.default).lower()
    if isinstance(spec.default, list):
        return ", ".join(str(item) for item in spec.default) or "none"
    if isinstance(spec.default, float):
        return f"`{spec.default:g}`"
    return f"`{spec.default}`"


def markdown_table(schema: tuple[FieldSpec, ...] = SCHEMA) -> str:
    """The configuration table (key, meaning, unit and range, default) as Markdown, one row per key."""
    rows = ["| key | meaning | unit | default |", "|---|---|---|---|"]
    rows += [f"| `{s.key}` | {_meaning(s)} | {_unit(s)} | {_default(s)} |" for s in schema]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
