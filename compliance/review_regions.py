"""The review's "regions used": every region that stores or processes chat data, and what it holds there.

A region is listed when the program declares a resource in it or when the function calls a service there:
the home region (function, table, buckets, logs), Amazon Comprehend's region, Amazon Bedrock's endpoint and
every destination region of its inference profile (pseudonymized text only), the regions of the Lambda tools,
and CloudFront's edge locations (global, not pinned to the zone). Each region gets the most sensitive class of
what it holds or processes: raw personal data, not classified, pseudonymized text only, or no chat data.
Pure: built from the validated config, the run's index and the resource rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from compliance.review_glossary import NONE, PSEUDONYMIZED, RAW, data_class_rank, explain
from compliance.review_resources import EXCEPTION, GLOBAL, IN_ZONE, OUTSIDE, StackIndex
from components.config import StackConfig
from components.residency import ZONES, ResidencyZone, parse_model_id

__all__ = ["EDGES", "PRICE_CLASS_EDGES", "bedrock_destinations", "location_of", "regions_used"]

#: The `region` of CloudFront's edge locations in the list (they are not one region).
EDGES = "CloudFront edges"
PRICE_CLASS_EDGES: Mapping[str, str] = {
    "PriceClass_100": "North America, Europe and Israel",
    "PriceClass_200": "North America, Europe, Israel, Africa, the Middle East and most of Asia",
    "PriceClass_All": "every CloudFront edge location worldwide",
}
_DISTRIBUTION = "aws:cloudfront/distribution:Distribution"


def location_of(region: str, zone: ResidencyZone) -> str:
    """Where a region is (city, country), from the stack's zone or any zone of the catalog."""
    for candidate in (zone, *ZONES.values()):
        if region in candidate.regions:
            return candidate.regions[region]
    return "not in the zone catalog"


def bedrock_destinations(config: StackConfig, run_outputs: Mapping[str, Any]) -> list[str]:
    """The regions where Bedrock serves the model: the profile's destinations, or the in-region model's region."""
    residency = run_outputs.get("residency") or {}
    found = [str(r) for r in residency.get("bedrockDestinationRegions") or []]
    if found:
        return sorted(set(found))
    return [] if parse_model_id(config.bedrock.model_id).is_inference_profile else [config.bedrock.region]


def _item(service: str, data_class: str, what: str = "", names: Sequence[str] = ()) -> dict[str, Any]:
    return {"service": service, "names": list(names), "dataClass": data_class, "what": what}


def _resource_items(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        if row["zone"] not in (GLOBAL,) and row["region"] != "unknown":
            names[row["region"]][row["type"]].append(str(row["name"]))
    items: dict[str, list[dict[str, Any]]] = {}
    for region, by_type in names.items():
        items[region] = [
            _item(explain(kind).label, explain(kind).data_class, names=sorted(listed))
            for kind, listed in by_type.items()
        ]
    return items


def _service_items(config: StackConfig, destinations: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    items: dict[str, list[dict[str, Any]]] = defaultdict(list)
    items[config.comprehend.region].append(
        _item("Amazon Comprehend", RAW, "detects personal data in each message; stores nothing in this stack")
    )
    profile = parse_model_id(config.bedrock.model_id).is_inference_profile
    for region in sorted({config.bedrock.region, *destinations}):
        roles = []
        if region == config.bedrock.region:
            roles.append("the endpoint the function calls")
        if region in destinations:
            roles.append("a destination region of the inference profile" if profile else "serves the model")
        items[region].append(_item("Amazon Bedrock", PSEUDONYMIZED, ", ".join(roles) + "; stores nothing"))
    for tool in config.tools.lambda_tools:
        items[tool.region].append(
            _item("Lambda tool", RAW, "receives the user's real values (placeholders put back)", [tool.spec.name])
        )
    return items


def _zone_status(region: str, zone: ResidencyZone, rows: Sequence[Mapping[str, Any]], services: bool) -> str:
    if zone.allows_region(region):
        return IN_ZONE
    statuses = {row["zone"] for row in rows if row["region"] == region}
    return EXCEPTION if statuses == {EXCEPTION} and not services else OUTSIDE


def _edges(config: StackConfig, index: StackIndex) -> dict[str, Any] | None:
    names = sorted(r.name for r in index.records.values() if r.type == _DISTRIBUTION)
    if not names:
        return None
    price_class = config.edge.price_class
    return {
        "region": EDGES,
        "location": f"edge locations of {price_class} ({PRICE_CLASS_EDGES.get(price_class, '?')})",
        "zone": f"not pinned to zone '{config.zone.name}'",
        "dataClass": RAW,
        "items": [
            _item(
                "CloudFront distribution",
                RAW,
                "TLS terminates at the viewer's nearest edge, which may lie outside the zone; /c is never "
                "cached and no access logs are kept",
                names,
            )
        ],
        "note": "The geo allow-list decides who may connect, not where the edges are (see the caveats).",
    }


def regions_used(config: StackConfig, index: StackIndex, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Every region with chat data or resources, most sensitive first: class, zone status, what it holds."""
    zone = config.zone
    resources = _resource_items(rows)
    services = _service_items(config, bedrock_destinations(config, index.run.outputs))
    listed = []
    for region in sorted(set(resources) | set(services)):
        items = services.get(region, []) + resources.get(region, [])
        items.sort(key=lambda item: (data_class_rank(item["dataClass"]), item["service"]))
        data_class = items[0]["dataClass"] if items else NONE
        listed.append(
            {
                "region": region,
                "location": location_of(region, zone),
                "zone": _zone_status(region, zone, rows, bool(services.get(region))),
                "dataClass": data_class,
                "items": items,
                "note": "",
            }
        )
    edges = _edges(config, index)
    if edges is not None:
        listed.append(edges)
    return sorted(listed, key=lambda entry: (data_class_rank(entry["dataClass"]), entry["region"] == EDGES))
