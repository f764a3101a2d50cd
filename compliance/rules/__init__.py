"""The compliance rules of sovereign-chat, as plain functions over resource records (pure: no Pulumi imports).

One source of truth: the offline review (`compliance/review.py`) runs them over the resources the program
declares under mocks, and the CrossGuard policy pack (`policy/__main__.py`) wraps each one in a mandatory
`ResourceValidationPolicy`. A rule is configured by a residency zone (`components/residency.py`).

By concern: `records` (what a rule sees and reports), `regions` (regional resources, model references),
`grants` (IAM grants of Bedrock and Comprehend, reading documents with `iam_documents`), `edge` (Function URLs,
CloudFront geo allow-list), `storage` (DynamoDB, S3, logs, KMS), `operations` (the alarm topic, its policy, where
notifications go), `pack_config` (the policy pack's settings).
This module assembles the rule set in the order the report and the pack list it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from compliance.rules.edge import CLOUDFRONT_GEO_ALLOW_LIST, FUNCTION_URL_IAM_AUTH
from compliance.rules.grants import BEDROCK_GRANTS_IN_ZONE, COMPREHEND_GRANTS_IN_ZONE, LAMBDA_GRANTS_IN_ZONE
from compliance.rules.operations import OPERATIONS_RULES
from compliance.rules.pack_config import CONFIG_SCHEMA, context_from_config
from compliance.rules.records import (
    CLOUDFRONT_SCOPE_REGION,
    DEFAULT_SSE_S3_BUCKETS,
    DEFAULT_ZONE,
    GLOBAL_SERVICES,
    PROVIDER_TYPE,
    ResourceRecord,
    Rule,
    RuleContext,
    RuleViolation,
    StackRule,
    global_service_note,
    is_zone_exception,
    record_from_policy_args,
    record_from_stack_resource,
)
from compliance.rules.regions import INFERENCE_PROFILES_IN_ZONE, REGIONAL_RESOURCES_IN_ZONE
from compliance.rules.storage import BUCKETS_GUARDED, STORAGE_RULES

__all__ = [
    "CLOUDFRONT_SCOPE_REGION",
    "CONFIG_SCHEMA",
    "DEFAULT_SSE_S3_BUCKETS",
    "DEFAULT_ZONE",
    "GLOBAL_SERVICES",
    "PROVIDER_TYPE",
    "RULES",
    "RULES_BY_ID",
    "STACK_RULES",
    "ResourceRecord",
    "Rule",
    "RuleContext",
    "RuleViolation",
    "StackRule",
    "context_from_config",
    "evaluate",
    "global_service_note",
    "is_zone_exception",
    "record_from_policy_args",
    "record_from_stack_resource",
]

RULES: tuple[Rule, ...] = (
    REGIONAL_RESOURCES_IN_ZONE,
    BEDROCK_GRANTS_IN_ZONE,
    COMPREHEND_GRANTS_IN_ZONE,
    LAMBDA_GRANTS_IN_ZONE,
    INFERENCE_PROFILES_IN_ZONE,
    FUNCTION_URL_IAM_AUTH,
    CLOUDFRONT_GEO_ALLOW_LIST,
    *STORAGE_RULES,
    *OPERATIONS_RULES,
)
RULES_BY_ID: Mapping[str, Rule] = {rule.id: rule for rule in RULES}

STACK_RULES: tuple[StackRule, ...] = (BUCKETS_GUARDED,)


def evaluate(records: Iterable[ResourceRecord], context: RuleContext) -> list[RuleViolation]:
    """Every violation of every rule (per-resource and stack rules) over these records."""
    listed = list(records)
    violations = [v for record in listed for rule in RULES for v in rule.evaluate(record, context)]
    for stack_rule in STACK_RULES:
        violations += stack_rule.check(listed, context)
    return violations
