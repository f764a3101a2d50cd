"""`pip install .` into a fresh virtual environment gives the versioned, typed library `sovereign_chat`.

The build runs on a copy of the checkout (setuptools writes build/ and egg-info next to the sources), with pip's
build isolation (setuptools from PyPI, pinned in pyproject.toml) and `--no-deps`: the fresh environment sees the
checkout environment's packages through a .pth file instead of downloading them again.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from scripts.import_rewrite import prefix_imports
from sovereign_chat import __version__

REPO = Path(__file__).resolve().parents[3]
#: What the build reads (setup.py, pyproject.toml and what they name).
BUILD_INPUTS = (
    "setup.py",
    "pyproject.toml",
    "MANIFEST.in",
    "README.md",
    "CHANGELOG.md",
    "sovereign_chat",
    "scripts/import_rewrite.py",
    "components",
    "compliance",
    "runtime",
    "web",
    "requirements",
)
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$")

CHECKS = r"""
import importlib.metadata, importlib.util, json, os, stat, sys, zipfile
from pathlib import Path
import sovereign_chat
from sovereign_chat.components import ai_access, chat_function, config_schema, edge, residency, zone_checks
from sovereign_chat.components.chat_function import DEFAULT_PROMPT_FILE
from sovereign_chat.components.package_builder import PackageSpec, build_package
from sovereign_chat.components.provider.host import SovereignChatProvider
from sovereign_chat.components.site_files import PAGE_DIR, site_files
from sovereign_chat.compliance import review
from sovereign_chat.compliance.offline_run import run_program
from sovereign_chat.compliance.rules import RULES
root = Path(sovereign_chat.__file__).parent
built = build_package(PackageSpec(requirements=()), cache_dir=Path(sys.argv[1]))
config = {
    "sovereign-chat:region": "eu-west-3",
    "sovereign-chat:functionName": "their-fn",
    "sovereign-chat:functionUrl": "https://abc.lambda-url.eu-west-3.on.aws/",
    "sovereign-chat:allowedCountries": ["FR"],
}
example = run_program("example", config=config, program=Path(sys.argv[2]), package_path=built.path)
with zipfile.ZipFile(built.path) as archive:
    names = archive.namelist()
    modes = {i.filename: (i.external_attr >> 16) & 0o777 for i in archive.infolist()}
    sources = [archive.read(n).decode() for n in names if n.endswith(".py")]
