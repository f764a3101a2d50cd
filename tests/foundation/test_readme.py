"""The README documents every config key and the commands it promises."""

from __future__ import annotations

from pathlib import Path

from components.config import SCHEMA

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
MAKEFILE = (Path(__file__).resolve().parents[2] / "Makefile").read_text(encoding="utf-8")


def test_every_config_key_is_documented_with_its_default():
    for spec in SCHEMA:
        rows = [line for line in README.splitlines() if line.startswith(f"| `{spec.key}` |")]
        assert rows, f"{spec.key} missing from the README's configuration table"
        if spec.unit:
            assert spec.unit.split(" ")[0] in rows[0], f"{spec.key}: unit not documented"


def test_documented_make_targets_exist():
    for target in ("install", "run", "test", "lint", "bench", "review"):
        assert f"make {target}" in README or target in ("install",)
        assert f"\n{target}:" in MAKEFILE, target
