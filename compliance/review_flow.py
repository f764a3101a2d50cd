"""The narrative sections of the compliance review: one message's path, the function's permissions, and who may
reach the service at what cost.

Built from the validated stack config and the resources the program declared offline; pure otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from compliance.review_regions import PRICE_CLASS_EDGES, bedrock_destinations
from compliance.review_resources import StackIndex
from compliance.rules import ResourceRecord
from compliance.rules import iam_documents as iam
from components.comprehend_calls import comprehend_calls
from components.config import COMPREHEND_ENTITY_LANGUAGES, StackConfig
from components.edge_languages import language_gaps, undeclared_countries
from components.residency import parse_model_id

__all__ = ["access_and_costs", "comprehend_calls", "function_permissions", "message_path", "tools", "waf_rules"]

#: Languages Amazon Comprehend's DetectEntities (names, as PERSON) accepts.
ENTITY_API_LANGUAGES = COMPREHEND_ENTITY_LANGUAGES


def _records(index: StackIndex, type_token: str) -> list[ResourceRecord]:
    return [r for r in index.records.values() if r.type == type_token]


def _first(index: StackIndex, type_token: str) -> ResourceRecord | None:
    found = _records(index, type_token)
    return found[0] if found else None


def _located(config: StackConfig, region: str) -> str:
    """A region with its zone's name for it (`eu-central-1 (Frankfurt)`)."""
    return f"{region} ({config.zone.regions.get(region, '?')})"


def _model_route(config: StackConfig, index: StackIndex) -> str:
    """Where the model runs: the inference profile's destinations, or the in-region model's region."""
    if not parse_model_id(config.bedrock.model_id).is_inference_profile:
        return f"in-region model {config.bedrock.model_id} in {config.bedrock.region}"
    destinations = bedrock_destinations(config, index.run.outputs)
    return (
        f"inference profile {config.bedrock.model_id}, called in {config.bedrock.region}; served in "
        f"{', '.join(destinations) or '?'}"
    )


def _backup_days(index: StackIndex) -> int:
    """How long the sessions table's point-in-time backups keep a deleted item (35 days unless declared)."""
    table = _first(index, "aws:dynamodb/table:Table")
    recovery = (table.inputs.get("pointInTimeRecovery") or {}) if table else {}
    return int(recovery.get("recoveryPeriodInDays") or 35)


def _edge_steps(config: StackConfig) -> list[dict[str, str]]:
    """Steps 1 and 2: the browser to CloudFront, CloudFront to the function."""
    return [
        {
            "step": "1. Browser to CloudFront",
            "service": "CloudFront edge location (WAF in front)",
            "where": f"the viewer's nearest edge of {config.edge.price_class}: global, not pinned to the zone",
            "sees": "RAW personal data (TLS terminates at the edge)",
            "stores": "nothing: /c is never cached, no access logs, WAF sampled requests off",
        },
        {
            "step": "2. CloudFront to the function",
            "service": "Lambda Function URL (AWS_IAM auth, SigV4-signed by CloudFront's Origin Access Control)",
            "where": _located(config, config.home_region),
            "sees": "RAW personal data",
            "stores": "nothing",
        },
    ]


def _detection_step(config: StackConfig) -> dict[str, str]:
    """Step 3: which Comprehend calls the function makes, in which languages, and its built-in detectors."""
    languages = config.comprehend.languages
    calls = comprehend_calls(languages)
    unread = [lang for lang in languages if lang not in ENTITY_API_LANGUAGES]
    service = "the function's built-in detectors"
    where = f"built-in detectors: in the function; languages {', '.join(languages)}"
    if calls:
        service = f"Amazon Comprehend ({'; '.join(calls)}) and {service}"
        where = f"Comprehend: {_located(config, config.comprehend.region)}; {where}"
    if unread:
        service += f" (alone in {', '.join(unread)}: Comprehend cannot read {'it' if len(unread) == 1 else 'them'})"
    return {
        "step": "3. Detection",
        "service": service,
        "where": where,
        "sees": "RAW personal data",
        "stores": "nothing in this stack" + (" (see the caveat on the AI services opt-out)" if calls else ""),
    }


