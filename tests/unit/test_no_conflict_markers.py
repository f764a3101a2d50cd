"""No file the repository tracks holds a merge's conflict markers (a half-resolved merge reads as text in docs).

Markdown, Python, YAML, JavaScript, HTML and text files are read; a line that is exactly a marker (`<<<<<<< x`,
`=======` between them, `>>>>>>> x`) fails the test with its place.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED_SUFFIXES = (".md", ".py", ".yaml", ".yml", ".js", ".html", ".toml", ".cfg")
MARKER = re.compile(r"^(<{7} |>{7} )", re.MULTILINE)


def conflict_markers(text: str) -> list[int]:
    """The 1-based line numbers of `text` that open or close a conflict."""
    return [text.count("\n", 0, match.start()) + 1 for match in MARKER.finditer(text)]


def tracked_text_files() -> list[Path]:
    """The tracked files with a checked suffix (the working tree's copy)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split("\0")
    return [ROOT / name for name in listed if name.endswith(CHECKED_SUFFIXES) and (ROOT / name).is_file()]


def test_markers_are_found_where_they_are() -> None:
    text = "a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> main\nd <<<<<<< not at a line start\n"
    assert conflict_markers(text) == [2, 6]


def test_no_tracked_file_holds_conflict_markers() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in tracked_text_files()
        for line in conflict_markers(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert found == []
