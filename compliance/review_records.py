"""Turn an offline run of the program into the resource records the compliance rules read.

The run (`compliance/offline_engine.py`) recorded each resource's type, name, inputs, parent, provider and mock id.
Here the default AWS provider becomes a record of its own (its region is `aws:region`), each resource gets its
provider's region, and inputs that hold another resource's id become references (`refs`), so that stack rules
can tell which bucket a public access block or a policy belongs to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from compliance.offline_catalog import plausible_outputs
from compliance.offline_engine import ACCOUNT_ID, ProgramRun, RecordedResource
from compliance.rules import PROVIDER_TYPE, ResourceRecord

__all__ = ["DEFAULT_PROVIDER_NAME", "arn_names", "component_of", "records_from_run"]

DEFAULT_PROVIDER_NAME = "default AWS provider (aws:region)"


def _provider_regions(run: ProgramRun) -> dict[str, str]:
    regions: dict[str, str] = {}
    for resource in run.resources:
        if resource.type == PROVIDER_TYPE and isinstance(resource.inputs.get("region"), str):
            regions[resource.urn] = resource.inputs["region"]
    return regions


def records_from_run(run: ProgramRun) -> list[ResourceRecord]:
    """Records of every custom resource of the run, plus the default provider."""
    default_region = run.config.get("aws:region")
    provider_regions = _provider_regions(run)
    ids = {r.id: r.urn for r in run.resources if r.id and r.custom}
    records = [
        ResourceRecord(
            type=PROVIDER_TYPE,
            name=DEFAULT_PROVIDER_NAME,
            inputs={"region": default_region} if default_region else {},
            urn="default-provider",
        )
    ]
    for resource in run.resources:
        if not resource.custom:
            continue
        # A provider reference is `<provider urn>::<provider id>`; none means the default provider.
        region = provider_regions.get(resource.provider.rsplit("::", 1)[0]) if resource.provider else default_region
        refs = {
            key: (ids[value],)
            for key, value in resource.inputs.items()
            if isinstance(value, str) and value in ids and ids[value] != resource.urn
        }
        records.append(
            ResourceRecord(
                type=resource.type,
                name=resource.name,
                inputs=resource.inputs,
                provider_region=str(region) if region else None,
                urn=resource.urn,
                refs=refs,
            )
        )
    return records


def component_of(run: ProgramRun, resource: RecordedResource) -> str:
    """The top-level component a resource belongs to, as `Type name` (`-` for a top-level resource)."""
    current: RecordedResource | None = resource
    found = "-"
    while current is not None and current.parent:
        parent = run.by_urn(current.parent)
        if parent is None:
            break
        if not parent.custom:
            found = f"{parent.type.rsplit(':', 1)[-1]} {parent.name}"
        current = parent
    return found


def arn_names(run: ProgramRun) -> Mapping[str, str]:
    """ARN -> logical name of every resource whose (offline, plausible) ARN is known, e.g. the KMS key."""
    default_region = str(run.config.get("aws:region", ""))
    names: dict[str, str] = {}
    for resource in run.resources:
        if not resource.custom:
            continue
        region = resource.inputs.get("region") or default_region
        outputs: Mapping[str, Any] = plausible_outputs(
            resource.type, resource.name, resource.inputs, region, ACCOUNT_ID
        )
        arn = outputs.get("arn")
        if isinstance(arn, str):
            names[arn] = resource.name
    return names
