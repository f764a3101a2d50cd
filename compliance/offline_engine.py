"""Run the real Pulumi program offline, under Pulumi mocks, and record what it declares.

No Pulumi CLI and no cloud credentials are needed: the config comes from `Pulumi.<stack>.yaml` (optionally
changed by the caller), `aws.bedrock.get_inference_profile` is answered from `compliance/offline_catalog.py`
(or a table the caller gives), and every resource the program registers is recorded with its type, logical name,
inputs, parent and provider, as well as the stack outputs and the program's warnings. Each run gets a fresh
`contextvars.Context`, so one process (a pytest session, the compliance review) can run the program many times.

The mocks themselves (what answers, what is recorded) are `compliance/offline_mocks.py`. Used by the tests
(`tests/pulumi_harness.py`) and by the offline compliance review (`compliance/review.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import copy
import json
import runpy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pulumi
from pulumi.runtime import settings
from pulumi.runtime.config import set_all_config
from pulumi.runtime.stack import wait_for_rpcs

from compliance.offline_mocks import (
    ACCOUNT_ID,
    RecordedResource,
    Recording,
    RecordingMocks,
    RecordingMonitor,
    warnings_logger,
)
from compliance.project import PulumiProject
from components.config import PROJECT

__all__ = [
    "ACCOUNT_ID",
    "CHECKOUT",
    "DELETE",
    "REPO_ROOT",
    "ProgramRun",
    "RecordedResource",
    "apply_overrides",
    "load_stack_file",
    "offline_standin_package",
    "run_callable",
    "run_program",
    "stack_names",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
MAIN_PROGRAM = REPO_ROOT / "__main__.py"
#: This checkout's own project (in the installed library there is none: a project folder is read instead).
CHECKOUT = PulumiProject(root=REPO_ROOT, name=PROJECT, program=MAIN_PROGRAM)
_DELETE = object()
_SETTLE_SECONDS = 30


@dataclass
class ProgramRun:
    """What one offline run of the program declared."""

    stack: str
    config: dict[str, Any]
    resources: list[RecordedResource]
    outputs: dict[str, Any]
    invokes: list[tuple[str, dict[str, Any]]]
    #: What the program warned (`pulumi.log.warn`), as `pulumi up` would show it.
    warnings: list[str] = field(default_factory=list)

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
    return CHECKOUT.stack_names()


def load_stack_file(stack: str) -> dict[str, Any]:
    """The `config:` mapping of the repository's `Pulumi.<stack>.yaml` (keys like `sovereign-chat:bedrock`)."""
    return CHECKOUT.stack_config(stack)


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
    project: str = PROJECT,
) -> ProgramRun:
    """Run `program` for `stack` under mocks and return what it declared.

    `config` replaces the stack file's config entirely; `overrides` then changes keys of it. Exceptions the
    program raises (e.g. a refused config) propagate to the caller unchanged; pass a list as `recorded` to see
    what had been declared by then. The chat function's deployment package is `package_path`, by default the
    offline stand-in package (`offline_standin_package`: no download). `project` is the project name the program
    sees (`pulumi.get_project()`, the namespace of `pulumi.Config()`): this program's by default.
    """
    base = dict(config) if config is not None else load_stack_file(stack)
    effective = apply_overrides(base, overrides or {})
    context = contextvars.Context()

    def body() -> None:
        runpy.run_path(str(program), run_name="__main__")

    return context.run(
        _run_in_context, _RunSpec(stack, effective, profile_destinations, package_path, recorded, project), body
    )


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
    spec = _RunSpec(stack, dict(config or {}), profile_destinations, package_path, recorded)
    return context.run(_run_in_context, spec, body)


def offline_standin_package() -> Path:
    """OFFLINE STAND-IN deployment package: the runtime's sources only, no dependency wheels (no network).

    Good enough for runs under mocks (nothing executes it); `pulumi up` always builds the real package.
    """
    from components.package_builder import PackageSpec, build_package, default_cache_dir

    return build_package(PackageSpec(requirements=()), cache_dir=default_cache_dir(REPO_ROOT) / "offline").path


def forget_loop_bound_state() -> None:
    """Drop what Pulumi keeps process-wide between runs and that is bound to one run's (closed) event loop.

    Pulumi's `settings.SETTINGS` holds the Output tasks and RPCs in flight; a run that failed in an apply leaves
    its tasks there, and the next run in the same process would wait on them forever. These attributes are
    Pulumi's own (not public API): this is the one place that touches them, checked by the runs of the tests.
    """
    settings.SETTINGS.outputs.clear()
    settings.SETTINGS.rpc_manager.clear()


@contextlib.contextmanager
def _own_event_loop() -> Iterator[asyncio.AbstractEventLoop]:
    """A fresh event loop for one run; on the way out its pending tasks are cancelled and Pulumi forgets it."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        forget_loop_bound_state()
        asyncio.set_event_loop(None)
        loop.close()


def _run_body(loop: asyncio.AbstractEventLoop, body: Callable[[], None]) -> dict[str, Any]:
    """Run `body`, wait for its registrations, and return the values of the stack outputs it exported."""
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
    values = {name: loop.run_until_complete(_resolve(pulumi.Output.from_input(v))) for name, v in exported.items()}
    loop.run_until_complete(wait_for_rpcs())
    return values


@dataclass(frozen=True)
class _RunSpec:
    """One run's settings: the stack, its effective config, the offline answers and where to record."""

    stack: str
    config: dict[str, Any]
    profile_destinations: Mapping[str, tuple[str, ...]] | None = None
    package_path: Path | None = None
    recorded: list[RecordedResource] | None = None
    project: str = PROJECT


def _run_in_context(spec: _RunSpec, body: Callable[[], None]) -> ProgramRun:
    """One run under the mocks, in the caller's (fresh) `contextvars.Context`."""
    from components.package_builder import offline_package_override

    recording = Recording(also_into=spec.recorded)
    region = str(spec.config.get("aws:region", "eu-central-1"))
    mocks = RecordingMocks(recording, region, spec.profile_destinations)
    with _own_event_loop() as loop:
        set_all_config(_engine_config(spec.config))
        monitor = RecordingMonitor(mocks)
        pulumi.runtime.set_mocks(
            mocks,
            project=spec.project,
            stack=spec.stack,
            preview=False,
            logger=warnings_logger(recording),
            monitor=monitor,
        )
        offline_package_override.set(spec.package_path or offline_standin_package())
        recording.stack_outputs.update(_run_body(loop, body))
    return ProgramRun(
        stack=spec.stack,
        config=spec.config,
        resources=list(recording.resources.values()),
        outputs=recording.stack_outputs,
        invokes=recording.invokes,
        warnings=recording.warnings,
    )
