"""The operator's erasure command (docs/privacy.md):

    python -m compliance.erase --stack eu --value "ana@example.pt" [--type EMAIL] [--dry-run]
    python -m compliance.erase --stack eu --session SESSION_ID [--dry-run]
    python -m compliance.erase --stack eu --reapply-to RESTORED_TABLE [--dry-run]

`--value` erases every conversation whose pseudonym vault holds the value (looked up by its keyed hash, any
written form); `--session` one conversation; `--reapply-to` re-applies every recorded erasure to a table
restored from a point-in-time backup (and turns its TTL back on). Each erasure is recorded (keyed hash of the
session id, time, how requested) and counted in the stack's `Erasures.<how>` metric.

The stack's resources come from its outputs (`pulumi stack output --json --stack <stack>`: `tableName`,
`erasureTableName`, `valueKeyArn`; the region from the key's ARN); `--table`, `--erasure-table`, `--key-id`,
`--region` override them (the local stack, tests). AWS credentials and endpoints are boto3's own
(`AWS_PROFILE`, `AWS_ENDPOINT_URL_<SERVICE>`). Output: counts only, never an id or a value.

Exit status: 0 done, 1 nothing found, 2 the command cannot run (bad arguments, unreachable stack).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from compliance.erasure.actions import (
    REAPPLIED,
    Outcome,
    ensure_ttl,
    erase_by_session,
    erase_by_value,
    reapply_erasures,
)
from components.runtime_env import metrics_namespace_for
from runtime.aws.clients import aws_error_code
from runtime.aws.erasure_store import SessionEraser
from runtime.aws.keyed_hash import KeyedHash
from runtime.metrics import erasure_values

__all__ = ["StackResources", "main", "resources_from_outputs"]

#: The stack's outputs as `pulumi stack output --json` prints them, for a stack name (injected in tests).
Runner = Callable[[str], str]


@dataclass(frozen=True)
class StackResources:
    """Where a stack keeps its sessions, its erasure record and its value key."""

    table: str
    erasure_table: str
    key_id: str
    region: str


def _pulumi_outputs(stack: str) -> str:
    command = ["pulumi", "stack", "output", "--json", "--stack", stack]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def resources_from_outputs(outputs: dict[str, Any], overrides: argparse.Namespace) -> StackResources:
    """The stack's resources from its outputs, each overridable by its command-line option."""
    key_id = overrides.key_id or outputs.get("valueKeyArn", "")
    region = overrides.region or (key_id.split(":")[3] if key_id.startswith("arn:") else "")
    values = {
        "table": overrides.table or outputs.get("tableName", ""),
        "erasure_table": overrides.erasure_table or outputs.get("erasureTableName", ""),
        "key_id": key_id,
        "region": region,
    }
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise ValueError(f"unknown {', '.join(missing)}: deploy the stack or pass the options")
    return StackResources(**values)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m compliance.erase", description=__doc__.split("\n\n")[0])
    parser.add_argument("--stack", required=True, help="the stack (e.g. eu)")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--value", help="erase every conversation whose vault holds this value")
    what.add_argument("--session", help="erase the conversation of this session id")
    what.add_argument("--reapply-to", metavar="TABLE", help="re-apply recorded erasures to a restored table")
    parser.add_argument("--type", dest="entity_type", help="with --value: only values of this type (e.g. EMAIL)")
    parser.add_argument("--dry-run", action="store_true", help="count what would be erased, erase nothing")
    for option in ("--table", "--erasure-table", "--key-id", "--region"):
        parser.add_argument(option, help="override the stack output")
    return parser


def _run(args: argparse.Namespace, resources: StackResources, session: Any) -> Outcome:
    """The command's action on the stack's resources (`session`: a boto3 Session)."""
    dynamodb = session.client("dynamodb", region_name=resources.region)
    hasher = KeyedHash(session.client("kms", region_name=resources.region), resources.key_id)
    live = SessionEraser(dynamodb, resources.table, resources.erasure_table, hasher)
    if args.value is not None:
        return erase_by_value(live, args.value, args.entity_type, args.dry_run)
    if args.session is not None:
        return erase_by_session(live, args.session, args.dry_run)
    restored = SessionEraser(dynamodb, args.reapply_to, None, hasher)
    return reapply_erasures(live, restored, args.dry_run, lambda: ensure_ttl(dynamodb, args.reapply_to))


def _count(session: Any, region: str, stack: str, outcome: Outcome) -> None:
    """Add the erasures to the stack's `Erasures.<how>` metric (a re-application erases nothing new)."""
    if outcome.erased == 0 or outcome.how == REAPPLIED:
        return
    cloudwatch = session.client("cloudwatch", region_name=region)
    data = [
        {"MetricName": name, "Value": value, "Unit": "Count"}
        for name, value in erasure_values(outcome.how, outcome.erased).items()
    ]
    cloudwatch.put_metric_data(Namespace=metrics_namespace_for(stack), MetricData=data)


#: Options whose value may begin with "-" (a session id is base64url: `-wFN...`), which argparse would take for
#: an option: their next argument is attached (`--session=-wFN...`).
_VALUE_OPTIONS = ("--session", "--value")


def _attached(argv: list[str]) -> list[str]:
    """`argv` with the value of each `_VALUE_OPTIONS` option attached to it."""
    out: list[str] = []
    index = 0
    while index < len(argv):
        if argv[index] in _VALUE_OPTIONS and index + 1 < len(argv):
            out.append(f"{argv[index]}={argv[index + 1]}")
            index += 2
        else:
            out.append(argv[index])
            index += 1
    return out


def main(argv: Sequence[str] | None = None, runner: Runner | None = None, session: Any = None) -> int:
    """Run the command; the exit status."""
    args = _parser().parse_args(_attached(list(sys.argv[1:] if argv is None else argv)))
    try:
        needs_outputs = not (args.table and args.erasure_table and args.key_id and args.region)
        outputs = json.loads((runner or _pulumi_outputs)(args.stack)) if needs_outputs else {}
        resources = resources_from_outputs(outputs, args)
        if session is None:
            import boto3

            session = boto3.session.Session()
        outcome = _run(args, resources, session)
        if not args.dry_run:
            _count(session, resources.region, args.stack, outcome)
    except (ValueError, OSError, subprocess.CalledProcessError) as error:
        print(f"erase: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # an AWS error: its code only (a message may quote the request)
        print(f"erase: AWS refused or failed: {aws_error_code(error)}", file=sys.stderr)
        return 2
    print(outcome.summary(args.dry_run))
    return 0 if outcome.found else 1


if __name__ == "__main__":
    sys.exit(main())
