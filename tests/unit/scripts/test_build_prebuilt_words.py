"""scripts/build_prebuilt_words.py: the shipped prebuilt word sets are what the marked loaders return today, and
the shipped pattern programs are what re's compiler makes of the detectors' patterns today."""

from __future__ import annotations

import functools
import marshal
import subprocess
import sys
from pathlib import Path

from runtime.privacy import prebuilt_patterns, prebuilt_words

REPO_ROOT = Path(__file__).resolve().parents[3]
RUN_SCRIPT = "run .venv/bin/python -m scripts.build_prebuilt_words"


@functools.cache
def _fresh() -> tuple[bytes, bytes]:
    # A fresh interpreter: the marked loaders run and the patterns compile as their modules are first imported.
    script = (
        "import marshal, sys\nfrom scripts.build_prebuilt_words import build\n"
        "sys.stdout.buffer.write(marshal.dumps(build()))\n"
    )
    built = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, check=True).stdout
    words, patterns = marshal.loads(built)
    return words, patterns


def test_the_shipped_file_holds_what_the_loaders_return_today() -> None:
    fresh_inputs, fresh = prebuilt_words.contents(_fresh()[0])
    shipped_inputs, shipped = prebuilt_words.contents(prebuilt_words.PREBUILT_FILE.read_bytes())
    assert shipped_inputs == fresh_inputs, f"a data file changed: {RUN_SCRIPT}"
    assert shipped.keys() == fresh.keys(), f"the marked loaders changed: {RUN_SCRIPT}"
    stale = [key for key in fresh if shipped[key] != fresh[key]]
    assert not stale, f"derived differently today: {stale}; {RUN_SCRIPT}"


def test_the_shipped_patterns_are_the_programs_of_the_detectors_patterns_today() -> None:
    fresh = prebuilt_patterns.contents(_fresh()[1])
    shipped = prebuilt_patterns.contents(prebuilt_patterns.PREBUILT_FILE.read_bytes())
    assert fresh, "no pattern recorded"
    missing = [pattern for pattern in fresh if pattern not in shipped]
    assert not missing, f"{len(missing)} patterns compile from source at start-up (changed or new): {RUN_SCRIPT}"
    assert shipped == fresh, f"patterns no detector compiles any more, or programs changed: {RUN_SCRIPT}"
