"""pyproject.toml: the library's dependencies as ranges that hold the tested locks; the function's web server as
an extra, never forced on a platform team's Pulumi environment."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from components.package_builder import read_pins

REPO = Path(__file__).resolve().parents[3]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
SERVER = {"starlette", "uvicorn", "httptools", "anyio"}


def requirements(group: str | None = None) -> list[Requirement]:
    texts = PROJECT["dependencies"] if group is None else PROJECT["optional-dependencies"][group]
    return [Requirement(text) for text in texts]


def pins(name: str) -> dict[str, str]:
    found = (pin.split("==", 1) for pin in read_pins(REPO / "requirements" / name))
    return {canonicalize_name(package): version for package, version in found}


def test_dependencies_are_ranges_with_an_upper_bound() -> None:
    for requirement in [
        *requirements(),
        *(r for group in PROJECT["optional-dependencies"] for r in requirements(group)),
    ]:
        if canonicalize_name(requirement.name) == "sovereign-chat":
            continue  # the dev extra includes the function extra
        operators = {spec.operator for spec in requirement.specifier}
        assert "==" not in operators, f"{requirement}: exact pins belong in requirements/*.lock"
        assert {">=", "<"} <= operators, f"{requirement}: a lower and an upper bound"


def test_the_function_server_is_an_extra_only() -> None:
    base = {canonicalize_name(r.name) for r in requirements()}
    function = {canonicalize_name(r.name) for r in requirements("function")}
    assert not SERVER & base
    assert function == SERVER


def test_the_locked_versions_lie_in_the_ranges() -> None:
    dev, runtime = pins("dev.lock"), pins("runtime.txt")
    for requirement in [*requirements(), *requirements("function"), *requirements("dev")]:
        name = canonicalize_name(requirement.name)
        if name == "sovereign-chat":
            continue
        assert requirement.specifier.contains(dev[name]), f"dev.lock's {name}=={dev[name]} is outside {requirement}"
        if name in runtime:
            assert requirement.specifier.contains(runtime[name]), f"runtime.txt's {name} is outside {requirement}"
