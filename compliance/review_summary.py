"""The review's one-screen summary: the verdict with its counts, where raw personal data goes, where pseudonymized
text goes, what holds no chat data, and who may connect.

Built from the other sections of the report (regions used, rules, access, caveats); pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from compliance.review_glossary import NONE, PSEUDONYMIZED, RAW, UNCLASSIFIED
from compliance.review_regions import EDGES
from compliance.review_resources import EXCEPTION, IN_ZONE

__all__ = ["summary", "summary_line"]


def summary_line(resources: int, violations: int, regions: Sequence[Mapping[str, Any]]) -> str:
    """One line for the terminal: resources, violations, the regions used (and which only by the exception)."""
    used = sorted(entry["region"] for entry in regions if entry["region"] != EDGES)
    excepted = sorted(entry["region"] for entry in regions if entry["zone"] == EXCEPTION)
    return f"{resources} resources; {violations} rule violation(s); regions used: {', '.join(used)}" + (
        f" ({', '.join(excepted)} only by the stated CloudFront exception)" if excepted else ""
    )


def _where(entry: Mapping[str, Any], data_class: str) -> dict[str, Any]:
    return {
        "region": entry["region"],
        "location": entry["location"],
        "zone": entry["zone"],
        "services": sorted({item["service"] for item in entry["items"] if item["dataClass"] == data_class}),
    }


def _holding(regions: Sequence[Mapping[str, Any]], data_class: str) -> list[dict[str, Any]]:
    return [
        _where(entry, data_class)
        for entry in regions
        if any(item["dataClass"] == data_class for item in entry["items"])
    ]


def _waf(rules: Sequence[Mapping[str, Any]]) -> list[str]:
    texts = []
    for rule in rules:
        if rule["kind"] == "rate limit":
            scope = f", counting only {rule['scope']}" if rule["scope"] else ""
            texts.append(f"{rule['name']}: {rule['limit']} requests per 5 minutes per {rule['per']}{scope}")
        else:
            texts.append(f"{rule['name']}: {rule['kind']}")
    return texts


def _origins(access: Mapping[str, Any]) -> list[str]:
    texts = []
    for origin in access["origins"]:
        if origin["originAccessControl"]:
            texts.append(
                f"{origin['origin']} ({origin['originType']}): requests signed by CloudFront's origin access "
                f"control ({origin['signing']})"
            )
        else:
            texts.append(f"{origin['origin']}: NO origin access control")
    if access["functionUrlAuth"]:
        texts.append(f"function URL auth: {', '.join(access['functionUrlAuth'])}")
    return texts


def summary(
    verdict: str,
    counts: Mapping[str, int],
    regions: Sequence[Mapping[str, Any]],
    access: Mapping[str, Any],
    line: str,
) -> dict[str, Any]:
    """The summary section as data (the Markdown writer prints it first, in a screen or less)."""
    return {
        "verdict": verdict,
        "line": line,
        "counts": dict(counts),
        "rawPersonalData": _holding(regions, RAW),
        "pseudonymizedText": _holding(regions, PSEUDONYMIZED),
        "notClassified": _holding(regions, UNCLASSIFIED),
        "noChatData": [_where(entry, NONE) for entry in regions if entry["dataClass"] == NONE],
        "outsideZone": [
            {"region": entry["region"], "zone": entry["zone"], "dataClass": entry["dataClass"]}
            for entry in regions
            if entry["region"] != EDGES and entry["zone"] != IN_ZONE
        ],
        "whoMayConnect": {
            "viewerCountries": list(access["viewerCountries"]),
            "geoRestrictionType": access["geoRestrictionType"],
            "waf": _waf(access["wafRules"]),
            "origins": _origins(access),
        },
    }
