"""Markdown for the review's overview: the one-screen summary, the regions used, the resource types (each explained
once) and the resource table (short rows that name their type's label)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from compliance.review_glossary import DATA_CLASS_TEXT, NONE, PSEUDONYMIZED, RAW, UNCLASSIFIED, explain
from compliance.review_markdown_table import table
from compliance.review_resources import EXCEPTION, GLOBAL, IN_ZONE, OUTSIDE

__all__ = ["regions_section", "resources_section", "summary_section", "types_section"]


def _place(entry: Mapping[str, Any]) -> str:
    return f"{entry['region']} ({entry['location']})"


def _holders(entries: Sequence[Mapping[str, Any]]) -> str:
    """Regions grouped by zone status and services: `a (A), b (B), in zone: Amazon Bedrock`."""
    if not entries:
        return "none"
    groups: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for entry in entries:
        groups.setdefault((entry["zone"], tuple(entry["services"])), []).append(_place(entry))
    return "; ".join(
        f"{', '.join(places)}, {zone}: {', '.join(services)}" for (zone, services), places in groups.items()
    )


def _counts(report: Mapping[str, Any]) -> str:
    counts = report["summary"]["counts"]
    passed = counts["rules"] - counts["rulesFailed"]
    return (
        f"{passed} of {counts['rules']} rules pass ({counts['ruleViolations']} violation(s)); "
        f"{counts['resources']} resources; {counts['caveats']} caveats"
    )


def _outside(summary: Mapping[str, Any]) -> str:
    outside = summary["outsideZone"]
    if not outside:
        return "none: every region used is in the zone (CloudFront's edges aside, see above)."
    return "; ".join(f"{o['region']} ({o['zone']}, {DATA_CLASS_TEXT[o['dataClass']]})" for o in outside) + "."


def summary_section(report: Mapping[str, Any]) -> list[str]:
    """Verdict and counts, where raw and pseudonymized data go, what is outside the zone, who may connect."""
    summary = report["summary"]
    lines = ["## Summary", "", f"**Verdict: {report['verdict']}**: {_counts(report)}.", ""]
    lines.append(f"- **{DATA_CLASS_TEXT[RAW]}**: {_holders(summary['rawPersonalData'])}.")
    lines.append(f"- **{DATA_CLASS_TEXT[PSEUDONYMIZED]}**: {_holders(summary['pseudonymizedText'])}.")
    if summary["notClassified"]:
        lines.append(f"- **{DATA_CLASS_TEXT[UNCLASSIFIED]}**: {_holders(summary['notClassified'])}.")
    lines.append(f"- **{DATA_CLASS_TEXT[NONE].capitalize()}**: {_holders(summary['noChatData'])}.")
    lines.append(f"- **Outside the zone**: {_outside(summary)}")
    who = summary["whoMayConnect"]
    lines += [
        f"- **Who may connect**: viewers in {', '.join(who['viewerCountries']) or 'NO country listed'} "
        f"(CloudFront geo {who['geoRestrictionType']}); everyone else gets 403.",
        f"- **WAF** (blocks above the limit): {'; '.join(who['waf']) or 'NO rules'}.",
        f"- **Origins** reachable only through CloudFront: {'; '.join(who['origins']) or 'none'}.",
        "",
    ]
    return lines


def _item(item: Mapping[str, Any]) -> str:
    # Declared resources by their type's label (explained under "Resource types"), named when they may hold chat
    # data or are alone; a service the function calls, with what it does there.
    names = item["names"]
    text = str(item["service"])
    if names and (item["dataClass"] != NONE or len(names) == 1):
        text += " " + ", ".join(f"`{n}`" for n in names)
    elif names:
        text += f" ×{len(names)}"
    return text + (f" ({item['what']})" if item["what"] else "")


def _column(entry: Mapping[str, Any], data_class: str) -> str:
    return "; ".join(_item(i) for i in entry["items"] if i["dataClass"] == data_class)


def regions_section(report: Mapping[str, Any]) -> list[str]:
    """Every region with what it holds or processes, by class of chat data."""
    regions = report["regionsUsed"]
    classes = [RAW, PSEUDONYMIZED, NONE]
    if any(i["dataClass"] == UNCLASSIFIED for e in regions for i in e["items"]):
        classes.insert(1, UNCLASSIFIED)
    lines = [
        "## Regions used",
        "",
        "Every region that stores or processes chat data or holds a resource of the stack; its class is the most "
        "sensitive of what it holds or processes.",
        "",
    ]
    lines += table(
        ["region", "location", "zone", "chat data", *(DATA_CLASS_TEXT[c] for c in classes)],
        (
            [e["region"], e["location"], e["zone"], DATA_CLASS_TEXT[e["dataClass"]], *(_column(e, c) for c in classes)]
            for e in regions
        ),
    )
    notes = [f"- {e['region']}: {e['note']}" for e in regions if e["note"]]
    return lines + ([*notes, ""] if notes else [])


_ZONE_LEGEND = (
    f"Zone column: `{IN_ZONE}`; `{GLOBAL}` (a global service, below); `{EXCEPTION}`: CloudFront-scoped WAF rules "
    "and CloudFront certificates, which AWS accepts only in us-east-1 (configuration, never chat data); "
    f"`{OUTSIDE}`: a violation."
)


def types_section(report: Mapping[str, Any]) -> list[str]:
    """Each resource type of the stack, explained once: what it is, what chat data it holds, how many there are."""
    lines = ["## Resource types", ""]
    lines += table(
        ["type", "label", "what it is", "chat data", "resources"],
        (
            [f"`{t['type']}`", t["label"], t["explanation"], DATA_CLASS_TEXT[t["chatData"]], t["count"]]
            for t in report["resourceTypes"]
        ),
    )
    lines += [f"- {service['note']}" for service in report.get("globalServices", [])]
    return [*lines, f"- {_ZONE_LEGEND}", ""]


def resources_section(report: Mapping[str, Any]) -> list[str]:
    """Every declared resource, one short row each (its type's label; the types are explained above)."""
    labelled = sorted(
        ((explain(r["type"]).label, r) for r in report["resources"]),
        key=lambda pair: (pair[1]["component"], pair[0], pair[1]["name"]),
    )
    rows = (
        [label, r["name"], r["component"], r["region"], r["zone"], r["encryption"], r["retention"]]
        for label, r in labelled
    )
    headers = ["type", "logical name", "component", "region", "zone", "encryption / key", "retention"]
    return ["## Resources", "", *table(headers, rows)]
