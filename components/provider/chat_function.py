"""`ChatFunction` with flat inputs, for the cross-language package (and any Python program that prefers them).

The same component as `components.chat_function.ChatFunction` (same resources, logical names and type token
`sovereign-chat:chat_function:ChatFunction`); only its inputs differ: flat, typed and documented, mapped to
`ChatFunctionArgs` by `chat_function_args`. No `from __future__ import annotations` here: the package schema is
read from these annotations and the docstrings under them. The inputs of the settings tuned per stack are not
written here: `declare_setting_inputs` adds them to `ChatFunctionInputs` from the runtime's table of settings
(`runtime.settings.STACK_SETTINGS`: name, type, default, range and description).
"""

from collections.abc import Mapping
from pathlib import Path
from typing import Any, NotRequired, TypedDict

import pulumi
import pulumi_aws as aws

from components import chat_function as base
from components.config_schema import ARCHITECTURES, LOG_RETENTION_DAYS
from components.package_builder import deployment_package
from components.provider.inputs import (
    InputsRefused,
    OptionalInput,
    declare_setting_inputs,
    input_name,
    integer,
    prefix_violations,
    spec_violations,
    value_or_default,
    zone_named,
)
from components.residency import ResidencyZone, Violation
from components.runtime_env import RuntimeSettings
from runtime.settings import STACK_SETTINGS, setting
from runtime.tools.specs import ToolSpecError, parse_lambda_tools

__all__ = ["CHOICES", "OPTIONAL", "SETTING_INPUTS", "ChatFunction", "ChatFunctionInputs", "chat_function_args"]

COMPONENT = "ChatFunction"


class ChatFunctionInputs(TypedDict):
    """Inputs of the chat function: where it runs, what it calls and how it is sized."""

    residency_zone: str
    """Residency zone every region of the function must lie in (its own, Bedrock's, Comprehend's, its tool
    functions'); checked before any resource is declared."""
    region: str
    """Region of the function, its sessions table, prompt bucket, KMS key and log group."""
    bedrock_model_id: str
    """Bedrock model the function calls: an inference profile of the zone's geography (e.g. `eu.` ids, whose
    destinations the zone must hold) or an in-region model id. `global.` profiles are refused."""
    comprehend_region: str
    """Region of Amazon Comprehend (personal data detection): in the zone and offering Comprehend."""
    languages: list[str]
    """Languages of the market (ISO 639-1), the first being the default."""
    bedrock_region: NotRequired[str]
    """Region of the Bedrock runtime endpoint. Default: `region`."""
    metrics_namespace: NotRequired[str]
    """CloudWatch namespace of the function's metrics."""
    lambda_tools_json: NotRequired[str]
    """Platform-team tools run by Lambda functions of the zone, as a JSON list of
    `{name, description, inputSchema, functionArn, timeoutSeconds}` (the role may invoke exactly these)."""
    architecture: NotRequired[str]
    """Lambda CPU architecture."""
    memory_mb: NotRequired[int]
    """Lambda memory in MB."""
    timeout_seconds: NotRequired[int]
    """Lambda timeout in seconds: the longest answer stream."""
    log_retention_days: NotRequired[int]
    """Days CloudWatch keeps the function's logs."""
    table_deletion_protection: NotRequired[bool]
    """Protect the sessions table against deletion."""
    guardrail_id: NotRequired[pulumi.Input[str]]
    """Bedrock guardrail passed on every model call (e.g. `AiAccess.guardrailId`); needs `guardrailVersion`."""
    guardrail_version: NotRequired[pulumi.Input[str]]
    """Version of the Bedrock guardrail (e.g. `AiAccess.guardrailVersion`)."""
    policy_arns: NotRequired[list[pulumi.Input[str]]]
    """Managed policies attached to the function's role besides its own grants (e.g. `AiAccess.policyArn`)."""
    alarm_name_prefix: NotRequired[str]
    """Name prefix of the alarms (an `Operations` with the same `alarmNamePrefix`) that may use the function's KMS
    key to notify their encrypted topic. Default: none may."""
    package_path: NotRequired[str]
    """Path of the deployment zip. Default: built from the library's runtime (downloads the pinned wheels once)."""
    prompt_file: NotRequired[str]
    """Path of the system prompt uploaded to the prompt bucket. Default: the library's prompt."""
    tags: NotRequired[dict[str, str]]
    """Tags applied to every taggable resource."""


#: The settings of the function a platform team tunes per stack (`runtime.settings.STACK_SETTINGS`), declared on
#: `ChatFunctionInputs` from that table: name, type, default, range, choices and description.
SETTING_INPUTS: dict[str, OptionalInput] = declare_setting_inputs(ChatFunctionInputs, STACK_SETTINGS)
#: The optional inputs: the stack config key each one mirrors (default, range, choices) or its own default.
OPTIONAL: dict[str, OptionalInput] = {
    "bedrock_region": OptionalInput(),
    **SETTING_INPUTS,
    "metrics_namespace": OptionalInput(default=setting("metrics_namespace").default_value),
    "lambda_tools_json": OptionalInput(default="[]"),
    "architecture": OptionalInput(stack_key="chat.lambdaArchitecture"),
    "memory_mb": OptionalInput(stack_key="chat.lambdaMemoryMb"),
    "timeout_seconds": OptionalInput(stack_key="chat.lambdaTimeoutSeconds"),
    "log_retention_days": OptionalInput(stack_key="chat.logRetentionDays"),
    "table_deletion_protection": OptionalInput(stack_key="chat.tableDeletionProtection"),
    "guardrail_id": OptionalInput(),
    "guardrail_version": OptionalInput(),
    "policy_arns": OptionalInput(default=[]),
    "alarm_name_prefix": OptionalInput(),
    "package_path": OptionalInput(),
    "prompt_file": OptionalInput(),
    "tags": OptionalInput(default={}),
}
#: Allowed values of the string inputs that have a fixed set (listed in the package schema's descriptions).
CHOICES: dict[str, tuple[object, ...]] = {"architecture": ARCHITECTURES, "log_retention_days": LOG_RETENTION_DAYS}
#: The integer inputs (other languages send every number as a float).
_INTEGERS = tuple(
    name for name, optional in OPTIONAL.items() if optional.spec is not None and optional.spec.kind == "int"
)


