"""Layering of the deployed runtime, read from the imports of its source (`ast`, nothing is imported).

- `runtime/chat` (the turn's logic) depends on its own types and ports only: it imports no AWS adapter and
  nothing of the HTTP layer (`runtime/http` frames the turn's events; `runtime.services` wires the adapters);
- `runtime/aws` (adapters: I/O only) knows nothing of the HTTP contract or the chat layer, except the turn's types
  and ports it implements (`runtime.chat.session`, `runtime.chat.model_events`, `runtime.chat.ports`);
- `runtime/privacy` (pure, and detection's orchestration behind its Comprehend port) imports no adapter, HTTP
  or chat module;
- the shared declarations (`runtime.errors`, `runtime.chat.model_events`) import nothing of the project;
- nothing under `runtime/` imports the local-only or deployment code (`devstack`, `components`, `compliance`),
  nor `moto` or `pulumi`: none of them ships to Lambda.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

RUNTIME = Path(__file__).resolve().parents[3] / "runtime"
NEVER_IN_RUNTIME = ("devstack", "components", "compliance", "moto", "pulumi", "pulumi_aws")
#: The chat modules an AWS adapter may import: the types and ports it implements.
CHAT_FOR_ADAPTERS = ("runtime.chat.session", "runtime.chat.model_events", "runtime.chat.ports")
#: Modules of declarations shared across layers: they import nothing of the project.
SELF_CONTAINED = ("runtime.errors", "runtime.chat.model_events", "runtime.futures")


def imported_names(source: str, module: str) -> Iterator[str]:
    """Every module (or `module.name` for `from module import name`) imported anywhere in `source`, the
    source of `module`; relative imports are resolved."""
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            yield from (f"{base}.{alias.name}" for alias in node.names)


def within(name: str, prefix: str) -> bool:
    """Whether module path `name` is `prefix` or inside it."""
    return name == prefix or name.startswith(prefix + ".")


def violations(name: str, module: str) -> list[str]:
    """The layering rules `module` breaks by importing `name`."""
    found = []
    if any(within(name, forbidden) for forbidden in NEVER_IN_RUNTIME):
        found.append("local-only or deployment code in the runtime")
    if within(module, "runtime.aws") and (
        within(name, "runtime.http")
        or (within(name, "runtime.chat") and not any(within(name, allowed) for allowed in CHAT_FOR_ADAPTERS))
    ):
        found.append("an AWS adapter imports the HTTP contract or the chat layer")
    if within(module, "runtime.chat") and any(within(name, layer) for layer in ("runtime.aws", "runtime.http")):
        found.append("the turn's logic imports an AWS adapter or the HTTP layer")
    if module in SELF_CONTAINED and within(name, "runtime"):
        found.append("a shared declaration imports the project")
    if within(module, "runtime.privacy") and any(
        within(name, layer) for layer in ("runtime.aws", "runtime.http", "runtime.chat")
    ):
        found.append("pure privacy code imports an adapter, HTTP or chat module")
    return found


def runtime_modules() -> Iterator[tuple[str, Path]]:
    """(dotted name, path) of every runtime source file; a package's `__init__` keeps its name so that its
    relative imports resolve inside the package."""
    for path in sorted(RUNTIME.rglob("*.py")):
        yield ".".join(path.relative_to(RUNTIME.parent).with_suffix("").parts), path


def test_the_runtime_respects_its_layers() -> None:
    modules = list(runtime_modules())
    assert any(within(name, "runtime.aws") for name, _ in modules)
    assert any(within(name, "runtime.privacy") for name, _ in modules)
    broken = [
        f"{module} imports {name}: {rule}"
        for module, path in modules
        for name in imported_names(path.read_text(encoding="utf-8"), module)
        for rule in violations(name, module)
    ]
    assert broken == []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("runtime.aws.bedrock", "from runtime.chat.errors import model_error"),
        ("runtime.aws.bedrock", "from runtime.chat import errors"),
        ("runtime.aws.sessions", "import runtime.http.sse"),
        ("runtime.aws.sessions", "def f():\n    from ..http import sse\n"),
        ("runtime.privacy.pseudonymize", "from runtime.aws.clients import AwsClients"),
        ("runtime.privacy.detectors.names", "from ...chat import turn"),
        ("runtime.settings", "import moto"),
        ("runtime.http.app", "from devstack.standins import bedrock"),
        ("runtime.services", "import pulumi_aws as aws"),
        ("runtime.chat.turn", "from components.config import load"),
        ("runtime.chat.turn", "from runtime.aws.bedrock import ModelStream"),
        ("runtime.chat.model_relay", "from runtime.http.sse import token_event"),
        ("runtime.chat.tool_round", "from ..aws.comprehend import Comprehend"),
        ("runtime.aws.prompt", "from runtime.chat.turn import ChatTurn"),
        ("runtime.errors", "from runtime.settings import Settings"),
        ("runtime.chat.model_events", "from runtime.chat import errors"),
    ],
)
def test_each_rule_catches_a_forbidden_import(module: str, source: str) -> None:
    assert [rule for name in imported_names(source, module) for rule in violations(name, module)]


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("runtime.aws.sessions", "from runtime.chat.session import SessionRecord"),
        ("runtime.aws.sessions", "from runtime.chat import session"),
        ("runtime.aws.comprehend", "from runtime.privacy.detection import DetectionUnavailable"),
        ("runtime.aws.bedrock", "from runtime.chat.model_events import Failed, ModelRequest"),
        ("runtime.aws.prompt", "from runtime.chat.ports import PromptUnavailable"),
        ("runtime.privacy.spans", "from .types import PiiSpan"),
        ("runtime.chat.turn", "from runtime.privacy.detection import Detection\nfrom runtime.errors import ErrorCode"),
        ("runtime.http.turn_events", "from runtime.chat.ports import ToolStatus\nfrom runtime.http import sse"),
        ("runtime.http.app", "import componentsx"),
    ],
)
def test_allowed_imports_pass(module: str, source: str) -> None:
    assert [rule for name in imported_names(source, module) for rule in violations(name, module)] == []
