"""Recall of the built-in detectors on the passport and date-of-birth probe (`tests/fixtures/id_probe/<language>.txt`,
built by `bench.id_probe_build`), and its ordinary messages (codes and dates that are neither) left as written.

`python -m bench.id_probe` prints recall per type, per style and per language and the ordinary messages altered;
every miss and alteration on stderr (measured as `bench.pasted_probe` measures its probe).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

from bench import pasted_probe

ROOT: Final = Path(__file__).resolve().parent.parent
PROBE_DIR: Final = ROOT / "tests" / "fixtures" / "id_probe"


def main() -> int:
    """Print the tables; every miss and alteration on stderr."""
    return pasted_probe.main(PROBE_DIR)


if __name__ == "__main__":
    sys.exit(main())
