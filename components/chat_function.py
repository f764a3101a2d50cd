"""`ChatFunction`: the streaming chat function and the state it owns, all in one region.

Lambda (Python managed runtime, arm64 by default) running `runtime/` behind AWS Lambda Web Adapter in response
streaming mode; a Function URL with `AWS_IAM` auth (only CloudFront, signing with its Origin Access Control, may
call it: the permissions are granted by the `Edge` component); a DynamoDB table for sessions and messages (with
the value index of erasure), the erasure record and the HMAC value key (`components.erasure_storage`); an S3
bucket holding the system prompt; an encrypted log group; one customer-managed KMS key for all three; and a
least-privilege execution role. Every resource is created in `ChatFunctionArgs.region` (set explicitly).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pulumi
import pulumi_aws as aws

from components import iam_statements as iam
from components.alarms import alarm_arn_pattern, check_prefix
from components.erasure_storage import ErasureStorage, create_erasure_storage
from components.package_builder import LAMBDA_RUNTIME, PLATFORMS
from components.private_bucket import create_private_bucket
from components.residency import ResidencyZone
from components.runtime_env import RuntimeSettings, function_environment
from components.zone_checks import chat_function_violations, require_in_zone
from runtime.aws.erasure_items import VALUE_INDEX, VALUE_KEY_ATTRIBUTE

__all__ = [
    "HANDLER",
    "LWA_LAYER_ACCOUNT",
    "LWA_LAYER_NAMES",
    "LWA_LAYER_VERSION",
    "PROMPT_KEY",
    "TTL_ATTRIBUTE",
    "ChatFunction",
    "ChatFunctionArgs",
    "lwa_layer_arn",
]

#: AWS Lambda Web Adapter's public layers (published by AWS in account 753240598075). The version is pinned
#: here and nowhere else: layer version 27 is release v1.0.0 of aws/aws-lambda-web-adapter, which reads only
#: `AWS_LWA_`-prefixed variables for its own settings (`components.runtime_env.web_adapter_environment`).
LWA_LAYER_ACCOUNT = "753240598075"
LWA_LAYER_VERSION = 27
LWA_LAYER_NAMES: Mapping[str, str] = {"arm64": "LambdaAdapterLayerArm64", "x86_64": "LambdaAdapterLayerX86"}
#: The handler is the start script: the Web Adapter's wrapper (/opt/bootstrap) runs it, it execs uvicorn.
HANDLER = "runtime/run.sh"
PROMPT_KEY = "system-prompt.md"
#: The default system prompt, uploaded to the prompt bucket by this component (a stack may pass its own file).
DEFAULT_PROMPT_FILE = Path(__file__).resolve().parent / "prompts" / "system-prompt.md"
#: DynamoDB key schema and TTL attribute of the runtime contract.
TTL_ATTRIBUTE = "expiresAt"
PARTITION_KEY = "pk"
SORT_KEY = "sk"


def lwa_layer_arn(region: str, architecture: str) -> str:
    """The Lambda Web Adapter layer ARN for a region and architecture (commercial `aws` partition)."""
    if architecture not in LWA_LAYER_NAMES:
        raise ValueError(f"unknown architecture {architecture!r} (allowed: {', '.join(LWA_LAYER_NAMES)})")
    return f"arn:aws:lambda:{region}:{LWA_LAYER_ACCOUNT}:layer:{LWA_LAYER_NAMES[architecture]}:{LWA_LAYER_VERSION}"


@dataclass(frozen=True)
class ChatFunctionArgs:
    """Inputs of `ChatFunction` (plain values: the component reads no stack config).

    - `region`: where the function, table, buckets, key and logs live.
    - `package_path`: the deployment zip (built by `components.package_builder`; tests pass a small fixture).
    - `prompt_file`: the system prompt uploaded to the prompt bucket as `system-prompt.md`.
    - `runtime`: the runtime contract's settings (models, detection, limits, allowed regions).
    - `architecture`, `memory_mb`, `timeout_seconds`: Lambda sizing (arm64, 1024 MB, 180 s by default).
    - `log_retention_days`: CloudWatch retention of the function's log group.
    - `table_deletion_protection`: DynamoDB deletion protection.
    - `guardrail_id` / `guardrail_version`: optional Bedrock guardrail the runtime passes to ConverseStream.
    - `policy_arns`: managed policies attached to the execution role besides its own grants (e.g. `AiAccess`).
    - `tags`: applied to every taggable resource.
    - `zone`: optional residency zone (used alone, outside our program): the regions, model and tool functions
      above are refused outside it (`components.zone_checks`).
    - `alarm_name_prefix`: the stack's alarm names start with it (`components.alarms`): the key policy then lets
      CloudWatch use the key for those alarms only, to publish to the alarm topic the key encrypts.
    """

    region: str
    package_path: Path
    prompt_file: Path
    runtime: RuntimeSettings
    tags: Mapping[str, str]
    architecture: str = "arm64"
    memory_mb: int = 1024
    timeout_seconds: int = 180
    log_retention_days: int = 30
    table_deletion_protection: bool = True
    guardrail_id: pulumi.Input[str] | None = None
    guardrail_version: pulumi.Input[str] | None = None
    policy_arns: Sequence[pulumi.Input[str]] = field(default_factory=tuple)
    zone: ResidencyZone | None = None
    alarm_name_prefix: str | None = None

    def __post_init__(self) -> None:
        if self.architecture not in PLATFORMS:
            raise ValueError(f"unknown architecture {self.architecture!r}")
        if self.region != self.runtime.home_region:
            raise ValueError("the function's region must be the runtime's home region")
        if not self.package_path.is_file():
            raise FileNotFoundError(f"no deployment package at {self.package_path}")
        if not self.prompt_file.is_file():
            raise FileNotFoundError(f"no system prompt at {self.prompt_file}")
        if (self.guardrail_id is None) != (self.guardrail_version is None):
            raise ValueError("a guardrail needs both its id and its version")
        if self.alarm_name_prefix is not None:
            check_prefix(self.alarm_name_prefix)
        if self.zone is not None:
            require_in_zone("ChatFunction", self.zone, chat_function_violations(self.zone, self.region, self.runtime))


def _alarm_pattern(args: ChatFunctionArgs, account_id: str) -> str | None:
    """The ARN pattern of the stack's alarms, when it has any."""
    if args.alarm_name_prefix is None:
        return None
    return alarm_arn_pattern(args.region, account_id, args.alarm_name_prefix)


