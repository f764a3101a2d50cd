"""The edge's site bucket: the chat page's files and the deployment's page settings in a private bucket.

Children of the `Edge` that calls these builders (`parent`). Only the edge's CloudFront distribution may read the
bucket (Origin Access Control `s3`), and only over TLS: the bucket policy is written once the distribution exists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pulumi
import pulumi_aws as aws

from components import iam_statements as iam
from components.private_bucket import PrivateBucket, create_private_bucket
from components.site_files import CACHE_CONTROL, PAGE_CONFIG_KEY, page_config_json, site_files

__all__ = ["SiteBucket", "create_site_bucket", "let_distribution_read"]


@dataclass(frozen=True)
class SiteBucket:
    """The private bucket and the objects uploaded into it (the distribution waits for them)."""

    private: PrivateBucket
    objects: list[aws.s3.BucketObjectv2]

    @property
    def bucket(self) -> aws.s3.Bucket:
        """The S3 bucket itself."""
        return self.private.bucket


def create_site_bucket(
    name: str,
    *,
    region: str,
    static_dir: Path,
    page_languages: Sequence[str],
    tags: Mapping[str, str],
    offered_page_languages: Sequence[str] = (),
    parent: pulumi.Resource,
) -> SiteBucket:
    """The `<name>-site` bucket holding every file of `static_dir` and `page-config.json` (the page's languages:
    the stack's, and those it offers when `offered_page_languages` narrows them)."""
    private = create_private_bucket(f"{name}-site", region=region, tags=tags, parent=parent)
    opts = pulumi.ResourceOptions(parent=parent, depends_on=private.settled)
    objects = [
        aws.s3.BucketObjectv2(
            f"{name}-site-{item.key.replace('/', '-')}",
            region=region,
            bucket=private.bucket.id,
            key=item.key,
            source=pulumi.FileAsset(str(item.path)),
            content_type=item.content_type,
            cache_control=item.cache_control,
            tags=dict(tags),
            opts=opts,
        )
        for item in site_files(static_dir)
    ]
    objects.append(
        aws.s3.BucketObjectv2(
            f"{name}-site-page-config",
            region=region,
            bucket=private.bucket.id,
            key=PAGE_CONFIG_KEY,
            content=page_config_json(page_languages, offered_page_languages),
            content_type="application/json",
            cache_control=CACHE_CONTROL,
            tags=dict(tags),
            opts=opts,
        )
    )
    return SiteBucket(private, objects)


def let_distribution_read(
    name: str, site: SiteBucket, distribution_arn: pulumi.Output[str], *, region: str, parent: pulumi.Resource
) -> aws.s3.BucketPolicy:
    """The site bucket's policy: the one distribution may read, nobody without TLS."""
    return aws.s3.BucketPolicy(
        f"{name}-site-policy",
        region=region,
        bucket=site.bucket.id,
        policy=pulumi.Output.all(site.bucket.arn, distribution_arn).apply(
            lambda v: iam.policy_json([iam.cloudfront_read_statement(v[0], v[1]), iam.tls_only_statement(v[0])])
        ),
        opts=pulumi.ResourceOptions(parent=parent, depends_on=site.private.settled),
    )
