"""The edge's WAF web ACL: what it blocks in front of the chat, as pure rule builders and one resource.

Scope CLOUDFRONT, hence in us-east-1 (the one resource outside the residency zone: it holds rules, never chat
data). Rules, in order:
1. `rate-limit-per-ip`: every request, per client IP over 5 minutes (block above the limit).
2. `new-sessions-per-ip`: per client IP, only `POST /c` without the session header (each opens a new session,
   with a token budget of its own), with its own lower limit, so one client cannot multiply the per-session
   budget by opening session after session. "Without the header" is AWS's documented form: NOT (size of the
   header > 0), which also matches an empty header (the runtime treats that as absent too).
3. `aws-common-rule-set`: the AWS managed common rule set, two body rules counted instead of blocked.
Sampled requests are off everywhere: they would keep full request headers (the session id among them) for hours.
"""

from __future__ import annotations

from collections.abc import Mapping

import pulumi
import pulumi_aws as aws

from components.residency import CLOUDFRONT_SCOPE_REGION
from runtime.http.validation import SESSION_HEADER

__all__ = [
    "CHAT_PATH",
    "COMMON_RULES_COUNTED",
    "RATE_WINDOW_SECONDS",
    "create_web_acl",
    "new_session_statement",
    "visibility",
    "waf_rules",
]

#: The chat endpoint (`POST /c` streams an answer, `GET /c` the history): CloudFront's `/c` behaviour.
CHAT_PATH = "/c"
#: WAF counts a rate-based rule's requests over this window (300 s: the limits are "per 5 minutes").
RATE_WINDOW_SECONDS = 300
#: Managed rules that would refuse legitimate chat messages: a long message exceeds the 8 KB body rule, and
#: users paste code or HTML (the page renders text only, never HTML). Counted, not blocked.
COMMON_RULES_COUNTED = ("CrossSiteScripting_BODY", "SizeRestrictions_BODY")


def visibility(metric: str) -> aws.wafv2.WebAclRuleVisibilityConfigArgsDict:
    """CloudWatch metrics on, sampled requests off (they would keep request headers for hours)."""
    return {"cloudwatch_metrics_enabled": True, "metric_name": metric, "sampled_requests_enabled": False}


def new_session_statement(
    header: str = SESSION_HEADER, path: str = CHAT_PATH
) -> aws.wafv2.WebAclRuleStatementRateBasedStatementScopeDownStatementArgsDict:
    """The requests that open a new session: method POST, path exactly `path`, and NOT (`header` longer than 0).

    WAF takes a single header's name in lower case only (it matches any case in the request).
    """
    if header != header.lower():
        raise ValueError(f"WAF names a single header in lower case, got {header!r}")
    return {
        "and_statement": {
            "statements": [
                {
                    "byte_match_statement": {
                        "field_to_match": {"method": {}},
                        "positional_constraint": "EXACTLY",
                        "search_string": "POST",
                        "text_transformations": [{"priority": 0, "type": "NONE"}],
                    }
                },
                {
                    "byte_match_statement": {
                        "field_to_match": {"uri_path": {}},
                        "positional_constraint": "EXACTLY",
                        "search_string": path,
                        "text_transformations": [{"priority": 0, "type": "NONE"}],
                    }
                },
                {
                    "not_statement": {
                        "statement": {
                            "size_constraint_statement": {
                                "field_to_match": {"single_header": {"name": header}},
                                "comparison_operator": "GT",
                                "size": 0,
                                "text_transformations": [{"priority": 0, "type": "NONE"}],
                            }
                        }
                    }
                },
            ]
        }
    }


def waf_rules(
    requests_per_5_minutes: int, new_sessions_per_5_minutes: int, metric_prefix: str
) -> list[aws.wafv2.WebAclRuleArgsDict]:
    """The web ACL's rules: the per-IP rate limit, the per-IP new-session limit (both block), the common set."""
    if new_sessions_per_5_minutes >= requests_per_5_minutes:
        raise ValueError("the new-session limit must be below the per-IP request limit")
    return [
        {
            "name": "rate-limit-per-ip",
            "priority": 0,
            "action": {"block": {}},
            "statement": {
                "rate_based_statement": {
                    "limit": requests_per_5_minutes,
                    "aggregate_key_type": "IP",
                    "evaluation_window_sec": RATE_WINDOW_SECONDS,
                }
            },
            "visibility_config": visibility(f"{metric_prefix}-rate-limit"),
        },
        {
            "name": "new-sessions-per-ip",
            "priority": 1,
            "action": {"block": {}},
            "statement": {
                "rate_based_statement": {
                    "limit": new_sessions_per_5_minutes,
                    "aggregate_key_type": "IP",
                    "evaluation_window_sec": RATE_WINDOW_SECONDS,
                    "scope_down_statement": new_session_statement(),
                }
            },
            "visibility_config": visibility(f"{metric_prefix}-new-sessions"),
        },
        {
            "name": "aws-common-rule-set",
            "priority": 2,
            "override_action": {"none": {}},
            "statement": {
                "managed_rule_group_statement": {
                    "vendor_name": "AWS",
                    "name": "AWSManagedRulesCommonRuleSet",
                    "rule_action_overrides": [
                        {"name": rule, "action_to_use": {"count": {}}} for rule in COMMON_RULES_COUNTED
                    ],
                }
            },
            "visibility_config": visibility(f"{metric_prefix}-common"),
        },
    ]


def create_web_acl(
    name: str,
    *,
    parent: pulumi.Resource,
    metric_prefix: str,
    requests_per_5_minutes: int,
    new_sessions_per_5_minutes: int,
    tags: Mapping[str, str],
) -> aws.wafv2.WebAcl:
    """The CLOUDFRONT-scoped web ACL `<name>-waf` (in us-east-1), a child of `parent` (the `Edge`)."""
    return aws.wafv2.WebAcl(
        f"{name}-waf",
        region=CLOUDFRONT_SCOPE_REGION,
        scope="CLOUDFRONT",
        description="Rate limits per IP (all requests, new sessions) and the AWS common rule set in front of the chat",
        default_action={"allow": {}},
        rules=waf_rules(requests_per_5_minutes, new_sessions_per_5_minutes, metric_prefix),
        visibility_config=visibility(f"{metric_prefix}-acl"),
        tags=dict(tags),
        opts=pulumi.ResourceOptions(parent=parent),
    )
