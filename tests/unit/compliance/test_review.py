"""`python -m compliance.review`: every stack file passes; broken variants fail and name the violation and its key."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest

from compliance import offline_catalog
from compliance.offline_engine import REPO_ROOT, stack_names
from compliance.review import main
from compliance.review_report import report_from_run
from components.config import validate_stack_config
from tests.pulumi_harness import cached_run

P = "sovereign-chat"
EU_PROFILE = "eu.anthropic.claude-3-7-sonnet-20250219-v1:0"


def _review(tmp_path, *args: str) -> tuple[int, str]:
    out = tmp_path / "report"
    status = main([*args, "--out", str(out)])
    return status, out.read_text(encoding="utf-8")


@pytest.mark.parametrize("stack", stack_names())
def test_every_stack_passes_its_review_in_json(stack, tmp_path, capsys):
    status, text = _review(tmp_path, "--stack", stack, "--format", "json")
    report = json.loads(text)
    assert status == 0
    assert report["verdict"] == "PASS" and report["violations"] == [] and report["configViolations"] == []
    assert report["zone"]["name"] == cached_run(stack).config[f"{P}:residencyZone"]
    assert {r["name"] for r in report["resources"]} == {r.name for r in cached_run(stack).resources if r.custom}
    assert all(rule["violations"] == 0 for rule in report["rules"])
    assert f"compliance review of stack {stack}: PASS" in capsys.readouterr().out


@pytest.mark.parametrize("stack", stack_names())
def test_every_stack_passes_its_review_in_markdown(stack, tmp_path):
    status, text = _review(tmp_path, "--stack", stack)
    assert status == 0
    assert text.startswith(f"# Compliance review: stack `{stack}`")
    for heading in (
        "## Residency zone",
        "## Violations",
        "## Rules",
        "## Resources",
        "## The path of one chat message",
        "## What the function may call, and where",
        "## Who may reach the service, and cost controls",
        "## Caveats",
    ):
        assert heading in text


def test_the_eu_report_answers_the_reviewers_questions():
    run = cached_run("eu")
    config, _ = validate_stack_config(run.config)
    assert config is not None
    report = report_from_run(run, config)
    rows = {r["name"]: r for r in report["resources"]}
    assert rows["edge-waf"]["region"] == "us-east-1" and rows["edge-waf"]["zone"] == "stated exception"
    assert rows["edge-distribution"]["region"] == "global"
    assert rows["chat-role"]["region"] == "global" and rows["chat-role"]["zone"] == "global"
    assert any(s["note"].startswith("IAM is a global service") for s in report["globalServices"])
    assert rows["chat-sessions"]["encryption"] == "SSE-KMS with chat-key"
    assert "TTL on `expiresAt` (30 days" in rows["chat-sessions"]["retention"]
    assert rows["chat-logs"]["retention"] == "30 days"
    assert rows["chat-sessions"]["component"] == "ChatFunction chat"
    sees = {step["step"].split(".")[0]: step["sees"] for step in report["messagePath"]}
    assert sees["1"].startswith("RAW") and sees["3"].startswith("RAW") and sees["5"].startswith("PSEUDONYMIZED")
    model_step = next(s for s in report["messagePath"] if s["sees"].startswith("PSEUDONYMIZED"))
    for region in offline_catalog.INFERENCE_PROFILE_DESTINATIONS[EU_PROFILE]:
        assert region in model_step["where"]
    statements = report["functionPermissions"][0]["statements"]
    comprehend = next(s for s in statements if s["sid"] == "ComprehendDetectInRegion")
    assert comprehend["where"] == "aws:RequestedRegion in eu-central-1"
    assert report["access"]["viewerCountries"] == ["ES", "PT"]
    assert report["access"]["wafRequestsPer5MinutesPerIp"] == 300
    assert report["access"]["sessionTokenBudget"] == 200000
    caveats = " ".join(c["text"] for c in report["caveats"])
    assert "price class" in caveats and "us-east-1" in caveats
    assert "In pt, Comprehend reads names only" in caveats and "cannot read" not in caveats


def test_languages_comprehend_cannot_read_are_named_as_built_in_only(tmp_path):
    languages = f"{P}:comprehend.languages=[pt, nl, pl, en]"
    status, text = _review(tmp_path, "--stack", "eu", "--format", "json", "--set", languages)
    assert status == 0, text
    caveats = " ".join(c["text"] for c in json.loads(text)["caveats"])
    assert "Comprehend cannot read nl, pl: there, only the built-in detectors run" in caveats
    assert "PII API (DetectPiiEntities) adds its findings in en." in caveats
    assert "In pt, Comprehend reads names only" in caveats


@pytest.mark.parametrize(
    ("overrides", "key", "fragment"),
    [
        ([f"{P}:homeRegion=eu-west-2"], f"{P}:homeRegion", "outside residency zone 'eu'"),
        (
            [f"{P}:bedrock.modelId=global.anthropic.claude-sonnet-4-5-20250929-v1:0"],
            f"{P}:bedrock.modelId",
            "`global.` inference profile",
        ),
        ([f"{P}:edge.allowedViewerCountries=[PT, CH]"], f"{P}:edge.allowedViewerCountries", "may serve"),
        ([f"{P}:comprehend.region=eu-west-3"], f"{P}:comprehend.region", "Comprehend is not offered"),
        ([f"{P}:residencyZone=mars"], f"{P}:residencyZone", "not one of the allowed values"),
    ],
)
def test_a_refused_config_fails_the_review_naming_the_key(overrides, key, fragment, tmp_path, capsys):
    args = [item for pair in overrides for item in ("--set", pair)]
    status, text = _review(tmp_path, "--stack", "eu", "--format", "json", *args)
    report = json.loads(text)
    assert status == 1 and report["verdict"] == "FAIL" and report["resources"] == []
    assert any(v["key"] == key and fragment in v["message"] for v in report["configViolations"]), report
    assert key in capsys.readouterr().out


def test_a_refused_config_is_readable_in_markdown(tmp_path):
    status, text = _review(tmp_path, "--stack", "eu", "--set", f"{P}:bedrock.region=us-east-1")
    assert status == 1
    assert "**Verdict: FAIL**" in text
    assert f"| {P}:bedrock.region | 'us-east-1' | region is outside residency zone 'eu' |" in text


def test_a_profile_routing_outside_the_zone_fails_the_review(tmp_path, monkeypatch):
    zurich = {**offline_catalog.INFERENCE_PROFILE_DESTINATIONS, EU_PROFILE: ("eu-central-1", "eu-central-2")}
    monkeypatch.setattr(offline_catalog, "INFERENCE_PROFILE_DESTINATIONS", zurich)
    status, text = _review(tmp_path, "--stack", "eu", "--format", "json")
    report = json.loads(text)
    assert status == 1
    assert [(v["key"], "eu-central-2" in v["message"]) for v in report["configViolations"]] == [
        (f"{P}:bedrock.modelId", True)
    ]


def test_a_stack_file_elsewhere_can_be_reviewed(tmp_path):
    proposed = tmp_path / "Pulumi.proposed.yaml"
    text = (REPO_ROOT / "Pulumi.eu.yaml").read_text(encoding="utf-8").replace("[PT, ES]", "[PT, ES, US]")
    proposed.write_text(text, encoding="utf-8")
    status, report_text = _review(tmp_path, "--stack", "eu", "--format", "json", "--config-file", str(proposed))
    assert status == 1
    assert json.loads(report_text)["configViolations"][0]["value"] == "US"


def test_a_rule_violation_in_the_declared_resources_fails_the_report():
    run = copy.deepcopy(cached_run("eu"))
    url = run.one("aws:lambda/functionUrl:FunctionUrl")
    url.inputs["authorizationType"] = "NONE"
    config, _ = validate_stack_config(run.config)
    assert config is not None
    report = report_from_run(run, config)
    assert report["verdict"] == "FAIL"
    assert [(v["rule"], v["resource"]) for v in report["violations"]] == [("function-url-iam-auth", "chat-url")]
    assert next(r for r in report["rules"] if r["id"] == "function-url-iam-auth")["violations"] == 1


def test_a_rule_violation_makes_the_cli_exit_non_zero(tmp_path, monkeypatch):
    import compliance.review_report as review_report

    def broken_run(stack, **kwargs):
        run = copy.deepcopy(cached_run(stack))
        run.one("aws:cloudwatch/logGroup:LogGroup").inputs.pop("kmsKeyId")
        return run

    monkeypatch.setattr(review_report, "run_program", broken_run)
    status, text = _review(tmp_path, "--stack", "eu")
    assert status == 1
    assert "| logs-encrypted-retained | chat-logs |" in text


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["--stack", "nowhere", "--out", str(tmp_path / "x")]) == 2
    assert main(["--stack", "eu", "--set", "no-equals-sign", "--out", str(tmp_path / "x")]) == 2
    assert "could not run" in capsys.readouterr().err


def test_the_module_runs_as_a_command(tmp_path):
    out = tmp_path / "review-us.md"
    result = subprocess.run(
        [sys.executable, "-m", "compliance.review", "--stack", "us", "--out", str(out)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "compliance review of stack us: PASS" in result.stdout and str(out) in result.stdout
    assert out.read_text(encoding="utf-8").startswith("# Compliance review: stack `us`")


def _reviewer_doc() -> str:
    """The "For compliance reviewers" text: docs/compliance.md, or README.md once it is merged there."""
    for path in (REPO_ROOT / "docs" / "compliance.md", REPO_ROOT / "README.md"):
        if path.exists() and "Excerpt of the EU report" in path.read_text(encoding="utf-8"):
            return path.read_text(encoding="utf-8")
    raise AssertionError("no 'For compliance reviewers' section with an excerpt of the EU report")


def test_the_documented_excerpt_matches_the_current_eu_report(tmp_path):
    status, report = _review(tmp_path, "--stack", "eu")
    assert status == 0
    excerpt = []
    for line in _reviewer_doc().split("Excerpt of the EU report", 1)[1].splitlines()[1:]:
        if line.startswith(("# ", "## ", "### ")):
            break  # the next section of the document
        excerpt.append(line)
    lines = [line for line in excerpt if line.startswith(("| ", "- "))]
    assert len(lines) > 20
    stale = [line for line in lines if line not in report.splitlines()]
    assert stale == [], "docs excerpt is out of date: regenerate it from `make review STACK=eu`"


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        # A custom domain adds the ACM certificate in us-east-1: the other half of the stated exception.
        (f"{P}:edge.customDomain={{domainName: chat.example.eu, hostedZoneId: Z123}}", "edge-certificate"),
        # An in-region model: one foundation-model ARN in the Bedrock region, no profile.
        (f"{P}:bedrock.modelId=anthropic.claude-3-7-sonnet-20250219-v1:0", "BedrockInRegionModel"),
    ],
)
def test_compliant_variants_pass(override, expected, tmp_path):
    status, text = _review(tmp_path, "--stack", "eu", "--format", "json", "--set", override)
    report = json.loads(text)
    assert status == 0 and report["verdict"] == "PASS"
    assert expected in text
    excepted = {r["name"] for r in report["resources"] if r["zone"] == "stated exception"}
    assert "edge-waf" in excepted and excepted <= {"edge-waf", "edge-certificate", "edge-certificate-validation"}
