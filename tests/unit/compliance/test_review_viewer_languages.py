"""The review names every admitted viewer country whose languages detection misses, and what then protects that
text (as `pulumi up` warns); the countries whose languages the project does not declare are said not judged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from compliance.review import main
from compliance.review_markdown import render_markdown
from components.edge_languages import language_gaps

P = "sovereign-chat"


def _report(tmp_path: Path, stack: str, *settings: str) -> dict[str, Any]:
    out = tmp_path / "report.json"
    arguments = [arg for setting in settings for arg in ("--set", setting)]
    assert main(["--stack", stack, "--format", "json", "--out", str(out), *arguments]) == 0
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


def test_an_admitted_country_whose_language_is_not_detected_is_named_with_what_protects_it(tmp_path: Path) -> None:
    languages = ["pt", "en"]
    report = _report(tmp_path, "eu", f"{P}:comprehend.languages=[{', '.join(languages)}]")
    gaps = language_gaps(report["access"]["configuredViewerCountries"], languages)
    assert [gap.country for gap in gaps] == ["ES"]  # the EU stack admits Spain
    assert report["access"]["viewerLanguageGaps"] == [
        {"country": gap.country, "languages": list(gap.languages), "protection": gap.protection} for gap in gaps
    ]
    stated = [c for c in report["caveats"] if c["text"].startswith("Viewers are admitted from")]
    assert stated == [{"scope": "stack", "text": gap.warning()} for gap in gaps]
    markdown = render_markdown(report)
    assert "- Viewer languages NOT detected (see the caveats):" in markdown
    assert f"  - ES (es): {gaps[0].protection}." in markdown


def test_the_eu_stack_detects_the_languages_of_every_country_it_admits(tmp_path: Path) -> None:
    report = _report(tmp_path, "eu")
    access = report["access"]
    assert access["viewerLanguageGaps"] == [] and access["viewerCountriesNotJudged"] == []
    assert not any(c["text"].startswith("Viewers are admitted from") for c in report["caveats"])
    countries = ", ".join(access["configuredViewerCountries"])
    assert f"- Viewer languages: every admitted country ({countries}) is covered" in render_markdown(report)


def test_countries_whose_languages_the_project_does_not_declare_are_said_not_judged(tmp_path: Path) -> None:
    report = _report(tmp_path, "us")
    access = report["access"]
    assert access["viewerCountriesNotJudged"] == access["configuredViewerCountries"]  # US, PR: not in the table
    assert access["viewerLanguageGaps"] == []
    markdown = render_markdown(report)
    assert f"- Viewer languages not judged: {', '.join(access['viewerCountriesNotJudged'])} " in markdown
    assert "is covered by the detection languages" not in markdown
