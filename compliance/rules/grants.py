"""Residency rules about IAM grants: Bedrock and Comprehend may only be allowed inside the zone.

Both read the policy documents of IAM policies and roles (inline policies) and the AWS managed policies attached
to them; the documents themselves are parsed by `iam_documents.py`.
"""

from __future__ import annotations

from typing import Any

from compliance.rules import iam_documents as iam
from compliance.rules.records import ResourceRecord, Rule, RuleContext, get_input
from compliance.rules.regions import bedrock_arn_problems, region_problem
from components.iam_statements import ARN_OPERATORS

__all__ = [
    "BEDROCK_GRANTS_IN_ZONE",
    "COMPREHEND_GRANTS_IN_ZONE",
    "IAM_ATTACHMENT_TYPES",
    "IAM_DOCUMENT_TYPES",
    "ROLE_TYPE",
    "STRING_EQUALS",
]

IAM_DOCUMENT_TYPES = (
    "aws:iam/policy:Policy",
    "aws:iam/rolePolicy:RolePolicy",
    "aws:iam/userPolicy:UserPolicy",
    "aws:iam/groupPolicy:GroupPolicy",
)
IAM_ATTACHMENT_TYPES = (
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
    "aws:iam/policyAttachment:PolicyAttachment",
)
ROLE_TYPE = "aws:iam/role:Role"
#: Condition operators that pin a (string-typed) key to exact values.
STRING_EQUALS = ("StringEquals", "StringEqualsIgnoreCase", "ForAnyValue:StringEquals", "ForAllValues:StringEquals")
#: AWS managed policies that allow Bedrock or Comprehend in every region (never attach them to the function).
_BROAD_AWS_POLICIES = ("AdministratorAccess", "PowerUserAccess")
_GRANT_TYPES = (*IAM_DOCUMENT_TYPES, ROLE_TYPE, *IAM_ATTACHMENT_TYPES)


def _documents(record: ResourceRecord) -> list[tuple[str, Any]]:
    if record.type in IAM_DOCUMENT_TYPES:
        return [("policy", record.inputs.get("policy"))]
    if record.type == ROLE_TYPE:
        return [
            (f"inline policy {get_input(item, 'name') or index}", get_input(item, "policy"))
            for index, item in enumerate(iam.as_list(record.inputs.get("inlinePolicies")))
        ]
    return []


def _statements(record: ResourceRecord) -> tuple[list[iam.PolicyStatement], list[str]]:
    statements: list[iam.PolicyStatement] = []
    problems: list[str] = []
    for label, document in _documents(record):
        if document is None:
            continue
        try:
            statements += iam.parse_policy_document(document)
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            problems.append(f"{label}: not a readable policy document ({error})")
    return statements, problems


def _attached_policy_arns(record: ResourceRecord) -> list[str]:
    if record.type in IAM_ATTACHMENT_TYPES:
        return [str(a) for a in iam.as_list(record.inputs.get("policyArn"))]
    if record.type == ROLE_TYPE:
        return [str(a) for a in iam.as_list(record.inputs.get("managedPolicyArns"))]
    return []


def _broad_managed_policies(record: ResourceRecord, service: str) -> list[str]:
    problems = []
    for arn in _attached_policy_arns(record):
        if not arn.startswith("arn:aws:iam::aws:policy/"):
            continue
        name = arn.rsplit("/", 1)[-1]
        if name in _BROAD_AWS_POLICIES or service in name.lower():
            problems.append(f"AWS managed policy {name} allows {service} in every region")
    return problems


def _check_bedrock_grants(record: ResourceRecord, context: RuleContext) -> list[str]:
    statements, problems = _statements(record)
    problems += _broad_managed_policies(record, "bedrock")
    for statement in statements:
        if not statement.may_grant("bedrock"):
            continue
        where = iam.statement_label(statement)
        if statement.not_resources:
            problems.append(f"{where} allows Bedrock with NotResource: it cannot be pinned to the zone")
        for resource in statement.resources:
            if resource == "*" or (resource.startswith("arn:") and "*" in iam.arn_service(resource)):
                problems.append(f"{where} allows Bedrock on {resource!r}: every model in every region")
            elif not resource.startswith("arn:"):
                problems.append(f"{where} allows Bedrock on {resource!r}, which is not an ARN")
            elif iam.arn_service(resource) == "bedrock":
                problems += bedrock_arn_problems(resource, context, f"{where} allows Bedrock on")
        # ARN-typed key: read under the ARN operators (an `ArnLike` pattern's region wildcard is reported too).
        for profile_arn in (
            iam.condition_values(statement.condition, "bedrock:InferenceProfileArn", ARN_OPERATORS) or []
        ):
            problems += bedrock_arn_problems(profile_arn, context, f"{where} is conditioned on")
        for compared in iam.arn_keys_compared_as_strings(statement.condition):
            problems.append(
                f"{where} compares an ARN-typed condition key as a string ({compared}): use ArnEquals/ArnLike"
            )
    return problems


