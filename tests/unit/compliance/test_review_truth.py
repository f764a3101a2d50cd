"""The review says only what it knows: a refused config's rules were not evaluated (never `pass`), booleans read as
words, the message path names each Comprehend call only in the languages that take it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from compliance.review import main
from compliance.review_markdown_table import cell, table
from compliance.rules import RULES, STACK_RULES
from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES
from runtime.privacy.comprehend_plan import DETECT_ENTITIES, DETECT_PII_ENTITIES, calls_comprehend, stack_calls

P = "sovereign-chat"
REFUSED = f"{P}:bedrock.region=us-east-1"


def _review(tmp_path: Path, *args: str) -> tuple[int, str]:
    out = tmp_path / "report"
    status = main([*args, "--out", str(out)])
    return status, out.read_text(encoding="utf-8")


def _rule_results(markdown: str) -> dict[str, str]:
    rules = markdown.split("## Rules\n", 1)[1].split("\n## ", 1)[0]
    return {m[1]: m[2] for m in re.finditer(r"^\| `([a-z0-9-]+)` \| .* \| ([^|]+) \|$", rules, re.M)}


def test_a_refused_config_lists_no_rule_as_passed_in_markdown(tmp_path: Path) -> None:
    status, text = _review(tmp_path, "--stack", "eu", "--set", REFUSED)
    assert status == 1
    results = {rule: result.strip() for rule, result in _rule_results(text).items()}
    assert set(results) == {r.id for r in RULES} | {r.id for r in STACK_RULES}
    assert set(results.values()) == {"not evaluated"}
    assert "**Not evaluated.**" in text and "no rule was evaluated" in text


def test_a_refused_config_lists_no_rule_as_passed_in_json(tmp_path: Path) -> None:
    status, text = _review(tmp_path, "--stack", "eu", "--format", "json", "--set", REFUSED)
    report = json.loads(text)
    assert status == 1 and report["rulesEvaluated"] is False
    assert {(rule["result"], rule["violations"]) for rule in report["rules"]} == {("not evaluated", None)}


def test_an_accepted_config_reports_each_rule_it_ran(tmp_path: Path) -> None:
    status, text = _review(tmp_path, "--stack", "eu", "--format", "json")
    report = json.loads(text)
    assert status == 0 and report["rulesEvaluated"] is True
    assert {(rule["result"], rule["violations"]) for rule in report["rules"]} == {("pass", 0)}


@pytest.mark.parametrize("stack", ["eu", "us"])
def test_booleans_read_as_words(stack: str, tmp_path: Path) -> None:
    status, text = _review(tmp_path, "--stack", stack)
    assert status == 0
    tools = text.split("| tool | kind | runs | function | in zone |", 1)[1].split("\n\n", 1)[0]
    assert tools.strip() and all(row.endswith(("| yes |", "| no |")) for row in tools.strip().splitlines()[1:])
    assert not re.search(r"\| (True|False) \|", text)
    assert cell(True) == "yes" and cell(False) == "no" and table(["x"], [[False]])[2] == "| no |"


def _report_with(tmp_path: Path, languages: list[str]) -> dict[str, Any]:
    override = f"{P}:comprehend.languages=[{', '.join(languages)}]"
    status, text = _review(tmp_path, "--stack", "eu", "--format", "json", "--set", override)
    assert status == 0, text
    report: dict[str, Any] = json.loads(text)
    return report


@pytest.mark.parametrize("languages", [["pt", "nl", "pl", "en"], ["pt", "en"], ["nl", "pl"], ["es"], ["pl"]])
def test_detection_names_each_call_only_in_the_languages_that_take_it(tmp_path: Path, languages: list[str]) -> None:
    report = _report_with(tmp_path, languages)
    step = next(step for step in report["messagePath"] if step["step"].startswith("3."))
    service = step["service"]
    unread = [lang for lang in languages if lang not in ENTITY_LANGUAGES]
    called = calls_comprehend(languages)  # the function's own plan: none when Comprehend reads no language
    for operation in (DETECT_ENTITIES, DETECT_PII_ENTITIES):
        wanted = [lang for lang, calls in stack_calls(languages).items() if operation in calls]
        named = re.search(rf"{operation} for a message in ([a-z, ]+?)[;)]", service)
        assert (named[1].split(", ") if named else []) == wanted
    assert "DetectDominantLanguage" not in service  # the language is identified in the function
    assert ("unsure" in service) == called
    assert ("Comprehend:" in step["where"]) == called
    # The AI services opt-out is Comprehend's caveat: it applies only to a stack that calls Comprehend.
    assert any("AI services opt-out" in caveat["text"] for caveat in report["caveats"]) == called
    if unread:
        assert f"alone in {', '.join(unread)}" in service
    assert "each language" not in service
