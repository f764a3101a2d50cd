"""plugin/requirements.txt: the plugin's own lock, a consistent subset of dev.lock without the test tools."""

from __future__ import annotations

from pathlib import Path

from components.package_builder import read_pins
from components.package_wheels import normalize_distribution

REPO = Path(__file__).resolve().parents[3]


def pins(path: Path) -> dict[str, str]:
    """Normalized distribution name -> pinned version of a requirements file (every line an exact pin)."""
    return {normalize_distribution(name): version for name, version in (p.split("==", 1) for p in read_pins(path))}


def test_the_plugin_installs_its_own_lock() -> None:
    lines = (REPO / "plugin" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line and not line.startswith("#")] == ["-r ../requirements/plugin.lock"]


def test_the_plugin_lock_is_dev_lock_versions_of_what_the_components_need() -> None:
    plugin, dev, runtime = (pins(REPO / "requirements" / name) for name in ("plugin.lock", "dev.lock", "runtime.txt"))
    assert {name: dev.get(name) for name in plugin} == plugin  # same versions as the tested environment
    assert {"pulumi", "pulumi-aws", "boto3", "botocore", "grpcio", "protobuf"} <= plugin.keys()
    assert runtime.items() <= plugin.items()  # the components read the runtime's settings and detectors
    assert not {"moto", "playwright", "pytest", "mypy", "ruff", "hypothesis"} & plugin.keys()
