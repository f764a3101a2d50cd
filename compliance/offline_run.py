"""Run any Pulumi program that uses the components offline, under Pulumi mocks, and print what it declares and
its residency verdict: `python -m compliance.offline_run PATH` (installed: `python -m
sovereign_chat.compliance.offline_run PATH`).

PATH is a project folder (holding `Pulumi.yaml`; its `main`, by default `__main__.py`, is the program) or a program
file in one. The config is the stack file's (`--stack NAME`, by default the folder's only stack file, else none)
with `--set KEY=VALUE` changes (a key without a namespace gets the project's: `--set region=eu-west-3`). No Pulumi
CLI, no cloud credentials: the program's own checks run as under `pulumi up` (a component refuses a region
outside its zone before declaring anything), then the compliance rules (`compliance/rules/`, the policy pack's)
judge every declared resource against the residency zone (`--zone`, else the config's `residencyZone`, else `eu`).

Exit status: 0 the program ran and every resource is in the zone, 1 the program refused its config or a rule
failed, 2 the run could not start (no project, no stack file, ...).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pulumi

from compliance.checkout_alias import IN_CHECKOUT, checkout_as_library
from compliance.command import module_command
from compliance.offline_engine import (  # the engine's names, importable from here as in 0.2.0
    REPO_ROOT,
    ProgramRun,
    RecordedResource,
    apply_overrides,
    load_stack_file,
    offline_standin_package,
    run_callable,
    run_program,
    stack_names,
)
from compliance.project import PulumiProject, find_project, parse_settings
from compliance.review_glossary import explain
from compliance.review_records import records_from_run
from compliance.review_resources import GLOBAL, StackIndex, describe_resources
from compliance.rules import DEFAULT_SSE_S3_BUCKETS, RuleContext, evaluate
from components.residency import ResidencyZone, get_zone

__all__ = [
    "REPO_ROOT",
    "OfflineVerdict",
    "ProgramRun",
    "RecordedResource",
    "apply_overrides",
    "judge",
    "load_stack_file",
    "main",
    "offline_standin_package",
    "render_text",
    "run_callable",
    "run_program",
    "stack_names",
]

DESCRIPTION = (
    "Run a Pulumi program that uses the sovereign-chat components offline, under Pulumi mocks, and print the "
    "resources it declares and its residency verdict."
)
PASS, FAIL, REFUSED = "PASS", "FAIL", "REFUSED"
DEFAULT_ZONE = "eu"
_EDGE_TYPE = "sovereign-chat:edge:Edge"
#: The program's own refusals: a component's zone check or a refused config (ValueError), a missing or mistyped
#: config key (Pulumi's RunError). Anything else is a failure of the run, not a verdict.
_REFUSALS = (ValueError, pulumi.RunError)

OfflineVerdict = dict[str, Any]


def _arguments(argv: Sequence[str] | None, prog: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=prog, description=DESCRIPTION)
    parser.add_argument("path", type=Path, help="project folder (holding Pulumi.yaml) or its program file")
    parser.add_argument("--stack", help="stack name: its Pulumi.<stack>.yaml (default: the folder's only one)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="set one config key")
    parser.add_argument("--zone", help="residency zone to judge against (default: residencyZone, else eu)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    return parser.parse_args(argv)


def _project(path: Path) -> PulumiProject:
    """The project of a folder or of a program file (which then replaces the project's `main`)."""
    if path.is_file():
        project = find_project(path.parent)
        return PulumiProject(root=project.root, name=project.name, program=path.resolve())
    if not path.is_dir():
        raise FileNotFoundError(f"no such folder or program: {path}")
    return find_project(path)


def _stack(project: PulumiProject, stack: str | None) -> tuple[str, dict[str, Any]]:
    """The stack's name and config: the one named, else the folder's only stack file, else none (`offline`)."""
    if stack is not None:
        return stack, project.stack_config(stack)
    names = project.stack_names()
    if len(names) == 1:
        return names[0], project.stack_config(names[0])
    if names:
        raise ValueError(f"{project.root} has several stack files ({', '.join(names)}): choose one with --stack")
    return "offline", {}


def _zone(name: str | None, project: PulumiProject, config: Mapping[str, Any]) -> ResidencyZone:
    chosen = name or config.get(f"{project.name}:residencyZone") or DEFAULT_ZONE
    zone = get_zone(str(chosen))
    if zone is None:
        raise ValueError(f"unknown residency zone {chosen!r}")
    return zone


def judge(run: ProgramRun, zone: ResidencyZone) -> OfflineVerdict:
    """The residency verdict of a run: every resource with its region and zone status, the rule violations (the
    site buckets of `Edge` components may use SSE-S3: the public page's files, as in the policy pack) and what the
    program warned."""
    records = records_from_run(run)
    edges = tuple(f"{r.name}-site" for r in run.resources if r.type == _EDGE_TYPE)
    context = RuleContext(zone=zone, sse_s3_buckets=tuple(dict.fromkeys((*DEFAULT_SSE_S3_BUCKETS, *edges))))
    violations = evaluate(records, context)
    rows = describe_resources(StackIndex.build(run, records), zone)
    return {
        "verdict": FAIL if violations else PASS,
        "zone": zone.name,
        "resources": [{k: row[k] for k in ("type", "name", "component", "region", "zone")} for row in rows],
        "violations": [{"rule": v.rule, "resource": v.resource, "message": v.message} for v in violations],
        "outputs": run.outputs,
        "warnings": list(run.warnings),
    }


def _run(args: argparse.Namespace) -> OfflineVerdict:
    project = _project(args.path)
    stack, base = _stack(project, args.stack)
    config = apply_overrides(base, parse_settings(args.set, project.name))
    zone = _zone(args.zone, project, config)
    heading = {"project": project.name, "program": str(project.program), "stack": stack}
    try:
        # In a checkout, a program written against the installed library's names runs on the checkout's modules.
        with checkout_as_library() if IN_CHECKOUT else contextlib.nullcontext():
            run = run_program(stack, config=config, program=project.program, project=project.name)
    except _REFUSALS as error:
        return {**heading, "verdict": REFUSED, "zone": zone.name, "refusal": str(error), "resources": []}
    return {**heading, **judge(run, zone)}


def _row(row: Mapping[str, str], widths: tuple[int, int]) -> str:
    """One resource: its type's label, logical name, region and, for a regional one, where that is for the zone."""
    where = "" if row["zone"] == GLOBAL else f" ({row['zone']})"
    label = explain(row["type"]).label
    return f"  {label:<{widths[0]}}  {row['name']:<{widths[1]}}  {row['region']}{where}"


def render_text(verdict: OfflineVerdict) -> str:
    """The verdict for the terminal: what was declared (resource, region, zone), the outputs, the program's
    warnings, the verdict."""
    lines = [f"offline run of {verdict['program']} (project {verdict['project']}, stack {verdict['stack']})"]
    if verdict["verdict"] == REFUSED:
        lines += [f"the program refused its config, no resource is deployable:\n  {verdict['refusal']}"]
    rows = verdict["resources"]
    widths = (
        max((len(explain(r["type"]).label) for r in rows), default=0),
        max((len(r["name"]) for r in rows), default=0),
    )
    for component in dict.fromkeys(r["component"] for r in rows):
        lines.append(f"{component if component != '-' else 'the program itself'}:")
        lines += [_row(r, widths) for r in rows if r["component"] == component]
    lines += [f"output {name}: {value}" for name, value in (verdict.get("outputs") or {}).items()]
    lines += [f"  [{v['rule']}] {v['resource']}: {v['message']}" for v in verdict.get("violations", [])]
    lines += [f"warning: {warning}" for warning in verdict.get("warnings", [])]
    count = f"{len(rows)} resources, {len(verdict.get('violations', []))} rule violation(s)"
    lines.append(f"residency verdict (zone {verdict['zone']}): {verdict['verdict']}: {count}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """Run the program offline and print its verdict; the exit status (0 pass, 1 refused or failed, 2 no run).

    `prog` names the command in the usage text: by default the runner's module as imported
    (`python -m compliance.offline_run`, installed `python -m sovereign_chat.compliance.offline_run`)."""
    prog = prog or module_command(__spec__, sys.argv[0])
    args = _arguments(argv, prog)
    try:
        verdict = _run(args)
    except (OSError, ValueError, KeyError, ImportError) as error:
        print(f"{prog}: could not run {args.path}: {error}", file=sys.stderr)
        return 2
    print(json.dumps(verdict, indent=2, default=str) if args.format == "json" else render_text(verdict))
    return 0 if verdict["verdict"] == PASS else 1


if __name__ == "__main__":
    sys.exit(main())