def _check_comprehend_grants(record: ResourceRecord, context: RuleContext) -> list[str]:
    statements, problems = _statements(record)
    problems += _broad_managed_policies(record, "comprehend")
    for statement in statements:
        if not statement.may_grant("comprehend"):
            continue
        where = iam.statement_label(statement)
        unscoped = bool(statement.not_resources)
        for resource in statement.resources:
            if resource.startswith("arn:") and iam.arn_service(resource) == "comprehend":
                problem = region_problem(iam.region_field_of_arn(resource), context, f"{where} allows Comprehend on")
                if problem:
                    problems.append(problem)
            elif resource == "*" or (resource.startswith("arn:") and "*" in iam.arn_service(resource)):
                unscoped = True
        if not unscoped:
            continue
        regions = iam.condition_values(statement.condition, "aws:RequestedRegion", STRING_EQUALS)
        if not regions:
            problems.append(
                f"{where} allows Comprehend in every region: pin it with an `aws:RequestedRegion` condition "
                f"(StringEquals) listing regions of zone '{context.zone.name}'"
            )
            continue
        for region in regions:
            problem = region_problem(region, context, f"{where} allows Comprehend through aws:RequestedRegion")
            if problem:
                problems.append(problem)
    return problems


def _check_lambda_grants(record: ResourceRecord, context: RuleContext) -> list[str]:
    """Lambda grants (the chat function invoking tool functions, docs/tools.md) name exact functions of the
    zone: a tool function receives the user's real values."""
    statements, problems = _statements(record)
    problems += _broad_managed_policies(record, "lambda")
    for statement in statements:
        if not statement.may_grant("lambda"):
            continue
        where = iam.statement_label(statement)
        if statement.not_resources:
            problems.append(f"{where} allows Lambda with NotResource: it cannot be pinned to the zone")
        for resource in statement.resources:
            if not resource.startswith("arn:"):
                problems.append(f"{where} allows Lambda on {resource!r}: every function in every region")
            elif "*" in resource or "?" in resource:
                problems.append(f"{where} allows Lambda on {resource!r}: a wildcard, not an exact function")
            elif iam.arn_service(resource) == "lambda":
                problem = region_problem(iam.region_field_of_arn(resource), context, f"{where} allows Lambda on")
                if problem:
                    problems.append(problem)
    return problems


BEDROCK_GRANTS_IN_ZONE = Rule(
    "bedrock-grants-in-zone",
    "Bedrock grants inside the zone",
    "IAM statements that allow Bedrock name ARNs in zone regions only: no `*` resource, no region "
    "wildcard, no `global.` or foreign inference profile (also in `bedrock:InferenceProfileArn` conditions, "
    "which compare the ARN with ArnEquals/ArnLike, never a string operator), no AWS managed policy that allows "
    "Bedrock everywhere.",
    _GRANT_TYPES,
    _check_bedrock_grants,
)
COMPREHEND_GRANTS_IN_ZONE = Rule(
    "comprehend-grants-in-zone",
    "Comprehend grants inside the zone",
    "IAM statements that allow Comprehend on `*` (detect calls take no ARN) are pinned with an "
    "`aws:RequestedRegion` condition listing zone regions only; Comprehend ARNs are in zone regions.",
    _GRANT_TYPES,
    _check_comprehend_grants,
)
LAMBDA_GRANTS_IN_ZONE = Rule(
    "lambda-grants-in-zone",
    "Lambda invoke grants inside the zone",
    "IAM statements that allow Lambda (`lambda:InvokeFunction` on the tool functions) name exact function ARNs "
    "in zone regions: no `*`, no wildcard, no NotResource, no AWS managed policy that allows Lambda everywhere.",
    _GRANT_TYPES,
    _check_lambda_grants,
)
