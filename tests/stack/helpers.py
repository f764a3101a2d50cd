"""Shared assertions over recorded resources: taggability, parentage, policies, regions."""

from __future__ import annotations

import functools
import importlib
import inspect
from typing import Any

from compliance.offline_engine import ProgramRun, RecordedResource
from components.residency import region_of_arn
from tests.pulumi_harness import parse_policy

OUR_COMPONENTS = {
    "sovereign-chat:chat_function:ChatFunction",
    "sovereign-chat:ai_access:AiAccess",
    "sovereign-chat:edge:Edge",
    "sovereign-chat:operations:Operations",
}
#: Types that have no region (global services).
GLOBAL_TYPES = {
    "aws:iam/role:Role",
    "aws:iam/rolePolicy:RolePolicy",
    "aws:iam/policy:Policy",
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    "aws:cloudfront/distribution:Distribution",
    "aws:cloudfront/originAccessControl:OriginAccessControl",
    "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy",
    "aws:route53/record:Record",
}


@functools.cache
def resource_class(type_token: str) -> type:
    """The pulumi_aws class of a type token, e.g. `aws:lambda/function:Function` -> `aws.lambda_.Function`."""
    _, module_path, class_name = type_token.split(":")
    module = module_path.split("/")[0]
    for candidate in (module, f"{module}_"):
        try:
            return getattr(importlib.import_module(f"pulumi_aws.{candidate}"), class_name)  # type: ignore[no-any-return]
        except (ModuleNotFoundError, AttributeError):
            continue
    raise LookupError(type_token)


def is_taggable(type_token: str) -> bool:
    """Whether the resource type accepts `tags` (read from the provider's own Python signature)."""
    cls = resource_class(type_token)
    return "tags" in inspect.signature(cls._internal_init).parameters  # type: ignore[attr-defined]


def is_regional(type_token: str) -> bool:
    """Whether the resource type takes a `region` (pulumi-aws v7: every regional resource does)."""
    cls = resource_class(type_token)
    return "region" in inspect.signature(cls._internal_init).parameters  # type: ignore[attr-defined]


def custom_aws(run: ProgramRun) -> list[RecordedResource]:
    return [r for r in run.resources if r.custom and r.type.startswith("aws:")]


def owning_component(run: ProgramRun, resource: RecordedResource) -> RecordedResource | None:
    """Walk the parent chain up to the first component of ours (None when it never reaches one)."""
    seen = 0
    parent = resource.parent
    while parent and seen < 20:
        found = run.by_urn(parent)
        if found is None:
            return None
        if found.type in OUR_COMPONENTS:
            return found
        parent, seen = found.parent, seen + 1
    return None


def statements(document: Any) -> list[dict[str, Any]]:
    return list(parse_policy(document)["Statement"])


def as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def role_statements(run: ProgramRun) -> list[dict[str, Any]]:
    """Every statement the chat function's role is granted: its inline policy and attached managed policies."""
    found = [s for p in run.of_type("aws:iam/rolePolicy:RolePolicy") for s in statements(p.inputs["policy"])]
    attached = {a.inputs["policyArn"] for a in run.of_type("aws:iam/rolePolicyAttachment:RolePolicyAttachment")}
    for policy in run.of_type("aws:iam/policy:Policy"):
        if f"arn:aws:iam::123456789012:policy/{policy.name}" in attached:
            found += statements(policy.inputs["policy"])
    return found


def grants_for(found: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [s for s in found if any(a.startswith(prefix) for a in as_list(s["Action"]))]


def arn_regions(arns: list[str]) -> set[str | None]:
    return {region_of_arn(a) for a in arns}


def sessions_table(run: ProgramRun) -> RecordedResource:
    """The chat function's sessions table (its other table is the erasure record, `components.erasure_storage`)."""
    (table,) = [t for t in run.of_type("aws:dynamodb/table:Table") if not t.name.endswith("-erasures")]
    return table


def stack_key(run: ProgramRun) -> RecordedResource:
    """The stack's KMS key (its other key is the HMAC value key of erasure, `components.erasure_storage`)."""
    (key,) = [k for k in run.of_type("aws:kms/key:Key") if not k.name.endswith("-value-key")]
    return key
