"""plugin/requirements.txt: the plugin's own lock, a consistent subset of dev.lock without the test tools."""

from __future__ import annotations

import tomllib
from importlib.metadata import requires
from pathlib import Path

from packaging.requirements import Requirement

from components.package_builder import read_pins
from components.package_wheels import normalize_distribution

REPO = Path(__file__).resolve().parents[3]


def pins(path: Path) -> dict[str, str]:
    """Normalized distribution name -> pinned version of a requirements file (every line an exact pin)."""
    return {normalize_distribution(name): version for name, version in (p.split("==", 1) for p in read_pins(path))}


def closure(names: list[str]) -> set[str]:
    """The distributions `names` need, themselves included (from the installed packages' metadata)."""
    found: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if normalize_distribution(name) in found:
            continue
        found.add(normalize_distribution(name))
        for text in requires(name) or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return found


def server_only() -> set[str]:
    """What the function's web server (pyproject.toml's `function` extra) needs that the library does not."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    base = closure([Requirement(text).name for text in project["dependencies"]])
    return closure([Requirement(text).name for text in project["optional-dependencies"]["function"]]) - base


def test_the_plugin_installs_its_own_lock() -> None:
    lines = (REPO / "plugin" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line and not line.startswith("#")] == ["-r ../requirements/plugin.lock"]


def test_the_plugin_lock_is_dev_lock_versions_of_what_the_components_need() -> None:
    plugin, dev, runtime = (pins(REPO / "requirements" / name) for name in ("plugin.lock", "dev.lock", "runtime.txt"))
    assert {name: dev.get(name) for name in plugin} == plugin  # same versions as the tested environment
    assert {"pulumi", "pulumi-aws", "boto3", "botocore", "grpcio", "protobuf"} <= plugin.keys()
    server = server_only()
    assert {"starlette", "uvicorn", "httptools"} <= server
    # The components read the runtime's settings and detectors, never its web server.
    assert {name: pin for name, pin in runtime.items() if name not in server}.items() <= plugin.items()
    assert not server & plugin.keys()
    assert not {"moto", "playwright", "pytest", "mypy", "ruff", "hypothesis"} & plugin.keys()
