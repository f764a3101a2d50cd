"""Write the error table of `docs/http-contract.md` from the runtime's one declaration (`runtime/errors.py`).

`python -m scripts.build_error_table` rewrites the lines between the file's two markers;
`python -m scripts.build_error_table --check` fails when they differ from what the declarations give
(tests/unit/scripts/test_build_error_table.py does the same), so the contract cannot drift from the code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from runtime.errors import declarations

__all__ = ["BEGIN_MARKER", "CONTRACT_PATH", "END_MARKER", "error_table", "main", "with_table"]

#: The document holding the table.
CONTRACT_PATH = Path(__file__).resolve().parent.parent / "docs" / "http-contract.md"
#: The lines that enclose the generated table (kept as they are).
BEGIN_MARKER = "<!-- BEGIN generated error table (runtime/errors.py) -->"
END_MARKER = "<!-- END generated error table -->"

_HEADER = (
    "| code | answered as | retryable | message | when |",
    "|---|---|---|---|---|",
)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell (no pipe ends the cell, no line break ends the row)."""
    return " ".join(text.split()).replace("|", "\\|")


def _answered_as(declaration: Mapping[str, object]) -> str:
    status = declaration["status"]
    return "stream `error` event" if status is None else f"HTTP {status} JSON"


def _message(declaration: Mapping[str, object]) -> str:
    """The message, then its other wordings (cases), each quoted as the client receives it."""
    cases = declaration["cases"]
    assert isinstance(cases, Mapping)
    wordings = [str(declaration["message"]), *(str(text) for text in cases.values())]
    return " / ".join(f"“{_cell(text)}”" for text in wordings)


def error_table(declared: Iterable[Mapping[str, object]]) -> str:
    """The Markdown table of the declared errors (code, how answered, retryable, message, when), in order."""
    rows = [
        f"| `{d['code']}` | {_answered_as(d)} | {'yes' if d['retryable'] else 'no'} | {_message(d)} "
        f"| {_cell(str(d['when']))} |"
        for d in declared
    ]
    return "\n".join((*_HEADER, *rows))


def with_table(document: str, table: str) -> str:
    """`document` with the lines between its markers replaced by `table`; ValueError when a marker is missing."""
    begin = document.find(BEGIN_MARKER)
    end = document.find(END_MARKER)
    if begin < 0 or end < begin:
        raise ValueError(f"the document lacks the markers {BEGIN_MARKER!r} ... {END_MARKER!r}")
    head = document[: begin + len(BEGIN_MARKER)]
    return f"{head}\n{table}\n{document[end:]}"


def main(argv: list[str] | None = None) -> int:
    """Rewrite the table (or, with `--check`, report whether it is up to date); the exit status says which."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed table differs")
    args = parser.parse_args(argv)
    current = CONTRACT_PATH.read_text(encoding="utf-8")
    wanted = with_table(current, error_table(declarations()))
    if args.check:
        if current != wanted:
            print(f"{CONTRACT_PATH} is out of date: run python -m scripts.build_error_table", file=sys.stderr)
            return 1
        return 0
    CONTRACT_PATH.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
