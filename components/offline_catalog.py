"""Published destination regions of the inference profiles our stack files use, for OFFLINE runs only.

`pulumi up` asks Bedrock (see `components/inference_profile.py`). When the program runs without AWS (unit tests
under Pulumi mocks, `make review`), the mocks answer `aws.bedrock.get_inference_profile` from this table. It
records what AWS documented when it was written; update it when AWS changes a profile, and remember that the
deployed check is the live one.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["INFERENCE_PROFILE_DESTINATIONS", "profile_lookup_result"]

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
