"""ChatTurn with tools, driven with in-memory ports: tool rounds, what tools and the model see, what is stored."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from runtime.chat.conversation import build_messages, model_history
from runtime.chat.model_events import Delta, Failed, ModelRequest
from runtime.chat.turn import ChatTurn
from runtime.privacy.detection import DetectionUnavailable
from runtime.settings import Settings
from runtime.tools.registry import Toolbox
from runtime.tools.specs import ToolSpec
from tests.unit.runtime.chat.fakes import (
    FakeDetector,
    FakeModels,
    FakePrompts,
    FakeSessionStore,
    FakeTool,
    Pause,
    RecordingSink,
    StoredSession,
    answer,
    echo_tool,
    tool_request,
    toolbox,
)
from tests.unit.runtime.chat.test_turn import ENV

NAME = "Ana Silva"
IBAN = "PT50 0002 0123 1234 5678 9015 4"
OTHER_IBAN = "DE89 3704 0044 0532 0130 00"
ADDRESS = "Rua Augusta 12, Lisboa"
MESSAGE = f"Sou a {NAME}, IBAN {IBAN}; quanto pago por 150 000 € a 30 anos a 3,5 %?"
LOAN = {"principal": 150000, "annualRatePercent": 3.5, "years": 30}


@dataclass
class World:
    """The collaborators of a turn with tools."""

    tools: Toolbox = field(default_factory=toolbox)
    sessions: FakeSessionStore = field(default_factory=lambda: FakeSessionStore(budget=10_000))
    models: FakeModels = field(default_factory=FakeModels)
    detector: FakeDetector = field(
        default_factory=lambda: FakeDetector({NAME: "NAME", IBAN: "IBAN", OTHER_IBAN: "IBAN", ADDRESS: "ADDRESS"})
    )
    env: dict[str, str] = field(default_factory=lambda: {**ENV, "CHAT_SESSION_TOKEN_BUDGET": "10000"})

    async def chat(
        self, message: str = MESSAGE, session_id: str | None = None, sink: RecordingSink | None = None
    ) -> tuple[ChatTurn, RecordingSink]:
        turn = self.turn(message, session_id)
        await turn.start()
        sink = sink or RecordingSink()
        async with asyncio.timeout(5):
            await turn.run(sink)
        return turn, sink

    def turn(self, message: str = MESSAGE, session_id: str | None = None) -> ChatTurn:
        return ChatTurn(
            sessions=self.sessions,
            models=self.models,
            detector=self.detector,
            prompts=FakePrompts(),
            settings=Settings.from_env(self.env),
            message=message,
            session_id=session_id,
            tools=self.tools,
        )

    def stored(self, turn: ChatTurn) -> StoredSession:
        return self.sessions.sessions[turn.record.session_id]


def tool_events(sink: RecordingSink) -> list[tuple[object, object]]:
    return [(e["name"], e["status"]) for e in sink.events if e["type"] == "tool"]


def results_sent(request: ModelRequest) -> list[dict[str, Any]]:
    """The toolResult blocks of the last message of a request."""
    return [block["toolResult"] for block in request.messages[-1]["content"] if "toolResult" in block]


async def test_one_round_runs_the_calculator_and_the_model_answers_with_its_figures() -> None:
    world = World()
    world.models.queue(
        tool_request(("t1", "loan_calculator", LOAN), text="Vou calcular. ", usage=(100, 10)),
        answer("Paga 673.57 por mês, [NAME_1].", usage=(150, 12)),
    )
    turn, sink = await world.chat()

    assert tool_events(sink) == [("loan_calculator", "started"), ("loan_calculator", "done")]
    assert sink.text == f"Vou calcular. Paga 673.57 por mês, {NAME}."
    assert sink.last == {"type": "done", "stopReason": "end_turn", "usage": {"inputTokens": 250, "outputTokens": 22}}
    first, second = (stream.request for stream in world.models.streams)
    assert first.tool_config is not None
    assert first.tool_config["tools"][0]["toolSpec"]["name"] == "loan_calculator"
    assert [m["role"] for m in second.messages] == ["user", "assistant", "user"]
    assert second.messages[1]["content"][1] == {
        "toolUse": {"toolUseId": "t1", "name": "loan_calculator", "input": LOAN}
    }
    [result] = results_sent(second)
    assert result["status"] == "success" and result["toolUseId"] == "t1"
    assert json.loads(result["content"][0]["text"])["monthlyPayment"] == "673.57"
    seen = world.models.seen_text()
    assert NAME not in seen and IBAN not in seen

    stored = world.stored(turn)
    assert stored.tokens_used == 272  # every round counts
    reply = stored.messages[-1]
    assert reply.content == "Vou calcular. Paga 673.57 por mês, [NAME_1]." and reply.complete
    assert reply.tools == ["loan_calculator"]
    assert reply.exchange is not None and [m["role"] for m in reply.exchange] == ["assistant", "user", "assistant"]


async def test_the_next_turn_replays_the_whole_tool_exchange() -> None:
    world = World()
    world.models.queue(tool_request(("t1", "loan_calculator", LOAN)), answer("673.57"))
    first, _ = await world.chat()
    world.models.queue(answer("Sim."))
    await world.chat("E a 25 anos?", first.record.session_id)
    messages = world.models.streams[-1].request.messages
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant", "user"]
    assert "toolUse" in messages[1]["content"][0] and "toolResult" in messages[2]["content"][0]
    stored = world.stored(first).messages[:2]  # the first turn
    assert build_messages(model_history(stored), "E a 25 anos?") == messages  # what Bedrock accepts


async def test_two_tools_run_concurrently_with_the_session_values_and_results_pseudonymized() -> None:
    async def lookup(arguments: dict[str, Any]) -> Any:
        return {"owner": NAME, "address": ADDRESS, "iban": arguments["iban"], "linked": OTHER_IBAN}

    echo = echo_tool(delay=0.2)
    echo.behaviour = lookup
    slow_calculator = FakeTool(ToolSpec("calc2", "C", {"type": "object"}), {"ok": 1}, 0.2)
    world = World(tools=toolbox(echo, slow_calculator))
    world.models.queue(
        tool_request(("a", "echo", {"iban": "[IBAN_1]", "note": "[IBAN_9] [NAME_1]"}), ("b", "calc2", {})),
        answer("O seu IBAN [IBAN_1] está ligado a [IBAN_2] em [ADDRESS_1]."),
    )
    started = asyncio.get_running_loop().time()
    turn, sink = await world.chat()
    elapsed = asyncio.get_running_loop().time() - started

    assert elapsed < 0.35  # 0.2 s each, at once
    assert echo.received == [{"iban": IBAN, "note": f"[IBAN_9] {NAME}"}]  # only this session's placeholders
    assert sorted(tool_events(sink)) == sorted(
        [("echo", "started"), ("calc2", "started"), ("echo", "done"), ("calc2", "done")]
    )
    [echoed, other] = results_sent(world.models.streams[1].request)
    assert (echoed["toolUseId"], other["toolUseId"]) == ("a", "b")
    text = echoed["content"][0]["text"]
    assert "[NAME_1]" in text and "[IBAN_1]" in text and "[IBAN_2]" in text and "[ADDRESS_1]" in text
    seen = world.models.seen_text()
    for value in (NAME, IBAN, OTHER_IBAN, ADDRESS):
        assert value not in seen
    assert sink.text == f"O seu IBAN {IBAN} está ligado a {OTHER_IBAN} em {ADDRESS}."
    stored = world.stored(turn)
    assert stored.vault["[IBAN_2]"] == OTHER_IBAN and stored.vault["[ADDRESS_1]"] == ADDRESS
    assert stored.messages[-1].tools == ["echo", "calc2"]


async def test_too_many_rounds_end_with_tool_rounds_exhausted_and_store_no_unanswered_call() -> None:
    world = World(env={**ENV, "CHAT_MAX_TOOL_ROUNDS": "2", "CHAT_SESSION_TOKEN_BUDGET": "10000"})
    world.models.queue(*[tool_request((f"t{i}", "loan_calculator", LOAN), text=f"r{i} ") for i in range(5)])
    turn, sink = await world.chat()
    assert sink.last["type"] == "error" and sink.last["code"] == "tool_rounds_exhausted"
    assert len(world.models.streams) == 3  # the first answer and two rounds
    assert tool_events(sink).count(("loan_calculator", "done")) == 2
    reply = world.stored(turn).messages[-1]
    assert not reply.complete and reply.content == "r0 r1 r2 "
    assert reply.exchange is not None
    assert reply.exchange[-1] == {"role": "assistant", "content": [{"text": "r2 "}]}  # its toolUse dropped


async def test_a_bad_input_comes_back_to_the_model_as_an_error_result() -> None:
    world = World()
    world.models.queue(
        tool_request(("t1", "loan_calculator", {"principal": "a lot", "years": 30})),
        answer("Preciso da taxa."),
    )
    _, sink = await world.chat()
    assert tool_events(sink) == [("loan_calculator", "started"), ("loan_calculator", "error")]
    [result] = results_sent(world.models.streams[1].request)
    assert result["status"] == "error" and "invalid input" in result["content"][0]["text"]
    assert sink.last["type"] == "done"


async def test_a_tool_raising_or_timing_out_is_an_error_result_not_a_crash() -> None:
    async def broken(arguments: dict[str, Any]) -> Any:
        raise RuntimeError(f"secret {arguments}")

    crashing = echo_tool()
    crashing.behaviour = broken
    slow = FakeTool(ToolSpec("slow", "S", {"type": "object"}), {"late": True}, delay=1.0, timeout_seconds=0.1)
    world = World(tools=toolbox(crashing, slow))
    world.models.queue(tool_request(("a", "echo", {}), ("b", "slow", {})), answer("Falhou."))
    _, sink = await world.chat()
    crashed, timed_out = results_sent(world.models.streams[1].request)
    assert crashed["status"] == "error" and "secret" not in crashed["content"][0]["text"]
    assert timed_out["status"] == "error" and "did not answer within 0.1 s" in timed_out["content"][0]["text"]
    assert ("echo", "error") in tool_events(sink) and ("slow", "error") in tool_events(sink)
    assert sink.last["type"] == "done" and sink.text == "Falhou."


async def test_heartbeats_go_on_while_a_tool_runs() -> None:
    world = World(tools=toolbox(echo_tool({"ok": True}, delay=0.3)))
    world.models.queue(tool_request(("a", "echo", {})), answer("ok"))
    _, sink = await world.chat()
    started = sink.items.index({"type": "tool", "name": "echo", "status": "started"})
    done = sink.items.index({"type": "tool", "name": "echo", "status": "done"})
    assert sink.items[started:done].count("ping") >= 3


async def test_detection_down_on_a_tool_result_fails_closed_and_calls_no_model_again() -> None:
    world = World(tools=toolbox(echo_tool({"address": ADDRESS})))
    world.models.queue(tool_request(("a", "echo", {}), text="Um momento. "), answer("never"))
    turn = world.turn()
    await turn.start()

    original = world.detector.start

    def failing_after_the_message(text: str) -> asyncio.Future[Any]:
        if world.detector.started:  # the user's message was detected; the tool result is not
            world.detector.failure = DetectionUnavailable("DetectPiiEntities", "ServiceUnavailable")
        return original(text)

    world.detector.start = failing_after_the_message  # type: ignore[method-assign]
    sink = RecordingSink()
    await turn.run(sink)
    assert sink.last["code"] == "tool_result_detection_unavailable"
    assert len(world.models.streams) == 1
    assert ADDRESS not in world.models.seen_text()
    reply = world.stored(turn).messages[-1]
    assert reply.content == "Um momento. " and not reply.complete and reply.exchange is None


async def test_the_client_leaving_during_a_tool_stops_after_it_and_stores_what_exists() -> None:
    tool = echo_tool({"done": True}, delay=0.2)
    world = World(tools=toolbox(tool))
    world.models.queue(tool_request(("a", "echo", {"iban": "[IBAN_1]"}), text="A verificar. "), answer("never"))
    turn = world.turn()
    await turn.start()

    def leave_when_the_tool_starts(event: object) -> None:
        if isinstance(event, dict) and event.get("status") == "started":
            turn.on_disconnect()

    sink = RecordingSink(after_event=leave_when_the_tool_starts)
    async with asyncio.timeout(2):
        await turn.run(sink)
    assert tool.received == [{"iban": IBAN}]  # the running tool finished
    assert len(world.models.streams) == 1  # the model was not called again
    reply = world.stored(turn).messages[-1]
    assert not reply.complete and reply.tools == ["echo"]
    assert reply.exchange is not None and [m["role"] for m in reply.exchange] == ["assistant", "user"]
    assert "done" not in sink.types


async def test_the_model_failing_in_a_later_round_keeps_the_exchange_and_the_text() -> None:
    world = World()
    world.models.queue(
        tool_request(("t1", "loan_calculator", LOAN), text="Calculo. "),
        [Delta("Paga 67"), Pause(0.01), Failed("ModelStreamErrorException")],
    )
    turn, sink = await world.chat()
    assert sink.last["code"] == "model_stream_error"
    reply = world.stored(turn).messages[-1]
    assert reply.content == "Calculo. Paga 67" and not reply.complete
    assert reply.exchange is not None and reply.exchange[-1] == {"role": "assistant", "content": [{"text": "Paga 67"}]}


async def test_without_tools_the_request_has_no_tool_config() -> None:
    world = World(tools=toolbox(calculator=False))
    world.models.queue(answer("Olá"))
    await world.chat("Olá")
    assert world.models.streams[0].request.tool_config is None
