"""`python -m bench.model_load [--runs N]`: how long the language model takes to load in a fresh process (the
function loads it in a background thread at start-up, `runtime.privacy.language_id.LanguageIdentifier`), and how
long the first identification waits for it when it is asked for at once.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from bench.stats import Summary
from devstack.launcher import REPO_ROOT

#: Run in a fresh interpreter: seconds to import the library and to load the model, one after the other.
DIRECT = """
import json, time
started = time.perf_counter()
import fasttext
imported = time.perf_counter()
from runtime.privacy.language_id import MODEL_FILE
fasttext.load_model(str(MODEL_FILE))
print(json.dumps({"import": imported - started, "load": time.perf_counter() - imported}))
"""
#: Run in a fresh interpreter: seconds from the identifier's construction (its thread starts loading) to the
#: first identification's answer, when it is asked for at once (the first message of a cold container).
BACKGROUND = """
import json, time
from runtime.privacy.language_id import LanguageIdentifier
begun = time.perf_counter()
identifier = LanguageIdentifier(in_background=True)
identifier.identify("Olá, queria saber o saldo da minha conta, por favor.")
print(json.dumps({"background": time.perf_counter() - begun}))
"""


def measure(runs: int = 7) -> dict[str, Summary]:
    """p50/p95 of each figure over `runs` fresh processes per probe (seconds)."""
    found: dict[str, list[float]] = {"import": [], "load": [], "background": []}
    for _ in range(runs):
        for probe in (DIRECT, BACKGROUND):
            output = subprocess.run(
                [sys.executable, "-c", probe], cwd=REPO_ROOT, capture_output=True, text=True, check=True
            ).stdout
            for key, value in json.loads(output.strip().splitlines()[-1]).items():
                found[key].append(float(value))
    return {key: Summary.of(values) for key, values in found.items()}


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.model_load", description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    names = {
        "import": "import fasttext",
        "load": "load lid.176.ftz",
        "background": "identifier built (loading in its thread) to the first answer",
    }
    for key, summary in measure(args.runs).items():
        print(f"- {names[key]}: p50 {summary.p50 * 1000:.1f} ms, p95 {summary.p95 * 1000:.1f} ms (n={summary.n})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
