"""What determines the chat function's deployment package: the function's Python version and architecture, the
runtime's directory and the exact pins (`PackageSpec`, with the constants it is made of).

Read by the builder (`components/package_builder.py`, which writes the zip) and by the wheel handling
(`components/package_wheels.py`); it imports neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "BOTOCORE_SERVICES",
    "BYTECODE_SKIPPED",
    "EXACT_PIN",
    "LAMBDA_RUNTIME",
    "LAMBDA_ZIP_LIMIT_BYTES",
    "PACKAGE_BUDGET_BYTES",
    "PLATFORMS",
    "PYTHON_VERSION",
    "REPO_ROOT",
    "PackageSpec",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
#: The Python version of the function: the Lambda managed runtime and the wheels' ABI follow it.
PYTHON_VERSION = "3.12"
LAMBDA_RUNTIME = f"python{PYTHON_VERSION}"
#: Lambda's limit for a zip uploaded directly (as `pulumi.FileArchive` is): the builder refuses a larger one.
LAMBDA_ZIP_LIMIT_BYTES = 50 * 1000 * 1000
#: The project's budget for the default package, zipped (cold starts grow with it): the builder warns above it.
PACKAGE_BUDGET_BYTES = 10 * 1024 * 1024
#: Lambda architecture -> manylinux platform tag of the wheels.
PLATFORMS: dict[str, str] = {"arm64": "manylinux2014_aarch64", "x86_64": "manylinux2014_x86_64"}
#: botocore service models kept when the SDK is vendored: the services the runtime calls.
BOTOCORE_SERVICES = ("bedrock-runtime", "comprehend", "dynamodb", "s3")
#: Sources shipped without a pyc (archive-name prefixes): phonenumbers' ~500 per-region metadata modules, imported
#: one by one for the regions of the numbers met and compiled in ~0.2 ms each, whose pycs would add 0.5 MB zipped.
BYTECODE_SKIPPED = ("phonenumbers/data/region_", "phonenumbers/shortdata/region_")
#: An exact pin, `name==version`.
EXACT_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)$")


@dataclass(frozen=True)
class PackageSpec:
    """Everything that determines the package's bytes."""

    arch: str = "arm64"
    python_version: str = PYTHON_VERSION
    repo_root: Path = REPO_ROOT
    package_dir: str = "runtime"
    requirements: tuple[str, ...] = ()  # exact pins "name==version"
    vendor_sdk: bool = False
    botocore_services: tuple[str, ...] = BOTOCORE_SERVICES
    bytecode: bool = True  # ship a pyc per source, compiled for `python_version` (components/package_bytecode.py)
    bytecode_skipped: tuple[str, ...] = BYTECODE_SKIPPED

    def __post_init__(self) -> None:
        if self.arch not in PLATFORMS:
            raise ValueError(f"unknown Lambda architecture {self.arch!r} (allowed: {', '.join(PLATFORMS)})")
        for pin in self.requirements:
            if not EXACT_PIN.match(pin):
                raise ValueError(f"requirement {pin!r} is not an exact pin (name==version)")

    @property
    def platform(self) -> str:
        """The manylinux platform tag of the wheels."""
        return PLATFORMS[self.arch]
