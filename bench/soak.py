"""The soak run (`make soak`, `python -m bench.soak [--minutes M] [--workers N]`): local, loopback only, bounded.

Starts the local stack in child processes (`bench.stack_process`: moto, the Bedrock and Comprehend stand-ins,
the app under uvicorn as on Lambda), runs `--workers` clients (`bench.soak_client`) for `--minutes`, each holding
one session at a time with faults mixed in (throttles, broken streams, clients leaving, tool loops, overlapping
sends), samples the app's RSS, then reads back every session (history over HTTP, tokens, vault and lease from
the table), the model stand-in's ledger and the day's count, and checks them (`bench.soak_check`). Prints the
report as JSON (and writes it to `--out`), writes its section of BENCHMARKS.md (`bench.soak_report`; not with
`--no-record`); exits 1 when a check failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import boto3
import httpx

from bench.child import ChildProcess
from bench.machine import describe_machine
from bench.soak_check import SoakReport, StoredSession, TurnSeen, check_soak
from bench.soak_client import WorkerPlan, run_worker
from bench.soak_report import soak_section, with_soak_section
from bench.stack_process import StackSpec
from devstack.launcher import REPO_ROOT
from runtime.chat.model_events import ModelRequest
from runtime.chat.token_count import estimate_tokens
from runtime.settings import environment_for

#: Seconds between two samples of the app's RSS.
RSS_INTERVAL = 5.0
#: Seconds to wait after the clients stop, for turns whose clients left to finish storing.
SETTLE_SECONDS = 5.0


def stack_spec() -> StackSpec:
    """The stack of the run: short model delays, no per-session budget or daily ceiling in the way (the
    ceiling is on, so that the day's count is kept, but far above what the run spends)."""
    return StackSpec(
        languages="en",
        aws_latency=0.005,
        first_delta_delay=0.05,
        inter_delta_delay=0.005,
        baseline=False,
        env=environment_for({"session_token_budget": 100_000_000, "daily_token_ceiling": 1_000_000_000_000}),
    )


def estimate_from_body(body: Mapping[str, Any]) -> int:
    """The app's input estimate of a call the model cut before reporting usage, from its request body."""
    system = "".join(block.get("text", "") for block in body.get("system", []))
    request = ModelRequest(system, list(body.get("messages", [])), body.get("toolConfig"))
    return estimate_tokens(request)


def rss_kib(pid: int) -> int:
    """A process's resident set size (KiB), from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def sample_rss(pid: int, until: float, samples: list[tuple[float, int]]) -> None:
    """Sample the app's RSS every `RSS_INTERVAL` seconds until `until`."""
    while time.monotonic() < until:
        samples.append((time.monotonic(), rss_kib(pid)))
        await asyncio.sleep(RSS_INTERVAL)
    samples.append((time.monotonic(), rss_kib(pid)))


async def drive(app_url: str, app_pid: int, minutes: float, workers: int) -> tuple[list[TurnSeen], list[Any]]:
    """Run the workers for `minutes`; what every client saw and the RSS samples."""
    deadline = time.monotonic() + minutes * 60
    results: list[TurnSeen] = []
    samples: list[tuple[float, int]] = []
    limits = httpx.Limits(max_connections=workers * 3, max_keepalive_connections=workers * 3)
    async with httpx.AsyncClient(base_url=app_url, timeout=120, limits=limits) as client:
        plans = [WorkerPlan(n, deadline, 12, (0.5, 2.5), seed=1000 + n) for n in range(workers)]
        sampler = asyncio.ensure_future(sample_rss(app_pid, deadline + SETTLE_SECONDS, samples))
        await asyncio.gather(*(run_worker(client, plan, results) for plan in plans))
        await sampler
    return results, samples


def read_sessions(app_url: str, table: Any, table_name: str, session_ids: set[str]) -> dict[str, StoredSession]:
    """Every session of the run as stored: history over HTTP, tokens, vault and lease from the table."""
    sessions: dict[str, StoredSession] = {}
    with httpx.Client(base_url=app_url, timeout=60) as client:
        for session_id in sorted(session_ids):
            response = client.get("/c", headers={"x-session-id": session_id})
            if response.status_code != 200:
                continue
            events = [json.loads(line[5:]) for line in response.text.split("\n") if line.startswith("data:")]
            items = table.query(
                TableName=table_name,
                KeyConditionExpression="pk = :pk",
                ExpressionAttributeValues={":pk": {"S": f"SESSION#{session_id}"}},
                ConsistentRead=True,
            )["Items"]
            meta = next(item for item in items if item["sk"]["S"] == "META")
            vault = {i["sk"]["S"][6:]: i["value"]["S"] for i in items if i["sk"]["S"].startswith("VAULT#")}
            sessions[session_id] = StoredSession(
                history=[event for event in events if event["type"] == "message"],
                tokens_used=int(meta.get("tokensUsed", {}).get("N", "0")),
                vault=vault,
                leased="leaseId" in meta,
            )
    return sessions


def daily_count(table: Any, table_name: str) -> int:
    """Today's (UTC) count of the stack."""
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    key = {"pk": {"S": f"CEILING#{day}"}, "sk": {"S": "DAY"}}
    item = table.get_item(TableName=table_name, Key=key, ConsistentRead=True).get("Item", {})
    return int(item.get("tokens", {}).get("N", "0"))


def run(minutes: float, workers: int) -> SoakReport:
    """Start the stack, run the soak, check it; the report."""
    with ChildProcess("bench.stack_process", stack_spec().to_json()) as stack:
        urls = stack.announced
        env = urls["env"]
        table = boto3.client(
            "dynamodb",
            endpoint_url=env["AWS_ENDPOINT_URL_DYNAMODB"],
            region_name=env["CHAT_HOME_REGION"],
            aws_access_key_id="test",
            aws_secret_access_key="test",
        )
        before = daily_count(table, env["CHAT_TABLE_NAME"])
        started = time.monotonic()
        turns, samples = asyncio.run(drive(urls["app"], urls["pids"]["app"], minutes, workers))
        elapsed = time.monotonic() - started
        ledger = httpx.get(f"{urls['bedrock']}/_standin/ledger", timeout=120).json()["requests"]
        session_ids = {turn.session_id for turn in turns if turn.session_id}
        sessions = read_sessions(urls["app"], table, env["CHAT_TABLE_NAME"], session_ids)
        delta = daily_count(table, env["CHAT_TABLE_NAME"]) - before
    report = check_soak(turns, sessions, ledger, delta, estimate_from_body, samples)
    streamed = [turn.seconds for turn in turns if turn.status == 200]
    report.figures.update(
        minutes=round(elapsed / 60, 2),
        workers=workers,
        turnsPerSecond=round(len(turns) / elapsed, 2),
        medianTurnSeconds=round(sorted(streamed)[len(streamed) // 2], 3) if streamed else None,
    )
    return report


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run, print the report; 1 when a check failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--benchmarks", type=Path, default=REPO_ROOT / "BENCHMARKS.md")
    parser.add_argument("--no-record", action="store_true", help="leave BENCHMARKS.md as it is")
    args = parser.parse_args(argv)
    command = " ".join(["python", "-m", "bench.soak", "--minutes", str(args.minutes), "--workers", str(args.workers)])
    machine = describe_machine(REPO_ROOT)
    report = run(args.minutes, args.workers)
    text = json.dumps({"figures": report.figures, "problems": report.problems[:50]}, indent=2)
    print(text)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    if not args.no_record:
        section = soak_section(report.figures, report.problems, machine, command)
        previous = args.benchmarks.read_text(encoding="utf-8") if args.benchmarks.exists() else "# Benchmarks\n"
        args.benchmarks.write_text(with_soak_section(previous, section), encoding="utf-8")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
