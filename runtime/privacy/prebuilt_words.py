"""Word sets derived from the shipped data files, read in their prebuilt form instead of derived at start-up.

Deriving the name detector's lists (folding some 150,000 words one by one, their Cyrillic and Greek forms, an
index of towns) cost about a sixth of a cold start's CPU. `scripts/build_prebuilt_words.py` runs every loader
marked `@prebuilt` once and writes what each returned to ``data/prebuilt_words.marshal`` (``marshal``: what
``.pyc`` files are made of, read at C speed), with the SHA-256 of every data file those loaders read. At start-up
a marked loader answers from that file when every one of those data files is still the one it was built from;
else every marked loader derives its words as before. A marked loader's first argument is the data file it
reads (its other arguments, if any, are themselves derived from data files: they are not part of the key). A test
checks that the file holds what the loaders return today (a changed loader needs the script run again).
"""

from __future__ import annotations

import functools
import hashlib
import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, Final, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

DATA_DIR: Final = Path(__file__).resolve().parent / "data"
PREBUILT_FILE: Final = DATA_DIR / "prebuilt_words.marshal"
_FORMAT: Final = 1


class _Store:
    """The prebuilt results (read on the first marked call), or the results being recorded by the script."""

    def __init__(self) -> None:
        self.results: dict[str, Any] | None = None
        self.recording: dict[str, Any] | None = None
        self.inputs: dict[str, str] = {}

    def answers(self) -> dict[str, Any]:
        """The prebuilt results when the file is there and built from today's data files, else none."""
        if self.results is None:
            self.results = _read(PREBUILT_FILE)
        return self.results


_STORE: Final = _Store()


def prebuilt(loader: Callable[Concatenate[Path, P], T]) -> Callable[Concatenate[Path, P], T]:
    """`loader` of a data file, answered from ``PREBUILT_FILE`` when that is up to date (module docstring)."""
    name = f"{loader.__module__}.{loader.__qualname__}"

    @functools.wraps(loader)
    def load(path: Path, /, *args: P.args, **kwargs: P.kwargs) -> T:
        key = _key(name, path, args)
        recording = _STORE.recording
        if recording is None:
            found = _STORE.answers().get(key)
            if found is not None:
                answer: T = _decode(found)
                return answer
            return loader(path, *args, **kwargs)
        result = loader(path, *args, **kwargs)
        recording[key] = _encode(result)
        _STORE.inputs[path.name] = _digest(path)
        return result

    return load


def start_recording() -> None:
    """Make every marked loader derive its words and record them (the build script, before importing them)."""
    _STORE.recording = {}


def recorded() -> bytes:
    """What the marked loaders recorded since `start_recording`, as ``PREBUILT_FILE`` holds it."""
    if _STORE.recording is None:
        raise RuntimeError("start_recording() was not called")
    inputs = dict(sorted(_STORE.inputs.items()))
    return marshal.dumps((_FORMAT, inputs, dict(sorted(_STORE.recording.items()))))


def contents(data: bytes) -> tuple[dict[str, str], dict[str, Any]]:
    """The data files' digests and the decoded results of a prebuilt file's bytes."""
    _, inputs, results = marshal.loads(data)
    return inputs, {key: _decode(value) for key, value in results.items()}


def _read(path: Path) -> dict[str, Any]:
    """The results of a prebuilt file when it is readable and its data files are unchanged; else none."""
    try:
        version, inputs, results = marshal.loads(path.read_bytes())
        current = version == _FORMAT and all(_digest(path.parent / name) == digest for name, digest in inputs.items())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return results if current else {}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _key(name: str, path: Path, args: tuple[Any, ...]) -> str:
    plain = [repr(arg) for arg in args if isinstance(arg, str | int | float)]
    return f"{name}({', '.join([path.name, *plain])})"


def _encode(value: Any) -> Any:
    """`value` (frozensets of strings; strings and tuples of them; tuples and dicts of those) in a fixed order,
    tagged with its kind."""
    if isinstance(value, frozenset):
        return ("frozenset", tuple(sorted(value)))
    if _plain(value):
        return ("plain", value)
    if isinstance(value, tuple):
        return ("tuple", tuple(_encode(item) for item in value))
    if isinstance(value, dict):
        return ("dict", tuple((key, _encode(item)) for key, item in value.items()))
    raise TypeError(f"cannot prebuild a {type(value).__name__}")


def _plain(value: Any) -> bool:
    """Whether `value` is a string or a tuple of plain values (stored as it is)."""
    return isinstance(value, str) or (isinstance(value, tuple) and all(map(_plain, value)))


def _decode(encoded: Any) -> Any:
    kind, value = encoded
    if kind == "frozenset":
        return frozenset(value)
    if kind == "tuple":
        return tuple(_decode(item) for item in value)
    if kind == "dict":
        return {key: _decode(item) for key, item in value}
    return value
