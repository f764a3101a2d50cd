"""Render the compliance review (the data of `review_report.py`) as Markdown for people, and a terminal summary.

The overview (summary, regions used, resource types, resources) is written by `review_markdown_overview.py`; the
other sections here.
"""

from __future__ import annotations

from typing import Any

from compliance.review_markdown_overview import regions_section, resources_section, summary_section, types_section
from compliance.review_markdown_table import table as _table
from compliance.review_retention import retention_section

__all__ = ["render_markdown", "terminal_summary"]


def _zone(zone: dict[str, Any] | None) -> list[str]:
    if zone is None:
        return ["## Residency zone", "", "Unknown: the config names no zone of the catalog.", ""]
    lines = ["## Residency zone", "", f"**{zone['name']}**: {zone['description']}", ""]
    lines += _table(["allowed region", "location"], zone["regions"].items())
    lines += [
        f"- Bedrock inference profiles accepted: {', '.join(zone['inferenceProfilePrefixes'])} (never `global.`)",
        f"- Comprehend regions: {', '.join(zone['comprehendRegions'])}",
        f"- Viewer countries a stack of this zone may allow: {', '.join(zone['viewerCountriesAllowed'])}",
    ]
    lines += [f"- {note}" for note in zone["notes"]]
    return [*lines, ""]


def _violations(report: dict[str, Any]) -> list[str]:
    lines = ["## Violations", ""]
    if report["configViolations"]:
        lines += ["The program refuses this config before declaring any resource:", ""]
        lines += _table(
            ["config key", "value", "problem", "allowed"],
            ([v["key"], repr(v["value"]), v["message"], v["allowed"]] for v in report["configViolations"]),
        )
    if report["violations"]:
        lines += _table(
            ["rule", "resource", "type", "problem"],
            ([v["rule"], v["resource"], v["type"], v["message"]] for v in report["violations"]),
        )
    if not report["configViolations"] and not report["violations"]:
        lines += ["None.", ""]
    return lines


def _result(rule: dict[str, Any]) -> str:
    """A rule's result cell: `pass`, `FAIL (n)` or `not evaluated`."""
    if rule["result"] == "fail":
        return f"FAIL ({rule['violations']})"
    return str(rule["result"])


def _rules(report: dict[str, Any]) -> list[str]:
    lines = ["## Rules", ""]
    if not report.get("rulesEvaluated", True):
        lines += [
            "**Not evaluated.** The program refused the config before declaring any resource, so no rule was run "
            "over this stack: none of them passed or failed. Fix the config violations above, then review again.",
            "",
        ]
    lines += _table(
        ["rule", "what it requires", "result"],
        ([f"`{r['id']}`", r["description"], _result(r)] for r in report["rules"]),
    )
    if report.get("sseS3Exemptions"):
        lines += [
            "SSE-S3 instead of SSE-KMS is accepted only for: "
            + ", ".join(f"`{b}`" for b in report["sseS3Exemptions"])
            + " (the public chat page's files; no personal data).",
            "",
        ]
    return lines


def _path(report: dict[str, Any]) -> list[str]:
    bedrock = report["bedrock"]
    lines = [
        "## The path of one chat message",
        "",
        f"Model: `{bedrock['modelId']}`, endpoint {bedrock['endpointRegion']}, served in "
        f"{', '.join(bedrock['destinationRegions'])}.",
        "",
    ]
    return lines + _table(
        ["step", "service", "where", "sees", "stores / for how long"],
        ([s["step"], s["service"], s["where"], s["sees"], s["stores"]] for s in report["messagePath"]),
    )


def _permissions(report: dict[str, Any]) -> list[str]:
    lines = ["## What the function may call, and where", ""]
    for role in report["functionPermissions"]:
        lines += [f"Role `{role['role']}`, assumed by {', '.join(role['assumedBy'])}:", ""]
        lines += _table(
            ["policy", "sid", "effect", "actions", "resources", "where", "condition"],
            (
                [s["policy"], s["sid"], s["effect"], s["actions"], s["resources"], s["where"], s["condition"]]
                for s in role["statements"]
            ),
        )
    lines += [
        "Tools the model may call (a Lambda tool receives the user's real values: its function must be in the "
        "zone; the role may invoke exactly these functions):",
        "",
    ]
    lines += _table(
        ["tool", "kind", "runs", "function", "in zone"],
        ([t["name"], t["kind"], t["runs"], t["functionArn"], t["inZone"]] for t in report.get("tools", [])),
    )
    return lines


