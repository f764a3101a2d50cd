"""Helper processes of the bench: each announces a JSON line on stdout, then runs until its stdin closes."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from devstack.launcher import REPO_ROOT


def announce(payload: dict[str, Any]) -> None:
    """Child side: print the JSON line the parent waits for, then block until the parent closes stdin."""
    print(json.dumps(payload), flush=True)
    sys.stdin.read()


class ChildProcess:
    """Parent side: `with ChildProcess("bench.x", arg) as child: child.announced[...]`."""

    def __init__(self, module: str, argument: str) -> None:
        self._command = [sys.executable, "-m", module, argument]
        self._process: subprocess.Popen[str] | None = None
        self.announced: dict[str, Any] = {}

    def __enter__(self) -> ChildProcess:
        self._process = subprocess.Popen(
            self._command, cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            self.__exit__()
            raise RuntimeError(f"{self._command[2]} exited with status {self._process.returncode}")
        self.announced = json.loads(line)
        return self

    def __exit__(self, *exc: object) -> None:
        process = self._process
        if process is None:
            return
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    @property
    def pid(self) -> int:
        """The child's process id."""
        assert self._process is not None
        return self._process.pid
