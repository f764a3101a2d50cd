"""Offline compliance review of one stack: `python -m compliance.review --stack eu [--format md|json] [--out FILE]`
(installed: `python -m sovereign_chat.compliance.review ...`).

Run in a project folder (this checkout, or a platform team's project running the sovereign-chat program): reads
its `Pulumi.yaml` and `Pulumi.<stack>.yaml` (`--project DIR` names another folder), runs its program for the stack
under Pulumi mocks (no Pulumi CLI, no cloud credentials), checks the config and every declared resource against
the residency zone and the compliance rules, and writes a report: Markdown for people, JSON for pipelines (default
`build/review-<stack>.<md|json>` in the project folder), with a short summary on the terminal.

Exit status: 0 when the stack stays in its zone, 1 when it breaks it (config refused or a rule violated),
2 when the review cannot run (unknown stack, unreadable file, ...).

`--config-file` reviews another stack file (e.g. a proposed change) and `--set KEY=VALUE` changes one key
(`--set sovereign-chat:bedrock.region=eu-west-2`; the value is read as YAML).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from compliance import offline_run
from compliance.command import module_command
from compliance.offline_engine import CHECKOUT
from compliance.project import PulumiProject, find_project, parse_settings, read_project
from compliance.review_markdown import render_markdown, terminal_summary
from compliance.review_report import PASS, ReviewInput, build_review
from components.config import PROJECT

__all__ = ["main", "parse_overrides", "render"]

DESCRIPTION = (
    "Offline compliance review of one stack of the project folder it runs in: its program under Pulumi mocks, "
    "every declared resource checked against the residency zone and the compliance rules."
)


def parse_overrides(pairs: Sequence[str]) -> dict[str, Any]:
    """`KEY=VALUE` pairs as overrides of full keys (values parsed as YAML: `[PT, ES]`, `300`, `true`)."""
    return parse_settings(pairs)


def render(report: dict[str, Any], fmt: str) -> str:
    """The report in one format (`md` or `json`)."""
    if fmt == "json":
        return json.dumps(report, indent=2, sort_keys=False, default=str) + "\n"
    return render_markdown(report)


def _arguments(argv: Sequence[str] | None, prog: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=prog, description=DESCRIPTION)
    parser.add_argument("--stack", required=True, help="stack name: reviews Pulumi.<stack>.yaml")
    parser.add_argument("--format", choices=("md", "json"), default="md", help="report format (default md)")
    parser.add_argument("--out", type=Path, help="report file (default build/review-<stack>.<format>)")
    parser.add_argument("--config-file", type=Path, help="review this stack file instead of Pulumi.<stack>.yaml")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override one config key")
    parser.add_argument("--project", type=Path, help="project folder holding Pulumi.yaml (default: the current one)")
    return parser.parse_args(argv)


def _project(folder: Path | None) -> PulumiProject:
    """The project to review: the named folder's, else the current folder's (or the nearest above it)."""
    if folder is not None:
        return read_project(folder)
    try:
        return find_project(Path.cwd())
    except FileNotFoundError:
        if (CHECKOUT.root / "Pulumi.yaml").is_file():
            return CHECKOUT  # run from elsewhere, in a checkout: its own stacks
        raise


def _reviewable(project: PulumiProject) -> None:
    """Refuse a project that is not the sovereign-chat program (its config keys are another namespace)."""
    if project.name != PROJECT:
        runner = module_command(offline_run.__spec__, "")
        raise ValueError(
            f"{project.root} holds project `{project.name}`: the review reads stacks of the `{PROJECT}` program. "
            f"To run any program that uses the components offline: {runner} {project.root}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the review; returns the exit status (0 pass, 1 the stack breaks its zone, 2 the review failed)."""
    prog = module_command(__spec__, sys.argv[0])
    args = _arguments(argv, prog)
    try:
        project = _project(args.project)
        _reviewable(project)
        command = f"{prog} --stack {args.stack}"
        request = ReviewInput(args.stack, args.config_file, parse_overrides(args.set), project, command)
        report = build_review(request)
    except (OSError, ValueError, KeyError) as error:
        print(f"compliance review of stack {args.stack} could not run: {error}", file=sys.stderr)
        return 2
    out: Path = args.out or project.root / "build" / f"review-{args.stack}.{args.format}"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(report, args.format), encoding="utf-8")
    print(terminal_summary(report, str(out)))
    return 0 if report["verdict"] == PASS else 1


if __name__ == "__main__":
    sys.exit(main())
