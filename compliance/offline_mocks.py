"""The Pulumi mocks of an offline run: what answers the program's registrations and lookups, and what records them.

- `RecordingMocks` answers every resource registration with plausible computed outputs (its inputs, an ARN,
  id-like fields: `compliance/offline_catalog.py`) and the provider functions the components call (the caller's
  identity, the partition, the region, CloudFront's managed policies, the inference profiles' destinations);
  it records every call it answers.
- `RecordingMonitor` is Pulumi's mock monitor that also records, per resource, its type, logical name, inputs,
  parent and provider, the outputs a component registers, and the stack's outputs.
- `warnings_logger` is the run's engine log: what the program warns (`pulumi.log.warn`, as `pulumi up` would
  show it) is recorded, not printed.

Used by `compliance/offline_engine.py`, which gives both to Pulumi for one run.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pulumi
from pulumi.runtime import mocks as pulumi_mocks
from pulumi.runtime import rpc

from compliance.offline_catalog import plausible_outputs, profile_lookup_result

__all__ = ["ACCOUNT_ID", "RecordedResource", "Recording", "RecordingMocks", "RecordingMonitor", "warnings_logger"]

#: The account every offline run pretends to deploy into.
ACCOUNT_ID = "123456789012"
_PROFILE_LOOKUP = "aws:bedrock/getInferenceProfile:getInferenceProfile"
_STACK_TYPE = "pulumi:pulumi:Stack"


@dataclass
class RecordedResource:
    """One resource the program registered (custom or component)."""

    urn: str
    type: str
    name: str
    inputs: dict[str, Any]
    parent: str | None
    provider: str | None
    custom: bool
    id: str | None = None
    outputs_registered: bool = False
    registered_outputs: dict[str, Any] = field(default_factory=dict)

    @property
    def parent_type(self) -> str | None:
        """The type token of the parent resource (from its URN), or None for a top-level resource."""
        if not self.parent:
            return None
        return self.parent.split("::")[2].split("$")[-1]


@dataclass
class Recording:
    """What one run declared so far: resources by URN, provider calls, stack outputs, the program's warnings.

    `also_into`, when given, receives every resource as it is registered (a caller's view of a run that fails).
    """

    resources: dict[str, RecordedResource] = field(default_factory=dict)
    invokes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    stack_outputs: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    also_into: list[RecordedResource] | None = None

    def add(self, resource: RecordedResource) -> None:
        """Record one registered resource."""
        self.resources[resource.urn] = resource
        if self.also_into is not None:
            self.also_into.append(resource)


class _Into(logging.Handler):
    """Appends each message at warning level or above to a list."""

    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self._into = into

    def emit(self, record: logging.LogRecord) -> None:
        self._into.append(record.getMessage())


def warnings_logger(recording: Recording) -> logging.Logger:
    """A logger of one run's own (unregistered, so it neither prints nor reaches the root logger): the mock engine
    writes the program's log to it, and its warnings and errors land in `recording.warnings`."""
    logger = logging.Logger("offline-program")
    logger.addHandler(_Into(recording.warnings))
    return logger


def fake_state(args: pulumi.runtime.MockResourceArgs, region: str) -> dict[str, Any]:
    """Plausible computed outputs for a mocked resource: its inputs plus an ARN, id-like fields and a name."""
    state = dict(args.inputs)
    for key, value in plausible_outputs(args.typ, args.name, args.inputs, region, ACCOUNT_ID).items():
        state.setdefault(key, value)
    service = args.typ.split(":")[1].split("/")[0] if ":" in args.typ else "x"
    state.setdefault("arn", f"arn:aws:{service}:{region}:{ACCOUNT_ID}:{args.name}")
    state.setdefault("name", args.name)
    return state


def _lookup_answer(token: str, args: Mapping[str, Any], region: str) -> dict[str, Any]:
    """The answer to the provider functions the components call, but the inference profile's ({} for others)."""
    if token == "aws:index/getCallerIdentity:getCallerIdentity":
        arn = f"arn:aws:iam::{ACCOUNT_ID}:user/offline"
        return {"accountId": ACCOUNT_ID, "arn": arn, "userId": "offline", "id": ACCOUNT_ID}
    if token == "aws:index/getPartition:getPartition":
        return {"partition": "aws", "dnsSuffix": "amazonaws.com", "id": "aws"}
    if token == "aws:index/getRegion:getRegion":
        return {"name": region, "region": region, "id": region}
    if token == "aws:cloudfront/getCachePolicy:getCachePolicy":
        return {"id": f"cache-{args.get('name')}", "name": args.get("name")}
    if token == "aws:cloudfront/getOriginRequestPolicy:getOriginRequestPolicy":
        return {"id": f"orp-{args.get('name')}", "name": args.get("name")}
    return {}


class RecordingMocks(pulumi.runtime.Mocks):
    """Answers resource registrations and provider calls with plausible values, recording every call.

    `default_region` stands for a resource's or a call's region when it names none; `profile_destinations`
    replaces the offline catalog's inference profiles (None: the catalog).
    """

    def __init__(
        self,
        recording: Recording,
        default_region: str,
        profile_destinations: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.recording = recording
        self.default_region = default_region
        self.profile_destinations = profile_destinations

    def new_resource(self, args: pulumi.runtime.MockResourceArgs) -> tuple[str | None, dict[str, Any]]:
        """An id and the plausible state of a new resource."""
        region = str(args.inputs.get("region") or self.default_region)
        return f"{args.name}-id", fake_state(args, region)

    def call(self, args: pulumi.runtime.MockCallArgs) -> tuple[dict[str, Any], list[tuple[str, str]] | None]:
        """The answer to a provider function (recorded)."""
        self.recording.invokes.append((args.token, dict(args.args)))
        region = str(args.args.get("region") or self.default_region)
        if args.token == _PROFILE_LOOKUP:
            profile_id = str(args.args["inferenceProfileId"])
            return profile_lookup_result(profile_id, region, ACCOUNT_ID, self.profile_destinations), []
        return _lookup_answer(args.token, args.args, region), []


class RecordingMonitor(pulumi_mocks.MockMonitor):
    """Pulumi's mock monitor, also recording parents, providers and registered outputs into `recording`."""

    def __init__(self, mocks: RecordingMocks) -> None:
        super().__init__(mocks)
        self.recording = mocks.recording

    def RegisterResource(self, request: Any) -> Any:
        """Register as Pulumi's mock monitor does, and record the resource (but the root stack)."""
        response = super().RegisterResource(request)  # type: ignore[no-untyped-call]
        if request.type != _STACK_TYPE:
            self.recording.add(
                RecordedResource(
                    urn=response.urn,
                    type=request.type,
                    name=request.name,
                    inputs=dict(rpc.deserialize_properties(request.object)),
                    parent=request.parent or None,
                    provider=request.provider or None,
                    custom=bool(request.custom),
                    id=response.id or None,
                )
            )
        return response

    def RegisterResourceOutputs(self, request: Any) -> Any:
        """Record a component's (or the stack's) registered outputs."""
        outputs = rpc.deserialize_properties(request.outputs) if request.outputs else {}
        resources = self.recording.resources
        if request.urn in resources:
            resources[request.urn].outputs_registered = True
            resources[request.urn].registered_outputs = dict(outputs)
        elif _STACK_TYPE in request.urn:
            self.recording.stack_outputs.update(outputs)
        return super().RegisterResourceOutputs(request)  # type: ignore[no-untyped-call]
