"""Run the real Pulumi program offline, under Pulumi mocks, and record what it declares.

No Pulumi CLI and no cloud credentials are needed: the config comes from `Pulumi.<stack>.yaml` (optionally
changed by the caller), `aws.bedrock.get_inference_profile` is answered from `compliance/offline_catalog.py`
(or a table the caller gives), and every resource the program registers is recorded with its type, logical name,
inputs, parent and provider, as well as the stack outputs. Each run gets a fresh `contextvars.Context`, so one
process (a pytest session, the compliance review) can run the program many times.

Used by the tests (`tests/pulumi_harness.py`) and by the offline compliance review (`compliance/review.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import copy
import json
import runpy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from compliance.offline_catalog import plausible_outputs, profile_lookup_result
from components.config import PROJECT

__all__ = [
    "REPO_ROOT",
    "ProgramRun",
    "RecordedResource",
    "load_stack_file",
    "offline_standin_package",
    "run_callable",
    "run_program",
    "stack_names",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
MAIN_PROGRAM = REPO_ROOT / "__main__.py"
ACCOUNT_ID = "123456789012"
_DELETE = object()
_SETTLE_SECONDS = 30


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
class ProgramRun:
    """What one offline run of the program declared."""

    stack: str
    config: dict[str, Any]
    resources: list[RecordedResource]
    outputs: dict[str, Any]
    invokes: list[tuple[str, dict[str, Any]]]

    def of_type(self, type_token: str) -> list[RecordedResource]:
        """Every recorded resource of one type token (e.g. `aws:lambda/function:Function`)."""
        return [r for r in self.resources if r.type == type_token]

    def one(self, type_token: str) -> RecordedResource:
        """The single resource of a type; fails loudly when there are none or several."""
        found = self.of_type(type_token)
        if len(found) != 1:
            raise AssertionError(f"expected one {type_token}, found {len(found)}: {[r.name for r in found]}")
        return found[0]

    def by_urn(self, urn: str) -> RecordedResource | None:
        """The resource with this URN, if recorded."""
        return next((r for r in self.resources if r.urn == urn), None)


def stack_names() -> list[str]:
    """The stacks that have a `Pulumi.<stack>.yaml` file in the repository."""
    return sorted(p.name[len("Pulumi.") : -len(".yaml")] for p in REPO_ROOT.glob("Pulumi.*.yaml"))


def load_stack_file(stack: str) -> dict[str, Any]:
    """The `config:` mapping of `Pulumi.<stack>.yaml` (keys like `sovereign-chat:bedrock`)."""
    path = REPO_ROOT / f"Pulumi.{stack}.yaml"
    if not path.exists():
        raise FileNotFoundError(f"no stack file {path.name} (stacks: {', '.join(stack_names())})")
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    config = document.get("config") or {}
    if not isinstance(config, dict):
        raise ValueError(f"{path.name}: `config` must be a mapping")
    return config


def apply_overrides(config: dict[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `config` with overrides applied.

    Override keys are full keys (`sovereign-chat:homeRegion`) or dotted paths into object keys
    (`sovereign-chat:bedrock.region`); the value `DELETE` removes the key.
    """
    result = copy.deepcopy(config)
    for key, value in overrides.items():
        namespace, _, name = key.partition(":")
        top, dot, sub = name.partition(".")
        full_top = f"{namespace}:{top}"
        if dot:
            target = result.setdefault(full_top, {})
            if value is _DELETE:
                target.pop(sub, None)
            else:
                target[sub] = value
        elif value is _DELETE:
            result.pop(full_top, None)
        else:
            result[full_top] = value
    return result


DELETE = _DELETE


def _engine_config(config: Mapping[str, Any]) -> dict[str, str]:
    """Config as the Pulumi engine hands it to a program: objects and lists as JSON text, scalars as text."""
    encoded: dict[str, str] = {}
    for key, value in config.items():
        if isinstance(value, (dict, list)):
            encoded[key] = json.dumps(value)
        elif isinstance(value, bool):
            encoded[key] = "true" if value else "false"
        else:
            encoded[key] = str(value)
    return encoded


