"""`python -m devstack.launcher` (`make run`): a busy port is refused before anything starts."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from devstack import launcher
from devstack.launcher import PortBusy, claim_port


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port with a listener on it for the length of the test."""
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    yield holder.getsockname()[1]
    holder.close()


def test_a_free_port_is_claimed_and_listening() -> None:
    listener = claim_port("127.0.0.1", 0)
    try:
        port = listener.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
    finally:
        listener.close()


def test_a_busy_port_is_refused_with_the_fix(taken_port: int) -> None:
    with pytest.raises(PortBusy, match=rf"port {taken_port} .*make run PORT={taken_port + 1}"):
        claim_port("127.0.0.1", taken_port)


def test_make_run_on_a_busy_port_starts_nothing_and_prints_no_banner(
    taken_port: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[object] = []
    monkeypatch.setattr(launcher.LocalStack, "start", lambda self: started.append(self))
    assert launcher.main(["--port", str(taken_port)]) == 2
    output = capsys.readouterr()
    assert started == []
    assert output.out == ""
    assert f"PORT={taken_port + 1}" in output.err
