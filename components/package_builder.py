"""Build the chat function's deployment zip from `runtime/` and its pinned dependencies, deterministically.

What goes in (see docs/deployment.md, "Deployment package"):
- the `runtime` package, whole: its Python sources and `run.sh` (the handler, mode 0755). It holds only what is
  deployed (the local launcher and stand-ins live in `devstack/`, the page in `web/`, the prompt with the component
  that uploads it), so nothing is picked out; only bytecode caches and dotfiles are skipped.
- the pins of `requirements/runtime.txt`, downloaded with `pip download --only-binary=:all:` as manylinux
  wheels for the function's architecture and Python version (no Docker), and unpacked at the zip root.
- a `__pycache__/<name>.cpython-XY.pyc` beside every `.py` (sources and wheel members; phonenumbers' per-region
  metadata modules aside, `BYTECODE_SKIPPED`): unchecked hash-based
  pycs compiled by an interpreter of the function's Python version (`components/package_bytecode.py`), since
  Lambda's read-only `/var/task` would otherwise make every cold start compile every imported module. Without such
  an interpreter the package ships without bytecode and says so (`bytecode=False`/`--no-bytecode` on purpose).
  The same interpreter rebuilds the detectors' prebuilt regex programs for its version
  (`components/package_patterns.py`), which the runtime's engine would otherwise ignore and compile from source.
- python-stdnum trimmed to the modules and databases the runtime's imports reach (`components/package_trim.py`).
- boto3 is NOT vendored by default: the Lambda Python runtime provides it precompiled, and its pycs would take
  the package over its 10 MiB budget (12.3 MB zipped, measured). `vendor_sdk=True` (`--vendor-sdk`) pins the
  SDK instead, at the versions of `requirements/dev.lock`, with botocore trimmed to the models the runtime calls.

Determinism: entries sorted, fixed timestamps (1980-01-01), fixed permissions, fixed compression level, no
directory entries and no pip RECORD files, so the same inputs give the same bytes and the same SHA-256 (an
unchanged stack shows no diff). Built packages are cached under `.cache/packages/` by a hash of every input;
downloaded wheels under `.cache/wheels/`.

    python -m components.package_builder --arch arm64 --out build/chat.zip [--vendor-sdk]
"""

from __future__ import annotations

import argparse
import base64
import contextvars
import dataclasses
import hashlib
import io
import logging
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from components.package_bytecode import Compiler, compile_sources, find_compiler
from components.package_patterns import PATTERNS_FILE, PATTERNS_MODULE, rebuild_patterns
from components.package_spec import (
    BOTOCORE_SERVICES,
    EXACT_PIN,
    LAMBDA_RUNTIME,
    LAMBDA_ZIP_LIMIT_BYTES,
    PACKAGE_BUDGET_BYTES,
    PLATFORMS,
    PYTHON_VERSION,
    REPO_ROOT,
    PackageSpec,
)
from components.package_trim import TRIMMED_PACKAGE, trimmed
from components.package_wheels import (
    check_dependency_closure,
    download_wheels,
    keep_wheel_member,
    normalize_distribution,
    select_wheels,
)

__all__ = [
    "BOTOCORE_SERVICES",
    "BUILDER_VERSION",
    "LAMBDA_RUNTIME",
    "LAMBDA_ZIP_LIMIT_BYTES",
    "PACKAGE_BUDGET_BYTES",
    "PLATFORMS",
    "PYTHON_VERSION",
    "REPO_ROOT",
    "SDK_DISTRIBUTIONS",
    "BuiltPackage",
    "PackageSpec",
    "build_package",
    "build_zip",
    "bytecode_compiler",
    "check_dependency_closure",
    "default_cache_dir",
    "default_spec",
    "deployment_package",
    "download_wheels",
    "input_digest",
    "keep_wheel_member",
    "main",
    "offline_package_override",
    "package_entries",
    "read_pins",
    "select_wheels",
    "source_files",
]

#: Bump when the packaging rules change, so that cached packages are rebuilt.
BUILDER_VERSION = "5"
#: The AWS SDK distributions vendored with `vendor_sdk=True` (versions come from requirements/dev.lock).
SDK_DISTRIBUTIONS = ("boto3", "botocore", "s3transfer", "jmespath", "python-dateutil", "six", "urllib3")

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_log = logging.getLogger(__name__)

