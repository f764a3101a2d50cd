"""AWS region names: the one pattern every layer (runtime, components, compliance) checks a region code against."""

from __future__ import annotations

import re

__all__ = ["REGION_NAME", "is_region_name"]

#: A region code such as `eu-central-1`, `ap-southeast-2` or `us-gov-west-1` (partition-agnostic).
REGION_NAME = re.compile(r"^[a-z]{2}(-[a-z]+)+-\d$")


def is_region_name(value: object) -> bool:
    """Whether `value` is a string shaped like an AWS region code (not whether AWS offers that region)."""
    return isinstance(value, str) and REGION_NAME.match(value) is not None
