"""web/facts.js is what the runtime's declarations give: error codes, the placeholder pattern, ID countries."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from runtime.errors import declarations
from runtime.privacy.detectors.national_id_catalog import CATALOG
from runtime.privacy.placeholders import ESCAPED_PATTERN, PLACEHOLDER_PATTERN
from scripts import build_page_facts
from scripts.build_page_facts import FACTS_PATH, current_facts_js, js_source, national_id_countries, page_facts_js


def _constant(text: str, name: str) -> object:
    """The JSON value of `export const NAME = Object.freeze(<json>);` (trailing commas removed)."""
    match = re.search(rf"export const {name} = Object\.freeze\((.*?)\);\n", text, re.DOTALL)
    assert match, name
    return json.loads(re.sub(r",(\s*[\]}])", r"\1", match[1]))


def test_the_committed_file_is_what_the_declarations_give() -> None:
    assert FACTS_PATH.read_text(encoding="utf-8") == current_facts_js(), (
        "web/facts.js is out of date: run python -m scripts.build_page_facts"
    )


def test_every_declared_error_reaches_the_page_with_its_kind_status_and_retry() -> None:
    errors = _constant(FACTS_PATH.read_text(encoding="utf-8"), "ERROR_CODES")
    wanted = [{k: e[k] for k in ("code", "kind", "status", "retryable")} for e in declarations()]
    assert errors == wanted
    assert {e["kind"] for e in wanted} == {"pre-stream", "stream"}


def test_the_placeholder_pattern_and_the_id_countries_are_the_runtimes() -> None:
    text = FACTS_PATH.read_text(encoding="utf-8")
    source = re.search(r"export const PLACEHOLDER_SOURCE = (\".*\");", text)
    assert source and json.loads(source[1]) == PLACEHOLDER_PATTERN.pattern
    received = re.search(r"export const RECEIVED_SOURCE = (\".*\");", text)
    assert received and json.loads(received[1]) == js_source(ESCAPED_PATTERN.pattern)
    assert "(?P<" not in received[1] and "(?<wrapped>" in received[1]
    countries = _constant(text, "NATIONAL_ID_COUNTRIES")
    assert countries == {entry.entity_type: entry.country for entry in CATALOG}


def test_a_type_declared_for_two_countries_is_refused() -> None:
    assert national_id_countries([("PT", "NIF_PT"), ("PT", "NIF_PT"), ("ES", "DNI_ES")]) == {
        "DNI_ES": "ES",
        "NIF_PT": "PT",
    }
    with pytest.raises(ValueError, match="NIF_PT"):
        national_id_countries([("PT", "NIF_PT"), ("ES", "NIF_PT")])


def test_a_changed_declaration_changes_the_file() -> None:
    errors = [dict(e) for e in declarations()]
    before = page_facts_js(errors, PLACEHOLDER_PATTERN.pattern, {})
    errors[0]["retryable"] = not errors[0]["retryable"]
    assert page_facts_js(errors, PLACEHOLDER_PATTERN.pattern, {}) != before
    assert page_facts_js(errors, r"\[X_([0-9]+)\]", {}) != page_facts_js(errors, PLACEHOLDER_PATTERN.pattern, {})


def test_check_reports_drift_and_writing_mends_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "facts.js"
    monkeypatch.setattr(build_page_facts, "FACTS_PATH", target)
    target.write_text("// stale\n", encoding="utf-8")
    assert build_page_facts.main(["--check"]) == 1
    assert "out of date" in capsys.readouterr().out
    assert build_page_facts.main([]) == 0
    assert build_page_facts.main(["--check"]) == 0
    assert target.read_text(encoding="utf-8") == current_facts_js()