#: Set by offline runs (compliance/offline_engine.py): a prebuilt package to use instead of building one.
offline_package_override: contextvars.ContextVar[Path | None] = contextvars.ContextVar(
    "offline_package_override", default=None
)


@dataclass(frozen=True)
class BuiltPackage:
    """A built deployment zip."""

    path: Path
    sha256_hex: str
    size: int
    entries: int = field(default=0)

    @property
    def source_code_hash(self) -> str:
        """Base64 SHA-256 of the zip, as Lambda reports it (`CodeSha256`)."""
        return base64.b64encode(bytes.fromhex(self.sha256_hex)).decode("ascii")


# --- Inputs -------------------------------------------------------------------------------------------------


def read_pins(path: Path, only: Iterable[str] | None = None) -> tuple[str, ...]:
    """The exact pins (`name==version`) of a requirements file, optionally only the named distributions."""
    wanted = {normalize_distribution(n) for n in only} if only is not None else None
    pins: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = EXACT_PIN.match(re.sub(r"\[[^\]]*\]", "", line.split(";", 1)[0]).strip())
        if match is None:
            raise ValueError(f"{path.name}: {line!r} is not an exact pin (name==version)")
        if wanted is None or normalize_distribution(match.group(1)) in wanted:
            pins.append(f"{match.group(1)}=={match.group(2)}")
    if wanted is not None:
        missing = wanted - {normalize_distribution(p.split("==", 1)[0]) for p in pins}
        if missing:
            raise ValueError(f"{path.name} pins none of: {', '.join(sorted(missing))}")
    return tuple(sorted(pins, key=str.lower))


def default_spec(arch: str = "arm64", *, vendor_sdk: bool = False, repo_root: Path = REPO_ROOT) -> PackageSpec:
    """The spec of this repository's function: runtime pins (+ SDK pins from dev.lock when vendored)."""
    pins = list(read_pins(repo_root / "requirements" / "runtime.txt"))
    if vendor_sdk:
        pins += read_pins(repo_root / "requirements" / "dev.lock", SDK_DISTRIBUTIONS)
    return PackageSpec(
        arch=arch, repo_root=repo_root, requirements=tuple(sorted(set(pins), key=str.lower)), vendor_sdk=vendor_sdk
    )


def source_files(spec: PackageSpec) -> list[tuple[str, Path]]:
    """(archive name, file) for every source file that ships, sorted by archive name."""
    root = spec.repo_root / spec.package_dir
    if not root.is_dir():
        raise FileNotFoundError(f"no package directory {root}")
    found: list[tuple[str, Path]] = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        relative = path.relative_to(spec.repo_root)
        parts = relative.parts
        if any(part == "__pycache__" or part.startswith(".") for part in parts):
            continue
        if path.suffix in (".pyc", ".pyo"):
            continue
        found.append((relative.as_posix(), path))
    return sorted(found)


def bytecode_compiler(spec: PackageSpec) -> Compiler | None:
    """The interpreter that compiles the package's pycs; None when `spec.bytecode` is off or none is found (said)."""
    if not spec.bytecode:
        return None
    compiler = find_compiler(spec.python_version)
    if compiler is None:
        _log.warning(
            "no Python %s interpreter found (set SOVEREIGN_CHAT_BYTECODE_PYTHON): the package ships WITHOUT "
            "bytecode, so every cold start compiles every imported module from source",
            spec.python_version,
        )
    return compiler


def input_digest(spec: PackageSpec, compiler: Compiler | None = None) -> str:
    """SHA-256 over everything that determines the package (spec, pins, every source file's bytes+mode, and the
    bytecode compiler's version: `bytecode_compiler(spec)` unless given)."""
    if compiler is None:
        compiler = bytecode_compiler(spec)
    digest = hashlib.sha256()
    header = (
        BUILDER_VERSION,
        compiler.identity if compiler is not None else "no bytecode",
        spec.bytecode_skipped,
        spec.arch,
        spec.python_version,
        spec.package_dir,
        spec.vendor_sdk,
        spec.botocore_services,
        spec.requirements,
    )
    digest.update(repr(header).encode())
    for name, path in source_files(spec):
        digest.update(name.encode() + b"\0")
        digest.update(b"x" if os.access(path, os.X_OK) else b"-")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


