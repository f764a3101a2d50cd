"""The CrossGuard pack (policy/__main__.py), assembled without the Pulumi CLI: its PolicyPack constructor is captured
and each policy's validate callback is called the way the analyzer calls it (pulumi_policy's own argument classes,
inputs wrapped in its unknown-checking proxy)."""

from __future__ import annotations

import runpy
from typing import Any

import pulumi_policy
import pytest
from pulumi_policy import (
    EnforcementLevel,
    PolicyCustomTimeouts,
    PolicyProviderResource,
    PolicyResource,
    PolicyResourceOptions,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
)
from pulumi_policy.proxy import unknown_checking_proxy

from compliance import rules
from compliance.offline_engine import REPO_ROOT, stack_names
from compliance.rules import ResourceRecord
from tests.unit.compliance.records import broken_copy, stack_records


class CapturedPack:
    """Stands in for `pulumi_policy.PolicyPack`, whose constructor would serve gRPC for the CLI."""

    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs
        CapturedPack.last = self

    last: CapturedPack


@pytest.fixture(scope="module")
def pack() -> CapturedPack:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pulumi_policy, "PolicyPack", CapturedPack)
        runpy.run_path(str(REPO_ROOT / "policy" / "__main__.py"), run_name="__main__")
    return CapturedPack.last


def _options() -> PolicyResourceOptions:
    return PolicyResourceOptions(False, [], None, [], PolicyCustomTimeouts(0, 0, 0), [])


def _provider(region: str | None) -> PolicyProviderResource:
    props = unknown_checking_proxy({"region": region} if region else {})
    return PolicyProviderResource(rules.PROVIDER_TYPE, props, "urn:provider", "default")


def _validate(policy: ResourceValidationPolicy, record: ResourceRecord, config: dict[str, Any] | None) -> list[str]:
    reported: list[str] = []
    args = ResourceValidationArgs(
        record.type,
        unknown_checking_proxy(dict(record.inputs)),
        record.urn,
        record.name,
        _options(),
        _provider(record.provider_region),
        config,
    )

    def report(message: str, urn: str | None = None) -> None:
        reported.append(message)

    policy.validate(args, report)
    return reported


def _validate_stack(policy: StackValidationPolicy, records: list[ResourceRecord]) -> list[tuple[str, str | None]]:
    resources = {
        r.urn: PolicyResource(r.type, unknown_checking_proxy({}), r.urn, r.name, _options(), None, None, [], {})
        for r in records
    }
    for record in records:
        resources[record.urn].property_dependencies = {
            key: [resources[u] for u in urns if u in resources] for key, urns in record.refs.items()
        }
    reported: list[tuple[str, str | None]] = []

    def report(message: str, urn: str | None = None) -> None:
        reported.append((message, urn))

    policy.validate(StackValidationArgs(list(resources.values()), None), report)
    return reported


def _policies(pack: CapturedPack) -> dict[str, Any]:
    return {p.name: p for p in pack.kwargs["policies"]}


def test_the_pack_assembles_every_rule_as_a_mandatory_policy(pack):
    assert pack.kwargs["name"] == "sovereign-chat-compliance"
    assert pack.kwargs["enforcement_level"] == EnforcementLevel.MANDATORY
    policies = _policies(pack)
    assert list(policies) == [r.id for r in rules.RULES] + [r.id for r in rules.STACK_RULES]
    for rule in rules.RULES:
        assert isinstance(policies[rule.id], ResourceValidationPolicy)
        assert policies[rule.id].description == rule.description
    for policy in policies.values():
        assert policy.enforcement_level == EnforcementLevel.MANDATORY
        assert set(policy.config_schema.properties) == {"zone", "sseS3Buckets"}
        assert policy.config_schema.properties["zone"]["default"] == "eu"


def test_the_project_file_points_at_the_project_virtualenv():
    import yaml

    project = yaml.safe_load((REPO_ROOT / "policy" / "PulumiPolicy.yaml").read_text(encoding="utf-8"))
    assert project["runtime"]["name"] == "python"
    assert (REPO_ROOT / "policy" / project["runtime"]["options"]["virtualenv"]).resolve() == (
        REPO_ROOT / ".venv"
    ).resolve()


@pytest.mark.parametrize("stack", stack_names())
def test_no_policy_reports_anything_on_the_recorded_stack(pack, stack):
    config = {"zone": stack}
    policies = _policies(pack)
    reported = [
        (name, record.name, message)
        for name, policy in policies.items()
        if isinstance(policy, ResourceValidationPolicy)
        for record in stack_records(stack)
        for message in _validate(policy, record, config)
    ]
    assert reported == []
    assert _validate_stack(policies["s3-buckets-guarded"], list(stack_records(stack))) == []