def _vault_step(config: StackConfig, backup_days: int) -> dict[str, str]:
    """Step 4: pseudonymization, and where the originals are kept for how long."""
    days = config.settings["history_retention_days"]
    return {
        "step": "4. Pseudonymization",
        "service": "the function, DynamoDB table",
        "where": _located(config, config.home_region),
        "sees": "RAW personal data",
        "stores": f"the vault (placeholder to original) and the user's originals in DynamoDB, KMS-encrypted, "
        f"deleted by TTL {days} days after the last message (then kept in point-in-time backups up to "
        f"{backup_days} days)",
    }


def _model_step(config: StackConfig, route: str, invocation_logging: bool) -> dict[str, str]:
    """Step 5: the model call, on pseudonymized text only."""
    guardrail = (
        "; a Bedrock Guardrail masks listed PII types on the input as a second net"
        if config.bedrock.guardrail_enabled
        else ""
    )
    logging = (
        "logging is ON in this stack (check its destination)"
        if invocation_logging
        else "logging is not set by this stack (an account-wide setting: keep it off or in the zone)"
    )
    return {
        "step": "5. Model call",
        "service": "Amazon Bedrock ConverseStream" + guardrail,
        "where": route,
        "sees": "PSEUDONYMIZED text only (placeholders instead of personal data)",
        "stores": "nothing: Bedrock does not store or use prompts and answers for training; model invocation "
        + logging,
    }


def _answer_steps(config: StackConfig) -> list[dict[str, str]]:
    """Steps 6 and 7: the answer back to the viewer, and the logs."""
    home = _located(config, config.home_region)
    days = config.settings["history_retention_days"]
    return [
        {
            "step": "6. Answer",
            "service": "the function (re-identifies placeholders in the stream), CloudFront",
            "where": f"{home}, then the viewer's edge",
            "sees": "RAW personal data (the answer with the viewer's own data restored)",
            "stores": f"the pseudonymized conversation in DynamoDB, TTL {days} days",
        },
        {
            "step": "7. Logs",
            "service": "CloudWatch Logs",
            "where": home,
            "sees": "operational events only: no message text, no personal data, no session ids",
            "stores": f"KMS-encrypted, {config.chat.log_retention_days} days",
        },
    ]


def message_path(config: StackConfig, index: StackIndex) -> list[dict[str, str]]:
    """One chat message, step by step: who sees raw personal data, who sees only pseudonymized text, storage."""
    invocation_logging = _first(
        index, "aws:bedrock/modelInvocationLoggingConfiguration:ModelInvocationLoggingConfiguration"
    )
    return [
        *_edge_steps(config),
        _detection_step(config),
        _vault_step(config, _backup_days(index)),
        _model_step(config, _model_route(config, index), invocation_logging is not None),
        *_answer_steps(config),
    ]


def _where(statement: iam.PolicyStatement) -> str:
    regions = set()
    global_arns = False
    for resource in statement.resources:
        field = iam.region_field_of_arn(resource)
        if field:
            regions.add(field)
        elif field == "":
            global_arns = True
    pinned = iam.condition_values(statement.condition, "aws:RequestedRegion", ("StringEquals",))
    parts = []
    if regions:
        parts.append(", ".join(sorted(regions)))
    if pinned:
        parts.append(f"aws:RequestedRegion in {', '.join(sorted(pinned))}")
    if global_arns:
        parts.append("region-less ARN (the resource's own region)")
    if "*" in statement.resources and not pinned:
        parts.append("ANY region")
    return "; ".join(parts) or "-"