def _file_sha256_b64(path: Path) -> str:
    return base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode("ascii")


@dataclass(frozen=True)
class _Storage:
    """The function's state: its key, log group, sessions table, prompt bucket and uploaded prompt."""

    key: aws.kms.Key
    log_group: aws.cloudwatch.LogGroup
    table: aws.dynamodb.Table
    prompt_bucket: aws.s3.Bucket
    prompt: aws.s3.BucketObjectv2


def _key(name: str, args: ChatFunctionArgs, parent: pulumi.Resource, account_id: pulumi.Output[str]) -> aws.kms.Key:
    """The customer-managed key of the table, the prompt bucket and the logs (and the alarm topic, if any)."""
    region = args.region
    log_group_arn = account_id.apply(
        lambda account: f"arn:aws:logs:{region}:{account}:log-group:{_log_group_name(name)}"
    )
    return aws.kms.Key(
        f"{name}-key",
        region=region,
        description=f"{pulumi.get_project()} {pulumi.get_stack()}: sessions table, system prompt and logs",
        enable_key_rotation=True,
        deletion_window_in_days=30,
        policy=pulumi.Output.all(account_id, log_group_arn).apply(
            lambda values: json.dumps(
                iam.key_policy(values[0], region, values[1], _alarm_pattern(args, values[0])), sort_keys=True
            )
        ),
        tags=dict(args.tags),
        opts=pulumi.ResourceOptions(parent=parent),
    )


def _log_group_name(name: str) -> str:
    return f"/aws/lambda/{pulumi.get_project()}-{pulumi.get_stack()}-{name}"


def _log_group(name: str, args: ChatFunctionArgs, parent: pulumi.Resource, key: aws.kms.Key) -> aws.cloudwatch.LogGroup:
    """The function's encrypted log group, with the stack's retention."""
    return aws.cloudwatch.LogGroup(
        f"{name}-logs",
        region=args.region,
        name=_log_group_name(name),
        retention_in_days=args.log_retention_days,
        kms_key_id=key.arn,
        tags=dict(args.tags),
        opts=pulumi.ResourceOptions(parent=parent),
    )


