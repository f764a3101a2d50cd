"""Every stack-config snippet of the README and docs/ is one the program accepts.

A `yaml` block holding `sovereign-chat:` (or `aws:`) keys is laid over the `eu` stack file (objects merged key by
key, as a reader would paste it) and validated like `pulumi up` validates a stack; a
`pulumi config set [--path] KEY VALUE` line anywhere names a key the schema knows (a dotted key without
`--path` is a flat key, which Pulumi stores as such and the program refuses).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from components.config import validate_stack_config

ROOT = Path(__file__).resolve().parents[3]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^( *)```(\w*)\n(.*?)^\1```", re.M | re.S)
_NAMESPACES = ("sovereign-chat:", "aws:")


def _blocks(kind: str) -> Iterator[tuple[str, str]]:
    for page in PAGES:
        for match in _BLOCK.finditer(page.read_text(encoding="utf-8")):
            if match.group(2) == kind:
                indent = len(match.group(1))
                body = "\n".join(line[indent:] for line in match.group(3).splitlines())
                yield f"{page.name}:{match.group(0)[:40]!r}", body


def _merged(base: Mapping[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in overlay.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merged(merged[key], value)
        else:
            merged[key] = value
    return merged


def _stack_config() -> dict[str, Any]:
    document = yaml.safe_load((ROOT / "Pulumi.eu.yaml").read_text(encoding="utf-8"))
    config: dict[str, Any] = document["config"]
    return config


YAML_SNIPPETS = [(where, body) for where, body in _blocks("yaml") if any(ns in body for ns in _NAMESPACES)]
_CONFIG_SET = re.compile(r"pulumi config set [^`\n]*sovereign-chat:[^`\n]*")
CONFIG_SET_LINES = [
    (page.name, match.group(0).strip())
    for page in PAGES
    for match in _CONFIG_SET.finditer(page.read_text(encoding="utf-8"))
]


def test_the_docs_hold_config_snippets() -> None:
    assert YAML_SNIPPETS, "no yaml config snippet found: the extraction is broken"


@pytest.mark.parametrize(("where", "snippet"), YAML_SNIPPETS, ids=[where for where, _ in YAML_SNIPPETS])
def test_a_yaml_snippet_is_a_valid_stack_config(where: str, snippet: str) -> None:
    document = yaml.safe_load(snippet)
    assert isinstance(document, dict), f"{where}: not a YAML mapping"
    raw = _merged(_stack_config(), document.get("config", document))
    config, violations = validate_stack_config(raw)
    assert violations == [], f"{where}: {violations}"
    assert config is not None


@pytest.mark.parametrize(("where", "line"), CONFIG_SET_LINES, ids=[line for _, line in CONFIG_SET_LINES])
def test_a_config_set_command_names_a_known_key(where: str, line: str) -> None:
    words = [word for word in shlex.split(line)[3:] if word != "--secret"]
    path = words[0] == "--path"
    key, value = (words[1], words[2]) if path else (words[0], words[1])
    namespace, _, name = key.partition(":")
    head, _, rest = name.partition(".")
    overlay = {f"{namespace}:{head}": {rest: value}} if path and rest else {key: value}
    _, violations = validate_stack_config(_merged(_stack_config(), overlay))
    unknown = [v for v in violations if "unknown" in str(v).lower()]
    assert unknown == [], f"{where}: {line}"


def test_a_flat_dotted_key_is_refused_as_unknown() -> None:
    _, violations = validate_stack_config({**_stack_config(), "sovereign-chat:chat.maxToolRounds": 5})
    assert any("unknown" in str(v).lower() for v in violations)
