"""The messy corpus's file format: one message a line, `country<TAB>language<TAB>form<TAB>text`.

Each personal value in the text is marked `[TYPE:value]` (as in the personal corpus of `bench.privacy_corpus`),
or `[TYPE@form:value]` when it was written in another form than the message's. A message's line breaks, tabs and
invisible characters are written as escapes so that the files stay one message a line and readable: `\\n`, `\\t`,
`\\\\`, `\\]` (a `]` inside a value) and `\\uXXXX`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

#: The forms a value can be written in (the corpus's form column and a mark's `@form`).
FORMS: Final = frozenset(
    {
        "plain",
        "capitals",
        "lower",
        "signature",
        "relation",
        "inflected",
        "pasted",
        "invisible",
        "disguised",
        "street",
        "labelled",
    }
)
_MARK: Final = re.compile(r"\[([A-Z_]+)(?:@([a-z]+))?:((?:\\.|[^\]\\])+)\]")
_ESCAPE: Final = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
_SIMPLE: Final = {"n": "\n", "t": "\t", "\\": "\\", "]": "]", "[": "["}
#: Characters written as `\uXXXX`: invisible and unusual spaces, so a reader sees where they are.
_SHOWN: Final = frozenset("\u00a0\u00ad\u2007\u2009\u200a\u200b\u200c\u200d\u2060\u202f\ufeff")


@dataclass(frozen=True)
class MarkedValue:
    """One personal value of a message: its type, the form it was written in, and where it is in the text."""

    entity_type: str
    form: str
    start: int
    end: int


@dataclass(frozen=True)
class MessyMessage:
    """A messy-corpus message: where it comes from, its form, its text and the values it holds."""

    country: str
    language: str
    form: str
    text: str
    values: tuple[MarkedValue, ...]


def unescape(text: str) -> str:
    """The text a file's escaped text stands for."""

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if len(code) == 5 and code[0] == "u":
            return chr(int(code[1:], 16))
        return _SIMPLE.get(code, "\\" + code)

    return _ESCAPE.sub(one, text)


def escape(text: str, in_value: bool = False) -> str:
    """The text as written in a corpus file (`in_value`: inside a mark, where `]` is escaped too)."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "]" and in_value:
            out.append("\\]")
        elif ch in _SHOWN:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def mark(entity_type: str, value: str, form: str | None = None) -> str:
    """A value marked for a corpus file (`form`: when it differs from its message's)."""
    tag = f"{entity_type}@{form}" if form else entity_type
    return f"[{tag}:{escape(value, in_value=True)}]"


def parse_line(line: str) -> MessyMessage:
    """One corpus line with its values unmarked and its escapes read."""
    country, language, form, marked = line.split("\t", 3)
    text, values, position = "", [], 0
    for match in _MARK.finditer(marked):
        text += unescape(marked[position : match.start()])
        start = len(text)
        text += unescape(match.group(3))
        values.append(MarkedValue(match.group(1), match.group(2) or form, start, len(text)))
        position = match.end()
    return MessyMessage(country, language, form, text + unescape(marked[position:]), tuple(values))


def line_of(country: str, language: str, form: str, marked_text: str) -> str:
    """A corpus line from its columns (the text already marked and escaped)."""
    return "\t".join((country, language, form, marked_text))


def write_languages(frames_dir: Path, out_dir: Path, build: Callable[[Path], list[str]]) -> None:
    """Write `<language>.txt` into `out_dir` for each frames file of `frames_dir`, its lines built by `build`."""
    for path in sorted(frames_dir.glob("*.txt")):
        lines = build(path)
        (out_dir / path.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.stem}: {len(lines)} messages")