def _role_documents(index: StackIndex, role: ResourceRecord) -> list[tuple[str, Any]]:
    role_refs = {role.urn}
    documents: list[tuple[str, Any]] = [
        (f"inline {item.get('name')}", item.get("policy")) for item in role.inputs.get("inlinePolicies") or []
    ]
    policies_by_arn = {
        arn: record
        for arn, name in index.names_by_arn.items()
        for record in _records(index, "aws:iam/policy:Policy")
        if record.name == name
    }
    attached: list[tuple[str, Any]] = []
    for record in index.records.values():
        refers = bool(role_refs & set(record.refs.get("role", ()))) or record.inputs.get("role") == role.name
        if not refers:
            continue
        if record.type == "aws:iam/rolePolicy:RolePolicy":
            attached.append((f"inline {record.name}", record.inputs.get("policy")))
        elif record.type == "aws:iam/rolePolicyAttachment:RolePolicyAttachment":
            arn = str(record.inputs.get("policyArn"))
            policy = policies_by_arn.get(arn)
            attached.append(
                (f"managed {policy.name if policy else arn}", policy.inputs.get("policy") if policy else None)
            )
    # Resources register in whatever order the program's outputs resolve: sort (inline before managed, by name)
    # so that the report is the same on every run.
    return documents + sorted(attached, key=lambda document: document[0])


def function_permissions(index: StackIndex) -> list[dict[str, Any]]:
    """What each execution role may call and where (every statement of its inline and attached policies)."""
    roles = []
    for role in _records(index, "aws:iam/role:Role"):
        trust = iam.parse_policy_document(role.inputs.get("assumeRolePolicy"))
        principals = sorted({str(p) for s in trust for p in iam.as_list((s.principal or {}).get("Service"))})
        statements = []
        for source, document in _role_documents(index, role):
            if document is None:
                statements.append(
                    {
                        "policy": source,
                        "sid": "",
                        "effect": "?",
                        "actions": [],
                        "resources": [],
                        "where": "not known offline (an AWS managed policy?)",
                        "condition": {},
                    }
                )
                continue
            for statement in iam.parse_policy_document(document):
                statements.append(
                    {
                        "policy": source,
                        "sid": statement.sid,
                        "effect": statement.effect,
                        "actions": list(statement.actions or statement.not_actions),
                        "resources": list(statement.resources or statement.not_resources),
                        "where": _where(statement),
                        "condition": _plain(statement.condition),
                    }
                )
        roles.append({"role": role.name, "assumedBy": principals, "statements": statements})
    return roles


def tools(config: StackConfig) -> list[dict[str, Any]]:
    """The tools the model may call (docs/tools.md): built-in ones run in the function; a Lambda tool receives
    the user's real values, so its function's region is listed with whether the zone allows it."""
    listed: list[dict[str, Any]] = [
        {"name": name, "kind": "built-in", "runs": "in the function", "functionArn": "", "inZone": True}
        for name in config.settings["tools_builtin"]
    ]
    for tool in config.tools.lambda_tools:
        listed.append(
            {
                "name": tool.spec.name,
                "kind": "Lambda",
                "runs": f"{tool.region}, at most {tool.timeout_seconds:g} s",
                "functionArn": tool.function_arn,
                "inZone": config.zone.allows_region(tool.region),
            }
        )
    return listed


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _matched(statement: Mapping[str, Any]) -> str:
    """A scope-down statement in words (`POST /c without the x-session-id header`); `some requests` otherwise."""
    if "andStatement" in statement:
        return " ".join(_matched(part) for part in (statement["andStatement"] or {}).get("statements") or [])
    match = statement.get("byteMatchStatement")
    if match and match.get("positionalConstraint") == "EXACTLY":
        return str(match.get("searchString"))
    size = ((statement.get("notStatement") or {}).get("statement") or {}).get("sizeConstraintStatement")
    header = ((size or {}).get("fieldToMatch") or {}).get("singleHeader")
    if size and header and size.get("comparisonOperator") == "GT" and not size.get("size"):
        return f"without the {header.get('name')} header"
    return "some requests"