def _waf_line(rule: dict[str, Any]) -> str:
    if rule["kind"] != "rate limit":
        return f"  - `{rule['name']}`: {rule['kind']}"
    scope = f" (counting only {rule['scope']})" if rule["scope"] else ""
    return f"  - `{rule['name']}`: {rule['limit']} requests per 5 minutes per {rule['per']}{scope}, then blocked"


def _viewer_languages(access: dict[str, Any]) -> list[str]:
    """Whether the admitted viewers' languages are detected: each country whose are not, with what protects it."""
    gaps = access["viewerLanguageGaps"]
    unjudged = access["viewerCountriesNotJudged"]
    judged = [c for c in access["configuredViewerCountries"] if c not in unjudged]
    lines = []
    if gaps:
        lines.append("- Viewer languages NOT detected (see the caveats):")
        lines += [f"  - {g['country']} ({', '.join(g['languages'])}): {g['protection']}." for g in gaps]
    elif judged:
        covered = ", ".join(judged)
        lines.append(f"- Viewer languages: every admitted country ({covered}) is covered by the detection languages.")
    if unjudged:
        lines.append(
            f"- Viewer languages not judged: {', '.join(unjudged)} (the project declares the languages of EU/EEA "
            "states, GB and CH only)."
        )
    return lines


def _access(report: dict[str, Any]) -> list[str]:
    access = report["access"]
    lines = [
        "## Who may reach the service, and cost controls",
        "",
        f"- Viewer countries (CloudFront geo {access['geoRestrictionType']}): "
        f"{', '.join(access['viewerCountries'])}; everyone else gets 403.",
        *_viewer_languages(access),
        f"- Price class: {access['priceClass']} ({access['priceClassEdges']}).",
        "- WAF rules:",
        *(_waf_line(rule) for rule in access["wafRules"]),
        "- Origins (CloudFront signs every request to them with its origin access control):",
        *(
            f"  - `{o['origin']}` ({o['domain']}): {o['originAccessControl'] or 'NO origin access control'}"
            + (f", {o['originType']}, signing {o['signing']}" if o["originAccessControl"] else "")
            for o in access["origins"]
        ),
        f"- Function URL auth: {', '.join(access['functionUrlAuth']) or '-'}.",
        f"- Token budget: {access['sessionTokenBudget']} input+output tokens per session (429 after); "
        f"at most {access['maxOutputTokens']} tokens per answer.",
        f"- Message limit: {access['maxMessageBytes']} bytes (413 above).",
        f"- Function: {access['lambdaTimeoutSeconds']} s timeout, {access['lambdaMemoryMb']} MB.",
        "",
    ]
    return lines


def _caveats(report: dict[str, Any]) -> list[str]:
    zone = (report.get("zone") or {}).get("name", "?")
    lines = ["## Caveats", ""]
    for caveat in report["caveats"]:
        prefix = f"**Zone '{zone}':** " if caveat["scope"] == "zone" else ""
        lines.append(f"- {prefix}{caveat['text']}")
    return [*lines, ""]


def render_markdown(report: dict[str, Any]) -> str:
    """The whole report as a Markdown document: the one-screen summary first, the resources last."""
    lines = [f"# Compliance review: stack `{report['stack']}`", ""]
    if report["configViolations"]:
        lines += [f"**Verdict: {report['verdict']}**: {report['summary']['line']}.", ""]
    else:
        lines += summary_section(report)
    by = f" by `{report['producedBy']}`" if report.get("producedBy") else ""
    lines += [f"Produced offline{by} (the real program under Pulumi mocks; no cloud credentials).", ""]
    if report["configViolations"]:
        return "\n".join(lines + _zone(report["zone"]) + _violations(report) + _rules(report))
    lines += regions_section(report) + _violations(report) + _zone(report["zone"]) + _rules(report)
    lines += _path(report) + retention_section(report) + _permissions(report) + _access(report) + _caveats(report)
    lines += types_section(report) + resources_section(report)
    return "\n".join(lines)


def terminal_summary(report: dict[str, Any], out: str) -> str:
    """A few lines for the terminal: verdict, counts, the first violations, where the report is."""
    lines = [f"compliance review of stack {report['stack']}: {report['verdict']}: {report['summary']['line']}"]
    shown = [f"  {v['key']}: {v['message']} (value {v['value']!r})" for v in report["configViolations"]]
    shown += [f"  [{v['rule']}] {v['resource']}: {v['message']}" for v in report["violations"]]
    lines += shown[:10]
    if len(shown) > 10:
        lines.append(f"  ... and {len(shown) - 10} more")
    lines.append(f"report: {out}")
    return "\n".join(lines)
