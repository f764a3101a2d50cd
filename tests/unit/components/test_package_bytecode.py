"""The package's bytecode: a pyc per source, unchecked hash-based, for the function's Python version, byte-stable."""

from __future__ import annotations

import importlib.util
import logging
import marshal
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from components import package_builder as pb
from components.package_builder import build_package
from components.package_bytecode import BYTECODE_PYTHON_ENV, Compiler, find_compiler, probe_interpreter, pyc_name
from tests.unit.components.test_package_builder import make_tree, make_wheel, make_wheels, spec

#: A set literal in a membership test compiles to a frozenset constant, whose iteration order follows the hash seed
#: (marshal must not write it in that order), and string constants that marshal may write as back-references.
SEEDED = (
    "WORDS = ('alpha', 'beta')\n\ndef known(word):\n    return word in {'alpha', 'beta', 'gamma', 'delta', 'eps'}\n"
)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return make_tree(tmp_path)


@pytest.fixture
def wheels(tmp_path: Path) -> Path:
    return make_wheels(tmp_path)


BUILD = """
import sys
from pathlib import Path
from components.package_builder import PackageSpec, build_package
pins = ("tinydep==2.1", "tinyweb==1.0")
spec = PackageSpec(repo_root=Path(sys.argv[1]), requirements=pins, python_version=sys.argv[4])
print(build_package(spec, cache_dir=Path(sys.argv[2]), wheel_dir=Path(sys.argv[3])).sha256_hex)
"""


def pycs_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.endswith((".py", ".pyc"))}


def test_every_source_has_an_unchecked_hash_pyc_of_its_bytes(tree, wheels, tmp_path):
    (tree / "runtime" / "words.py").write_text(SEEDED, encoding="utf-8")
    built = build_package(spec(tree), cache_dir=tmp_path / "cache", wheel_dir=wheels)
    files = pycs_of(built.path)
    compiler = find_compiler(f"{sys.version_info.major}.{sys.version_info.minor}")
    assert compiler is not None
    sources = sorted(n for n in files if n.endswith(".py"))
    assert sources and sorted(n for n in files if n.endswith(".pyc")) == sorted(pyc_name(n, compiler) for n in sources)
    for name in sources:
        pyc = files[pyc_name(name, compiler)]
        assert pyc[:4] == importlib.util.MAGIC_NUMBER
        assert int.from_bytes(pyc[4:8], "little") == 0b01  # hash-based, source not checked
        assert pyc[8:16] == importlib.util.source_hash(files[name])
        assert marshal.loads(pyc[16:]).co_filename == name
    namespace: dict[str, object] = {}
    exec(marshal.loads(files[pyc_name("runtime/words.py", compiler)][16:]), namespace)
    assert namespace["WORDS"] == ("alpha", "beta")


def test_two_builds_in_processes_with_other_hash_seeds_give_the_same_bytes(tree, wheels, tmp_path):
    (tree / "runtime" / "words.py").write_text(SEEDED, encoding="utf-8")
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    digests = []
    for seed in ("1", "4242"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        args = [sys.executable, "-c", BUILD, str(tree), str(tmp_path / f"cache-{seed}"), str(wheels), here]
        result = subprocess.run(args, capture_output=True, text=True, env=environment, check=True, cwd=pb.REPO_ROOT)
        digests.append(result.stdout.strip())
    assert len(digests[0]) == 64 and digests[0] == digests[1]


def test_the_pyc_is_used_without_reading_the_source(tree, wheels, tmp_path):
    built = build_package(spec(tree), cache_dir=tmp_path / "cache", wheel_dir=wheels)
    unpacked = tmp_path / "task"
    with zipfile.ZipFile(built.path) as archive:
        archive.extractall(unpacked)
    (unpacked / "tinydep.py").write_text("y = 3\n", encoding="utf-8")  # the shipped pyc says y = 2
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def imported(*options: str) -> str:
        command = [sys.executable, "-E", "-s", *options, "-c", "import tinydep; print(tinydep.y)"]
        return subprocess.run(command, cwd=unpacked, env=environment, capture_output=True, text=True).stdout.strip()

    assert imported() == "2"  # unchecked: the source is not read
    assert imported("--check-hash-based-pycs", "always") == "3"  # checked: the stale pyc is refused


def test_no_pyc_for_another_python_version(tree, wheels, tmp_path, monkeypatch, caplog):
    monkeypatch.delenv(BYTECODE_PYTHON_ENV, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "no-pyenv"))
    with caplog.at_level(logging.WARNING, logger=pb.__name__):
        built = build_package(spec(tree, python_version="3.99"), cache_dir=tmp_path / "c1", wheel_dir=wheels)
    assert not [n for n in pycs_of(built.path) if n.endswith(".pyc")]
    assert "no Python 3.99 interpreter found" in caplog.text and "WITHOUT bytecode" in caplog.text
    monkeypatch.setenv(BYTECODE_PYTHON_ENV, sys.executable)  # chosen explicitly, but the wrong version: refused
    with pytest.raises(ValueError, match=r"the function runs Python 3\.99"):
        build_package(spec(tree, python_version="3.99"), cache_dir=tmp_path / "c2", wheel_dir=wheels)


