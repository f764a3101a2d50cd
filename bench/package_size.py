"""The Lambda deployment package's size, zipped and unzipped, built by `components.package_builder`."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PackageSize:
    """One built package (bytes), or why it could not be built."""

    label: str
    zipped: int = 0
    unzipped: int = 0
    files: int = 0
    problem: str | None = None


def unzipped_size(path: Path) -> tuple[int, int]:
    """(sum of uncompressed file sizes, file count) of a zip."""
    with zipfile.ZipFile(path) as archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
    return sum(info.file_size for info in infos), len(infos)


def measure_packages(arch: str = "arm64") -> list[PackageSize]:
    """The default package (boto3 from the Lambda runtime) and the one with the SDK vendored."""
    results = []
    for label, vendor_sdk in (("default (SDK from the Lambda runtime)", False), ("with boto3 vendored", True)):
        try:
            from components.package_builder import build_package, default_spec

            built = build_package(default_spec(arch, vendor_sdk=vendor_sdk))
            size, files = unzipped_size(built.path)
            results.append(PackageSize(label, built.size, size, files))
        except Exception as error:  # no network for the wheels, builder missing...: say so in the report
            results.append(PackageSize(label, problem=f"{type(error).__name__}: {error}"))
    return results
