"""The offline tools read a Pulumi project folder as the Pulumi CLI does: `Pulumi.yaml` (name, program) and its
stack files; the review of the sovereign-chat program runs from any folder that holds them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from compliance import offline_engine, offline_run, review
from compliance.offline_engine import CHECKOUT, REPO_ROOT
from compliance.project import find_project, parse_settings, read_project
from compliance.review import main

P = "sovereign-chat"


def _project_folder(folder: Path, name: str = P, countries: str = "[PT]") -> Path:
    """A project folder holding the sovereign-chat program, its Pulumi.yaml and an EU stack file of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Pulumi.yaml").write_text(f"name: {name}\nruntime: python\n", encoding="utf-8")
    stack = (REPO_ROOT / "Pulumi.eu.yaml").read_text(encoding="utf-8")
    stack = stack.replace("allowedViewerCountries: [PT, ES]", f"allowedViewerCountries: {countries}")
    assert f"allowedViewerCountries: {countries}" in stack
    (folder / "Pulumi.eu.yaml").write_text(stack.replace(f"{P}:", f"{name}:"), encoding="utf-8")
    shutil.copy2(REPO_ROOT / "__main__.py", folder / "__main__.py")
    return folder


def test_a_project_is_read_from_its_folder_or_one_below(tmp_path: Path) -> None:
    folder = _project_folder(tmp_path / "team")
    (folder / "infra").mkdir()
    project = find_project(folder / "infra")
    assert (project.root, project.name, project.program) == (folder.resolve(), P, (folder / "__main__.py").resolve())
    assert project.stack_names() == ["eu"]
    assert project.stack_config("eu")[f"{P}:edge"]["allowedViewerCountries"] == ["PT"]
    with pytest.raises(FileNotFoundError, match=r"no stack file Pulumi\.us\.yaml .*\(stacks: eu\)"):
        project.stack_config("us")


def test_a_projects_main_names_its_program(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "Pulumi.yaml").write_text(yaml.safe_dump({"name": "x", "main": "src"}), encoding="utf-8")
    assert read_project(tmp_path).program == (tmp_path / "src" / "__main__.py").resolve()
    with pytest.raises(FileNotFoundError, match=r"Pulumi\.yaml"):
        find_project(Path("/"))


def test_the_checkout_is_a_project_like_any_other() -> None:
    assert read_project(REPO_ROOT) == CHECKOUT
    assert CHECKOUT.stack_names() == offline_engine.stack_names()


def test_settings_without_a_namespace_get_the_projects() -> None:
    assert parse_settings(["region=eu-west-3", "aws:region=eu-west-3", "n=[FR, BE]"], "chat-edge") == {
        "chat-edge:region": "eu-west-3",
        "aws:region": "eu-west-3",
        "chat-edge:n": ["FR", "BE"],
    }
    with pytest.raises(ValueError, match="KEY=VALUE"):
        parse_settings(["region"])


def test_the_review_reads_the_stack_file_of_the_folder_it_runs_in(tmp_path: Path, monkeypatch, capsys) -> None:
    folder = _project_folder(tmp_path / "team")
    monkeypatch.chdir(folder)
    assert main(["--stack", "eu", "--format", "json"]) == 0
    report = json.loads((folder / "build" / "review-eu.json").read_text(encoding="utf-8"))
    assert report["access"]["viewerCountries"] == ["PT"]  # the folder's stack file, not the checkout's [ES, PT]
    assert report["producedBy"] == f"python -m {review.__spec__.name} --stack eu"
    assert str(folder / "build" / "review-eu.json") in capsys.readouterr().out


def test_the_review_names_the_runner_for_another_program(tmp_path: Path, monkeypatch, capsys) -> None:
    folder = _project_folder(tmp_path / "edge-team", name="chat-edge")
    monkeypatch.chdir(folder)
    assert main(["--stack", "eu", "--out", str(tmp_path / "x")]) == 2
    error = capsys.readouterr().err
    assert "project `chat-edge`" in error and f"python -m {offline_run.__spec__.name} {folder.resolve()}" in error


def test_the_usage_text_names_the_module_as_it_was_imported(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    usage = capsys.readouterr().out
    assert usage.startswith(f"usage: python -m {review.__spec__.name} ")
    assert review.__spec__.name == "compliance.review"  # installed: sovereign_chat.compliance.review (install test)
