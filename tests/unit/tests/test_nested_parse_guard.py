import ast
import asyncio
import gc
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import nested_parse_guard

SOURCE = (Path(__file__).resolve().parents[3] / "scripts" / "import_rewrite.py").read_text(encoding="utf-8")
needs_the_guard = pytest.mark.skipif(sys.version_info >= (3, 12), reason="the shared counter is gone in 3.12")


def _drop_a_future_whose_exception_nobody_read() -> None:
    """Leave, for the collector only, a future holding an exception: its finalizer logs a traceback."""
    loop = asyncio.new_event_loop()
    future = loop.create_future()
    try:
        raise ValueError("never read")
    except ValueError as error:
        future.set_exception(error)
    cycle: list[object] = [future]
    cycle.append(cycle)
    loop.close()


@pytest.fixture
def frequent_collections() -> Iterator[None]:
    threshold = gc.get_threshold()
    gc.set_threshold(50)
    logger = logging.getLogger("asyncio")
    level, logger.level = logger.level, logging.ERROR
    yield
    gc.set_threshold(*threshold)
    logger.level = level
    gc.collect()


def _parse_among_finalizers(parse: Callable[..., Any]) -> None:
    for _ in range(100):
        _drop_a_future_whose_exception_nobody_read()
        assert parse(SOURCE).body


@needs_the_guard
def test_the_guard_is_installed_for_the_whole_test_run() -> None:
    assert ast.parse is nested_parse_guard._guarded_parse


@needs_the_guard
def test_without_the_guard_a_finalizer_breaks_the_parse(frequent_collections: None) -> None:
    with pytest.raises(SystemError, match="recursion depth mismatch"):
        _parse_among_finalizers(nested_parse_guard._ORIGINAL_PARSE)


@needs_the_guard
def test_with_the_guard_every_parse_finishes(frequent_collections: None) -> None:
    _parse_among_finalizers(ast.parse)


def test_a_parse_inside_a_parse_is_refused_and_the_next_one_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    nested: list[str] = []

    def parse_that_nests(source: Any, *args: Any, **kwargs: Any) -> ast.Module:
        try:
            nested_parse_guard._guarded_parse("y = 2")
        except SyntaxError as refused:
            nested.append(str(refused))
        return ast.Module(body=[], type_ignores=[])

    monkeypatch.setattr(nested_parse_guard, "_ORIGINAL_PARSE", parse_that_nests)
    nested_parse_guard._guarded_parse("x = 1")
    assert nested and "inside another" in nested[0]
    monkeypatch.undo()
    assert isinstance(nested_parse_guard._guarded_parse("z = 3"), ast.Module)
