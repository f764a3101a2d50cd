"""The review's caveats: the known limits of the residency guarantees, for this stack and its zone only.

Three scopes: `zone` caveats are declared with the zone (`ResidencyZone.caveats` in `components/residency.py`,
so an EU-only limit never appears in another zone's report); `stack` caveats follow from this stack's config and
resources (its languages, its model, whether the WAF lies outside the zone, the guardrail); `report` caveats are
about the offline report itself. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from compliance.review_flow import comprehend_calls
from compliance.review_regions import PRICE_CLASS_EDGES
from compliance.rules import CLOUDFRONT_SCOPE_REGION
from components.config import StackConfig
from components.edge_languages import language_gaps
from components.privacy_coverage import comprehend_reading
from components.residency import parse_model_id

__all__ = ["REPORT", "STACK", "ZONE", "caveats", "zone_caveat_applies"]

ZONE, STACK, REPORT = "zone", "stack", "report"
#: An AWS region code (`eu-central-2`, `us-gov-west-1`) as named in a caveat's text.
_REGION_CODE = re.compile(r"\b[a-z]{2}(?:-gov)?-[a-z]+-\d+\b")


def _caveat(scope: str, text: str) -> dict[str, str]:
    return {"scope": scope, "text": text}


#: What the function's own detectors find in every configured language (`runtime/privacy/detectors/`).
BUILT_IN_KINDS = (
    "e-mail addresses, phone numbers, IBANs, card numbers, national, tax and social-security numbers (also "
    "after their label with a wrong check digit), street addresses, and names (a given-name list and the ways "
    "people introduce themselves)"
)


def _detection(config: StackConfig) -> str:
    """How personal data is found in each configured language: Comprehend's PII API, its names only, or the
    built-in detectors alone (`components.privacy_coverage.comprehend_reading`)."""
    by_reading: dict[str, list[str]] = {"pii+entities": [], "entities": [], "none": []}
    for language in config.comprehend.languages:
        by_reading[comprehend_reading(language)].append(language)
    parts = [f"In every configured language the built-in detectors find {BUILT_IN_KINDS}."]
    if by_reading["pii+entities"]:
        parts.append(
            "Amazon Comprehend's PII API (DetectPiiEntities) adds its findings in "
            f"{', '.join(by_reading['pii+entities'])}."
        )
    if by_reading["entities"]:
        parts.append(f"In {', '.join(by_reading['entities'])}, Comprehend reads names only (DetectEntities PERSON).")
    if by_reading["none"]:
        parts.append(
            f"Comprehend cannot read {', '.join(by_reading['none'])}: there, only the built-in detectors run "
            "(names they do not know, and personal data of kinds they do not cover, reach the model)."
        )
    return " ".join(parts)


def zone_caveat_applies(text: str, reached: Collection[str]) -> bool:
    """Whether a caveat of the zone applies to a stack reaching the regions `reached`: one that names regions (a
    region some service has been reported to use, outside the zone) applies only when the stack reaches one of
    them (e.g. its model's destinations, as the report lists them, include it); the others always apply."""
    named = set(_REGION_CODE.findall(text))
    return not named or bool(named & set(reached))


def caveats(config: StackConfig, reached: Collection[str] = ()) -> list[dict[str, Any]]:
    """Every caveat that applies to this stack, each with its scope (`zone`, `stack` or `report`).

    `reached`: the regions the stack stores or processes chat data in (the report's regions used, the model's
    destinations among them); a zone caveat about other regions is left out (`zone_caveat_applies`).
    """
    zone = config.zone
    price_class = config.edge.price_class
    found = [
        _caveat(
            STACK,
            "CloudFront edges are global: TLS terminates at the edge location nearest the viewer, which may lie "
            f"outside zone '{zone.name}'. The geo allow-list decides who may connect; the price class "
            f"({price_class}: {PRICE_CLASS_EDGES.get(price_class, '?')}) is a cost setting, not a residency "
            "control. The edge caches nothing on the chat path and keeps no access logs.",
        ),
        _caveat(STACK, _detection(config)),
        *(
            _caveat(STACK, gap.warning())
            for gap in language_gaps(config.edge.allowed_viewer_countries, config.comprehend.languages)
        ),
    ]
    if not zone.allows_region(CLOUDFRONT_SCOPE_REGION):
        found.append(
            _caveat(
                STACK,
                f"The WAF web ACL lives in {CLOUDFRONT_SCOPE_REGION}, outside the zone: AWS accepts "
                "CloudFront-scoped web ACLs (and CloudFront certificates) only there. It holds rules, not data; "
                "sampled requests are off and WAF logging is not configured.",
            )
        )
    if comprehend_calls(config.comprehend.languages):  # none when Comprehend reads no configured language
        found.append(
            _caveat(
                STACK,
                "Amazon Comprehend is among the AWS AI services that may store and use processed content to improve "
                "the service unless your AWS Organization applies an AI services opt-out policy: set one (an "
                "organization setting, outside this stack). Bedrock does not store or train on prompts and answers.",
            )
        )
    if parse_model_id(config.bedrock.model_id).is_inference_profile:
        found.append(
            _caveat(
                REPORT,
                "Inference-profile destinations in this offline report come from compliance/offline_catalog.py; "
                "`pulumi up` looks them up live and refuses a profile that routes outside the zone.",
            )
        )
    found += [_caveat(ZONE, text) for text in zone.caveats if zone_caveat_applies(text, reached)]
    found += [
        _caveat(
            STACK,
            "DynamoDB TTL deletes expired items eventually (usually within days of expiry, not at the second), "
            "and point-in-time recovery keeps restorable backups of deleted items for its recovery period.",
        ),
        _caveat(
            REPORT,
            "This report comes from the program run offline under mocks: ARNs and ids are placeholders (account "
            "123456789012). The CrossGuard policy pack (policy/) enforces the same rules on `pulumi preview/up`.",
        ),
    ]
    if not config.bedrock.guardrail_enabled:
        found.append(
            _caveat(STACK, "No Bedrock Guardrail: the function's pseudonymization is the only filter before the model.")
        )
    return found
