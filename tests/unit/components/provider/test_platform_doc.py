"""docs/platform-teams.md says what the package declares: its generated tables, a TypeScript example that uses real
inputs and outputs, every policy-pack rule, and the README links to it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from compliance.rules import RULES, STACK_RULES
from components.provider.host import TYPE_TOKENS, SovereignChatProvider
from components.provider.schema_doc import BEGIN, DOC, END, current_tables, replace_tables

REPO = Path(__file__).resolve().parents[4]
TEXT = DOC.read_text(encoding="utf-8")
SCHEMA: dict[str, Any] = json.loads(SovereignChatProvider().schema or "{}")


def test_the_inputs_and_outputs_tables_are_the_schemas():
    assert BEGIN in TEXT and END in TEXT
    regenerate = "run: .venv/bin/python -m components.provider.schema_doc --write"
    assert replace_tables(TEXT, current_tables()) == TEXT, regenerate
    for token in TYPE_TOKENS.values():
        for name in SCHEMA["resources"][token]["inputProperties"]:
            assert f"| `{name}` |" in TEXT


def test_replace_tables_refuses_a_document_without_markers():
    with pytest.raises(ValueError, match="markers"):
        replace_tables("no markers", "tables")


def test_the_typescript_example_uses_real_tokens_inputs_and_outputs():
    (snippet,) = re.findall(r"```ts\n(.*?)```", TEXT, flags=re.DOTALL)
    declaration = r"const (\w+) = new sovereignChat\.(\w+)\.(\w+)\(\"[\w-]+\", \{(.*?)\}\);"
    constructed = re.findall(declaration, snippet, flags=re.DOTALL)
    assert {(module, cls) for _, module, cls, _ in constructed} == {
        tuple(token.split(":")[1:]) for token in TYPE_TOKENS.values()
    }
    tokens = {}
    for variable, module, cls, body in constructed:
        token = f"sovereign-chat:{module}:{cls}"
        resource = SCHEMA["resources"][token]
        keys = set(re.findall(r"^\s+(\w+):", body, flags=re.MULTILINE))
        assert keys <= set(resource["inputProperties"]), f"{cls}: {keys - set(resource['inputProperties'])}"
        assert set(resource["requiredInputs"]) <= keys, f"{cls} misses required inputs"
        tokens[variable] = token
    variables = "|".join(tokens)
    for variable, output in re.findall(rf"(?<!sovereignChat\.)\b({variables})\.(\w+)", snippet):
        assert output in SCHEMA["resources"][tokens[variable]]["properties"], f"{variable}.{output}"


def test_every_policy_pack_rule_is_placed():
    for rule_id in [rule.id for rule in RULES] + [rule.id for rule in STACK_RULES]:
        assert f"`{rule_id}`" in TEXT, rule_id


def test_the_readme_links_the_page_and_the_examples_exist():
    assert "(docs/platform-teams.md)" in (REPO / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\((\.\./[^)#]+)\)", TEXT):
        assert (DOC.parent / target).resolve().exists(), target
