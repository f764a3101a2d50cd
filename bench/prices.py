"""List prices the cost report uses, in one table (USD).

AS OF: the public AWS price pages as known on 2025-01 (aws.amazon.com/lambda/pricing,
/comprehend/pricing, /dynamodb/pricing/on-demand, /bedrock/pricing). They were NOT fetched by the bench (no
network): check them against those pages before quoting a figure; they change, and vary by region.
"""

from __future__ import annotations

from dataclasses import dataclass

AS_OF = "2025-01"
SOURCE = (
    "AWS public price pages (Lambda, Comprehend, DynamoDB on-demand, Bedrock), as known on 2025-01; not fetched "
    "by the bench: check before quoting"
)


@dataclass(frozen=True)
class RegionPrices:
    """One home region's list prices."""

    region: str
    #: Lambda, per GB-second of duration, by architecture; and per request.
    lambda_gb_second: dict[str, float]
    lambda_request: float
    #: DynamoDB on-demand, per read / write request unit.
    dynamodb_rru: float
    dynamodb_wru: float


@dataclass(frozen=True)
class ModelPrices:
    """A Bedrock model's on-demand prices per token (input, output)."""

    label: str
    model_id: str
    input_token: float
    output_token: float


#: Comprehend (DetectEntities, DetectPiiEntities, DetectDominantLanguage): per unit of 100 characters, at
#: least 3 units per request (first tier, up to 10 M units a month; the same in the EU regions).
COMPREHEND_UNIT = 0.0001
COMPREHEND_UNIT_CHARS = 100
COMPREHEND_MIN_UNITS = 3

REGIONS: dict[str, RegionPrices] = {
    "eu-central-1": RegionPrices(
        "eu-central-1",
        lambda_gb_second={"arm64": 0.0000133334, "x86_64": 0.0000166667},
        lambda_request=0.20 / 1e6,
        dynamodb_rru=0.1525 / 1e6,
        dynamodb_wru=0.7625 / 1e6,
    ),
    "eu-west-1": RegionPrices(
        "eu-west-1",
        lambda_gb_second={"arm64": 0.0000133334, "x86_64": 0.0000166667},
        lambda_request=0.20 / 1e6,
        dynamodb_rru=0.1415 / 1e6,
        dynamodb_wru=0.7070 / 1e6,
    ),
}

#: Amazon Nova Micro's on-demand list price in us-east-1 (AWS Price List API as read on 2026-09-01, quoted by
#: public price trackers: $0.035 / $0.14 per million tokens). Its EU (eu-central-1) price was not found offline;
#: EU prices are the same or higher, which only lowers the privacy pipeline's share: check before quoting.
NOVA_MICRO_AS_OF = "2026-09 (us-east-1 list price; EU not checked)"

#: Claude Haiku 4.5's list price: $1 / $5 per million input / output tokens (global cross-region inference), 10%
#: more on a regional or geographic profile such as the EU one the stack uses: $1.10 / $5.50. Sources, found with
#: the project's search tool on 2026-12-07 (not AWS's own page, whose prices render client-side): the Bedrock
#: Claude pricing guide at clauder-navi.com/en/bedrock-claude-cost ("Haiku 4.5 at $1 input / $5 output ...
#: regional priced 10% higher than global") and benchr.org's Haiku 4.5 review (figures verified against
#: official sources on 2026-05-30). Check before quoting.
HAIKU_45_AS_OF = "2026-12-07 (Bedrock list price $1/$5 per million tokens, +10% on the EU profile; third-party pages)"

#: The configured model (the stack's default), a current small one and two older small ones kept for comparison,
#: EU cross-region inference profiles.
MODELS: dict[str, ModelPrices] = {
    "configured": ModelPrices(
        "Claude 3.7 Sonnet (configured)", "eu.anthropic.claude-3-7-sonnet-20250219-v1:0", 3.00 / 1e6, 15.00 / 1e6
    ),
    "current": ModelPrices(
        "Claude Haiku 4.5 (small, current)", "eu.anthropic.claude-haiku-4-5-20251001-v1:0", 1.10 / 1e6, 5.50 / 1e6
    ),
    "small": ModelPrices("Claude 3 Haiku (small)", "eu.anthropic.claude-3-haiku-20240307-v1:0", 0.25 / 1e6, 1.25 / 1e6),
    "micro": ModelPrices("Amazon Nova Micro (small)", "eu.amazon.nova-micro-v1:0", 0.035 / 1e6, 0.14 / 1e6),
}
