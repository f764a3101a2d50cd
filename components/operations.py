"""`Operations`: what tells the platform team that something is wrong, in the stack's home region.

- An SNS topic for the alarms, encrypted with the stack's KMS key (the key policy lets CloudWatch use it for the
  stack's alarms only: `ChatFunctionArgs.alarm_name_prefix`), a topic policy letting CloudWatch publish for
  those alarms only and refusing publishes without TLS, and optionally an e-mail subscription (SNS sends the
  address a confirmation first; until it is confirmed nothing is delivered).
- The CloudWatch alarms of `components/alarms.py` (function errors and throttles, p95 time to first token,
  fail-closed turns, daily tokens past 80% of the ceiling, DynamoDB throttles), each notifying the topic when
  it fires and when it is OK again.
- A CloudWatch dashboard with the figures behind them (`components/dashboard.py`).

Alarm messages hold alarm names, thresholds and metric values: never chat text, personal values or session ids
(the runtime's metrics carry none). Every resource is created in `OperationsArgs.region` (set explicitly).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from components import iam_statements as iam
from components.alarms import alarm_arn_pattern, alarm_specs, check_prefix, metric_alarm_inputs
from components.config_schema import SCHEMA_BY_PATH
from components.dashboard import dashboard_json
from components.ops_config import is_email_address
from components.residency import ResidencyZone
from components.zone_checks import operations_violations, require_in_zone

__all__ = ["Operations", "OperationsArgs"]

#: The defaults of the config keys these inputs come from (declared once, in the schema).
DEFAULT_TTFT_P95_THRESHOLD_MS: int = int(SCHEMA_BY_PATH["ops.ttftP95ThresholdMs"].default)
DEFAULT_DAILY_TOKEN_CEILING: int = int(SCHEMA_BY_PATH["chat.dailyTokenCeiling"].default)


@dataclass(frozen=True)
class OperationsArgs:
    """Inputs of `Operations` (plain values: the component reads no stack config).

    - `region`: the home region (the function's, the table's and the key's).
    - `alarm_name_prefix`: every alarm is named `<prefix>-<key>` (`components.alarms.alarm_name_prefix`); the
      stack key's policy must name the same prefix (`ChatFunctionArgs.alarm_name_prefix`).
    - `metrics_namespace`: the runtime's metric namespace (`CHAT_METRICS_NAMESPACE` of the function).
    - `function_name`, `table_name`: the chat function and its sessions table.
    - `key_arn`: the stack's KMS key, encrypting the topic.
    - `ttft_p95_threshold_ms`: the p95 time-to-first-token alarm's threshold.
    - `daily_token_ceiling`: the function's daily ceiling (0: off, and no daily-tokens alarm).
    - `alarm_email`: optional address subscribed to the topic.
    - `tags`: applied to every taggable resource.
    - `zone`: optional residency zone (used alone, outside our program): the region and the key (when its ARN is
      a plain value) are refused outside it (`components.zone_checks`).
    """

    region: str
    alarm_name_prefix: str
    metrics_namespace: str
    function_name: pulumi.Input[str]
    table_name: pulumi.Input[str]
    key_arn: pulumi.Input[str]
    tags: Mapping[str, str]
    ttft_p95_threshold_ms: int = DEFAULT_TTFT_P95_THRESHOLD_MS
    daily_token_ceiling: int = DEFAULT_DAILY_TOKEN_CEILING
    alarm_email: str | None = None
    zone: ResidencyZone | None = None

    def __post_init__(self) -> None:
        check_prefix(self.alarm_name_prefix)
        if not self.region or not self.metrics_namespace:
            raise ValueError("a region and a metrics namespace are required")
        if self.ttft_p95_threshold_ms <= 0 or self.daily_token_ceiling < 0:
            raise ValueError("the TTFT threshold must be positive and the ceiling at least 0")
        if self.alarm_email is not None and not is_email_address(self.alarm_email):
            raise ValueError("alarm_email must be one e-mail address")
        if self.zone is not None:
            require_in_zone("Operations", self.zone, operations_violations(self.zone, self.region, self.key_arn))


class Operations(pulumi.ComponentResource):
    """The alarm topic (KMS-encrypted), the alarms and the dashboard of the stack (see the module docstring)."""

    topic_arn: pulumi.Output[str]
    dashboard_name: pulumi.Output[str]
    alarm_names: list[pulumi.Output[str]]

    def __init__(self, name: str, args: OperationsArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("sovereign-chat:operations:Operations", name, None, opts)
        topic = self._alarm_topic(name, args)
        alarms = self._alarms(name, args, topic.arn)
        dashboard = self._dashboard(name, args, [alarm.arn for alarm in alarms])
        self.topic_arn = topic.arn
        self.dashboard_name = dashboard.dashboard_name
        self.alarm_names = [alarm.name for alarm in alarms]
        self.register_outputs(
            {
                "topicArn": self.topic_arn,
                "dashboardName": self.dashboard_name,
                "alarmNames": self.alarm_names,
            }
        )

    def _alarm_topic(self, name: str, args: OperationsArgs) -> aws.sns.Topic:
        """The KMS-encrypted topic, its policy (CloudWatch for this stack's alarms, TLS only), the e-mail."""
        region = args.region
        child = pulumi.ResourceOptions(parent=self)
        identity = aws.get_caller_identity_output(opts=pulumi.InvokeOutputOptions(parent=self))
        pattern = identity.account_id.apply(lambda account: alarm_arn_pattern(region, account, args.alarm_name_prefix))
        topic = aws.sns.Topic(
            f"{name}-alarms",
            region=region,
            display_name=f"{args.alarm_name_prefix} alarms",
            kms_master_key_id=args.key_arn,
            tags=dict(args.tags),
            opts=child,
        )
        aws.sns.TopicPolicy(
            f"{name}-alarms-policy",
            region=region,
            arn=topic.arn,
            policy=pulumi.Output.all(topic.arn, identity.account_id, pattern).apply(
                lambda v: iam.policy_json(iam.alarm_topic_policy(v[0], v[1], v[2])["Statement"])
            ),
            opts=child,
        )
        if args.alarm_email is not None:
            aws.sns.TopicSubscription(
                f"{name}-alarms-email",
                region=region,
                topic=topic.arn,
                protocol="email",
                endpoint=args.alarm_email,
                opts=child,
            )
        return topic

    def _alarms(
        self, name: str, args: OperationsArgs, topic_arn: pulumi.Output[str]
    ) -> list[aws.cloudwatch.MetricAlarm]:
        """One metric alarm per spec of `components.alarms`, notifying the topic."""
        specs = alarm_specs(
            namespace=args.metrics_namespace,
            function_name=args.function_name,
            table_name=args.table_name,
            ttft_p95_threshold_ms=args.ttft_p95_threshold_ms,
            daily_token_ceiling=args.daily_token_ceiling,
        )
        return [
            aws.cloudwatch.MetricAlarm(
                f"{name}-{spec.key}",
                region=args.region,
                tags=dict(args.tags),
                opts=pulumi.ResourceOptions(parent=self),
                **metric_alarm_inputs(spec, args.alarm_name_prefix, [topic_arn]),
            )
            for spec in specs
        ]

    def _dashboard(
        self, name: str, args: OperationsArgs, alarm_arns: list[pulumi.Output[str]]
    ) -> aws.cloudwatch.Dashboard:
        """The dashboard (`components.dashboard`), once the function's, the table's and the alarms' names are known."""
        return aws.cloudwatch.Dashboard(
            f"{name}-dashboard",
            region=args.region,
            dashboard_name=args.alarm_name_prefix,
            dashboard_body=pulumi.Output.all(args.function_name, args.table_name, *alarm_arns).apply(
                lambda v: dashboard_json(
                    region=args.region,
                    namespace=args.metrics_namespace,
                    function_name=v[0],
                    table_name=v[1],
                    ttft_p95_threshold_ms=args.ttft_p95_threshold_ms,
                    daily_token_ceiling=args.daily_token_ceiling,
                    alarm_arns=v[2:],
                )
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )
