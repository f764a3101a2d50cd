"""The offline review lists the tools the model may call, the role's grant on exactly their functions, and the
tools' regions among the regions that receive raw personal data."""

from __future__ import annotations

from compliance.review_markdown import render_markdown
from compliance.review_report import ReviewInput, build_review

ARN = "arn:aws:lambda:eu-west-1:123456789012:function:account-lookup"
TOOL = {
    "name": "account_lookup",
    "description": "Looks up an account by IBAN.",
    "inputSchema": {"type": "object"},
    "functionArn": ARN,
    "timeoutSeconds": 8,
}


def test_the_review_lists_builtin_and_lambda_tools_with_their_grant() -> None:
    report = build_review(ReviewInput("eu", overrides={"sovereign-chat:tools.lambda": [TOOL]}))
    assert report["tools"] == [
        {"name": "loan_calculator", "kind": "built-in", "runs": "in the function", "functionArn": "", "inZone": True},
        {
            "name": "account_lookup",
            "kind": "Lambda",
            "runs": "eu-west-1, at most 8 s",
            "functionArn": ARN,
            "inZone": True,
        },
    ]
    grants = [
        s
        for role in report["functionPermissions"]
        for s in role["statements"]
        if any(a.startswith("lambda:") for a in s["actions"])
    ]
    assert [(g["actions"], g["resources"]) for g in grants] == [(["lambda:InvokeFunction"], [ARN])]
    text = render_markdown(report)
    assert "Tools the model may call" in text and ARN in text
    # The tool's region receives the user's real values: it is a region used, with raw personal data.
    [tool_region] = [entry for entry in report["regionsUsed"] if entry["region"] == "eu-west-1"]
    assert tool_region["dataClass"] == "raw" and tool_region["zone"] == "in zone"
    raw = [(i["service"], i["names"]) for i in tool_region["items"] if i["dataClass"] == "raw"]
    assert raw == [("Lambda tool", ["account_lookup"])]
    assert "eu-west-1 (Dublin, Ireland)" in text.split("- **PSEUDONYMIZED", 1)[0]
    [rule] = [r for r in report["rules"] if r["id"] == "lambda-grants-in-zone"]
    assert rule["violations"] == 0
