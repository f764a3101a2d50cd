"""The `make run` banner says what each LOCAL STAND-IN can and cannot do and where its request log is."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from devstack.banner import banner
from devstack.launcher import LocalStack, LocalStackConfig
from devstack.standins.comprehend_names import capabilities

ENV = {"CHAT_BEDROCK_REGION": "eu-central-1", "CHAT_COMPREHEND_REGION": "eu-west-1", "CHAT_LANGUAGES": "pt,en"}


def stack(*, comprehend: bool = True, standins: bool = True) -> LocalStack:
    fake = SimpleNamespace(
        config=LocalStackConfig(comprehend_enabled=comprehend),
        url="http://127.0.0.1:8000",
        moto=SimpleNamespace(url="http://127.0.0.1:1"),
        bedrock=object() if standins else None,
        bedrock_url="http://127.0.0.1:2" if standins else None,
        comprehend=object() if standins and comprehend else None,
        comprehend_url="http://127.0.0.1:3" if standins and comprehend else None,
        lambda_url="http://127.0.0.1:4" if standins else None,
        env=ENV,
    )
    return cast(LocalStack, fake)


def test_the_stand_ins_say_what_they_do_not_do_and_where_their_logs_are() -> None:
    text = banner(stack())
    assert "Bedrock runtime : http://127.0.0.1:2   [LOCAL STAND-IN]" in text
    assert "GET http://127.0.0.1:2/_standin/requests" in text
    assert "Comprehend      : http://127.0.0.1:3   [LOCAL STAND-IN: a fixed name list, not a model]" in text
    for line in capabilities():
        assert line in text
    assert "GET http://127.0.0.1:3/_standin/calls" in text
    assert "GET http://127.0.0.1:4/_standin/invocations" in text
    assert text.endswith("Ctrl-C stops everything.")


def test_without_comprehend_or_with_real_aws_nothing_claims_to_be_a_stand_in() -> None:
    off = banner(stack(comprehend=False))
    assert "Comprehend      : off, built-in detectors only" in off and "listed given names" not in off
    real = banner(stack(standins=False))
    assert "Bedrock runtime : real AWS (eu-central-1)   [external]" in real
    assert "Comprehend      : real AWS (eu-west-1)   [external]" in real
    assert "_standin" not in real and "listed given names" not in real
