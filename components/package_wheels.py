"""The wheels of the chat function's package: downloaded for the function's platform, one per pin, checked for a
closed dependency set, and filtered file by file (`components.package_builder` writes the zip)."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

from components.package_spec import PackageSpec


def download_wheels(spec: PackageSpec, dest: Path) -> list[Path]:
    """`pip download` the pinned wheels for the function's platform into `dest` (needs the network)."""
    dest.mkdir(parents=True, exist_ok=True)
    if not spec.requirements:
        return []
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--disable-pip-version-check",
        "--only-binary=:all:",
        "--platform",
        spec.platform,
        "--python-version",
        spec.python_version,
        "--implementation",
        "cp",
        "--no-deps",
        "--dest",
        str(dest),
        *spec.requirements,
    ]
    subprocess.run(command, check=True)
    return select_wheels(spec, sorted(dest.glob("*.whl")))


def normalize_distribution(name: str) -> str:
    """A distribution name in its normalized form (PEP 503): lower case, runs of -_. as one dash."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _wheel_distribution(wheel: Path) -> tuple[str, str]:
    name, version = wheel.name.split("-")[:2]
    return normalize_distribution(name), version


def select_wheels(spec: PackageSpec, available: Sequence[Path]) -> list[Path]:
    """Exactly one wheel per pin, fitting the platform (pure or this architecture's); extra wheels are ignored."""
    machine = "aarch64" if spec.arch == "arm64" else "x86_64"
    chosen: list[Path] = []
    for pin in spec.requirements:
        name, version = pin.split("==", 1)
        fits = [
            wheel
            for wheel in available
            if _wheel_distribution(wheel) == (normalize_distribution(name), version)
            and (wheel.stem.rsplit("-", 1)[-1] == "any" or machine in wheel.stem.rsplit("-", 1)[-1])
        ]
        if not fits:
            raise FileNotFoundError(f"no wheel for {pin} ({spec.platform}, Python {spec.python_version})")
        if len(fits) > 1:
            raise ValueError(f"several wheels for {pin}: {', '.join(w.name for w in fits)}")
        chosen.append(fits[0])
    return sorted(chosen, key=lambda w: w.name)


def _target_environment(spec: PackageSpec) -> dict[str, str]:
    machine = "aarch64" if spec.arch == "arm64" else "x86_64"
    return {
        "python_version": spec.python_version,
        "python_full_version": f"{spec.python_version}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "os_name": "posix",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "platform_machine": machine,
        "extra": "",
    }


def check_dependency_closure(spec: PackageSpec, wheels: Sequence[Path]) -> None:
    """Every dependency a shipped wheel declares for the target platform is shipped too, at a fitting version.

    The wheels are downloaded with `--no-deps` (only the exact pins, hence deterministic); this check catches a
    pin file that forgot a transitive dependency.
    """
    from packaging.requirements import Requirement

    versions = dict(_wheel_distribution(w) for w in wheels)
    environment = _target_environment(spec)
    problems: list[str] = []
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            metadata = next((n for n in archive.namelist() if n.endswith(".dist-info/METADATA")), None)
            text = archive.read(metadata).decode("utf-8") if metadata else ""
        for line in text.splitlines():
            if not line.startswith("Requires-Dist:"):
                continue
            requirement = Requirement(line.split(":", 1)[1].strip())
            if requirement.marker is not None and not requirement.marker.evaluate(environment):
                continue
            have = versions.get(normalize_distribution(requirement.name))
            if have is None or not requirement.specifier.contains(have, prereleases=True):
                problems.append(f"{wheel.name} needs {requirement} (shipped: {have or 'nothing'})")
    if problems:
        raise ValueError("the pinned requirements are not closed:\n  " + "\n  ".join(problems))


def keep_wheel_member(name: str, spec: PackageSpec) -> bool:
    """Whether a file of a wheel ships: not scripts/data, RECORD, caches; botocore trimmed to our services."""
    parts = name.split("/")
    if not parts[-1] or "__pycache__" in parts or parts[-1].endswith((".pyc", ".pyo")):
        return False
    if parts[0].endswith(".data"):
        return False
    if parts[0].endswith(".dist-info") and parts[-1] in ("RECORD", "INSTALLER", "REQUESTED"):
        return False
    if parts[:2] == ["botocore", "data"] and len(parts) > 3:
        return parts[2] in spec.botocore_services and parts[-1] != "examples-1.json"
    return True
