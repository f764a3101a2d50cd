"""Bytecode for the deployment package: a `.pyc` beside every `.py`, compiled for the function's Python version.

Lambda's `/var/task` is read-only, so a package without bytecode compiles every module it imports from source at
every cold start (measured: about 1.8 s of the handler's imports). The builder therefore ships
`__pycache__/<name>.<cache tag>.pyc` for every Python source, as UNCHECKED hash-based pycs (PEP 552): the header
holds `importlib.util.source_hash` of the source instead of a timestamp, so the bytes depend on the source only,
and the import system loads them without reading or hashing the source.

The pycs are compiled by an interpreter of the function's Python version (`find_compiler`), in one fresh subprocess
with a fixed hash seed, sources in sorted order: marshal's bytes depend on the state of the process (reference
counts decide which objects it writes as back-references: the same file compiled twice in one Python 3.12.1
process gave different bytes), so the same sources give the same bytes whatever the builder's own interpreter,
its history or `PYTHONHASHSEED`.
"""

from __future__ import annotations

import functools
import os
import pickle
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "BYTECODE_PYTHON_ENV",
    "Compiler",
    "Runner",
    "compile_sources",
    "find_compiler",
    "probe_interpreter",
    "pyc_name",
    "run_script",
]

#: An interpreter of the function's Python version to compile with (else found on PATH or under pyenv).
BYTECODE_PYTHON_ENV = "SOVEREIGN_CHAT_BYTECODE_PYTHON"

_PROBE = (
    "import importlib.util, sys; print(sys.implementation.name, sys.version.split()[0], sys.implementation.cache_tag)"
)

#: Run by the compiling interpreter: (archive name, source bytes) pairs on stdin, (name, pyc bytes) on stdout.
_COMPILE = """
import importlib.util, marshal, pickle, sys
sources = pickle.load(sys.stdin.buffer)
compiled, skipped = [], []
for name, source in sources:
    try:
        code = compile(source, name, "exec", dont_inherit=True, optimize=0)
    except (SyntaxError, ValueError) as error:
        skipped.append((name, f"{type(error).__name__}: {error}"))
        continue
    flags = (1).to_bytes(4, "little")  # hash-based, source not checked (PEP 552)
    header = importlib.util.MAGIC_NUMBER + flags + importlib.util.source_hash(source)
    compiled.append((name, header + marshal.dumps(code)))
pickle.dump((compiled, skipped), sys.stdout.buffer, protocol=4)
"""


@dataclass(frozen=True)
class Compiler:
    """An interpreter that compiles the package's bytecode."""

    executable: str
    version: str  # full version, e.g. "3.12.1": part of the package's input digest
    cache_tag: str  # e.g. "cpython-312": names the pyc files

    @property
    def identity(self) -> str:
        """What determines the bytes it writes (the input digest includes it)."""
        return f"{self.cache_tag} {self.version}"


Runner = Callable[..., "subprocess.CompletedProcess[bytes]"]


@functools.lru_cache(maxsize=32)
def probe_interpreter(executable: str) -> Compiler | None:
    """The interpreter at `executable`, or None when it does not run (e.g. a pyenv shim of another version)."""
    try:
        result = subprocess.run([executable, "-I", "-c", _PROBE], capture_output=True, timeout=60, check=False)
    except OSError:
        return None
    fields = result.stdout.decode("ascii", "replace").split()
    if result.returncode != 0 or len(fields) != 3 or fields[0] != "cpython":
        return None
    return Compiler(executable, fields[1], fields[2])


def _minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def _pyenv_candidates(python_version: str, environ: Mapping[str, str]) -> list[str]:
    root = Path(environ.get("PYENV_ROOT", "") or Path.home() / ".pyenv")
    found = root.glob(f"versions/{python_version}.*/bin/python{python_version}")
    patch = re.compile(r"^\d+\.\d+\.(\d+)$")

    def key(path: Path) -> int:
        match = patch.match(path.parent.parent.name)
        return int(match.group(1)) if match else -1

    return [str(path) for path in sorted(found, key=key, reverse=True) if key(path) >= 0]


def find_compiler(
    python_version: str,
    environ: Mapping[str, str] = os.environ,
    probe: Callable[[str], Compiler | None] = probe_interpreter,
) -> Compiler | None:
    """A CPython of `python_version` (e.g. "3.12"): `$SOVEREIGN_CHAT_BYTECODE_PYTHON` (refused when it is another
    version), else this interpreter, `python3.12` on PATH or a pyenv install; None when there is none."""
    chosen = environ.get(BYTECODE_PYTHON_ENV, "").strip()
    if chosen:
        compiler = probe(chosen)
        if compiler is None or _minor(compiler.version) != python_version:
            found = f"Python {compiler.version}" if compiler else "no working CPython"
            raise ValueError(
                f"{BYTECODE_PYTHON_ENV}={chosen} is {found}, but the function runs Python {python_version}: "
                "its bytecode would not load there"
            )
        return compiler
    candidates = [
        sys.executable,
        shutil.which(f"python{python_version}") or "",
        *_pyenv_candidates(python_version, environ),
    ]
    for candidate in candidates:
        compiler = probe(candidate) if candidate else None
        if compiler is not None and _minor(compiler.version) == python_version:
            return compiler
    return None


def pyc_name(source_name: str, compiler: Compiler) -> str:
    """The archive name of a source's pyc: `a/b/c.py` -> `a/b/__pycache__/c.<cache tag>.pyc`."""
    directory, _, file_name = source_name.rpartition("/")
    stem = file_name[: -len(".py")]
    return (
        f"{directory}/__pycache__/{stem}.{compiler.cache_tag}.pyc"
        if directory
        else f"__pycache__/{stem}.{compiler.cache_tag}.pyc"
    )


def run_script(compiler: Compiler, script: str, payload: bytes, doing: str, run: Runner = subprocess.run) -> bytes:
    """What `script` writes on stdout, run by `compiler` in one fresh isolated subprocess with hash seed 0 and
    `payload` on stdin (the same inputs give the same bytes); a failure names `doing` and the interpreter."""
    result = run(
        [compiler.executable, "-I", "-W", "ignore", "-c", script],
        input=payload,
        capture_output=True,
        env={"PYTHONHASHSEED": "0", "PATH": os.environ.get("PATH", "")},
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{doing} with {compiler.executable} failed:\n{result.stderr.decode()}")
    return bytes(result.stdout)


def compile_sources(
    compiler: Compiler, sources: Sequence[tuple[str, bytes]], run: Runner = subprocess.run
) -> tuple[list[tuple[str, bytes]], list[tuple[str, str]]]:
    """(archive name of the pyc, pyc bytes) for every source that compiles, and (source name, error) for the others
    (a source that does not compile cannot be imported either). One fresh subprocess, hash seed 0."""
    payload = pickle.dumps(sorted(sources), protocol=4)
    compiled, skipped = pickle.loads(run_script(compiler, _COMPILE, payload, "compiling the package's bytecode", run))
    return [(pyc_name(name, compiler), data) for name, data in compiled], list(skipped)
