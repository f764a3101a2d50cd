"""Loading the detectors: the garbage collector paused while they load, what they built frozen after."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[5]

_PROBE = """
import gc, json, sys
import runtime.privacy
gc.collect()  # counts start from zero: a collection below is one the detectors' loading set off
if sys.argv[1] == "paused":
    gc.disable()
collections_before = sum(stats["collections"] for stats in gc.get_stats())
import runtime.privacy.detectors
print(json.dumps({
    "enabled": gc.isenabled(),
    "frozen": gc.get_freeze_count(),
    "collections": sum(stats["collections"] for stats in gc.get_stats()) - collections_before,
}))
"""


def _load_in_fresh_process(collector: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, collector], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    state: dict[str, object] = json.loads(result.stdout)
    return state


def test_loading_runs_no_collection_and_freezes_what_it_built() -> None:
    state = _load_in_fresh_process("running")
    assert state["enabled"] is True
    assert state["collections"] == 0
    assert isinstance(state["frozen"], int) and state["frozen"] > 10_000


def test_a_collector_paused_by_the_caller_stays_paused_and_nothing_is_frozen() -> None:
    state = _load_in_fresh_process("paused")
    assert state["enabled"] is False
    assert state["frozen"] == 0
