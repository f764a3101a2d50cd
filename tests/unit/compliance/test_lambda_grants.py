"""Policy rule lambda-grants-in-zone: invoking tool functions only on exact function ARNs of the zone."""

from __future__ import annotations

import json

import pytest

from compliance.rules import ResourceRecord, evaluate
from tests.unit.compliance.records import context

EU = "eu"

RULE = "lambda-grants-in-zone"
IN_ZONE = "arn:aws:lambda:eu-west-1:123456789012:function:account-lookup"


def messages(resource: object, action: object = "lambda:InvokeFunction") -> list[str]:
    document = json.dumps({"Statement": [{"Sid": "Tools", "Effect": "Allow", "Action": action, "Resource": resource}]})
    record = ResourceRecord("aws:iam/rolePolicy:RolePolicy", "p", {"policy": document})
    return [v.message for v in evaluate([record], context(EU)) if v.rule == RULE]


def test_exact_in_zone_functions_pass() -> None:
    assert messages([IN_ZONE, IN_ZONE + ":live"]) == []


@pytest.mark.parametrize(
    ("resource", "fragment"),
    [
        ("*", "every function in every region"),
        ("arn:aws:lambda:eu-west-1:123456789012:function:*", "a wildcard"),
        ("arn:aws:lambda:*:123456789012:function:account-lookup", "a wildcard"),
        ("arn:aws:lambda:us-east-1:123456789012:function:account-lookup", "outside zone 'eu'"),
    ],
)
def test_broad_or_foreign_function_grants_are_refused(resource: str, fragment: str) -> None:
    [message] = messages(resource)
    assert fragment in message and "Tools" in message


def test_any_lambda_action_counts() -> None:
    assert messages("*", "lambda:*") and messages("*", "*")
    assert messages("*", "s3:GetObject") == []
