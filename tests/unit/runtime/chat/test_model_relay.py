"""runtime.chat.model_relay: one model call relayed to the client, re-identified, with what ended it."""

from __future__ import annotations

from runtime.chat.model_events import Failed, ModelRequest
from runtime.chat.model_relay import relay_answer
from runtime.privacy.pseudonymize import Vault
from tests.unit.runtime.chat.fakes import FakeModelStream, Pause, RecordingSink, answer, tool_request


def _vault() -> Vault:
    vault = Vault()
    assert vault.placeholder_for("NAME", "Ana Silva") == "[NAME_1]"
    return vault


async def test_deltas_are_reidentified_and_the_raw_answer_kept() -> None:
    model = FakeModelStream(ModelRequest("", []), answer("Olá [NA", "ME_1], tudo", " bem?", usage=(30, 7)))
    model.start()
    firsts: list[int] = []
    sink = RecordingSink()
    relayed = await relay_answer(model, _vault(), sink, 5.0, lambda: firsts.append(len(sink.events)))
    assert sink.text == "Olá Ana Silva, tudo bem?"
    assert relayed.text == "Olá [NAME_1], tudo bem?"
    assert (relayed.stop_reason, relayed.usage, relayed.failure, relayed.deltas) == (
        "end_turn",
        {"inputTokens": 30, "outputTokens": 7},
        None,
        3,
    )
    assert firsts == [0]  # called once, before the first token event


async def test_silence_sends_heartbeats_and_a_failure_is_reported() -> None:
    model = FakeModelStream(ModelRequest("", []), [Pause(0.05), Failed("ThrottlingException")])
    model.start()
    sink = RecordingSink()
    relayed = await relay_answer(model, Vault(), sink, 0.01, lambda: None)
    assert "ping" in sink.items
    assert relayed.failure is not None and relayed.failure.code == "model_throttled"
    assert relayed.usage is None and relayed.text == ""


async def test_tool_calls_are_collected_not_shown() -> None:
    model = FakeModelStream(
        ModelRequest("", []), tool_request(("t1", "loan_calculator", {"principal": 1000}), text="Let me see.")
    )
    model.start()
    sink = RecordingSink()
    relayed = await relay_answer(model, Vault(), sink, 5.0, lambda: None)
    assert sink.text == "Let me see."
    assert relayed.stop_reason == "tool_use"
    calls = [(c.tool_use_id, c.name, c.arguments) for c in relayed.calls]
    assert calls == [("t1", "loan_calculator", {"principal": 1000})]
