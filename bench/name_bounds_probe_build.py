"""Build the name-bounds probe (`tests/fixtures/name_bounds_probe/<language>.txt`) from its frames.

Each frame (`frames/<language>.txt`, one message a line) puts a name right beside a word that a name span must not
swallow: a relation noun before it (``my daughter``), a closing on the same line (``Mvh``), a form label or a
document word (``Kontoinhaber:``, ``Payee``), a verb or a common word after it. The slots are ``{gf}`` / ``{gm}``
(a woman's / man's given name) and ``{ff}`` / ``{fm}`` (given and family name), filled from the language's Faker
locale; every frame is written four times with fresh names, twice as written and twice in lower case.
`python -m bench.name_bounds_probe_build` rewrites the probe files.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Final

from faker import Faker

from bench.messy_corpus_locales import LOCALES
from bench.privacy_corpus import FIXTURES

PROBE_DIR: Final = FIXTURES / "name_bounds_probe"
FRAMES_DIR: Final = PROBE_DIR / "frames"
SEED: Final = 20261207
_SLOT: Final = re.compile(r"\{(gf|gm|ff|fm)\}")


def _given(fake: Any, slot: str) -> str:
    female = slot.endswith("f")
    method = "first_name_female" if female else "first_name_male"
    return str(getattr(fake, method, fake.first_name)())


def _fill(fake: Any, slot: str) -> str:
    given = _given(fake, slot)
    if slot.startswith("g"):
        return given
    family = "last_name_female" if slot.endswith("f") else "last_name_male"
    return f"{given} {getattr(fake, family, fake.last_name)()}"


def mark_frame(frame: str, fake: Any, lower: bool) -> str:
    """One frame with its slots filled and marked ``[NAME:value]`` (the whole line in lower case if `lower`)."""

    def filled(match: re.Match[str]) -> str:
        value = _fill(fake, match.group(1))
        return f"[NAME:{value.lower() if lower else value}]"

    text = frame.lower() if lower else frame
    return _SLOT.sub(filled, text)


def build_language(frames: Path) -> list[str]:
    """The probe lines of one language's frames."""
    language = frames.stem
    fake = Faker(LOCALES[language].faker)
    fake.seed_instance(f"{SEED}-{language}")
    lines = [line for line in frames.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [mark_frame(line, fake, lower) for lower in (False, False, True, True) for line in lines]


def main() -> None:
    """Rewrite every language's probe file from its frames."""
    for frames in sorted(FRAMES_DIR.glob("*.txt")):
        (PROBE_DIR / frames.name).write_text("\n".join(build_language(frames)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
