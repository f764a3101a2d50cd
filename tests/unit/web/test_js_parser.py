"""Run the page's JavaScript unit tests (SSE parser, requests, errors, markdown) with Node's runner."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
JS_TESTS = ROOT / "tests" / "js"
MIN_NODE = (18, 19)  # node:test with describe/test and web streams


def _node() -> str:
    node = shutil.which("node") or ("/usr/bin/node" if Path("/usr/bin/node").exists() else None)
    if node is None:
        pytest.skip("node is not installed: the JavaScript unit tests (tests/js) cannot run")
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    match = re.match(r"v(\d+)\.(\d+)", version)
    if match is None or (int(match[1]), int(match[2])) < MIN_NODE:
        pytest.skip(f"node {version or '?'} is too old for tests/js (needs >= {MIN_NODE[0]}.{MIN_NODE[1]})")
    return node


def test_node_unit_tests_pass() -> None:
    node = _node()
    files = sorted(str(p.relative_to(ROOT)) for p in JS_TESTS.glob("*.test.mjs"))
    assert files, "no tests/js/*.test.mjs found"
    result = subprocess.run(
        [node, "--test", "--test-reporter=tap", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"node --test failed:\n{output[-8000:]}"
    passed = re.search(r"^# pass (\d+)$", output, re.MULTILINE)
    failed = re.search(r"^# fail (\d+)$", output, re.MULTILINE)
    assert passed is not None and int(passed[1]) > 0, output[-4000:]
    assert failed is not None and int(failed[1]) == 0, output[-4000:]
