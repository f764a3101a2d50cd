"""The package's prebuilt regex programs: rebuilt by the function's Python version, same patterns, its stamp."""

from __future__ import annotations

import marshal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from components.package_builder import PackageSpec, build_package
from components.package_bytecode import Compiler, find_compiler, probe_interpreter
from components.package_patterns import PATTERNS_FILE, PATTERNS_MODULE, rebuild_patterns
from runtime.privacy import prebuilt_patterns
from tests.unit.components.test_package_builder import make_tree, make_wheels, spec

MODULE_SOURCE = prebuilt_patterns.__file__
#: Patterns recorded by "another interpreter": a stamp nobody has, programs that are not this interpreter's.
FOREIGN_STAMP = (1, (2, 7), 0, 0, 0, 0)
FOREIGN: dict[prebuilt_patterns.Key, prebuilt_patterns.Program] = {
    ("[a-z]+@[a-z]+", 0): (0, [0], 0, {}, (None,)),
    (r"(?P<iban>\d{4})", 2): (2, [0], 1, {}, (None,)),
}


def foreign_file() -> bytes:
    return marshal.dumps((FOREIGN_STAMP, FOREIGN))


def this_interpreter() -> Compiler:
    compiler = probe_interpreter(sys.executable)
    assert compiler is not None
    return compiler


def test_a_foreign_file_is_rebuilt_with_this_interpreters_stamp_and_programs():
    source = Path(MODULE_SOURCE).read_bytes()
    rebuilt = rebuild_patterns(this_interpreter(), source, foreign_file())
    assert prebuilt_patterns.contents(foreign_file()) == {}  # as shipped, this interpreter would ignore it
    programs = prebuilt_patterns.contents(rebuilt)
    assert list(programs) == list(FOREIGN)
    assert programs == {key: prebuilt_patterns.program(*key) for key in FOREIGN}
    assert rebuild_patterns(this_interpreter(), source, foreign_file()) == rebuilt  # same inputs, same bytes


def test_a_failing_interpreter_is_an_error_that_says_which():
    broken = Compiler("/nowhere/python", "3.12.0", "cpython-312")

    def run(*args: object, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        return subprocess.CompletedProcess([], 1, b"", b"Traceback: boom")

    with pytest.raises(RuntimeError, match=r"/nowhere/python failed:\nTraceback: boom"):
        rebuild_patterns(broken, b"", foreign_file(), run=run)


def test_the_package_ships_the_file_rebuilt_and_the_module_unchanged(tmp_path):
    tree = make_tree(tmp_path)
    (tree / "runtime" / "privacy" / "data").mkdir(parents=True)
    (tree / "runtime" / "privacy" / PATTERNS_MODULE.rpartition("/")[2]).write_bytes(Path(MODULE_SOURCE).read_bytes())
    (tree / "runtime" / PATTERNS_FILE).write_bytes(foreign_file())
    built = build_package(spec(tree), cache_dir=tmp_path / "cache", wheel_dir=make_wheels(tmp_path))
    with zipfile.ZipFile(built.path) as archive:
        shipped = archive.read(f"runtime/{PATTERNS_FILE}")
        module = archive.read(f"runtime/{PATTERNS_MODULE}")
    assert module == Path(MODULE_SOURCE).read_bytes()
    assert list(prebuilt_patterns.contents(shipped)) == list(FOREIGN)
    no_bytecode = build_package(spec(tree, bytecode=False), cache_dir=tmp_path / "c2", wheel_dir=make_wheels(tmp_path))
    with zipfile.ZipFile(no_bytecode.path) as archive:
        assert archive.read(f"runtime/{PATTERNS_FILE}") == foreign_file()  # no compiler: shipped as it is


FUNCTION_PYTHON = PackageSpec().python_version
CHECK = """
import marshal, sys, types
module = types.ModuleType("prebuilt_patterns")
module.__file__ = "prebuilt_patterns.py"
exec(compile(open(sys.argv[1], "rb").read(), "prebuilt_patterns.py", "exec"), module.__dict__)
programs = module.contents(sys.stdin.buffer.read())
print(len(programs), sys.version_info[0], sys.version_info[1])
"""


@pytest.mark.skipif(find_compiler(FUNCTION_PYTHON) is None, reason=f"no Python {FUNCTION_PYTHON} on this machine")
def test_the_repositorys_patterns_rebuilt_are_taken_by_the_functions_python():
    compiler = find_compiler(FUNCTION_PYTHON)
    assert compiler is not None
    data = prebuilt_patterns.PREBUILT_FILE.read_bytes()
    rebuilt = rebuild_patterns(compiler, Path(MODULE_SOURCE).read_bytes(), data)
    checked = subprocess.run(
        [compiler.executable, "-I", "-c", CHECK, MODULE_SOURCE], input=rebuilt, capture_output=True, check=True
    )
    count, major, minor = checked.stdout.decode().split()
    assert (major, minor) == tuple(FUNCTION_PYTHON.split("."))
    assert int(count) == len(marshal.loads(data)[1]) > 100  # every pattern, none dropped