# --- The zip ------------------------------------------------------------------------------------------------


def package_entries(
    spec: PackageSpec, wheels: Sequence[Path], compiler: Compiler | None = None
) -> list[tuple[str, bytes, int]]:
    """(archive name, bytes, mode) of every file of the package, sorted; refuses duplicate names. With a
    `compiler`, every `.py` gets its pyc, except `spec.bytecode_skipped` and a source that does not compile (hence
    cannot be imported either)."""
    entries: dict[str, tuple[bytes, int]] = {}

    def add(name: str, data: bytes, mode: int, origin: str) -> None:
        if name in entries:
            raise ValueError(f"{name} is provided twice (second time by {origin})")
        entries[name] = (data, mode)

    for name, path in source_files(spec):
        add(name, path.read_bytes(), 0o755 if os.access(path, os.X_OK) else 0o644, "the sources")
    for wheel in sorted(wheels, key=lambda w: w.name):
        with zipfile.ZipFile(wheel) as archive:
            for info in archive.infolist():
                if info.is_dir() or not keep_wheel_member(info.filename, spec):
                    continue
                executable = (info.external_attr >> 16) & 0o111
                add(info.filename, archive.read(info), 0o755 if executable else 0o644, wheel.name)
    _trim(entries, spec)
    if compiler is not None:
        sources = [
            (name, data)
            for name, (data, _) in entries.items()
            if name.endswith(".py") and not name.startswith(spec.bytecode_skipped)
        ]
        compiled, skipped = compile_sources(compiler, sources)
        for name, data in compiled:
            add(name, data, 0o644, f"the bytecode compiler ({compiler.identity})")
        for name, error in skipped:
            _log.info("no bytecode for %s (does not compile: %s)", name, error)
        patterns, module = f"{spec.package_dir}/{PATTERNS_FILE}", f"{spec.package_dir}/{PATTERNS_MODULE}"
        if patterns in entries and module in entries:
            data, mode = entries[patterns]
            entries[patterns] = (rebuild_patterns(compiler, entries[module][0], data), mode)
    return [(name, data, mode) for name, (data, mode) in sorted(entries.items())]


def _trim(entries: dict[str, tuple[bytes, int]], spec: PackageSpec) -> None:
    """Drop the python-stdnum modules and databases the runtime's sources cannot reach (components/package_trim.py)."""
    runtime_dir = f"{spec.package_dir}/"
    runtime = {n: data for n, (data, _) in entries.items() if n.startswith(runtime_dir) and n.endswith(".py")}
    package = {n: data for n, (data, _) in entries.items() if n.startswith(f"{TRIMMED_PACKAGE}/")}
    for name in trimmed(runtime, package):
        del entries[name]


def build_zip(
    spec: PackageSpec,
    wheels: Sequence[Path],
    out: Path,
    compiler: Compiler | None = None,
    limit: int = LAMBDA_ZIP_LIMIT_BYTES,
    budget: int = PACKAGE_BUDGET_BYTES,
) -> BuiltPackage:
    """Write the deterministic zip of the sources, the unpacked wheels and their bytecode to `out`; refuses a
    zip over `limit` bytes and warns above `budget`."""
    entries = package_entries(spec, wheels, compiler)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, mode in entries:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.create_system = 3  # unix: the mode bits below are honoured
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    payload = buffer.getvalue()
    if len(payload) > limit:
        raise ValueError(f"the package is {len(payload)} bytes zipped, over the limit of {limit} bytes")
    if len(payload) > budget:
        _log.warning("the package is %d bytes zipped, over the budget of %d bytes", len(payload), budget)
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    temporary.write_bytes(payload)
    temporary.replace(out)
    return BuiltPackage(out, hashlib.sha256(payload).hexdigest(), len(payload), len(entries))


def _describe(path: Path) -> BuiltPackage:
    payload = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        count = len(archive.infolist())
    return BuiltPackage(path, hashlib.sha256(payload).hexdigest(), len(payload), count)