print(json.dumps({
    "version": sovereign_chat.__version__,
    "distribution": importlib.metadata.version("sovereign-chat"),
    "typed": (root / "py.typed").is_file(),
    "location": str(root),
    "clashes": [n for n in ("components", "compliance", "runtime") if importlib.util.find_spec(n) is not None],
    "types": sorted(json.loads(SovereignChatProvider().schema)["resources"]),
    "zones": sorted(residency.ZONES),
    "schema_keys": len(config_schema.SCHEMA),
    "rules": len(RULES),
    "page": sorted(f.key for f in site_files(PAGE_DIR)),
    "prompt": DEFAULT_PROMPT_FILE.is_file(),
    "zip": {"path": str(built.path), "names": names, "run_sh": modes.get("runtime/run.sh")},
    "zip_imports_library": any(("from sovereign_chat" in s or "import sovereign_chat" in s) for s in sources),
    "example": sorted({r.type for r in example.resources if not r.custom}),
    "example_objects": sorted(r.inputs["key"] for r in example.of_type("aws:s3/bucketObjectv2:BucketObjectv2")),
}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("install")
    source = root / "source"
    for name in BUILD_INPUTS:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(purelib) / "checkout-environment.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    # This environment's pip installs into the fresh one (`--python`): no pip bootstrap there.
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--disable-pip-version-check"]
    pip.append("--no-deps")
    subprocess.run([*pip, str(source)], check=True, cwd=root)
    done = subprocess.run(
        [str(python), "-c", CHECKS, str(root / "cache"), str(REPO / "examples" / "edge_only" / "__main__.py")],
        capture_output=True,
        text=True,
        cwd=root,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    result["python"] = str(python)
    result["root"] = str(root)
    return result


def test_the_checkouts_version_is_semantic_and_the_changelog_starts_with_it():
    assert SEMVER.match(__version__)
    headings = re.findall(r"^## (\S+)", (REPO / "CHANGELOG.md").read_text(encoding="utf-8"), flags=re.MULTILINE)
    released = headings[1:] if headings[0] == "Unreleased" else headings  # changes not yet in a version go first
    assert released[0] == __version__
    assert all(SEMVER.match(h) for h in released)


def test_the_installed_package_is_versioned_typed_and_clashes_with_nothing(installed):
    assert installed["version"] == installed["distribution"] == __version__
    assert installed["typed"] is True
    assert "site-packages" in str(installed["location"])
    assert installed["clashes"] == []  # no top-level `components`, `compliance` or `runtime` installed


def test_the_components_schema_zones_rules_and_review_are_importable(installed):
    assert installed["types"] == [
        "sovereign-chat:ai_access:AiAccess",
        "sovereign-chat:chat_function:ChatFunction",
        "sovereign-chat:edge:Edge",
        "sovereign-chat:operations:Operations",
    ]
    assert "eu" in installed["zones"]
    assert installed["schema_keys"] and installed["rules"]
    assert "index.html" in installed["page"] and installed["prompt"] is True


def test_the_installed_library_builds_a_lambda_package_with_a_top_level_runtime(installed, tmp_path: Path):
    package = installed["zip"]
    names = package["names"]
    assert names and all(name.startswith("runtime/") for name in names)
    assert package["run_sh"] == 0o755  # the handler stays executable
    assert installed["zip_imports_library"] is False
    assert str(package["path"]).startswith(str(installed["root"]))  # its cache, never site-packages
    with zipfile.ZipFile(str(package["path"])) as archive:
        archive.extractall(tmp_path)
    # The function's code imports as the top-level `runtime` the Lambda runtime sees (dependencies: this env's).
    subprocess.run([sys.executable, "-c", "import runtime.http.app"], check=True, cwd=tmp_path)


def test_an_example_runs_against_the_installed_package(installed):
    assert installed["example"] == ["sovereign-chat:edge:Edge"]
    assert "index.html" in installed["example_objects"]  # the page, shipped in the wheel
    assert "page-config.json" in installed["example_objects"]


def _in_venv(installed: dict[str, Any], *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m ...` of the installed library, run in a folder of a platform team's (cache kept in the test's)."""
    environment = {**os.environ, "SOVEREIGN_CHAT_CACHE_DIR": str(Path(installed["root"]) / "cache")}
    return subprocess.run(
        [installed["python"], "-m", *args], cwd=cwd, capture_output=True, text=True, env=environment, check=False
    )


def test_the_installed_review_reads_the_stack_files_of_the_project_folder_it_runs_in(installed, tmp_path: Path):
    # A platform team's project: the sovereign-chat program written against the library, with its own stack file.
    program = prefix_imports((REPO / "__main__.py").read_text(encoding="utf-8"), ("components",), "sovereign_chat")
    (tmp_path / "__main__.py").write_text(program, encoding="utf-8")
    shutil.copy2(REPO / "Pulumi.yaml", tmp_path / "Pulumi.yaml")
    stack = (REPO / "Pulumi.eu.yaml").read_text(encoding="utf-8")
    (tmp_path / "Pulumi.eu.yaml").write_text(stack.replace("[PT, ES]", "[PT]"), encoding="utf-8")
    done = _in_venv(installed, "sovereign_chat.compliance.review", "--stack", "eu", "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr + done.stdout
    report = json.loads((tmp_path / "build" / "review-eu.json").read_text(encoding="utf-8"))
    assert report["verdict"] == "PASS" and report["access"]["viewerCountries"] == ["PT"]
    assert report["producedBy"] == "python -m sovereign_chat.compliance.review --stack eu"
    usage = _in_venv(installed, "sovereign_chat.compliance.review", "--help", cwd=tmp_path).stdout
    assert usage.startswith("usage: python -m sovereign_chat.compliance.review ")


def test_the_installed_offline_runner_runs_an_example_folder(installed, tmp_path: Path):
    example = tmp_path / "edge_only"
    shutil.copytree(REPO / "examples" / "edge_only", example)
    done = _in_venv(installed, "sovereign_chat.compliance.offline_run", ".", cwd=example)
    assert done.returncode == 0, done.stderr + done.stdout
    assert "Edge edge:" in done.stdout and "edge-waf" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("residency verdict (zone eu): PASS: ")
