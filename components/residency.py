"""Residency zones and the rules that keep a stack inside its zone.

Pure Python on purpose (no Pulumi, no boto3): the same rules run in `__main__.py` before any resource is
declared, in the offline compliance review and in the CrossGuard policy pack, and they are unit-tested without
any stand-in.

A *zone* is a jurisdiction that personal data must not leave. It lists the AWS regions physically inside it,
the Bedrock cross-region inference-profile prefixes whose destination regions all lie inside it, the regions
inside it that offer Amazon Comprehend, and the viewer countries a stack of that zone may let in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from runtime.regions import NOT_A_REGION, NOT_OFFERING_COMPREHEND, OUTSIDE, Placement, misplaced

__all__ = [
    "CLOUDFRONT_SCOPE_REGION",
    "GEO_INFERENCE_PROFILE_PREFIXES",
    "ZONES",
    "BedrockModelRef",
    "ResidencyZone",
    "Violation",
    "check_countries",
    "check_destination_regions",
    "check_model_id",
    "check_region",
    "get_zone",
    "parse_model_id",
    "placement_violations",
    "region_of_arn",
]

# Every geography prefix Bedrock uses for system-defined cross-region inference profiles. A model id that starts
# with one of these is a profile that may route to any region of that geography; `global.` routes worldwide.
GEO_INFERENCE_PROFILE_PREFIXES: tuple[str, ...] = ("us-gov", "global", "apac", "eu", "us", "jp", "au", "ca")
#: CloudFront-scoped WAF web ACLs and CloudFront's ACM certificates can only be created in this region: the one
#: stated exception to a stack's zone (they hold configuration, never personal data).
CLOUDFRONT_SCOPE_REGION = "us-east-1"

_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
_ARN_REGION = re.compile(r"^arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]*):")


@dataclass(frozen=True)
class Violation:
    """One way a configuration breaks its zone or its schema.

    `key` is the stack config key (e.g. `sovereign-chat:bedrock.region`), `value` the offending value, and
    `allowed` what would have been accepted, so that the error names all three.
    """

    key: str
    value: object
    message: str
    allowed: tuple[str, ...] = ()

    def describe(self) -> str:
        """A one-line human description: key, bad value, reason and allowed values."""
        text = f"{self.key} = {self.value!r}: {self.message}"
        if self.allowed:
            shown = ", ".join(self.allowed[:40])
            more = f", ... ({len(self.allowed)} in all)" if len(self.allowed) > 40 else ""
            text += f" (allowed: {shown}{more})"
        return text


@dataclass(frozen=True)
class ResidencyZone:
    """A jurisdiction that personal data must stay in, and what AWS offers inside it."""

    name: str
    description: str
    # region -> where it is (city, country), for reviewers.
    regions: Mapping[str, str]
    inference_profile_prefixes: tuple[str, ...]
    comprehend_regions: frozenset[str]
    viewer_countries: frozenset[str]
    notes: tuple[str, ...] = field(default=())
    # Known limits of this zone's guarantees, stated in the review's caveats of its stacks only.
    caveats: tuple[str, ...] = field(default=())

    @property
    def region_names(self) -> frozenset[str]:
        """The allowed AWS region codes."""
        return frozenset(self.regions)

    def allows_region(self, region: str) -> bool:
        """True when `region` is physically inside the zone."""
        return region in self.regions


# --- The catalog --------------------------------------------------------------------------------------------

_EU_MEMBER_STATES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)
# GDPR applies in the whole European Economic Area; viewers there may be let in by an EU stack.
_EEA_NON_EU = frozenset({"IS", "LI", "NO"})

ZONES: Mapping[str, ResidencyZone] = {
    "eu": ResidencyZone(
        name="eu",
        description="Regions physically in EU member states (GDPR; EU data residency).",
        regions={
            "eu-central-1": "Frankfurt, Germany",
            "eu-west-1": "Dublin, Ireland",
            "eu-west-3": "Paris, France",
            "eu-north-1": "Stockholm, Sweden",
            "eu-south-1": "Milan, Italy",
            "eu-south-2": "Aragon, Spain",
        },
        inference_profile_prefixes=("eu",),
        comprehend_regions=frozenset({"eu-central-1", "eu-west-1"}),
        viewer_countries=_EU_MEMBER_STATES | _EEA_NON_EU,
        notes=(
            "eu-west-2 (London, UK) and eu-central-2 (Zurich, Switzerland) are in Europe but not in the EU: "
            "they are outside this zone.",
            "The AWS European Sovereign Cloud is a separate partition (aws-eusc) and is not modelled here.",
            "An `eu.` inference profile is accepted only when every destination region found at deploy time "
            "lies in the zone; a profile that also routes to eu-central-2 is refused.",
        ),
        caveats=(
            "EU inference profiles have been reported to include eu-central-2 (Zurich, Switzerland), which is not "
            "in the EU: `pulumi up` then refuses the profile and a strict EU stack does not deploy; use an "
            "in-region model id in a zone region instead.",
        ),
    ),
    "us": ResidencyZone(
        name="us",
        description="Commercial AWS regions in the United States (not GovCloud).",
        regions={
            "us-east-1": "N. Virginia, USA",
            "us-east-2": "Ohio, USA",
            "us-west-1": "N. California, USA",
            "us-west-2": "Oregon, USA",
        },
        inference_profile_prefixes=("us",),
        comprehend_regions=frozenset({"us-east-1", "us-east-2", "us-west-2"}),
        viewer_countries=frozenset({"US", "PR", "GU", "VI", "AS", "MP"}),
        notes=("GovCloud (us-gov-*) is a separate partition and is not part of this zone.",),
    ),
    "jp": ResidencyZone(
        name="jp",
        description="Regions in Japan.",
        regions={"ap-northeast-1": "Tokyo, Japan", "ap-northeast-3": "Osaka, Japan"},
        inference_profile_prefixes=("jp",),
        comprehend_regions=frozenset({"ap-northeast-1"}),
        viewer_countries=frozenset({"JP"}),
    ),
    "au": ResidencyZone(
        name="au",
        description="Regions in Australia.",
        regions={"ap-southeast-2": "Sydney, Australia", "ap-southeast-4": "Melbourne, Australia"},
        inference_profile_prefixes=("au",),
        comprehend_regions=frozenset({"ap-southeast-2"}),
        viewer_countries=frozenset({"AU"}),
    ),
}


def get_zone(name: str) -> ResidencyZone | None:
    """The zone called `name`, or None when the catalog has no such zone."""
    return ZONES.get(name)


# --- Rules -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BedrockModelRef:
    """A parsed Bedrock model id: a cross-region inference profile (`eu.…`) or an in-region model."""

    model_id: str
    geo_prefix: str | None  # e.g. "eu" for "eu.anthropic…"; None for an in-region foundation model
    base_model_id: str  # the foundation-model id without the geography prefix

    @property
    def is_inference_profile(self) -> bool:
        """True for a system-defined cross-region inference profile."""
        return self.geo_prefix is not None


def parse_model_id(model_id: str) -> BedrockModelRef:
    """Split a model id into its geography prefix (if it is a cross-region profile) and the base model id.

    Accepts plain ids (`eu.anthropic.claude…`, `mistral.mistral-large…`) and inference-profile ARNs
    (`arn:aws:bedrock:eu-central-1:123:inference-profile/eu.anthropic…`).
    """
    bare = model_id
    if model_id.startswith("arn:"):
        bare = model_id.rsplit("/", 1)[-1]
    head, sep, rest = bare.partition(".")
    if sep and head in GEO_INFERENCE_PROFILE_PREFIXES and rest:
        return BedrockModelRef(model_id=model_id, geo_prefix=head, base_model_id=rest)
    return BedrockModelRef(model_id=model_id, geo_prefix=None, base_model_id=bare)


def region_of_arn(arn: str) -> str | None:
    """The region field of an ARN (None when the ARN is global or malformed)."""
    match = _ARN_REGION.match(arn)
    if not match or not match.group(1):
        return None
    return match.group(1)


#: How a misplacement (`runtime.regions.misplaced`) reads in a violation of zone `{zone}`.
_MISPLACED = {
    NOT_A_REGION: "not an AWS region code",
    OUTSIDE: "region is outside residency zone '{zone}'",
    NOT_OFFERING_COMPREHEND: "Amazon Comprehend is not offered in this region of zone '{zone}'",
}


def placement_violations(
    zone: ResidencyZone, placements: Iterable[Placement], key_of: Callable[[Placement], str]
) -> list[Violation]:
    """The placements that break the zone, judged by `runtime.regions.misplaced` (the one judgment every layer
    shares), as violations keyed by `key_of` (a stack config key, an Args field)."""
    found: list[Violation] = []
    for wrong in misplaced(placements, zone.region_names, zone.comprehend_regions):
        regions = zone.comprehend_regions if wrong.placement.is_comprehend else zone.region_names
        message = _MISPLACED[wrong.reason].format(zone=zone.name)
        found.append(Violation(key_of(wrong.placement), wrong.placement.region, message, tuple(sorted(regions))))
    return found


def check_region(zone: ResidencyZone, key: str, region: object, *, comprehend: bool = False) -> list[Violation]:
    """A region must be a region code inside the zone (and offer Comprehend, for a Comprehend region)."""
    placement = Placement("comprehend_region" if comprehend else "home_region", region)
    return placement_violations(zone, [placement], lambda _placement: key)


def check_lambda_tools(zone: ResidencyZone, key: str, function_arns: Sequence[object]) -> list[Violation]:
    """Every Lambda tool function must run in a region of the zone (it receives the user's real values)."""
    violations: list[Violation] = []
    allowed = tuple(sorted(zone.region_names))
    for index, arn in enumerate(function_arns):
        where = f"{key}[{index}].functionArn"
        region = region_of_arn(arn) if isinstance(arn, str) and arn.startswith("arn:") else None
        if region is None or ":lambda:" not in str(arn):
            violations.append(Violation(where, arn, "not a Lambda function ARN with a region", allowed))
        elif not zone.allows_region(region):
            violations.append(
                Violation(
                    where, arn, f"the function's region {region} is outside residency zone '{zone.name}'", allowed
                )
            )
    return violations


def check_model_id(zone: ResidencyZone, key: str, model_id: object, bedrock_region: str | None) -> list[Violation]:
    """A Bedrock model id must stay inside the zone.

    Refused: any `global.` profile; a profile of another geography; an in-region model whose region is
    outside the zone; an ARN whose region is outside the zone.
    """
    allowed = (*(f"{p}.<model>" for p in zone.inference_profile_prefixes), "<in-region model id in a zone region>")
    if not isinstance(model_id, str) or not model_id.strip():
        return [Violation(key, model_id, "a Bedrock model or inference-profile id is required", allowed)]
    violations: list[Violation] = []
    if model_id.startswith("arn:"):
        arn_region = region_of_arn(model_id)
        if arn_region is None or not zone.allows_region(arn_region):
            violations.append(Violation(key, model_id, f"ARN region is outside zone '{zone.name}'", allowed))
    ref = parse_model_id(model_id)
    if ref.geo_prefix == "global":
        violations.append(
            Violation(key, model_id, "a `global.` inference profile may route to any region in the world", allowed)
        )
    elif ref.geo_prefix is not None and ref.geo_prefix not in zone.inference_profile_prefixes:
        violations.append(
            Violation(
                key,
                model_id,
                f"inference profile of geography '{ref.geo_prefix}' routes outside zone '{zone.name}'",
                allowed,
            )
        )
    elif ref.geo_prefix is None and bedrock_region is not None and not zone.allows_region(bedrock_region):
        violations.append(
            Violation(
                key,
                model_id,
                f"in-region model served from {bedrock_region}, outside zone '{zone.name}'",
                allowed,
            )
        )
    return violations


def check_destination_regions(
    zone: ResidencyZone, key: str, model_id: str, destination_regions: Iterable[str]
) -> list[Violation]:
    """Every region an inference profile may route to must lie in the zone (checked at deploy time)."""
    regions = sorted(set(destination_regions))
    if not regions:
        return [Violation(key, model_id, "the inference profile lists no destination region", ())]
    outside = [r for r in regions if not zone.allows_region(r)]
    if outside:
        return [
            Violation(
                key,
                model_id,
                f"inference profile routes to {', '.join(outside)}, outside zone '{zone.name}' "
                f"(its destinations: {', '.join(regions)})",
                tuple(sorted(zone.region_names)),
            )
        ]
    return []


def check_countries(zone: ResidencyZone, key: str, countries: object) -> list[Violation]:
    """The viewer allow-list must be a non-empty list of upper-case ISO 3166-1 alpha-2 codes in the zone."""
    allowed = tuple(sorted(zone.viewer_countries))
    if not isinstance(countries, list) or not countries:
        return [Violation(key, countries, "a non-empty list of ISO 3166-1 alpha-2 country codes is required", allowed)]
    violations: list[Violation] = []
    seen: set[str] = set()
    for code in countries:
        if not isinstance(code, str) or not _COUNTRY_CODE.match(code):
            violations.append(Violation(key, code, "not an upper-case ISO 3166-1 alpha-2 code", allowed))
        elif code not in zone.viewer_countries:
            violations.append(Violation(key, code, f"country is not one zone '{zone.name}' may serve", allowed))
        elif code in seen:
            violations.append(Violation(key, code, "listed twice", allowed))
        else:
            seen.add(code)
    return violations