def _set(key: str, value: Any):
    return lambda inputs: inputs.__setitem__(key, value)


@pytest.mark.parametrize(
    ("policy", "name", "mutate", "fragment"),
    [
        ("function-url-iam-auth", "chat-url", _set("authorizationType", "NONE"), "must use AWS_IAM"),
        ("cloudfront-geo-allow-list", "edge-distribution", _set("restrictions", {}), "allow-list"),
        (
            "s3-public-access-blocked",
            "edge-site-public-access-block",
            _set("blockPublicAcls", False),
            "blockPublicAcls",
        ),
        ("logs-encrypted-retained", "chat-logs", _set("kmsKeyId", None), "not encrypted"),
        ("regional-resources-in-zone", "chat-key", _set("region", "us-west-2"), "us-west-2"),
    ],
)
def test_a_policy_reports_a_broken_resource(pack, policy, name, mutate, fragment):
    record = next(r for r in broken_copy("eu", name, mutate) if r.name == name)
    reported = _validate(_policies(pack)[policy], record, {"zone": "eu"})
    assert any(fragment in message for message in reported), reported


def test_the_zone_comes_from_the_policy_config(pack):
    distribution = next(r for r in stack_records("eu") if r.name == "edge-distribution")
    geo = _policies(pack)["cloudfront-geo-allow-list"]
    assert _validate(geo, distribution, None) == []  # default zone: eu
    assert len(_validate(geo, distribution, {"zone": "us"})) == 2  # PT and ES are not US viewers


def test_the_region_of_the_default_provider_is_used(pack):
    region_policy = _policies(pack)["regional-resources-in-zone"]
    record = ResourceRecord("aws:dynamodb/table:Table", "t", {}, provider_region="eu-west-2", urn="urn:t")
    assert _validate(region_policy, record, None) == [
        "the resource is in eu-west-2, outside zone 'eu' (allowed: eu-central-1, eu-north-1, eu-south-1, "
        "eu-south-2, eu-west-1, eu-west-3)"
    ]


def test_the_stack_policy_reports_an_unguarded_bucket_with_its_urn(pack):
    records = [r for r in stack_records("eu") if r.type != "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"]
    reported = _validate_stack(_policies(pack)["s3-buckets-guarded"], records)
    buckets = {r.name: r.urn for r in records if r.type == "aws:s3/bucket:Bucket"}
    assert sorted(reported) == sorted(("the bucket has no public access block", urn) for urn in buckets.values())


@pytest.fixture(scope="module")
def pack_server():
    """The real pack process, started the way the CLI's Python analyzer shim does (`python -m pulumi.policy
    <engine> <pack dir>`, which runs the pack's __main__.py): it serves gRPC on 127.0.0.1 and prints the port."""
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-u", "-m", "pulumi.policy", "127.0.0.1:1", "."],
        cwd=REPO_ROOT / "policy",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline().decode().strip())
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_pack_process_answers_the_analyzer_protocol(pack_server):
    import grpc  # type: ignore[import-untyped]
    from google.protobuf import empty_pb2, struct_pb2  # type: ignore[import-untyped]
    from pulumi.runtime.proto import analyzer_pb2, analyzer_pb2_grpc

    with grpc.insecure_channel(pack_server) as channel:
        grpc.channel_ready_future(channel).result(timeout=60)
        stub = analyzer_pb2_grpc.AnalyzerStub(channel)
        info = stub.GetAnalyzerInfo(empty_pb2.Empty(), timeout=60)
        assert info.name == "sovereign-chat-compliance"
        assert [p.name for p in info.policies] == [r.id for r in rules.RULES] + [r.id for r in rules.STACK_RULES]

        def analyze(inputs: dict[str, Any]) -> list[Any]:
            properties = struct_pb2.Struct()
            properties.update(inputs)
            provider = analyzer_pb2.AnalyzerProviderResource(
                type=rules.PROVIDER_TYPE, properties=struct_pb2.Struct(), urn="urn:p", name="default"
            )
            provider.properties.update({"region": "eu-central-1"})
            request = analyzer_pb2.AnalyzeRequest(
                type="aws:lambda/functionUrl:FunctionUrl",
                properties=properties,
                urn="urn:pulumi:eu::sovereign-chat::aws:lambda/functionUrl:FunctionUrl::chat-url",
                name="chat-url",
                provider=provider,
            )
            return list(stub.Analyze(request, timeout=60).diagnostics)

        good = {"region": "eu-central-1", "authorizationType": "AWS_IAM", "invokeMode": "RESPONSE_STREAM"}
        assert analyze(good) == []
        found = analyze({**good, "authorizationType": "NONE"})
        assert [(d.policyName, d.enforcementLevel) for d in found] == [
            ("function-url-iam-auth", analyzer_pb2.EnforcementLevel.MANDATORY)
        ]
