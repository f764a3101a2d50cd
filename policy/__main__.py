"""CrossGuard policy pack of sovereign-chat: assembles the rules of `compliance/rules/` as mandatory policies.

No rule logic lives here (one source of truth, shared with `make review`): each per-resource rule becomes a
`ResourceValidationPolicy`, each relation rule a `StackValidationPolicy`, all configurable by zone
(`{"zone": "eu"}`, see `policy/config.eu.json`).

    pulumi preview --policy-pack policy --policy-pack-config policy/config.eu.json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from pulumi_policy import (  # noqa: E402  (the repository root must be importable first)
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyPack,
    ReportViolation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
)

from compliance import rules  # noqa: E402

PACK_NAME = "sovereign-chat-compliance"


def _schema() -> PolicyConfigSchema:
    return PolicyConfigSchema(properties={key: dict(spec) for key, spec in rules.CONFIG_SCHEMA.items()})


def resource_policy(rule: rules.Rule) -> ResourceValidationPolicy:
    """A mandatory resource policy running one rule."""

    def validate(args: ResourceValidationArgs, report_violation: ReportViolation) -> None:
        if not rule.applies_to(args.resource_type):
            return
        provider = args.provider.props if args.provider is not None else None
        record = rules.record_from_policy_args(args.resource_type, args.props, args.name, args.urn, provider)
        for violation in rule.evaluate(record, rules.context_from_config(args.get_config())):
            report_violation(violation.message, None)

    return ResourceValidationPolicy(
        name=rule.id,
        description=rule.description,
        validate=validate,
        enforcement_level=EnforcementLevel.MANDATORY,
        config_schema=_schema(),
        display_name=rule.title,
    )


def stack_policy(rule: rules.StackRule) -> StackValidationPolicy:
    """A mandatory stack policy running one relation rule."""

    def validate(args: StackValidationArgs, report_violation: ReportViolation) -> None:
        records = [
            rules.record_from_stack_resource(
                r.resource_type,
                r.name,
                r.urn,
                {key: [d.urn for d in deps] for key, deps in r.property_dependencies.items()},
            )
            for r in args.resources
        ]
        for violation in rule.check(records, rules.context_from_config(args.get_config())):
            report_violation(violation.message, violation.urn or None)

    return StackValidationPolicy(
        name=rule.id,
        description=rule.description,
        validate=validate,
        enforcement_level=EnforcementLevel.MANDATORY,
        config_schema=_schema(),
        display_name=rule.title,
    )


def policies() -> list[Any]:
    """Every policy of the pack, in the rules' order."""
    return [*(resource_policy(r) for r in rules.RULES), *(stack_policy(r) for r in rules.STACK_RULES)]


PolicyPack(name=PACK_NAME, enforcement_level=EnforcementLevel.MANDATORY, policies=policies())
