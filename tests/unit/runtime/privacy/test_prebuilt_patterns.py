"""runtime.privacy.prebuilt_patterns: inside `serving`, a pattern the prebuilt file holds runs its recorded
program (the one re's compiler makes), any other compiles from source; a file of another compiler is ignored."""

from __future__ import annotations

import marshal
import re
from pathlib import Path
from typing import Any

import pytest

from runtime.privacy import prebuilt_patterns

PATTERNS = [
    (r"(?P<street>rua|avenida)\s+(?P<name>\w+(?:\s\w+)*)\s+(\d{1,4})", re.IGNORECASE),
    (r"(?x) \b ( [A-Z][a-z]+ ) \s+ (?:de\s+)? ( [A-Z][a-z]+ ) \b", 0),
    (r"(?i:straße|strasse)\s*\d+[a-z]?", re.UNICODE),
    (rb"[\x00-\x1f]+(?=end)", 0),
]
TEXT = "Moro na Rua Augusta 12, com Maria de Sousa; Hauptstraße 7b \x01\x02end"


@pytest.fixture(autouse=True)
def fresh_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    re.purge()  # re's own cache would answer without asking the compiler
    monkeypatch.setattr(prebuilt_patterns, "_recording", None)


def _write(path: Path, programs: dict[prebuilt_patterns.Key, prebuilt_patterns.Program], stamp: Any) -> Path:
    path.write_bytes(marshal.dumps((stamp, programs)))
    return path


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_recorded_program_matches_as_the_pattern_compiled_from_source(pattern: str | bytes, flags: int) -> None:
    built: Any = re.compile(pattern, flags)
    served: Any = prebuilt_patterns._SRE.compile(pattern, *prebuilt_patterns.program(pattern, int(flags)))
    assert (served.flags, served.groups, served.groupindex) == (built.flags, built.groups, built.groupindex)
    sample = TEXT if isinstance(pattern, str) else TEXT.encode("latin-1", "replace")
    found = [m.groups() for m in built.finditer(sample)]
    assert found  # the sample holds a match of every pattern
    assert [m.groups() for m in served.finditer(sample)] == found


def test_inside_serving_a_pattern_the_file_holds_runs_its_recorded_program(tmp_path: Path) -> None:
    # The file maps the source "a+" to the program of "b+": what matches shows where the program came from.
    path = _write(tmp_path / "p.marshal", {("a+", 0): prebuilt_patterns.program("b+", 0)}, prebuilt_patterns.STAMP)
    with prebuilt_patterns.serving(path):
        served = re.compile("a+")
        other = re.compile("c+")
    assert served.pattern == "a+"
    assert served.findall("aabb") == ["bb"]
    assert other.findall("ccbb") == ["cc"]  # not in the file: compiled from source


def test_a_file_of_another_compiler_or_none_is_ignored(tmp_path: Path) -> None:
    stamp = (*prebuilt_patterns.STAMP[:2], prebuilt_patterns.STAMP[2] + 1, *prebuilt_patterns.STAMP[3:])
    path = _write(tmp_path / "p.marshal", {("a+", 0): prebuilt_patterns.program("b+", 0)}, stamp)
    with prebuilt_patterns.serving(path):
        assert re.compile("a+").findall("aabb") == ["aa"]
    re.purge()
    with prebuilt_patterns.serving(tmp_path / "missing.marshal"):
        assert re.compile("a+").findall("aabb") == ["aa"]
    (tmp_path / "broken.marshal").write_bytes(b"\x00not marshal")
    re.purge()
    with prebuilt_patterns.serving(tmp_path / "broken.marshal"):
        assert re.compile("a+").findall("aabb") == ["aa"]


def test_outside_serving_every_pattern_compiles_from_source(tmp_path: Path) -> None:
    path = _write(tmp_path / "p.marshal", {("a+", 0): prebuilt_patterns.program("b+", 0)}, prebuilt_patterns.STAMP)
    with pytest.raises(KeyError), prebuilt_patterns.serving(path):
        raise KeyError("a failed import")
    assert re.compile("a+").findall("aabb") == ["aa"]


def test_recording_keeps_the_program_of_every_pattern_compiled_inside_serving(tmp_path: Path) -> None:
    prebuilt_patterns.start_recording()
    with prebuilt_patterns.serving(tmp_path / "unused.marshal"):
        compiled = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    re.compile("outside")
    programs = prebuilt_patterns.contents(prebuilt_patterns.recorded())
    assert list(programs) == [(pattern, int(flags)) for pattern, flags in PATTERNS]
    for (pattern, flags), built in zip(programs, compiled, strict=True):
        assert programs[(pattern, flags)][0] == built.flags
    with pytest.raises(RuntimeError):
        prebuilt_patterns._recording = None
        prebuilt_patterns.recorded()
