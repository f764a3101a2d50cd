"""What each component can check of its own residency when it is used alone, outside our program (pure).

Our program validates the whole stack config against the zone before declaring anything (`components.config`)
and looks the inference profile up (`components.inference_profile`). A platform team that uses one component in
its own program gets the same rules for what that component itself declares or calls: pass a `ResidencyZone`
(one of `components.residency.ZONES`, or your own) as the Args' `zone`. What a component cannot see (the rest of
the program, roles it does not create, an existing function it fronts) needs the policy pack: see
docs/platform-teams.md, "Residency".

Each function returns every violation (keys name the Args fields); `require_in_zone` raises them together.
"""

from __future__ import annotations

from collections.abc import Sequence

from components.inference_profile import BedrockRoute
from components.residency import (
    ResidencyZone,
    Violation,
    check_countries,
    check_destination_regions,
    check_lambda_tools,
    check_model_id,
    check_region,
    placement_violations,
    region_of_arn,
)
from components.runtime_env import RuntimeSettings
from runtime.regions import Placement, function_placements

__all__ = [
    "ZoneError",
    "ai_access_violations",
    "chat_function_violations",
    "checked_route",
    "edge_violations",
    "operations_violations",
    "require_in_zone",
    "route_violations",
]


class ZoneError(ValueError):
    """A component's own settings leave its residency zone; carries every violation found."""

    def __init__(self, component: str, zone: ResidencyZone, violations: Sequence[Violation]) -> None:
        self.component = component
        self.zone = zone
        self.violations = list(violations)
        lines = "\n".join(f"  - {violation.describe()}" for violation in self.violations)
        super().__init__(
            f"{component}: refused by residency zone '{zone.name}' ({len(self.violations)} violation(s)):\n{lines}"
        )


def require_in_zone(component: str, zone: ResidencyZone, violations: Sequence[Violation]) -> None:
    """Raise `ZoneError` when there is any violation."""
    if violations:
        raise ZoneError(component, zone, violations)


def chat_function_violations(zone: ResidencyZone, region: str, runtime: RuntimeSettings) -> list[Violation]:
    """The function's region, the regions and model it calls, its tool functions and its allowed regions."""
    placements = function_placements(region, runtime.bedrock_region, runtime.comprehend_region)
    violations = placement_violations(zone, placements, _args_field)
    violations += check_model_id(zone, "runtime.bedrock_model_id", runtime.bedrock_model_id, runtime.bedrock_region)
    violations += check_lambda_tools(zone, "runtime.tools_lambda", [tool.function_arn for tool in runtime.tools_lambda])
    for index, allowed in enumerate(runtime.allowed_regions):
        violations += check_region(zone, f"runtime.allowed_regions[{index}]", allowed)
    return violations


def _args_field(placement: Placement) -> str:
    """The `ChatFunctionArgs` field that places a region (the function's own region is `region`)."""
    return "region" if placement.field == "home_region" else f"runtime.{placement.field}"


def ai_access_violations(
    zone: ResidencyZone, bedrock_region: str, comprehend_regions: Sequence[str]
) -> list[Violation]:
    """The Bedrock region (and the guardrail's, the same) and every Comprehend region the grant names."""
    violations = check_region(zone, "bedrock_region", bedrock_region)
    for index, region in enumerate(comprehend_regions):
        violations += check_region(zone, f"comprehend_regions[{index}]", region, comprehend=True)
    return violations


def route_violations(zone: ResidencyZone, route: BedrockRoute) -> list[Violation]:
    """The model id, and every region the route reaches: the profile's destinations and the ARNs granted."""
    in_region = route.inference_profile_arn is None and route.destination_regions
    served_from = route.destination_regions[0] if in_region else None
    violations = check_model_id(zone, "route.model_id", route.model_id, served_from)
    destinations = route.destination_regions
    violations += check_destination_regions(zone, "route.destination_regions", route.model_id, destinations)
    for arn in [a for a in (route.inference_profile_arn, *route.foundation_model_arns) if a]:
        region = region_of_arn(arn)
        if region is None or not zone.allows_region(region):
            violations.append(
                Violation("route", arn, f"ARN region is outside zone '{zone.name}'", tuple(sorted(zone.region_names)))
            )
    return violations


def checked_route(component: str, zone: ResidencyZone, route: BedrockRoute) -> BedrockRoute:
    """`route` itself when it stays in `zone`; `ZoneError` otherwise (for use inside an Output's apply)."""
    require_in_zone(component, zone, route_violations(zone, route))
    return route


def edge_violations(
    zone: ResidencyZone, region: str, function_region: str, allowed_countries: Sequence[str]
) -> list[Violation]:
    """The site bucket's region, the fronted function's region and the viewer allow-list.

    The CloudFront-scoped WAF (and a custom domain's certificate) in us-east-1 is the stated exception
    (`components.residency.CLOUDFRONT_SCOPE_REGION`): configuration, never chat data.
    """
    violations = check_region(zone, "region", region)
    violations += check_region(zone, "function_region", function_region)
    violations += check_countries(zone, "allowed_countries", list(allowed_countries))
    return violations


def operations_violations(zone: ResidencyZone, region: str, key_arn: object) -> list[Violation]:
    """The region of the alarms, topic and dashboard, and the topic's KMS key when its ARN is known now.

    A key ARN that is another resource's output (`ChatFunction.key_arn`) is checked where that resource is.
    """
    violations = check_region(zone, "region", region)
    if isinstance(key_arn, str):
        key_region = region_of_arn(key_arn) if key_arn.startswith("arn:") and ":kms:" in key_arn else None
        if key_region is None:
            violations.append(Violation("key_arn", key_arn, "not a KMS key ARN with a region"))
        elif not zone.allows_region(key_region):
            allowed = tuple(sorted(zone.region_names))
            message = f"the key's region {key_region} is outside residency zone '{zone.name}'"
            violations.append(Violation("key_arn", key_arn, message, allowed))
    return violations
