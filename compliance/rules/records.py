"""What the compliance rules look at and report: resource records, the rule context, violations, rule types.

A resource record is what both worlds can provide (the offline review under mocks, and CrossGuard at deploy
time): the type token, the logical name, the inputs (camelCase, as the engine sees them) and the region of its
provider. Inputs may be plain dicts/lists or pulumi_policy's read-only proxies (which raise on values unknown
during preview), so rules use `Mapping`/`Sequence` and never catch broad exceptions.

Also here: the zone's stated exception (CloudFront-scoped resources in us-east-1) and what "global" means for
the resources of global services, both shared by the rules and the review's report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from components.residency import CLOUDFRONT_SCOPE_REGION, ResidencyZone

__all__ = [
    "CLOUDFRONT_SCOPE_REGION",
    "DEFAULT_SSE_S3_BUCKETS",
    "DEFAULT_ZONE",
    "GLOBAL_SERVICES",
    "PROVIDER_TYPE",
    "Check",
    "ResourceRecord",
    "Rule",
    "RuleContext",
    "RuleViolation",
    "StackRule",
    "get_input",
    "global_service_note",
    "is_zone_exception",
    "record_from_policy_args",
    "record_from_stack_resource",
]

DEFAULT_ZONE = "eu"
PROVIDER_TYPE = "pulumi:providers:aws"
#: Buckets (logical names) allowed to use SSE-S3 instead of SSE-KMS: the chat page bucket holds only the
#: public static page (HTML, JS, CSS), read by CloudFront through its Origin Access Control; no personal data.
DEFAULT_SSE_S3_BUCKETS: tuple[str, ...] = ("edge-site",)

#: Resource type prefixes of global AWS services: no region, and what that means for residency.
GLOBAL_SERVICES: Mapping[str, str] = {
    "aws:iam/": "IAM is a global service: roles and policies hold permissions, never chat data.",
    "aws:cloudfront/": (
        "CloudFront is global: its configuration lives in the global control plane and viewers are served by "
        "edge locations worldwide (the geo allow-list limits who may connect, not where edges are)."
    ),
    "aws:route53/": "Route 53 is global: DNS records only.",
}
_ACM_TYPES = ("aws:acm/certificate:Certificate", "aws:acm/certificateValidation:CertificateValidation")


@dataclass(frozen=True)
class ResourceRecord:
    """What a rule sees of one resource.

    `provider_region` is the region of the resource's provider (the default provider's is `aws:region`);
    `refs` maps an input name to the URNs of the resources it refers to (used by stack rules, e.g. which
    bucket a public access block belongs to).
    """

    type: str
    name: str
    inputs: Mapping[str, Any]
    provider_region: str | None = None
    urn: str = ""
    refs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def region(self) -> str | None:
        """The region the resource is created in: its explicit `region` input, else its provider's."""
        explicit = self.inputs.get("region")
        if isinstance(explicit, str) and explicit:
            return explicit
        return self.provider_region


@dataclass(frozen=True)
class RuleContext:
    """How the rules are configured: the residency zone and the SSE-S3 exemptions."""

    zone: ResidencyZone
    sse_s3_buckets: tuple[str, ...] = DEFAULT_SSE_S3_BUCKETS


@dataclass(frozen=True)
class RuleViolation:
    """One way a resource breaks a rule."""

    rule: str
    resource: str
    resource_type: str
    message: str
    urn: str = ""

    def describe(self) -> str:
        """A one-line description: rule, resource and reason."""
        return f"[{self.rule}] {self.resource} ({self.resource_type}): {self.message}"


Check = Callable[[ResourceRecord, RuleContext], list[str]]


@dataclass(frozen=True)
class Rule:
    """A rule over one resource at a time (what a CrossGuard `ResourceValidationPolicy` runs)."""

    id: str
    title: str
    description: str
    types: tuple[str, ...]  # exact type tokens, or prefixes ending in ':' or '/'
    check: Check

    def applies_to(self, type_token: str) -> bool:
        """True when the rule looks at resources of this type."""
        return any(type_token == t or (t.endswith((":", "/")) and type_token.startswith(t)) for t in self.types)

    def evaluate(self, record: ResourceRecord, context: RuleContext) -> list[RuleViolation]:
        """The rule's violations for one resource (none when it does not apply)."""
        if not self.applies_to(record.type):
            return []
        return [RuleViolation(self.id, record.name, record.type, m, record.urn) for m in self.check(record, context)]


@dataclass(frozen=True)
class StackRule:
    """A rule over all resources together (relations between resources, e.g. every bucket is guarded)."""

    id: str
    title: str
    description: str
    check: Callable[[Sequence[ResourceRecord], RuleContext], list[RuleViolation]]


def global_service_note(type_token: str) -> str | None:
    """What "global" means for a resource of a global service (None for regional types)."""
    return next((note for prefix, note in GLOBAL_SERVICES.items() if type_token.startswith(prefix)), None)


def is_zone_exception(record: ResourceRecord) -> bool:
    """True for the stated exception: a CLOUDFRONT-scoped WAF resource or CloudFront's ACM certificate in us-east-1.

    (A certificate cannot be told apart from one for another use; it holds no personal data either way.)
    """
    if record.region != CLOUDFRONT_SCOPE_REGION:
        return False
    if record.type.startswith("aws:wafv2/"):
        return str(record.inputs.get("scope") or "").upper() == "CLOUDFRONT"
    return record.type in _ACM_TYPES


def get_input(mapping: Any, *path: str) -> Any:
    """A nested input (None when any step is missing or not a mapping)."""
    value = mapping
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def record_from_policy_args(
    resource_type: str, props: Mapping[str, Any], name: str, urn: str, provider_props: Mapping[str, Any] | None
) -> ResourceRecord:
    """A record from what CrossGuard hands a resource policy (type, inputs, name, URN, provider's inputs)."""
    region = provider_props.get("region") if provider_props is not None else None
    return ResourceRecord(
        type=resource_type,
        name=name,
        inputs=props,
        provider_region=region if isinstance(region, str) else None,
        urn=urn,
    )


def record_from_stack_resource(
    resource_type: str, name: str, urn: str, property_dependencies: Mapping[str, Sequence[str]]
) -> ResourceRecord:
    """A record for the stack rules from what CrossGuard hands a stack policy: relations only, no properties
    (stack rules read which resource refers to which; property values are the resource rules' business)."""
    refs = {key: tuple(urns) for key, urns in property_dependencies.items()}
    return ResourceRecord(type=resource_type, name=name, inputs={}, urn=urn, refs=refs)
