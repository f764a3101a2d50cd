"""Offline compliance review of one stack: `python -m compliance.review --stack eu [--format md|json] [--out FILE]`.

Runs the real program for the stack under Pulumi mocks (no Pulumi CLI, no cloud credentials), checks the config
and every declared resource against the residency zone and the compliance rules, and writes a report: Markdown
for people, JSON for pipelines (default `build/review-<stack>.<md|json>`), with a short summary on the terminal.

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

import yaml

from compliance.offline_run import REPO_ROOT
from compliance.review_markdown import render_markdown, terminal_summary
from compliance.review_report import PASS, ReviewInput, build_review

__all__ = ["main", "parse_overrides", "render"]


def parse_overrides(pairs: Sequence[str]) -> dict[str, Any]:
    """`KEY=VALUE` pairs as overrides (values parsed as YAML: `[PT, ES]`, `300`, `true`)."""
    overrides: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ValueError(f"--set needs KEY=VALUE, got {pair!r}")
        overrides[key.strip()] = yaml.safe_load(value)
    return overrides


def render(report: dict[str, Any], fmt: str) -> str:
    """The report in one format (`md` or `json`)."""
    if fmt == "json":
        return json.dumps(report, indent=2, sort_keys=False, default=str) + "\n"
    return render_markdown(report)


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m compliance.review", description=__doc__.splitlines()[0])
    parser.add_argument("--stack", required=True, help="stack name: reviews Pulumi.<stack>.yaml")
    parser.add_argument("--format", choices=("md", "json"), default="md", help="report format (default md)")
    parser.add_argument("--out", type=Path, help="report file (default build/review-<stack>.<format>)")
    parser.add_argument("--config-file", type=Path, help="review this stack file instead of Pulumi.<stack>.yaml")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override one config key")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the review; returns the exit status (0 pass, 1 the stack breaks its zone, 2 the review failed)."""
    args = _arguments(argv)
    out: Path = args.out or REPO_ROOT / "build" / f"review-{args.stack}.{args.format}"
    try:
        request = ReviewInput(args.stack, args.config_file, parse_overrides(args.set))
        report = build_review(request)
    except (OSError, ValueError, KeyError) as error:
        print(f"compliance review of stack {args.stack} could not run: {error}", file=sys.stderr)
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(report, args.format), encoding="utf-8")
    print(terminal_summary(report, str(out)))
    return 0 if report["verdict"] == PASS else 1


if __name__ == "__main__":
    sys.exit(main())
