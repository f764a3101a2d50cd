"""The built-in detectors' regular expressions, compiled from their prebuilt programs instead of from source.

Compiling the detectors' patterns (a few hundred, some of them alternations of thousands of street words and
towns) was about 140 ms of a cold start's CPU, in ``re``'s pure-Python parser and code generator. What that
compiler hands the regex engine (``_sre.compile``: the flags, the program as a list of integers, the groups) is
plain data: `scripts/build_prebuilt_words.py` records it for every pattern compiled while the detectors load
(`start_recording`) and writes it to ``data/prebuilt_patterns.marshal``. While the detectors load (`serving`), a
pattern whose source and flags are in that file gets its recorded program, any other the compiler's as before:
the same engine runs the same program either way, so matching is unchanged. The file holds the compiler's
format stamp (Python version, ``_sre.MAGIC``, code size and limits); any other interpreter ignores it and
compiles every pattern. A test checks that the file holds what the compiler makes of today's patterns. The file in
the repository is built by the development interpreter; the package builder has the function's Python version
recompile the same patterns (`rebuilt`, run by `components/package_patterns.py`), so the deployed function gets
programs its own engine takes.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

#: ``re``'s compiler and the regex engine (private modules of the standard library: reached by name).
_COMPILER: Final[Any] = importlib.import_module("re._compiler")
_PARSER: Final[Any] = importlib.import_module("re._parser")
_SRE: Final[Any] = importlib.import_module("_sre")

PREBUILT_FILE: Final = Path(__file__).resolve().parent / "data" / "prebuilt_patterns.marshal"
#: Which compiler's programs a file holds: only the same one may run them.
STAMP: Final = (1, tuple(sys.version_info[:2]), _SRE.MAGIC, _SRE.CODESIZE, _SRE.MAXREPEAT, _SRE.MAXGROUPS)

#: A pattern's source and flags (as ``re`` passes them to its compiler).
Key = tuple[str | bytes, int]
#: What ``_sre.compile`` takes after the source: flags, program, group count, group names both ways.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_recording: dict[Key, Program] | None = None


def program(pattern: str | bytes, flags: int) -> Program:
    """What ``re``'s compiler hands the engine for `pattern` (``re._compiler.compile`` without the last call)."""
    parsed = _PARSER.parse(pattern, flags)
    code = [int(op) for op in _COMPILER._code(parsed, flags)]  # opcodes are int subclasses: plain ints stored
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def start_recording() -> None:
    """Record every pattern compiled inside `serving` from now on (the build script, before the detectors load)."""
    global _recording
    _recording = {}


def recorded() -> bytes:
    """The programs recorded since `start_recording`, as ``PREBUILT_FILE`` holds them."""
    if _recording is None:
        raise RuntimeError("start_recording() was not called")
    return marshal.dumps((STAMP, _recording))


def contents(data: bytes) -> dict[Key, Program]:
    """The programs of a prebuilt file's bytes when this interpreter can run them, else none."""
    try:
        stamp, programs = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return {}
    return programs if stamp == STAMP and isinstance(programs, dict) else {}


def rebuilt(data: bytes) -> bytes:
    """A prebuilt file's patterns (built by any interpreter) compiled by this one, as ``PREBUILT_FILE`` holds them:
    the same sources and flags in the same order, this interpreter's programs and stamp."""
    _, programs = marshal.loads(data)
    return marshal.dumps((STAMP, {key: program(*key) for key in programs}))


@contextlib.contextmanager
def serving(path: Path | None = None) -> Iterator[None]:
    """Within: a pattern ``re`` compiles gets its prebuilt program when ``path`` (``PREBUILT_FILE``) holds one; the
    build script's recording, when started, records every pattern compiled instead."""
    original = _COMPILER.compile
    recording = _recording
    if recording is not None:

        def compile_pattern(pattern: Any, flags: int = 0) -> Any:
            if isinstance(pattern, str | bytes):
                recording[(pattern, flags)] = program(pattern, flags)
            return original(pattern, flags)

    else:
        try:
            programs = contents((path or PREBUILT_FILE).read_bytes())
        except OSError:
            programs = {}

        def compile_pattern(pattern: Any, flags: int = 0) -> Any:
            found = programs.get((pattern, flags)) if isinstance(pattern, str | bytes) else None
            if found is None:
                return original(pattern, flags)
            return _SRE.compile(pattern, *found)

    _COMPILER.compile = compile_pattern
    try:
        yield
    finally:
        _COMPILER.compile = original
