"""`python -m compliance.offline_run PATH`: any program that uses the components, run offline under mocks, with what
it declares and its residency verdict (tried on examples/edge_only, as a platform team would run it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from compliance import offline_run
from compliance.offline_engine import REPO_ROOT
from compliance.offline_run import main

EDGE_ONLY = REPO_ROOT / "examples" / "edge_only"


def _verdict(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    status = main([*args, "--format", "json"])
    return status, json.loads(capsys.readouterr().out)


def test_the_edge_example_runs_offline_with_its_sample_stack(capsys) -> None:
    status, verdict = _verdict(capsys, str(EDGE_ONLY))
    assert status == 0 and verdict["verdict"] == "PASS" and verdict["violations"] == []
    assert (verdict["project"], verdict["stack"], verdict["zone"]) == ("chat-edge", "sample", "eu")
    rows = {row["name"]: row for row in verdict["resources"]}
    assert {row["component"] for row in rows.values()} == {"Edge edge"}
    assert (rows["edge-site"]["region"], rows["edge-site"]["zone"]) == ("eu-west-3", "in zone")
    assert (rows["edge-waf"]["region"], rows["edge-waf"]["zone"]) == ("us-east-1", "stated exception")
    assert verdict["outputs"]["chatUrl"].startswith("https://")


def test_a_setting_changes_the_run_and_a_refusal_is_the_verdict(capsys) -> None:
    status, verdict = _verdict(capsys, str(EDGE_ONLY), "--set", "allowedCountries=[FR, US]")
    assert status == 1 and verdict["verdict"] == "REFUSED" and verdict["resources"] == []
    assert "allowed_countries = 'US'" in verdict["refusal"]


def test_a_resource_outside_the_judged_zone_fails(capsys) -> None:
    status, verdict = _verdict(
        capsys,
        str(EDGE_ONLY),
        "--set",
        "region=us-east-2",
        "--set",
        "aws:region=us-east-2",
        "--set",
        "residencyZone=us",
        "--set",
        "allowedCountries=[US]",
        "--zone",
        "eu",
    )
    assert status == 1 and verdict["verdict"] == "FAIL"
    assert any(
        v["rule"] == "regional-resources-in-zone" and v["resource"] == "edge-site" for v in verdict["violations"]
    )


def test_what_cannot_run_is_said_and_exits_2(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "missing")]) == 2
    assert main([str(EDGE_ONLY), "--stack", "prod"]) == 2
    assert "no stack file Pulumi.prod.yaml" in capsys.readouterr().err


def test_the_command_prints_resources_and_verdict_and_names_itself() -> None:
    command = [sys.executable, "-m", "compliance.offline_run"]
    done = subprocess.run([*command, str(EDGE_ONLY)], cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "Edge edge:" in done.stdout and "WAF web ACL" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("residency verdict (zone eu): PASS: ")
    usage = subprocess.run([*command, "--help"], cwd=REPO_ROOT, capture_output=True, text=True, check=True).stdout
    assert usage.startswith(f"usage: python -m {offline_run.__spec__.name} ")


@pytest.mark.parametrize("example", ["edge_only", "ai_access_only"])
def test_every_example_passes_offline_with_its_sample_stack(example: str, capsys) -> None:
    status, verdict = _verdict(capsys, str(REPO_ROOT / "examples" / example))
    assert status == 0 and verdict["verdict"] == "PASS" and verdict["resources"]


@pytest.mark.parametrize("doc", ["docs/platform-teams.md", "examples/README.md"])
def test_the_documented_command_is_the_runners_module(doc: str) -> None:
    text = (REPO_ROOT / doc).read_text(encoding="utf-8")
    assert f"python -m sovereign_chat.{offline_run.__spec__.name} " in text


def test_the_programs_warnings_are_printed_with_the_verdict(capsys) -> None:
    status = main([str(REPO_ROOT), "--stack", "eu", "--set", "comprehend.languages=[pt, en]"])
    lines = capsys.readouterr().out.splitlines()
    warnings = [line for line in lines if line.startswith("warning: ")]
    assert status == 0 and len(warnings) == 1 and "Viewers are admitted from ES" in warnings[0]
    assert lines.index(warnings[0]) < len(lines) - 1  # before the verdict, which stays the last line
