"""The stack config may name any market language; those Comprehend cannot read get the built-in detectors only."""

from __future__ import annotations

import pytest

from compliance.offline_engine import apply_overrides, load_stack_file
from components.config import load_stack_config, validate_stack_config
from runtime.privacy.market_languages import builtin_only_languages

P = "sovereign-chat"


@pytest.mark.parametrize("languages", [["nl"], ["pt", "nl", "pl", "sv"], ["el", "en"], ["fi", "sv", "ja"]])
def test_market_languages_comprehend_cannot_read_are_accepted(languages: list[str]) -> None:
    config = load_stack_config(apply_overrides(load_stack_file("eu"), {f"{P}:comprehend.languages": languages}))
    assert config.comprehend.languages == tuple(languages)
    assert builtin_only_languages(config.comprehend.languages) == tuple(
        lang for lang in languages if lang in {"nl", "pl", "sv", "el", "fi"}
    )


@pytest.mark.parametrize("language", ["xx", "klingon", "NL", "tlh"])
def test_other_codes_are_refused_with_their_key(language: str) -> None:
    config, violations = validate_stack_config(
        apply_overrides(load_stack_file("eu"), {f"{P}:comprehend.languages": ["pt", language]})
    )
    assert config is None and [v.key for v in violations] == [f"{P}:comprehend.languages"]