def _fake_state(args: Any, region: str) -> dict[str, Any]:
    """Plausible computed outputs for a mocked resource: its inputs plus an ARN, id-like fields and a name."""
    state = dict(args.inputs)
    for key, value in plausible_outputs(args.typ, args.name, args.inputs, region, ACCOUNT_ID).items():
        state.setdefault(key, value)
    service = args.typ.split(":")[1].split("/")[0] if ":" in args.typ else "x"
    state.setdefault("arn", f"arn:aws:{service}:{region}:{ACCOUNT_ID}:{args.name}")
    state.setdefault("name", args.name)
    return state


async def _resolve(output: Any) -> Any:
    """The plain value of an Output (None when unknown)."""
    return await output.future()


def run_program(
    stack: str,
    overrides: Mapping[str, Any] | None = None,
    *,
    config: Mapping[str, Any] | None = None,
    profile_destinations: Mapping[str, tuple[str, ...]] | None = None,
    program: Path = MAIN_PROGRAM,
    package_path: Path | None = None,
    recorded: list[RecordedResource] | None = None,
) -> ProgramRun:
    """Run `program` for `stack` under mocks and return what it declared.

    `config` replaces the stack file's config entirely; `overrides` then changes keys of it. Exceptions the
    program raises (e.g. a refused config) propagate to the caller unchanged; pass a list as `recorded` to see
    what had been declared by then. The chat function's deployment package is `package_path`, by default the
    offline stand-in package (`offline_standin_package`: no download).
    """
    base = dict(config) if config is not None else load_stack_file(stack)
    effective = apply_overrides(base, overrides or {})
    context = contextvars.Context()

    def body() -> None:
        runpy.run_path(str(program), run_name="__main__")

    return context.run(_run_in_context, stack, effective, profile_destinations, body, package_path, recorded)


def run_callable(
    body: Callable[[], None],
    *,
    stack: str = "offline",
    config: Mapping[str, Any] | None = None,
    profile_destinations: Mapping[str, tuple[str, ...]] | None = None,
    package_path: Path | None = None,
    recorded: list[RecordedResource] | None = None,
) -> ProgramRun:
    """Run `body` (any Pulumi code: e.g. one component with hand-written args) under the same mocks.

    `config` is the raw config visible to the body (none by default); outputs exported by the body are
    returned like a program's.
    """
    context = contextvars.Context()
    return context.run(_run_in_context, stack, dict(config or {}), profile_destinations, body, package_path, recorded)


def offline_standin_package() -> Path:
    """OFFLINE STAND-IN deployment package: the runtime's sources only, no dependency wheels (no network).

    Good enough for runs under mocks (nothing executes it); `pulumi up` always builds the real package.
    """
    from components.package_builder import PackageSpec, build_package, default_cache_dir

    return build_package(PackageSpec(requirements=()), cache_dir=default_cache_dir(REPO_ROOT) / "offline").path