def _checked_values(inputs: ChatFunctionInputs) -> dict[str, Any]:
    """Every optional input's value (given or default), integers taken back, ranges and choices checked."""
    given: Mapping[str, object] = inputs
    values = {name: value_or_default(given, name, OPTIONAL) for name in OPTIONAL}
    for name in _INTEGERS:
        values[name] = integer(COMPONENT, name, values[name])
    found: list[Violation] = []
    for name, optional in OPTIONAL.items():
        if optional.spec is not None and name in given:
            found += spec_violations(name, values[name], optional.spec)
    if values["alarm_name_prefix"] is not None:
        found += prefix_violations(values["alarm_name_prefix"])
    try:
        values["lambda_tools_json"] = parse_lambda_tools(values["lambda_tools_json"])
    except (ToolSpecError, ValueError) as error:
        found.append(Violation("lambdaToolsJson", values["lambda_tools_json"], str(error)))
    if found:
        raise InputsRefused(COMPONENT, found)
    return values


def _runtime(inputs: ChatFunctionInputs, values: Mapping[str, Any], zone: ResidencyZone) -> RuntimeSettings:
    """The runtime settings: the places the function calls, then every tuned setting by its `Settings` field."""
    return RuntimeSettings(
        home_region=inputs["region"],
        bedrock_region=values["bedrock_region"] or inputs["region"],
        bedrock_model_id=inputs["bedrock_model_id"],
        comprehend_region=inputs["comprehend_region"],
        languages=list(inputs["languages"]),
        allowed_regions=sorted(zone.region_names),
        metrics_namespace=values["metrics_namespace"],
        tools_lambda=values["lambda_tools_json"],
        **{spec.field: values[input_name(spec)] for spec in STACK_SETTINGS},
    )


def chat_function_args(inputs: ChatFunctionInputs) -> base.ChatFunctionArgs:
    """The `ChatFunctionArgs` of flat inputs: defaults filled in, ranges checked, the zone's rules applied."""
    zone = zone_named(COMPONENT, inputs.get("residency_zone"))
    values = _checked_values(inputs)
    architecture = values["architecture"]
    package = values["package_path"]
    return base.ChatFunctionArgs(
        region=inputs["region"],
        package_path=Path(package) if package else deployment_package(architecture).path,
        prompt_file=Path(values["prompt_file"]) if values["prompt_file"] else base.DEFAULT_PROMPT_FILE,
        runtime=_runtime(inputs, values, zone),
        tags=dict(values["tags"]),
        architecture=architecture,
        memory_mb=values["memory_mb"],
        timeout_seconds=values["timeout_seconds"],
        log_retention_days=values["log_retention_days"],
        table_deletion_protection=bool(values["table_deletion_protection"]),
        guardrail_id=values["guardrail_id"],
        guardrail_version=values["guardrail_version"],
        policy_arns=list(values["policy_arns"]),
        alarm_name_prefix=values["alarm_name_prefix"],
        zone=zone,
    )


class ChatFunction(base.ChatFunction):
    """The streaming chat function (AWS Lambda behind Lambda Web Adapter, a Function URL with AWS_IAM auth) with
    its DynamoDB sessions table, prompt bucket, KMS key, log group and least-privilege role, all in one region of
    the residency zone. Put an `Edge` in front of it; give it `AiAccess.policyArn` to call Bedrock and
    Comprehend."""

    function: aws.lambda_.Function
    """The Lambda function."""
    function_url: pulumi.Output[str]
    """The function's URL (AWS_IAM auth: only a caller that signs, like the `Edge`, may call it)."""
    function_name: pulumi.Output[str]
    """The function's name."""
    function_arn: pulumi.Output[str]
    """The function's ARN."""
    region: str
    """Region of every resource of the component."""
    table_name: pulumi.Output[str]
    """Name of the DynamoDB sessions table."""
    table_arn: pulumi.Output[str]
    """ARN of the DynamoDB sessions table."""
    prompt_bucket_name: pulumi.Output[str]
    """Name of the S3 bucket holding the system prompt."""
    key_arn: pulumi.Output[str]
    """ARN of the customer-managed KMS key of the table, the prompt bucket and the logs."""
    erasure_table_name: pulumi.Output[str]
    """Name of the DynamoDB table recording erased sessions (keyed hashes only; docs/privacy.md)."""
    value_key_arn: pulumi.Output[str]
    """ARN of the KMS HMAC key of the erasure index's keyed hashes (the erasure command uses it)."""
    log_group_name: pulumi.Output[str]
    """Name of the function's CloudWatch log group."""
    role_arn: pulumi.Output[str]
    """ARN of the function's execution role."""
    role_name: pulumi.Output[str]
    """Name of the function's execution role."""

    def __init__(self, name: str, args: ChatFunctionInputs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__(name, chat_function_args(args), opts)
