"""The HTTP contract's error table is the runtime's declaration, rendered; it cannot drift."""

from __future__ import annotations

from pathlib import Path

import pytest

from runtime.errors import PRE_STREAM, STREAM, declarations
from scripts.build_error_table import (
    BEGIN_MARKER,
    CONTRACT_PATH,
    END_MARKER,
    error_table,
    main,
    with_table,
)


def test_the_committed_contract_holds_the_generated_table() -> None:
    assert main(["--check"]) == 0, "docs/http-contract.md is stale: run python -m scripts.build_error_table"


def test_every_declared_error_has_one_row_in_declaration_order() -> None:
    rows = error_table(declarations()).splitlines()[2:]
    assert [row.split(" | ")[0] for row in rows] == [f"| `{e.code}`" for e in PRE_STREAM + STREAM]


def test_a_row_says_how_the_error_is_answered_and_whether_to_retry() -> None:
    declared: list[dict[str, object]] = [
        {"code": "a", "status": 409, "retryable": True, "message": "M", "when": "W", "cases": {}},
        {"code": "b", "status": None, "retryable": False, "message": "M", "when": "W", "cases": {"x": "N"}},
    ]
    rows = error_table(declared).splitlines()[2:]
    assert rows[0] == "| `a` | HTTP 409 JSON | yes | “M” | W |"
    assert rows[1] == "| `b` | stream `error` event | no | “M” / “N” | W |"


def test_pipes_and_line_breaks_cannot_break_a_row() -> None:
    declared = [{"code": "c", "status": 400, "retryable": False, "message": "a|b", "when": "x\ny", "cases": {}}]
    row = error_table(declared).splitlines()[2]
    assert row == "| `c` | HTTP 400 JSON | no | “a\\|b” | x y |"


def test_only_the_lines_between_the_markers_are_replaced() -> None:
    document = f"before\n{BEGIN_MARKER}\nold\n{END_MARKER}\nafter\n"
    assert with_table(document, "new") == f"before\n{BEGIN_MARKER}\nnew\n{END_MARKER}\nafter\n"


def test_a_document_without_markers_is_refused() -> None:
    with pytest.raises(ValueError, match="markers"):
        with_table("no markers here", "table")


def test_a_stale_table_fails_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "http-contract.md"
    stale.write_text(CONTRACT_PATH.read_text(encoding="utf-8").replace("`invalid_json`", "`renamed`"), "utf-8")
    monkeypatch.setattr("scripts.build_error_table.CONTRACT_PATH", stale)
    assert main(["--check"]) == 1
    assert main([]) == 0
    assert main(["--check"]) == 0
