"""Loading the detectors: the garbage collector paused while they load, what they built frozen after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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


@pytest.fixture(scope="module")
def bytecode_environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment whose imports find the sources' bytecode already compiled (in a private cache folder).

    Compiling a source file allocates enough to set off a collection of its own; that is the interpreter's work,
    not the detectors' loading, and whether it happens depends on whether the machine has bytecode yet (or may
    write it at all: PYTHONDONTWRITEBYTECODE). One warm-up import fills the private cache, so every probe measures
    the same thing on every machine.
    """
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment["PYTHONPYCACHEPREFIX"] = str(tmp_path_factory.mktemp("bytecode"))
    subprocess.run(
        [sys.executable, "-c", "import runtime.privacy.detectors"], cwd=REPO_ROOT, env=environment, check=True
    )
    return environment


def _load_in_fresh_process(collector: str, environment: dict[str, str]) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, collector],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    state: dict[str, object] = json.loads(result.stdout)
    return state


def test_loading_runs_no_collection_and_freezes_what_it_built(bytecode_environment: dict[str, str]) -> None:
    state = _load_in_fresh_process("running", bytecode_environment)
    assert state["enabled"] is True
    assert state["collections"] == 0
    assert isinstance(state["frozen"], int) and state["frozen"] > 10_000


def test_a_collector_paused_by_the_caller_stays_paused_and_nothing_is_frozen(
    bytecode_environment: dict[str, str],
) -> None:
    state = _load_in_fresh_process("paused", bytecode_environment)
    assert state["enabled"] is False
    assert state["frozen"] == 0
