"""Assemble the compliance review of one stack as plain data (what the JSON format prints as is).

`build_review` runs the real program offline for the stack (under mocks: no Pulumi CLI, no credentials), checks
the config (a refused config yields its violations with their keys) and every resource against the compliance
rules (`compliance/rules/`), and gathers the report's sections: the summary, the regions used, the zone, the
violations and rules, the message path, the function's permissions, who may connect, the caveats, the resource
types (each explained once) and the resources.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from compliance.offline_engine import CHECKOUT, ProgramRun, apply_overrides, run_program
from compliance.project import PulumiProject
from compliance.review_caveats import caveats
from compliance.review_flow import access_and_costs, function_permissions, message_path, tools
from compliance.review_glossary import global_services, resource_types
from compliance.review_records import records_from_run
from compliance.review_regions import bedrock_destinations, regions_used
from compliance.review_resources import StackIndex, describe_resources
from compliance.review_retention import retention_rows
from compliance.review_summary import summary, summary_line
from compliance.rules import RULES, STACK_RULES, RuleContext, RuleViolation, evaluate
from components.config import ConfigError, StackConfig, validate_stack_config
from components.residency import ResidencyZone, Violation, get_zone

__all__ = [
    "NOT_EVALUATED",
    "RULE_FAIL",
    "RULE_PASS",
    "ReviewInput",
    "build_review",
    "load_config_file",
    "report_from_run",
]

PASS, FAIL = "PASS", "FAIL"


@dataclass(frozen=True)
class ReviewInput:
    """What to review: a stack name, optionally another config file and key overrides; the project folder whose
    stack files and program are read (this checkout by default); the command that asked, named in the report."""

    stack: str
    config_file: Path | None = None
    overrides: Mapping[str, Any] | None = None
    project: PulumiProject = CHECKOUT
    command: str | None = None


def load_config_file(path: Path) -> dict[str, Any]:
    """The `config:` mapping of a stack file at any path (to review a proposed change)."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    config = document.get("config") if isinstance(document, dict) else None
    if not isinstance(config, dict):
        raise ValueError(f"{path}: no `config:` mapping")
    return config


def _zone_section(zone: ResidencyZone) -> dict[str, Any]:
    return {
        "name": zone.name,
        "description": zone.description,
        "regions": dict(zone.regions),
        "inferenceProfilePrefixes": [f"{p}." for p in zone.inference_profile_prefixes],
        "comprehendRegions": sorted(zone.comprehend_regions),
        "viewerCountriesAllowed": sorted(zone.viewer_countries),
        "notes": list(zone.notes),
        "caveats": list(zone.caveats),
    }


#: A rule's result: it held for every resource, a resource broke it, or it was never run (refused config).
RULE_PASS, RULE_FAIL, NOT_EVALUATED = "pass", "fail", "not evaluated"


def _rules_section(violations: list[RuleViolation] | None) -> list[dict[str, Any]]:
    """Every rule with its result; `violations` None: the rules were not run (no resource to check), so each is
    `not evaluated` with no count, never a pass."""
    rules = [(r.id, r.title, r.description) for r in RULES] + [(r.id, r.title, r.description) for r in STACK_RULES]
    listed = []
    for rule_id, title, description in rules:
        found = None if violations is None else sum(1 for v in violations if v.rule == rule_id)
        result = NOT_EVALUATED if found is None else RULE_FAIL if found else RULE_PASS
        listed.append(
            {"id": rule_id, "title": title, "description": description, "result": result, "violations": found}
        )
    return listed


def _config_violation(violation: Violation) -> dict[str, Any]:
    return {
        "key": violation.key,
        "value": violation.value,
        "message": violation.message,
        "allowed": list(violation.allowed),
    }


def _zone_of(raw: Mapping[str, Any]) -> ResidencyZone | None:
    name = raw.get("sovereign-chat:residencyZone")
    return get_zone(name) if isinstance(name, str) else None


def refused_report(stack: str, raw: Mapping[str, Any], violations: list[Violation]) -> dict[str, Any]:
    """The report of a config the program refuses: the zone (when known) and every violation with its key."""
    zone = _zone_of(raw)
    line = (
        f"the stack config is refused: {len(violations)} violation(s); no resource was declared, "
        "so no rule was evaluated"
    )
    return {
        "stack": stack,
        "verdict": FAIL,
        "summary": {"verdict": FAIL, "line": line, "counts": {"configViolations": len(violations), "resources": 0}},
        "zone": _zone_section(zone) if zone else None,
        "configViolations": [_config_violation(v) for v in violations],
        "violations": [],
        "rulesEvaluated": False,
        "rules": _rules_section(None),
        "resources": [],
    }


def report_from_run(run: ProgramRun, config: StackConfig, context: RuleContext | None = None) -> dict[str, Any]:
    """The full report of a run the program accepted (the rules may still find violations)."""
    zone = config.zone
    rule_context = context or RuleContext(zone=zone)
    records = records_from_run(run)
    violations = evaluate(records, rule_context)
    index = StackIndex.build(run, records)
    resources = describe_resources(index, zone, config.settings["history_retention_days"])
    regions = regions_used(config, index, resources)
    rules = _rules_section(violations)
    access = access_and_costs(config, index)
    stated = caveats(config, {str(entry["region"]) for entry in regions})
    verdict = FAIL if violations else PASS
    counts = {
        "rules": len(rules),
        "rulesFailed": sum(1 for rule in rules if rule["violations"]),
        "ruleViolations": len(violations),
        "configViolations": 0,
        "resources": len(resources),
        "caveats": len(stated),
    }
    line = summary_line(len(resources), len(violations), regions)
    return {
        "stack": run.stack,
        "verdict": verdict,
        "summary": summary(verdict, counts, regions, access, line),
        "regionsUsed": regions,
        "zone": _zone_section(zone),
        "configViolations": [],
        "violations": [
            {"rule": v.rule, "resource": v.resource, "type": v.resource_type, "message": v.message} for v in violations
        ],
        "rulesEvaluated": True,
        "rules": rules,
        "sseS3Exemptions": list(rule_context.sse_s3_buckets),
        "bedrock": {
            "modelId": config.bedrock.model_id,
            "endpointRegion": config.bedrock.region,
            "destinationRegions": bedrock_destinations(config, run.outputs),
            "guardrail": config.bedrock.guardrail_enabled,
        },
        "messagePath": message_path(config, index),
        "retention": retention_rows(config, index),
        "functionPermissions": function_permissions(index),
        "tools": tools(config),
        "access": access,
        "caveats": stated,
        "resourceTypes": resource_types(resources),
        "globalServices": global_services(row["type"] for row in resources),
        "resources": resources,
        "stackOutputs": run.outputs,
    }


def build_review(request: ReviewInput) -> dict[str, Any]:
    """Run the program offline for the stack and return its report (see the module docstring)."""
    project = request.project
    base = load_config_file(request.config_file) if request.config_file else project.stack_config(request.stack)
    raw = apply_overrides(base, request.overrides or {})
    config, violations = validate_stack_config(raw)
    if config is None:
        report = refused_report(request.stack, raw, violations)
    else:
        try:
            run = run_program(request.stack, config=raw, program=project.program, project=project.name)
            report = report_from_run(run, config)
        except ConfigError as error:  # refused at deploy time, e.g. an inference profile routing outside the zone
            report = refused_report(request.stack, raw, error.violations)
    return {**report, "producedBy": request.command} if request.command else report
