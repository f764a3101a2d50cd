"""A Pulumi project folder as the offline tools read it: its `Pulumi.yaml` (project name, program) and its stack
files (`Pulumi.<stack>.yaml`).

The folder is the one the tools are run in (or named), as for the Pulumi CLI: this checkout when run from it, a
platform team's project when the installed library is run there. Nothing here runs the program.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["PROJECT_FILE", "PulumiProject", "find_project", "parse_settings", "read_project"]

PROJECT_FILE = "Pulumi.yaml"


def _mapping(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not a YAML mapping")
    return document


@dataclass(frozen=True)
class PulumiProject:
    """A project folder: where it is, its name (the config namespace of `pulumi.Config()`) and its program."""

    root: Path
    name: str
    program: Path

    def stack_file(self, stack: str) -> Path:
        """The path of `Pulumi.<stack>.yaml` (it may not exist)."""
        return self.root / f"Pulumi.{stack}.yaml"

    def stack_names(self) -> list[str]:
        """The stacks that have a stack file in the folder."""
        return sorted(p.name[len("Pulumi.") : -len(".yaml")] for p in self.root.glob("Pulumi.*.yaml"))

    def stack_config(self, stack: str) -> dict[str, Any]:
        """The `config:` mapping of the stack's file (keys like `<project>:key`)."""
        path = self.stack_file(stack)
        if not path.is_file():
            known = ", ".join(self.stack_names()) or "none"
            raise FileNotFoundError(f"no stack file {path.name} in {self.root} (stacks: {known})")
        config = _mapping(path).get("config") or {}
        if not isinstance(config, dict):
            raise ValueError(f"{path.name}: `config` must be a mapping")
        return config


def read_project(root: Path) -> PulumiProject:
    """The project whose `Pulumi.yaml` is in `root`; its program is `main` (a file, or a folder holding
    `__main__.py`), by default `__main__.py` next to `Pulumi.yaml`."""
    path = root / PROJECT_FILE
    if not path.is_file():
        raise FileNotFoundError(f"no {PROJECT_FILE} in {root}")
    document = _mapping(path)
    name = document.get("name")
    if not isinstance(name, str) or not name:
        raise ValueError(f"{path}: no project `name`")
    program = root / str(document.get("main") or ".")
    if program.is_dir():
        program = program / "__main__.py"
    return PulumiProject(root=root.resolve(), name=name, program=program.resolve())


def find_project(start: Path) -> PulumiProject:
    """The project of `start` or of the nearest folder above it holding a `Pulumi.yaml` (as the Pulumi CLI looks)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / PROJECT_FILE).is_file():
            return read_project(folder)
    raise FileNotFoundError(f"no {PROJECT_FILE} in {start} or any folder above it: run in a Pulumi project folder")


def parse_settings(pairs: Sequence[str], namespace: str | None = None) -> dict[str, Any]:
    """`KEY=VALUE` pairs as config overrides, values read as YAML (`[PT, ES]`, `300`, `true`); a key without a
    namespace gets `namespace` (`region=eu-west-3` -> `chat-edge:region`) when one is given."""
    overrides: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValueError(f"--set needs KEY=VALUE, got {pair!r}")
        if namespace and ":" not in key:
            key = f"{namespace}:{key}"
        overrides[key] = yaml.safe_load(value)
    return overrides