def waf_rules(web_acl: ResourceRecord | None) -> list[dict[str, Any]]:
    """The web ACL's rules in order: rate-based ones with their limit per 5 minutes and the requests they count
    (`scope`, empty for all), managed rule groups."""
    rules = []
    for rule in (web_acl.inputs.get("rules") or []) if web_acl else []:
        statement = rule.get("statement") or {}
        rate = statement.get("rateBasedStatement")
        managed = statement.get("managedRuleGroupStatement")
        found: dict[str, Any] = {"name": rule.get("name"), "kind": "other", "limit": None, "per": "", "scope": ""}
        if rate:
            scope = rate.get("scopeDownStatement")
            found.update(
                kind="rate limit",
                limit=int(rate.get("limit")),
                per=str(rate.get("aggregateKeyType") or "IP"),
                scope=_matched(scope) if scope else "",
            )
        elif managed:
            found.update(kind=f"managed rule group {managed.get('vendorName')} {managed.get('name')}")
        rules.append(found)
    return rules


def _origin_access(index: StackIndex, distribution: ResourceRecord | None) -> list[dict[str, Any]]:
    by_id = {r.id: r for r in index.run.resources if r.id}
    origins = []
    for origin in (distribution.inputs.get("origins") or []) if distribution else []:
        oac = by_id.get(str(origin.get("originAccessControlId") or ""))
        origins.append(
            {
                "origin": origin.get("originId"),
                "domain": origin.get("domainName"),
                "originAccessControl": oac.name if oac else None,
                "originType": oac.inputs.get("originAccessControlOriginType") if oac else None,
                "signing": oac.inputs.get("signingBehavior") if oac else None,
            }
        )
    return origins


def access_and_costs(config: StackConfig, index: StackIndex) -> dict[str, Any]:
    """Who may reach the service (viewer countries, WAF rules, origins CloudFront signs for) and the cost controls,
    as declared and as configured; the admitted countries whose languages detection misses, with what protects
    their text (`components.edge_languages`), and those whose languages the project does not declare."""
    distribution = _first(index, "aws:cloudfront/distribution:Distribution")
    geo = ((distribution.inputs.get("restrictions") or {}).get("geoRestriction") or {}) if distribution else {}
    rules = waf_rules(_first(index, "aws:wafv2/webAcl:WebAcl"))
    per_ip = [r["limit"] for r in rules if r["kind"] == "rate limit" and not r["scope"]]
    function = _first(index, "aws:lambda/function:Function")
    env = ((function.inputs.get("environment") or {}).get("variables") or {}) if function else {}
    urls = _records(index, "aws:lambda/functionUrl:FunctionUrl")
    countries = list(config.edge.allowed_viewer_countries)
    return {
        "viewerCountries": list(geo.get("locations") or []),
        "geoRestrictionType": geo.get("restrictionType"),
        "configuredViewerCountries": countries,
        "viewerLanguageGaps": [
            {"country": gap.country, "languages": list(gap.languages), "protection": gap.protection}
            for gap in language_gaps(countries, config.comprehend.languages)
        ],
        "viewerCountriesNotJudged": list(undeclared_countries(countries)),
        "priceClass": config.edge.price_class,
        "priceClassEdges": PRICE_CLASS_EDGES.get(config.edge.price_class, "?"),
        "wafRequestsPer5MinutesPerIp": per_ip[0] if per_ip else None,
        "wafRules": rules,
        "origins": _origin_access(index, distribution),
        "functionUrlAuth": sorted({str(url.inputs.get("authorizationType")) for url in urls}),
        "sessionTokenBudget": int(env.get("CHAT_SESSION_TOKEN_BUDGET") or config.settings["session_token_budget"]),
        "maxMessageBytes": int(env.get("CHAT_MAX_MESSAGE_BYTES") or config.settings["max_message_bytes"]),
        "maxOutputTokens": config.settings["max_output_tokens"],
        "lambdaTimeoutSeconds": config.chat.lambda_timeout_seconds,
        "lambdaMemoryMb": config.chat.lambda_memory_mb,
    }