def _table(name: str, args: ChatFunctionArgs, parent: pulumi.Resource, key: aws.kms.Key) -> aws.dynamodb.Table:
    """The sessions and messages table (the runtime contract's key schema and TTL attribute), with the value
    index of erasure by value (`runtime.aws.erasure_items`: keyed hashes only, keys projected)."""
    return aws.dynamodb.Table(
        f"{name}-sessions",
        region=args.region,
        billing_mode="PAY_PER_REQUEST",
        hash_key=PARTITION_KEY,
        range_key=SORT_KEY,
        attributes=[
            {"name": PARTITION_KEY, "type": "S"},
            {"name": SORT_KEY, "type": "S"},
            {"name": VALUE_KEY_ATTRIBUTE, "type": "S"},
        ],
        global_secondary_indexes=[
            {"name": VALUE_INDEX, "hash_key": VALUE_KEY_ATTRIBUTE, "projection_type": "KEYS_ONLY"}
        ],
        server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
        point_in_time_recovery={"enabled": True},
        ttl={"attribute_name": TTL_ATTRIBUTE, "enabled": True},
        deletion_protection_enabled=args.table_deletion_protection,
        tags=dict(args.tags),
        opts=pulumi.ResourceOptions(parent=parent),
    )


def _prompt(
    name: str, args: ChatFunctionArgs, parent: pulumi.Resource, key: aws.kms.Key
) -> tuple[aws.s3.Bucket, aws.s3.BucketObjectv2]:
    """The private, TLS-only prompt bucket and the system prompt uploaded to it."""
    region = args.region
    prompts = create_private_bucket(
        f"{name}-prompts", region=region, tags=dict(args.tags), parent=parent, kms_key_arn=key.arn
    )
    prompt_policy = aws.s3.BucketPolicy(
        f"{name}-prompts-policy",
        region=region,
        bucket=prompts.bucket.id,
        policy=prompts.bucket.arn.apply(lambda arn: iam.policy_json([iam.tls_only_statement(arn)])),
        opts=pulumi.ResourceOptions(parent=parent, depends_on=prompts.settled),
    )
    prompt = aws.s3.BucketObjectv2(
        f"{name}-system-prompt",
        region=region,
        bucket=prompts.bucket.id,
        key=PROMPT_KEY,
        source=pulumi.FileAsset(str(args.prompt_file)),
        content_type="text/markdown; charset=utf-8",
        server_side_encryption="aws:kms",
        kms_key_id=key.arn,
        tags=dict(args.tags),
        opts=pulumi.ResourceOptions(parent=parent, depends_on=[*prompts.settled, prompt_policy]),
    )
    return prompts.bucket, prompt


def _storage(name: str, args: ChatFunctionArgs, parent: pulumi.Resource) -> _Storage:
    """The key, then what it encrypts: the log group, the table, the prompt bucket and its prompt."""
    identity = aws.get_caller_identity_output(opts=pulumi.InvokeOutputOptions(parent=parent))
    key = _key(name, args, parent, identity.account_id)
    log_group = _log_group(name, args, parent, key)
    table = _table(name, args, parent, key)
    bucket, prompt = _prompt(name, args, parent, key)
    return _Storage(key, log_group, table, bucket, prompt)


def _role(
    name: str, args: ChatFunctionArgs, parent: pulumi.Resource, storage: _Storage
) -> tuple[aws.iam.Role, list[pulumi.Resource]]:
    """The least-privilege execution role, and its grants (the function waits for them)."""
    region = args.region
    child = pulumi.ResourceOptions(parent=parent)
    role = aws.iam.Role(
        f"{name}-role",
        description="Execution role of the chat function (least privilege)",
        assume_role_policy=json.dumps(iam.lambda_assume_role_policy(), sort_keys=True),
        tags=dict(args.tags),
        opts=child,
    )
    tool_arns = [tool.function_arn for tool in args.runtime.tools_lambda]
    tool_grants = [iam.lambda_invoke_statement(tool_arns)] if tool_arns else []
    services = [f"dynamodb.{region}.amazonaws.com", f"s3.{region}.amazonaws.com"]
    own_policy = aws.iam.RolePolicy(
        f"{name}-role-policy",
        role=role.id,
        policy=pulumi.Output.all(
            storage.table.arn, storage.prompt_bucket.bucket, storage.key.arn, storage.log_group.arn
        ).apply(
            lambda v: iam.policy_json(
                [
                    iam.dynamodb_statement(v[0]),
                    iam.prompt_object_statement(v[1], PROMPT_KEY),
                    iam.kms_use_statement(v[2], services),
                    iam.logs_statement(v[3]),
                    *tool_grants,
                ]
            )
        ),
        opts=child,
    )
    attachments: list[pulumi.Resource] = [
        aws.iam.RolePolicyAttachment(f"{name}-role-policy-{index}", role=role.name, policy_arn=arn, opts=child)
        for index, arn in enumerate(args.policy_arns)
    ]
    return role, [own_policy, *attachments]


