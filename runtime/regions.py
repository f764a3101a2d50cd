"""AWS regions and residency: the one region-name pattern and the one judgment of where a function sends data.

Every layer (the runtime at start, the stack config, a component used alone, the compliance review) asks the same
two questions here: which regions does a chat function's configuration send personal data to
(`function_placements`), and which of them break residency (`misplaced`). The layers only word the answer for
their reader (an environment variable, a stack config key, an Args field).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

__all__ = [
    "NOT_A_REGION",
    "NOT_OFFERING_COMPREHEND",
    "OUTSIDE",
    "REGION_NAME",
    "Misplacement",
    "Placement",
    "function_placements",
    "is_region_name",
    "misplaced",
]

#: A region code such as `eu-central-1`, `ap-southeast-2` or `us-gov-west-1` (partition-agnostic).
REGION_NAME = re.compile(r"^[a-z]{2}(-[a-z]+)+-\d$")

#: Why a placement breaks residency (`Misplacement.reason`).
NOT_A_REGION = "not an AWS region code"
OUTSIDE = "outside the allowed regions"
NOT_OFFERING_COMPREHEND = "Comprehend is not offered there"


def is_region_name(value: object) -> bool:
    """Whether `value` is a string shaped like an AWS region code (not whether AWS offers that region)."""
    return isinstance(value, str) and REGION_NAME.match(value) is not None


@dataclass(frozen=True)
class Placement:
    """One region a function's configuration sends personal data to.

    `field` names the runtime setting that places it (`runtime.settings.Settings`: `home_region`,
    `bedrock_region`, `comprehend_region`, `tools_lambda`); `tool` names the Lambda tool for `tools_lambda`.
    """

    field: str
    region: object
    tool: str = ""

    @property
    def is_comprehend(self) -> bool:
        """Whether the region must also offer Amazon Comprehend."""
        return self.field == "comprehend_region"


@dataclass(frozen=True)
class Misplacement:
    """A placement that breaks residency, and why (`NOT_A_REGION`, `OUTSIDE` or `NOT_OFFERING_COMPREHEND`)."""

    placement: Placement
    reason: str


def function_placements(
    home_region: object,
    bedrock_region: object,
    comprehend_region: object | None,
    tools: Iterable[tuple[str, str]] = (),
) -> tuple[Placement, ...]:
    """Every region a chat function's configuration sends personal data to: its home (the function, table,
    bucket and logs), Bedrock, Comprehend (None: Comprehend is not called) and each Lambda tool `(name, region)`."""
    placements = [Placement("home_region", home_region), Placement("bedrock_region", bedrock_region)]
    if comprehend_region is not None:
        placements.append(Placement("comprehend_region", comprehend_region))
    placements += [Placement("tools_lambda", region, name) for name, region in tools]
    return tuple(placements)


def misplaced(
    placements: Iterable[Placement], allowed: Collection[str], comprehend_regions: Collection[str] | None = None
) -> list[Misplacement]:
    """The placements that break residency: not a region code, outside `allowed`, or a Comprehend region where
    Comprehend is not offered (checked when `comprehend_regions`, the allowed regions offering it, is known)."""
    found: list[Misplacement] = []
    for placement in placements:
        region = placement.region
        if not is_region_name(region):
            found.append(Misplacement(placement, NOT_A_REGION))
        elif region not in allowed:
            found.append(Misplacement(placement, OUTSIDE))
        elif placement.is_comprehend and comprehend_regions is not None and region not in comprehend_regions:
            found.append(Misplacement(placement, NOT_OFFERING_COMPREHEND))
    return found
