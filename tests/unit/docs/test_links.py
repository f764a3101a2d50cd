"""Every Markdown page the README, docs/ and the stack files point to exists, with the section named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SOURCES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted(ROOT.glob("Pulumi.*.yaml"))]
#: A Markdown link to a page (`](docs/x.md)`, `](x.md#section)`) or a bare `x.md#section` reference.
_LINK = re.compile(
    r"(?:\]\(((?:\.\./|[\w-]+/)*[\w.-]+\.md)(?:#([\w-]+))?\))"  # a Markdown link
    r"|(?<![\w/.-])((?:[\w-]+/)*[\w.-]+\.md)#([\w-]+)"  # a bare page#section
)


def _slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    return {_slug(line.lstrip("#")) for line in page.read_text(encoding="utf-8").splitlines() if line.startswith("#")}


LINKS = [
    (source, match.group(1) or match.group(3), match.group(2) or match.group(4))
    for source in SOURCES
    for match in _LINK.finditer(source.read_text(encoding="utf-8"))
]


def _target(source: Path, path: str) -> Path | None:
    for base in (source.parent, ROOT):
        if (base / path).is_file():
            return base / path
    return None


@pytest.mark.parametrize(("source", "path", "anchor"), LINKS, ids=[f"{s.name}->{p}#{a or ''}" for s, p, a in LINKS])
def test_a_page_reference_resolves(source: Path, path: str, anchor: str | None) -> None:
    target = _target(source, path)
    assert target is not None, f"{source.name} names {path}, which does not exist"
    if anchor:
        assert anchor in _anchors(target), f"{source.name} names {path}#{anchor}, which has no such section"


def test_a_missing_section_is_found() -> None:
    assert "configuration" in _anchors(ROOT / "docs" / "configuration.md")
    assert "no-such-section" not in _anchors(ROOT / "docs" / "configuration.md")