def default_cache_dir(repo_root: Path = REPO_ROOT) -> Path:
    """Where packages and wheels are cached: `$SOVEREIGN_CHAT_CACHE_DIR` when set, else `.cache/` of a checkout;
    for the installed library (no checkout around it, never write into site-packages) the user's cache directory
    (`$XDG_CACHE_HOME/sovereign-chat`, by default `~/.cache/sovereign-chat`)."""
    configured = os.environ.get("SOVEREIGN_CHAT_CACHE_DIR", "").strip()
    if configured:
        return Path(configured)
    if (repo_root / "pyproject.toml").is_file():
        return repo_root / ".cache"
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "sovereign-chat"


def build_package(spec: PackageSpec, *, cache_dir: Path | None = None, wheel_dir: Path | None = None) -> BuiltPackage:
    """The package for `spec`, from the cache when its inputs are unchanged, else built (and cached).

    `wheel_dir` supplies the wheels (no network); otherwise they are downloaded into the cache once.
    """
    cache = cache_dir if cache_dir is not None else default_cache_dir(spec.repo_root)
    compiler = bytecode_compiler(spec)
    key = input_digest(spec, compiler)
    cached = cache / "packages" / f"{spec.package_dir}-{spec.arch}-{key[:32]}.zip"
    if cached.exists():
        return _describe(cached)
    if wheel_dir is not None:
        wheels = select_wheels(spec, sorted(wheel_dir.glob("*.whl")))
    else:
        pins_key = hashlib.sha256(repr((spec.platform, spec.python_version, spec.requirements)).encode())
        target = cache / "wheels" / f"{spec.platform}-cp{spec.python_version}-{pins_key.hexdigest()[:16]}"
        try:
            wheels = select_wheels(spec, sorted(target.glob("*.whl")))
        except FileNotFoundError:
            cache.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=cache) as scratch:
                downloaded = download_wheels(spec, Path(scratch))
                target.mkdir(parents=True, exist_ok=True)
                for wheel in downloaded:
                    shutil.copy2(wheel, target / wheel.name)
            wheels = select_wheels(spec, sorted(target.glob("*.whl")))
    check_dependency_closure(spec, wheels)
    return build_zip(spec, wheels, cached, compiler)


def deployment_package(arch: str, *, vendor_sdk: bool = False) -> BuiltPackage:
    """The package the program deploys: the offline override when set, else `SOVEREIGN_CHAT_PACKAGE`, else built.

    `SOVEREIGN_CHAT_PACKAGE=<zip>` deploys a package built earlier (e.g. by CI with this module's CLI).
    """
    override = offline_package_override.get()
    if override is not None:
        return _describe(override)
    prebuilt = os.environ.get("SOVEREIGN_CHAT_PACKAGE", "").strip()
    if prebuilt:
        return _describe(Path(prebuilt))
    return build_package(default_spec(arch, vendor_sdk=vendor_sdk))


def main(argv: Sequence[str] | None = None) -> int:
    """CLI: build the package for an architecture and copy it to `--out`."""
    parser = argparse.ArgumentParser(prog="python -m components.package_builder", description=__doc__.split("\n")[0])
    parser.add_argument("--arch", choices=sorted(PLATFORMS), default="arm64")
    parser.add_argument("--out", type=Path, default=Path("build/chat.zip"))
    parser.add_argument("--vendor-sdk", action="store_true", help="pin boto3/botocore (trimmed) in the package")
    parser.add_argument("--no-bytecode", action="store_true", help="ship the sources without their pycs")
    parser.add_argument("--wheel-dir", type=Path, help="use these wheels instead of downloading (offline)")
    parser.add_argument("--cache-dir", type=Path, help="cache directory (default: .cache/ of the repository)")
    args = parser.parse_args(argv)
    spec = dataclasses.replace(default_spec(args.arch, vendor_sdk=args.vendor_sdk), bytecode=not args.no_bytecode)
    built = build_package(spec, cache_dir=args.cache_dir, wheel_dir=args.wheel_dir)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if built.path.resolve() != args.out.resolve():
        shutil.copyfile(built.path, args.out)
    print(f"{args.out}: {built.size} bytes, {built.entries} files, sha256 {built.sha256_hex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
