"""A custom domain for the edge: its ACM certificate (us-east-1, where CloudFront takes certificates) and DNS.

The certificate is DNS-validated; with a Route 53 hosted zone the validation record is created there, without
one `pulumi up` waits until someone publishes the record ACM shows. The certificate is public and holds no chat
data: the one other resource (with the WAF web ACL) outside an EU zone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from components.residency import CLOUDFRONT_SCOPE_REGION

__all__ = ["CustomDomain", "create_certificate"]


@dataclass(frozen=True)
class CustomDomain:
    """A custom domain: its name and, optionally, the Route 53 hosted zone to validate and alias it in."""

    domain_name: str
    hosted_zone_id: str | None = None


def create_certificate(
    name: str, domain: CustomDomain, tags: Mapping[str, str], *, parent: pulumi.Resource
) -> pulumi.Output[str]:
    """An ACM certificate in us-east-1, DNS-validated (records in the hosted zone when one is given)."""
    child = pulumi.ResourceOptions(parent=parent)
    certificate = aws.acm.Certificate(
        f"{name}-certificate",
        region=CLOUDFRONT_SCOPE_REGION,
        domain_name=domain.domain_name,
        validation_method="DNS",
        key_algorithm="EC_prime256v1",
        tags=dict(tags),
        opts=child,
    )
    fqdns: list[pulumi.Input[str]] | None = None
    if domain.hosted_zone_id is not None:
        option = certificate.domain_validation_options[0]
        record = aws.route53.Record(
            f"{name}-certificate-validation-record",
            zone_id=domain.hosted_zone_id,
            name=option.resource_record_name,
            type=option.resource_record_type,
            records=[option.resource_record_value],
            ttl=300,
            allow_overwrite=True,
            opts=child,
        )
        fqdns = [record.fqdn]
    # Without a hosted zone, the validation waits until someone publishes the record shown in ACM.
    validation = aws.acm.CertificateValidation(
        f"{name}-certificate-validation",
        region=CLOUDFRONT_SCOPE_REGION,
        certificate_arn=certificate.arn,
        validation_record_fqdns=fqdns,
        opts=child,
    )
    return validation.certificate_arn
