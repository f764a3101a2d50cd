"""The review's overview, as a reviewer reads it: the one-screen summary, every region used with its class of chat
data (Bedrock's destinations as pseudonymized only), caveats of the stack's own zone, each resource type explained
once, unknown types flagged, and the same structure in JSON."""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

import pytest

from compliance import offline_catalog
from compliance.offline_engine import ProgramRun, RecordedResource
from compliance.review import render
from compliance.review_caveats import caveats, zone_caveat_applies
from compliance.review_glossary import NONE, PSEUDONYMIZED, RAW, UNCLASSIFIED, explain
from compliance.review_markdown import render_markdown
from compliance.review_regions import EDGES
from compliance.review_report import report_from_run
from components.config import validate_stack_config
from components.residency import ZONES
from tests.pulumi_harness import cached_run

NEW_OPERATIONS_TYPES = (
    "aws:cloudwatch/metricAlarm:MetricAlarm",
    "aws:cloudwatch/dashboard:Dashboard",
    "aws:sns/topic:Topic",
    "aws:sns/topicSubscription:TopicSubscription",
)
UNKNOWN_TYPE = "aws:sqs/queue:Queue"


def _report(run: ProgramRun) -> dict[str, Any]:
    config, violations = validate_stack_config(run.config)
    assert config is not None, violations
    return report_from_run(run, config)


@functools.cache
def _stack_report(stack: str) -> dict[str, Any]:
    return _report(cached_run(stack))


def _model_destinations(stack: str) -> tuple[str, ...]:
    return offline_catalog.INFERENCE_PROFILE_DESTINATIONS[_stack_report(stack)["bedrock"]["modelId"]]


def _section(markdown: str, heading: str) -> str:
    return markdown.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize("stack", ["eu", "us"])
def test_regions_used_include_every_bedrock_destination_as_pseudonymized_text(stack: str) -> None:
    report = _stack_report(stack)
    regions = {entry["region"]: entry for entry in report["regionsUsed"]}
    home = cached_run(stack).config["sovereign-chat:homeRegion"]
    destinations = _model_destinations(stack)
    assert len(destinations) > 1
    for region in destinations:
        bedrock = [i for i in regions[region]["items"] if i["service"] == "Amazon Bedrock"]
        assert [i["dataClass"] for i in bedrock] == [PSEUDONYMIZED], region
        if region != home:
            # Nothing else of the stack sees raw data there: the region is pseudonymized-only.
            assert regions[region]["dataClass"] == PSEUDONYMIZED, region
    raw_here = {i["service"] for i in regions[home]["items"] if i["dataClass"] == RAW}
    assert {"Lambda function", "DynamoDB table", "Amazon Comprehend"} <= raw_here
    assert regions[home]["dataClass"] == RAW and regions[home]["zone"] == "in zone"
    assert regions[EDGES]["dataClass"] == RAW and "not pinned" in regions[EDGES]["zone"]
    markdown = render_markdown(report)
    summary = _section(markdown, "Summary")
    pseudonymized = next(line for line in summary.splitlines() if line.startswith("- **PSEUDONYMIZED"))
    assert all(region in pseudonymized for region in destinations) and "Amazon Bedrock" in pseudonymized
    raw = next(line for line in summary.splitlines() if line.startswith("- **RAW"))
    assert home in raw and not any(r in raw for r in destinations if r != home)


def test_the_eu_waf_region_is_the_stated_exception_and_holds_no_chat_data() -> None:
    regions = {entry["region"]: entry for entry in _stack_report("eu")["regionsUsed"]}
    assert regions["us-east-1"]["zone"] == "stated exception" and regions["us-east-1"]["dataClass"] == NONE
    assert [i["service"] for i in regions["us-east-1"]["items"]] == ["WAF web ACL"]
    assert [o["region"] for o in _stack_report("eu")["summary"]["outsideZone"]] == ["us-east-1"]


def test_caveats_are_those_of_the_stacks_own_zone() -> None:
    eu, us = _stack_report("eu"), _stack_report("us")
    config, _ = validate_stack_config(cached_run("eu").config)
    assert config is not None and ZONES["eu"].caveats
    # The EU zone's caveat is about a region its profiles were reported to reach: it appears once the stack
    # reaches it, and never in a US report.
    reached = {entry["region"] for entry in eu["regionsUsed"]} | {"eu-central-2"}
    assert [c["text"] for c in caveats(config, reached) if c["scope"] == "zone"] == list(ZONES["eu"].caveats)
    assert not [c for c in us["caveats"] if c["scope"] == "zone"]
    us_markdown = render_markdown(us)
    assert "Zurich" not in us_markdown and "eu-central-2" not in us_markdown
    # A caveat that follows from the stack, not the zone: the WAF outside the zone only where it is outside.
    assert any("WAF web ACL lives in us-east-1" in c["text"] for c in eu["caveats"])
    assert not any("WAF web ACL lives in us-east-1" in c["text"] for c in us["caveats"])


def test_a_zone_caveat_about_a_region_the_stack_does_not_reach_is_left_out() -> None:
    eu = _stack_report("eu")
    assert "eu-central-2" not in _model_destinations("eu")  # the offline catalog's EU profile leaves Zurich out
    assert not [c for c in eu["caveats"] if c["scope"] == "zone"]
    assert "Zurich" not in _section(render_markdown(eu), "Caveats")
    assert zone_caveat_applies("reported to include eu-central-2 (Zurich)", {"eu-central-1", "eu-central-2"})
    assert not zone_caveat_applies("reported to include eu-central-2 (Zurich)", {"eu-central-1", "eu-west-3"})
    assert zone_caveat_applies("names no region at all", set())


