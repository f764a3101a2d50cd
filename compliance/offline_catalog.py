"""Published destination regions of the inference profiles our stack files use, for OFFLINE runs only.

`pulumi up` asks Bedrock (see `components/inference_profile.py`). When the program runs without AWS (unit tests
under Pulumi mocks, `make review`), the mocks answer `aws.bedrock.get_inference_profile` from this table. It
records what AWS documented when it was written; update it when AWS changes a profile, and remember that the
deployed check is the live one.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["INFERENCE_PROFILE_DESTINATIONS", "plausible_outputs", "profile_lookup_result"]

_CLAUDE_37 = "anthropic.claude-3-7-sonnet-20250219-v1:0"

INFERENCE_PROFILE_DESTINATIONS: Mapping[str, tuple[str, ...]] = {
    f"eu.{_CLAUDE_37}": ("eu-central-1", "eu-north-1", "eu-west-1", "eu-west-3"),
    f"us.{_CLAUDE_37}": ("us-east-1", "us-east-2", "us-west-2"),
    "eu.amazon.nova-pro-v1:0": ("eu-central-1", "eu-north-1", "eu-west-1", "eu-west-3"),
    "us.amazon.nova-pro-v1:0": ("us-east-1", "us-east-2", "us-west-2"),
}


def profile_lookup_result(
    profile_id: str,
    region: str,
    account: str = "123456789012",
    destinations: Mapping[str, tuple[str, ...]] | None = None,
) -> dict[str, object]:
    """The `getInferenceProfile` answer for `profile_id`, shaped like the provider's result."""
    table = INFERENCE_PROFILE_DESTINATIONS if destinations is None else destinations
    if profile_id not in table:
        raise KeyError(f"no offline record of inference profile {profile_id!r}: add it to {__name__}")
    base = profile_id.split(".", 1)[1]
    return {
        "inferenceProfileId": profile_id,
        "inferenceProfileArn": f"arn:aws:bedrock:{region}:{account}:inference-profile/{profile_id}",
        "inferenceProfileName": profile_id,
        "models": [{"modelArn": f"arn:aws:bedrock:{r}::foundation-model/{base}"} for r in table[profile_id]],
        "status": "ACTIVE",
        "type": "SYSTEM_DEFINED",
        "region": region,
    }


def plausible_outputs(
    type_token: str, name: str, inputs: Mapping[str, object], region: str, account: str = "123456789012"
) -> dict[str, object]:
    """Computed outputs shaped like AWS's for the resource types the components create (OFFLINE runs only).

    ARNs carry the region (or none, for global services) the real ones would, so that tests and the offline
    review can check where a resource and a grant live.
    """
    named = str(inputs.get("name") or name)
    arns: Mapping[str, str] = {
        "aws:kms/key:Key": f"arn:aws:kms:{region}:{account}:key/{name}-key-id",
        "aws:dynamodb/table:Table": f"arn:aws:dynamodb:{region}:{account}:table/{named}",
        "aws:cloudwatch/logGroup:LogGroup": f"arn:aws:logs:{region}:{account}:log-group:{named}",
        "aws:s3/bucket:Bucket": f"arn:aws:s3:::{name}",
        "aws:iam/role:Role": f"arn:aws:iam::{account}:role/{named}",
        "aws:iam/policy:Policy": f"arn:aws:iam::{account}:policy/{named}",
        "aws:lambda/function:Function": f"arn:aws:lambda:{region}:{account}:function:{named}",
        "aws:cloudfront/distribution:Distribution": f"arn:aws:cloudfront::{account}:distribution/E{name.upper()}",
        "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy": f"arn:aws:cloudfront::{account}:{name}",
        "aws:cloudfront/originAccessControl:OriginAccessControl": f"arn:aws:cloudfront::{account}:{name}",
        "aws:wafv2/webAcl:WebAcl": f"arn:aws:wafv2:{region}:{account}:global/webacl/{named}/{name}-id",
        "aws:acm/certificate:Certificate": f"arn:aws:acm:{region}:{account}:certificate/{name}-id",
    }
    outputs: dict[str, object] = {}
    if type_token in arns:
        outputs["arn"] = arns[type_token]
    if type_token == "aws:bedrock/guardrailVersion:GuardrailVersion":
        outputs["version"] = "1"
    if type_token == "aws:route53/record:Record":
        outputs["fqdn"] = str(inputs.get("name", name))
    if type_token == "aws:acm/certificateValidation:CertificateValidation":
        outputs["certificateArn"] = inputs.get("certificateArn")
    if type_token == "aws:cloudfront/distribution:Distribution":
        outputs["domainName"] = "d111111abcdef8.cloudfront.net"
        outputs["hostedZoneId"] = "Z2FDTNDATAQYW2"
    if type_token == "aws:lambda/functionUrl:FunctionUrl":
        outputs["functionUrl"] = f"https://{name}.lambda-url.{region}.on.aws/"
    if type_token in ("aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"):
        outputs["bucket"] = name
        outputs["bucketRegionalDomainName"] = f"{name}.s3.{region}.amazonaws.com"
    if type_token == "aws:kms/key:Key":
        outputs["keyId"] = f"key-{name}"
    if type_token == "aws:bedrock/guardrail:Guardrail":
        outputs["guardrailId"] = f"gr-{name}"
        outputs["version"] = "DRAFT"
        outputs["guardrailArn"] = f"arn:aws:bedrock:{region}:{account}:guardrail/gr-{name}"
    if type_token == "aws:acm/certificate:Certificate":
        outputs["domainValidationOptions"] = [
            {
                "domainName": inputs.get("domainName", "example.com"),
                "resourceRecordName": "_x.example.com",
                "resourceRecordType": "CNAME",
                "resourceRecordValue": "_y.acm-validations.aws",
            }
        ]
    return outputs