def test_bytecode_off_or_compiled_elsewhere_changes_the_cache_key(tree):
    with_bytecode = pb.input_digest(spec(tree))
    assert pb.input_digest(spec(tree, bytecode=False)) != with_bytecode
    other = Compiler("/elsewhere/python", "9.9.9", "cpython-99")
    assert pb.input_digest(spec(tree), other) != with_bytecode


def test_a_source_that_does_not_compile_gets_no_pyc(tree, tmp_path):
    broken = tmp_path / "broken"
    make_wheel(broken, "tinydep", "2.1", {"tinydep.py": b"y = 2\n", "tinydep_old.py": b"print 'py2'\n"})
    built = build_package(spec(tree, requirements=("tinydep==2.1",)), cache_dir=tmp_path / "c", wheel_dir=broken)
    names = set(pycs_of(built.path))
    tag = sys.implementation.cache_tag
    assert f"__pycache__/tinydep.{tag}.pyc" in names and f"__pycache__/tinydep_old.{tag}.pyc" not in names


def test_skipped_prefixes_ship_their_sources_without_pycs(tree, wheels, tmp_path):
    built = build_package(spec(tree, bytecode_skipped=("tinyweb/",)), cache_dir=tmp_path / "c", wheel_dir=wheels)
    names = set(pycs_of(built.path))
    tag = sys.implementation.cache_tag
    assert "tinyweb/__init__.py" in names and f"tinyweb/__pycache__/__init__.{tag}.pyc" not in names
    assert f"__pycache__/tinydep.{tag}.pyc" in names and f"runtime/__pycache__/app.{tag}.pyc" in names
    assert pb.input_digest(spec(tree, bytecode_skipped=("tinyweb/",))) != pb.input_digest(spec(tree))


def test_a_package_over_the_size_limit_is_refused_and_over_the_budget_said(tree, wheels, tmp_path, caplog):
    wheel_paths = sorted(wheels.glob("*.whl"))
    with caplog.at_level(logging.WARNING, logger=pb.__name__):
        small = pb.build_zip(spec(tree), wheel_paths, tmp_path / "ok.zip")
        assert small.size < pb.PACKAGE_BUDGET_BYTES < pb.LAMBDA_ZIP_LIMIT_BYTES and "budget" not in caplog.text
        pb.build_zip(spec(tree), wheel_paths, tmp_path / "over.zip", budget=small.size - 1)
    assert f"the package is {small.size} bytes zipped, over the budget" in caplog.text
    with pytest.raises(ValueError, match="over the limit"):
        pb.build_zip(spec(tree), wheel_paths, tmp_path / "big.zip", limit=small.size - 1)
    assert not (tmp_path / "big.zip").exists()


def test_pyc_names_and_interpreter_probe(tmp_path):
    compiler = Compiler("python", "3.12.1", "cpython-312")
    assert pyc_name("a/b/c.py", compiler) == "a/b/__pycache__/c.cpython-312.pyc"
    assert pyc_name("six.py", compiler) == "__pycache__/six.cpython-312.pyc"
    here = probe_interpreter(sys.executable)
    assert here is not None and here.cache_tag == sys.implementation.cache_tag
    assert probe_interpreter(str(tmp_path / "no-python")) is None
