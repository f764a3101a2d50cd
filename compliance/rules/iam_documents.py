"""Reading IAM and bucket policy documents for the compliance rules (pure: no Pulumi, no pulumi_policy).

The rules see resource inputs either as plain dicts/lists (offline review) or as pulumi_policy's read-only
proxies (`Mapping`/`Sequence`, raising on values unknown during preview), so everything here works on the
abstract `Mapping`/`Sequence` types and never catches broad exceptions (an unknown value must propagate).
"""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from components.iam_statements import ARN_CONDITION_KEYS, ARN_OPERATORS
from components.residency import region_of_arn

__all__ = [
    "PolicyStatement",
    "arn_keys_compared_as_strings",
    "arn_service",
    "as_list",
    "condition_values",
    "covers_whole_service",
    "denies_insecure_transport",
    "is_everyone",
    "names_service",
    "parse_policy_document",
    "region_field_of_arn",
    "statement_label",
]


def as_list(value: Any) -> list[Any]:
    """An IAM field that may be one value or a list, as a list (None -> [])."""
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, Sequence):
        return [value]
    return list(value)


@dataclass(frozen=True)
class PolicyStatement:
    """One statement of a policy document, normalised (single values as lists, names as in IAM)."""

    sid: str
    effect: str
    actions: tuple[str, ...]
    not_actions: tuple[str, ...]
    resources: tuple[str, ...]
    not_resources: tuple[str, ...]
    principal: Any
    condition: Mapping[str, Any]

    @property
    def allows(self) -> bool:
        """True for an `Allow` statement."""
        return self.effect == "Allow"

    def may_grant(self, service: str) -> bool:
        """True when this statement can allow some action of `service` (e.g. `bedrock`)."""
        if not self.allows:
            return False
        if self.not_actions:
            # Allow + NotAction grants everything but the listed actions.
            return not any(covers_whole_service(pattern, service) for pattern in self.not_actions)
        return any(names_service(pattern, service) for pattern in self.actions)


def is_everyone(principal: Any) -> bool:
    """Whether a resource policy's principal is everyone (`*` or `{"AWS": "*"}`)."""
    if principal == "*":
        return True
    return isinstance(principal, Mapping) and "*" in as_list(principal.get("AWS"))


def denies_insecure_transport(statement: PolicyStatement) -> bool:
    """Whether the statement is a TLS-only one: Deny to everyone when `aws:SecureTransport` is false."""
    insecure = condition_values(statement.condition, "aws:SecureTransport", ("Bool",)) or []
    return statement.effect == "Deny" and is_everyone(statement.principal) and "false" in [v.lower() for v in insecure]


def statement_label(statement: PolicyStatement) -> str:
    """How a violation names a statement: by its Sid when it has one."""
    return f"statement {statement.sid!r}" if statement.sid else "a statement"


def names_service(pattern: str, service: str) -> bool:
    """True when the IAM action pattern (`*`, `bedrock:*`, `bedrock:InvokeModel`) is about `service`."""
    head, _, _ = pattern.lower().partition(":")
    return pattern == "*" or fnmatch.fnmatchcase(service.lower(), head)


def covers_whole_service(pattern: str, service: str) -> bool:
    """True when the IAM action pattern matches every action of `service` (`*`, `bedrock:*`)."""
    head, _, name = pattern.lower().partition(":")
    return pattern == "*" or (fnmatch.fnmatchcase(service.lower(), head) and name == "*")


def _statement(raw: Mapping[str, Any]) -> PolicyStatement:
    condition = raw.get("Condition")
    return PolicyStatement(
        sid=str(raw.get("Sid") or ""),
        effect=str(raw.get("Effect") or ""),
        actions=tuple(str(a) for a in as_list(raw.get("Action"))),
        not_actions=tuple(str(a) for a in as_list(raw.get("NotAction"))),
        resources=tuple(str(r) for r in as_list(raw.get("Resource"))),
        not_resources=tuple(str(r) for r in as_list(raw.get("NotResource"))),
        principal=raw.get("Principal"),
        condition=condition if isinstance(condition, Mapping) else {},
    )


def parse_policy_document(document: Any) -> list[PolicyStatement]:
    """The statements of a policy document given as JSON text or a mapping.

    Raises `ValueError` when the document is not a policy (unparseable JSON, no statement list).
    """
    parsed: Any = json.loads(document) if isinstance(document, str) else document
    if not isinstance(parsed, Mapping):
        raise ValueError("a policy document must be a JSON object")
    statements = as_list(parsed.get("Statement"))
    if not statements or not all(isinstance(s, Mapping) for s in statements):
        raise ValueError("a policy document needs a list of statement objects")
    return [_statement(s) for s in statements]


def condition_values(condition: Mapping[str, Any], key: str, operators: Iterable[str]) -> list[str] | None:
    """The values a condition key is pinned to under one of `operators` (None when it is not pinned).

    Key names are compared case-insensitively, as IAM does.
    """
    wanted = {op.lower() for op in operators}
    found: list[str] | None = None
    for operator, block in condition.items():
        if str(operator).lower() not in wanted or not isinstance(block, Mapping):
            continue
        for name, value in block.items():
            if str(name).lower() == key.lower():
                found = (found or []) + [str(v) for v in as_list(value)]
    return found


def arn_keys_compared_as_strings(condition: Mapping[str, Any]) -> list[str]:
    """`operator: key` for every ARN-typed key (`ARN_CONDITION_KEYS`) compared with an operator other than the
    ARN ones (`StringEquals`, `StringLike`, ...): IAM documents ARN operators for them."""
    arn_keys = {key.lower() for key in ARN_CONDITION_KEYS}
    arn_operators = {operator.lower() for operator in ARN_OPERATORS}
    found = []
    for operator, block in condition.items():
        if str(operator).lower() in arn_operators or not isinstance(block, Mapping):
            continue
        found += [f"{operator}: {name}" for name in block if str(name).lower() in arn_keys]
    return found


def region_field_of_arn(arn: str) -> str | None:
    """The region field of an ARN: a region code, `""` for global ARNs, or None when `arn` is not an ARN.

    Wildcards are kept (`arn:aws:bedrock:*::foundation-model/x` -> `*`).
    """
    if not arn.startswith("arn:"):
        return None
    parts = arn.split(":", 5)
    if len(parts) < 6:
        return None
    region = region_of_arn(arn)
    return region if region is not None else parts[3]


def arn_service(arn: str) -> str:
    """The service field of an ARN (`bedrock` in `arn:aws:bedrock:...`; "" when there is none)."""
    parts = arn.split(":", 3)
    return parts[2] if len(parts) > 2 else ""