def _run_in_context(
    stack: str,
    config: dict[str, Any],
    profile_destinations: Mapping[str, tuple[str, ...]] | None,
    body: Callable[[], None],
    package_path: Path | None = None,
    recorded: list[RecordedResource] | None = None,
) -> ProgramRun:
    import pulumi
    from pulumi.runtime import mocks as pulumi_mocks
    from pulumi.runtime import rpc, settings
    from pulumi.runtime.config import set_all_config
    from pulumi.runtime.stack import wait_for_rpcs

    from components.package_builder import offline_package_override

    default_region = str(config.get("aws:region", "eu-central-1"))
    resources: dict[str, RecordedResource] = {}
    invokes: list[tuple[str, dict[str, Any]]] = []
    stack_outputs: dict[str, Any] = {}

    class RecordingMocks(pulumi.runtime.Mocks):
        """Answers resource registrations and provider calls with plausible values."""

        def new_resource(self, args: pulumi.runtime.MockResourceArgs) -> tuple[str | None, dict[str, Any]]:
            region = str(args.inputs.get("region") or default_region)
            return f"{args.name}-id", _fake_state(args, region)

        def call(self, args: pulumi.runtime.MockCallArgs) -> tuple[dict[str, Any], list[tuple[str, str]] | None]:
            invokes.append((args.token, dict(args.args)))
            region = str(args.args.get("region") or default_region)
            if args.token == "aws:bedrock/getInferenceProfile:getInferenceProfile":
                return profile_lookup_result(
                    str(args.args["inferenceProfileId"]), region, ACCOUNT_ID, profile_destinations
                ), []
            if args.token == "aws:index/getCallerIdentity:getCallerIdentity":
                return {
                    "accountId": ACCOUNT_ID,
                    "arn": f"arn:aws:iam::{ACCOUNT_ID}:user/offline",
                    "userId": "offline",
                    "id": ACCOUNT_ID,
                }, []
            if args.token == "aws:index/getPartition:getPartition":
                return {"partition": "aws", "dnsSuffix": "amazonaws.com", "id": "aws"}, []
            if args.token == "aws:index/getRegion:getRegion":
                return {"name": region, "region": region, "id": region}, []
            if args.token == "aws:cloudfront/getCachePolicy:getCachePolicy":
                return {"id": f"cache-{args.args.get('name')}", "name": args.args.get("name")}, []
            if args.token == "aws:cloudfront/getOriginRequestPolicy:getOriginRequestPolicy":
                return {"id": f"orp-{args.args.get('name')}", "name": args.args.get("name")}, []
            return {}, []

    class RecordingMonitor(pulumi_mocks.MockMonitor):
        """A mock monitor that also records parents, providers and registered outputs."""

        def RegisterResource(self, request: Any) -> Any:
            response = super().RegisterResource(request)  # type: ignore[no-untyped-call]
            if request.type != "pulumi:pulumi:Stack":
                urn = response.urn
                inputs = dict(rpc.deserialize_properties(request.object))
                resources[urn] = RecordedResource(
                    urn=urn,
                    type=request.type,
                    name=request.name,
                    inputs=inputs,
                    parent=request.parent or None,
                    provider=request.provider or None,
                    custom=bool(request.custom),
                    id=response.id or None,
                )
                if recorded is not None:
                    recorded.append(resources[urn])
            return response

        def RegisterResourceOutputs(self, request: Any) -> Any:
            outputs = rpc.deserialize_properties(request.outputs) if request.outputs else {}
            if request.urn in resources:
                resources[request.urn].outputs_registered = True
                resources[request.urn].registered_outputs = dict(outputs)
            elif "pulumi:pulumi:Stack" in request.urn:
                stack_outputs.update(outputs)
            return super().RegisterResourceOutputs(request)  # type: ignore[no-untyped-call]

    mocks = RecordingMocks()
    monitor = RecordingMonitor(mocks)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        set_all_config(_engine_config(config))
        pulumi.runtime.set_mocks(mocks, project=PROJECT, stack=stack, preview=False, monitor=monitor)
        offline_package_override.set(package_path or offline_standin_package())
        try:
            body()
        except BaseException:
            # Let what was already scheduled (at least the root stack's registration) finish before the loop
            # is torn down: a registration cancelled half-way leaves Pulumi's process-wide state waiting
            # forever, and the next run in this process would hang.
            with contextlib.suppress(BaseException):
                loop.run_until_complete(asyncio.wait_for(wait_for_rpcs(), _SETTLE_SECONDS))
            raise
        loop.run_until_complete(wait_for_rpcs())
        root = settings.get_root_resource()
        exported = dict(getattr(root, "outputs", {}) or {})
        for name, value in exported.items():
            stack_outputs[name] = loop.run_until_complete(_resolve(pulumi.Output.from_input(value)))
        loop.run_until_complete(wait_for_rpcs())
    finally:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        # A run that failed in an apply leaves its Outputs' tasks, bound to this loop, in Pulumi's process-wide
        # settings: drop them, or the next run in this process waits on a closed loop.
        settings.SETTINGS.outputs.clear()
        settings.SETTINGS.rpc_manager.clear()
        asyncio.set_event_loop(None)
        loop.close()

    return ProgramRun(
        stack=stack, config=config, resources=list(resources.values()), outputs=stack_outputs, invokes=invokes
    )
