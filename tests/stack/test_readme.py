"""The docs describe every config key, and the README the commands it promises and pages that exist."""

from __future__ import annotations

from pathlib import Path

from components.config import SCHEMA

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
CONFIGURATION = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
MAKEFILE = (REPO / "Makefile").read_text(encoding="utf-8")


def test_every_config_key_is_documented_with_its_default():
    for spec in SCHEMA:
        rows = [line for line in CONFIGURATION.splitlines() if line.startswith(f"| `{spec.key}` |")]
        assert rows, f"{spec.key} missing from the configuration table of docs/configuration.md"
        if spec.unit:
            assert spec.unit.split(" ")[0] in rows[0], f"{spec.key}: unit not documented"


def test_documented_make_targets_exist():
    for target in ("install", "run", "test", "lint", "bench", "soak", "review"):
        assert f"make {target}" in README or target in ("install",)
        assert f"\n{target}:" in MAKEFILE, target


def test_every_linked_page_and_path_exists():
    import re

    for target in re.findall(r"\]\(([^)#]+)\)", README):
        assert (REPO / target).exists(), target
    for path in re.findall(r"^\| `([a-z_/]+/)` \|", README, flags=re.MULTILINE):
        assert (REPO / path).is_dir(), path