@pytest.mark.parametrize("stack", ["eu", "us"])
def test_each_resource_type_is_explained_once_and_rows_stay_short(stack: str) -> None:
    report = _stack_report(stack)
    markdown = render_markdown(report)
    types = report["resourceTypes"]
    assert {t["type"] for t in types} == {r["type"] for r in report["resources"]}
    assert sum(t["count"] for t in types) == len(report["resources"])
    for entry in types:
        assert markdown.count(entry["explanation"]) == 1, entry["type"]
    for service in report["globalServices"]:
        assert markdown.count(service["note"]) == 1
    rows = [line for line in _section(markdown, "Resources").splitlines() if line.startswith("| ")]
    assert len(rows) == len(report["resources"]) + 1
    assert max(len(row) for row in rows) < 220


@pytest.mark.parametrize("stack", ["eu", "us"])
def test_the_summary_fits_one_screen_at_the_top(stack: str) -> None:
    report = _stack_report(stack)
    markdown = render_markdown(report)
    head = markdown.split("\n## Regions used", 1)[0].splitlines()
    assert head[2] == "## Summary" and len(head) <= 25
    text = "\n".join(head)
    counts = report["summary"]["counts"]
    assert f"**Verdict: PASS**: {counts['rules']} of {counts['rules']} rules pass (0 violation(s))" in text
    assert f"{len(report['resources'])} resources" in text
    who = next(line for line in head if line.startswith("- **Who may connect**"))
    assert all(country in who for country in report["access"]["viewerCountries"])
    waf = next(line for line in head if line.startswith("- **WAF**"))
    assert f"{report['access']['wafRequestsPer5MinutesPerIp']} requests per 5 minutes per IP" in waf
    assert "POST /c without the x-session-id header" in waf
    origins = next(line for line in head if line.startswith("- **Origins**"))
    assert "(s3)" in origins and "(lambda)" in origins and "AWS_IAM" in origins


def test_the_json_report_carries_the_same_structure() -> None:
    report = json.loads(render(_stack_report("eu"), "json"))
    summary = report["summary"]
    assert summary["verdict"] == "PASS" and summary["counts"]["ruleViolations"] == 0
    assert {r["region"] for r in summary["rawPersonalData"]} == {"eu-central-1", EDGES}
    assert {r["region"] for r in summary["pseudonymizedText"]} == set(_model_destinations("eu"))
    assert summary["whoMayConnect"]["viewerCountries"] == ["ES", "PT"]
    for entry in report["regionsUsed"]:
        assert set(entry) == {"region", "location", "zone", "dataClass", "items", "note"}
        assert entry["dataClass"] in (RAW, UNCLASSIFIED, PSEUDONYMIZED, NONE) and entry["items"]
    assert all(set(c) == {"scope", "text"} for c in report["caveats"])
    assert all(
        {"type", "label", "explanation", "chatData", "count", "described"} <= set(t) for t in report["resourceTypes"]
    )
    assert all("zone" in r and "placement" not in r for r in report["resources"])
    order = list(report)
    assert order.index("summary") < order.index("regionsUsed") < order.index("resources")


def _with(run: ProgramRun, kind: str, name: str, inputs: dict[str, Any]) -> None:
    run.resources.append(
        RecordedResource(
            urn=f"urn:pulumi:eu::sovereign-chat::{kind}::{name}",
            type=kind,
            name=name,
            inputs=inputs,
            parent=None,
            provider=None,
            custom=True,
            id=f"{name}-id",
        )
    )


def test_new_and_unknown_resource_types_are_listed_and_an_unknown_one_is_flagged() -> None:
    run = copy.deepcopy(cached_run("eu"))
    for index, kind in enumerate((*NEW_OPERATIONS_TYPES, UNKNOWN_TYPE)):
        _with(run, kind, f"added-{index}", {"region": "eu-central-1"})
    report = _report(run)
    types = {t["type"]: t for t in report["resourceTypes"]}
    for kind in NEW_OPERATIONS_TYPES:
        assert types[kind]["described"] and types[kind]["chatData"] == NONE, kind
    assert not types[UNKNOWN_TYPE]["described"] and types[UNKNOWN_TYPE]["chatData"] == UNCLASSIFIED
    assert {r["name"] for r in report["resources"]} >= {f"added-{i}" for i in range(5)}
    home = next(e for e in report["regionsUsed"] if e["region"] == "eu-central-1")
    assert {"service": "sqs Queue", "names": ["added-4"], "dataClass": UNCLASSIFIED, "what": ""} in home["items"]
    assert report["summary"]["notClassified"][0]["services"] == ["sqs Queue"]
    markdown = render_markdown(report)
    assert "- **NOT CLASSIFIED (check)**: eu-central-1 (Frankfurt, Germany), in zone: sqs Queue." in markdown
    assert markdown.count(explain(UNKNOWN_TYPE).explanation) == 1
    for kind in NEW_OPERATIONS_TYPES:
        assert markdown.count(explain(kind).explanation) == 1


def test_the_glossary_explains_the_operations_types() -> None:
    labels = {kind: explain(kind).label for kind in NEW_OPERATIONS_TYPES}
    assert labels == {
        "aws:cloudwatch/metricAlarm:MetricAlarm": "CloudWatch alarm",
        "aws:cloudwatch/dashboard:Dashboard": "CloudWatch dashboard",
        "aws:sns/topic:Topic": "SNS topic",
        "aws:sns/topicSubscription:TopicSubscription": "SNS subscription",
    }
    assert "global, not region-specific" in explain("aws:cloudwatch/dashboard:Dashboard").explanation
    assert explain(UNKNOWN_TYPE).label == "sqs Queue" and not explain(UNKNOWN_TYPE).described
