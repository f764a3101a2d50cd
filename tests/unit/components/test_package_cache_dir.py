"""Where the package builder caches: a checkout's `.cache/`, never the installed library's site-packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from components.package_builder import REPO_ROOT, default_cache_dir


def test_a_checkout_caches_in_its_own_dot_cache(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("SOVEREIGN_CHAT_CACHE_DIR", raising=False)
    assert default_cache_dir(REPO_ROOT) == REPO_ROOT / ".cache"


def test_the_installed_library_caches_in_the_users_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    installed = tmp_path / "site-packages" / "sovereign_chat"  # no pyproject.toml around it
    installed.mkdir(parents=True)
    monkeypatch.delenv("SOVEREIGN_CHAT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir(installed) == tmp_path / "xdg" / "sovereign-chat"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir(installed) == tmp_path / "home" / ".cache" / "sovereign-chat"


def test_the_environment_variable_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("SOVEREIGN_CHAT_CACHE_DIR", str(tmp_path / "mine"))
    assert default_cache_dir(REPO_ROOT) == tmp_path / "mine"
