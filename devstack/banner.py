"""The `make run` banner: what runs where, what each LOCAL STAND-IN can and cannot do, and where each keeps the
requests it received (docs/local-stack.md, "Request logs")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from devstack.standins.comprehend_names import capabilities

INDENT = " " * 20


class _Server(Protocol):
    @property
    def url(self) -> str: ...


class _Choices(Protocol):
    @property
    def comprehend_enabled(self) -> bool: ...


class _StartedStack(Protocol):
    """What the banner reads of a started local stack (`devstack.launcher.LocalStack`, which imports this)."""

    @property
    def config(self) -> _Choices: ...
    @property
    def url(self) -> str: ...
    @property
    def env(self) -> Mapping[str, str]: ...
    @property
    def moto(self) -> _Server | None: ...
    @property
    def bedrock(self) -> object | None: ...
    @property
    def bedrock_url(self) -> str | None: ...
    @property
    def comprehend(self) -> object | None: ...
    @property
    def comprehend_url(self) -> str | None: ...
    @property
    def lambda_url(self) -> str | None: ...


def banner(stack: _StartedStack) -> str:
    """The banner of a started stack."""
    assert stack.moto is not None
    bedrock = stack.bedrock_url or f"real AWS ({stack.env['CHAT_BEDROCK_REGION']})"
    lines = [
        "sovereign-chat local stack",
        f"  chat app + page : {stack.url}/   (health: {stack.url}/healthz)",
        f"  DynamoDB, S3    : {stack.moto.url}   [moto server]",
        f"  Bedrock runtime : {bedrock}   [{'LOCAL STAND-IN' if stack.bedrock else 'external'}]",
    ]
    if stack.bedrock:
        lines.append(f"{INDENT}answers with what it received; request log: GET {bedrock}/_standin/requests")
    lines.append(f"  Comprehend      : {_comprehend(stack)}")
    if stack.comprehend:
        lines += [f"{INDENT}{line}" for line in capabilities()]
        lines.append(f"{INDENT}call log (operation and language only): GET {stack.comprehend_url}/_standin/calls")
    lines.append(f"  Lambda tools    : {stack.lambda_url or 'none'}   [LOCAL STAND-IN: echo tool account_lookup]")
    if stack.lambda_url:
        lines.append(f"{INDENT}invocation log (what tools got): GET {stack.lambda_url}/_standin/invocations")
    lines += [f"  languages       : {stack.env['CHAT_LANGUAGES']}", "Ctrl-C stops everything."]
    return "\n".join(lines)


def _comprehend(stack: _StartedStack) -> str:
    if not stack.config.comprehend_enabled:
        return "off, built-in detectors only"
    if stack.comprehend:
        return f"{stack.comprehend_url}   [LOCAL STAND-IN: a fixed name list, not a model]"
    return f"{stack.comprehend_url or 'real AWS (' + stack.env['CHAT_COMPREHEND_REGION'] + ')'}   [external]"
