"""scripts/build_prebuilt_words.py: the shipped prebuilt word sets are what the marked loaders return today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from runtime.privacy import prebuilt_words

REPO_ROOT = Path(__file__).resolve().parents[3]


def test_the_shipped_file_holds_what_the_loaders_return_today() -> None:
    # A fresh interpreter: the marked loaders run as their modules are first imported.
    script = "import sys\nfrom scripts.build_prebuilt_words import build\nsys.stdout.buffer.write(build())\n"
    built = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, check=True).stdout
    fresh_inputs, fresh = prebuilt_words.contents(built)
    shipped_inputs, shipped = prebuilt_words.contents(prebuilt_words.PREBUILT_FILE.read_bytes())
    assert shipped_inputs == fresh_inputs, "a data file changed: run .venv/bin/python -m scripts.build_prebuilt_words"
    assert shipped.keys() == fresh.keys(), "the marked loaders changed: run the script again"
    stale = [key for key in fresh if shipped[key] != fresh[key]]
    assert not stale, f"derived differently today: {stale}; run .venv/bin/python -m scripts.build_prebuilt_words"