def _environment(args: ChatFunctionArgs, storage: _Storage, erasure: ErasureStorage) -> pulumi.Output[dict[str, str]]:
    """The function's environment, once the names of its tables and bucket, its keys and guardrail are known."""
    guardrail = pulumi.Output.all(args.guardrail_id, args.guardrail_version)
    names = pulumi.Output.all(erasure.record_table.name, erasure.value_key.arn)
    return pulumi.Output.all(storage.table.name, storage.prompt_bucket.bucket, guardrail, names).apply(
        lambda v: function_environment(
            args.runtime,
            table_name=v[0],
            prompt_bucket=v[1],
            prompt_key=PROMPT_KEY,
            guardrail_id=v[2][0],
            guardrail_version=v[2][1],
            erasure_table_name=v[3][0],
            value_key_id=v[3][1],
        )
    )


def _function(
    name: str,
    args: ChatFunctionArgs,
    parent: pulumi.Resource,
    storage: _Storage,
    role: aws.iam.Role,
    grants: list[pulumi.Resource],
    erasure: ErasureStorage,
) -> aws.lambda_.Function:
    """The Lambda function: the package, behind the Web Adapter layer, logging to its group."""
    return aws.lambda_.Function(
        f"{name}-fn",
        region=args.region,
        description="sovereign-chat streaming chat (uvicorn behind Lambda Web Adapter)",
        runtime=LAMBDA_RUNTIME,
        architectures=[args.architecture],
        handler=HANDLER,
        code=pulumi.FileArchive(str(args.package_path)),
        source_code_hash=_file_sha256_b64(args.package_path),
        role=role.arn,
        memory_size=args.memory_mb,
        timeout=args.timeout_seconds,
        layers=[lwa_layer_arn(args.region, args.architecture)],
        environment={"variables": _environment(args, storage, erasure)},
        logging_config={"log_format": "Text", "log_group": storage.log_group.name},
        tags=dict(args.tags),
        opts=pulumi.ResourceOptions(
            parent=parent, depends_on=[*grants, erasure.grants, storage.log_group, storage.prompt]
        ),
    )


def _url(
    name: str, args: ChatFunctionArgs, parent: pulumi.Resource, function: aws.lambda_.Function
) -> aws.lambda_.FunctionUrl:
    """The function's streaming URL, AWS_IAM auth (only a signing caller such as the `Edge` may call it)."""
    return aws.lambda_.FunctionUrl(
        f"{name}-url",
        region=args.region,
        function_name=function.name,
        authorization_type="AWS_IAM",
        invoke_mode="RESPONSE_STREAM",
        opts=pulumi.ResourceOptions(parent=parent),
    )


class ChatFunction(pulumi.ComponentResource):
    """The streaming chat function with its table, prompt bucket, key, logs and role (one region)."""

    function: aws.lambda_.Function
    function_url: pulumi.Output[str]
    function_name: pulumi.Output[str]
    table_name: pulumi.Output[str]
    prompt_bucket_name: pulumi.Output[str]

    def __init__(self, name: str, args: ChatFunctionArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("sovereign-chat:chat_function:ChatFunction", name, None, opts)
        storage = _storage(name, args, self)
        role, grants = _role(name, args, self, storage)
        erasure = create_erasure_storage(
            name,
            region=args.region,
            tags=args.tags,
            parent=self,
            stack_key_arn=storage.key.arn,
            sessions_table_arn=storage.table.arn,
            role=role,
            deletion_protection=args.table_deletion_protection,
        )
        self.function = _function(name, args, self, storage, role, grants, erasure)
        url = _url(name, args, self, self.function)
        self.function_url = url.function_url
        self.function_name = self.function.name
        self.function_arn = self.function.arn
        self.region = args.region
        self.table_name = storage.table.name
        self.table_arn = storage.table.arn
        self.prompt_bucket_name = storage.prompt_bucket.bucket
        self.erasure_table_name = erasure.record_table.name
        self.value_key_arn = erasure.value_key.arn
        self.key_arn = storage.key.arn
        self.log_group_name = storage.log_group.name
        self.role_arn = role.arn
        self.role_name = role.name
        self.register_outputs(
            {
                "functionName": self.function_name,
                "functionArn": self.function_arn,
                "functionUrl": self.function_url,
                "tableName": self.table_name,
                "promptBucketName": self.prompt_bucket_name,
                "erasureTableName": self.erasure_table_name,
                "valueKeyArn": self.value_key_arn,
                "keyArn": self.key_arn,
                "logGroupName": self.log_group_name,
                "roleArn": self.role_arn,
            }
        )
