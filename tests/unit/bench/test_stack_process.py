"""bench.stack_process: the baseline slot runs the baseline app, or another checkout's chat app (`against`)."""

from __future__ import annotations

import pytest

from bench.__main__ import main
from bench.stack_process import StackSpec, baseline_command
from devstack.launcher import REPO_ROOT


def test_the_baseline_slot_runs_the_baseline_app_from_this_checkout() -> None:
    command, cwd = baseline_command(7)
    assert command[-3:] == ["bench.baseline_app:app", "--fd", "7"] and cwd == str(REPO_ROOT)


def test_against_another_checkout_its_chat_app_takes_the_baseline_slot() -> None:
    command, cwd = baseline_command(7, "/work/other")
    assert command[-3:] == ["devstack.app:app", "--fd", "7"] and cwd == "/work/other"


def test_the_checkout_to_compare_against_crosses_the_process_boundary() -> None:
    spec = StackSpec(languages="pt,en", against="/work/other")
    assert StackSpec.from_json(spec.to_json()) == spec


def test_against_is_refused_without_a_turn_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--only", "cold", "--against", "/work/other"])
    assert "--against goes with" in capsys.readouterr().err
