import asyncio
import gc
import logging
from pathlib import Path

import pytest

from scripts.python_source import parse_file, parse_python

REPO = Path(__file__).resolve().parents[3]


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
def frequent_collections():
    threshold = gc.get_threshold()
    gc.set_threshold(50)
    logger = logging.getLogger("asyncio")
    level, logger.level = logger.level, logging.ERROR
    yield
    gc.set_threshold(*threshold)
    logger.level = level
    gc.collect()


def test_a_parse_survives_finalizers_that_parse_during_collection(frequent_collections):
    source = (REPO / "scripts" / "import_rewrite.py").read_text(encoding="utf-8")
    for _ in range(100):
        _drop_a_future_whose_exception_nobody_read()
        assert parse_python(source).body


def test_the_collector_is_restored_as_it_was():
    assert gc.isenabled()
    parse_python("x = 1")
    assert gc.isenabled()
    gc.disable()
    try:
        parse_python("x = 1")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_file_parses_with_its_name_in_syntax_errors(tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("def f(:\n", encoding="utf-8")
    with pytest.raises(SyntaxError) as raised:
        parse_file(broken)
    assert raised.value.filename == str(broken)
