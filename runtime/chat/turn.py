"""One chat turn after validation: pseudonymize, stream the model's answer re-identified, store both sides.

`start` sends every independent request at once (detection, prompt fetch, the session's lease and load, the
stack's daily token count) and returns when the session is ready and held by this turn, raising the failures
that come before any event (`SessionNotFound`, `SessionBusy`, `StorageUnavailable`, `BudgetExhausted`,
`ServiceBudgetExhausted`); `run` then streams, and gives the lease back at its end (the answer's write does,
or `SessionStore.release` with the tokens spent when no answer was stored). Every model call, tool rounds
included, is made only while the session's budget and the stack's daily ceiling have room
(`ChatTurn._refusal`).
Order of work, designed for the earliest first token:
1. detection finishes (the only step the model call must wait for) -> merge spans (+ the vault's known
   values) -> pseudonymize; the model call starts right away;
2. the user message and its new vault entries are written concurrently with the model call (as soon as its
   request has left), and that write is awaited before `done` (an answer is never confirmed for a message
   that was not stored); a message re-sent after its turn failed is not stored again: the new answer
   follows the stored one (`runtime.chat.conversation.unanswered_resend`);
3. each delta is re-identified and sent at once; `: ping` after `CHAT_HEARTBEAT_SECONDS` of silence;
4. the answer is stored pseudonymized, with usage; incomplete when the model failed or the client left; the
   turn's tokens are added to the stack's daily count (concurrently with that write) and its metric line is
   written (`runtime.metrics`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any, TypeVar

from runtime.chat import errors
from runtime.chat.ceiling import ServiceBudgetExhausted, ceiling_reached
from runtime.chat.conversation import build_messages, model_history, unanswered_resend
from runtime.chat.model_events import ModelRequest
from runtime.chat.model_relay import RelayedAnswer, relay_answer
from runtime.chat.ports import (
    DailyUsage,
    Detector,
    EventSink,
    ModelStream,
    ModelStreamFactory,
    PromptStore,
    PromptUnavailable,
    SessionStore,
    ToolRunner,
)
from runtime.chat.session import (
    BudgetExhausted,
    Lease,
    SessionConflict,
    SessionRecord,
    StorageUnavailable,
    lease_until,
)
from runtime.chat.token_count import TurnTokenCount, estimate_tokens
from runtime.chat.tool_round import Exchange, ModelRound, ToolRounds
from runtime.chat.turn_stats import TurnStats, emit_turn_metrics, log_turn
from runtime.chat.user_message import PseudonymizedMessage, pseudonymize_message
from runtime.errors import ErrorCode
from runtime.futures import discard
from runtime.logging_setup import Stopwatch, log_event
from runtime.privacy.detection import Detection, DetectionUnavailable
from runtime.privacy.pseudonymize import Vault
from runtime.settings import Settings

T = TypeVar("T")


class ChatTurn:
    """`POST /c` for one validated message: `await start()`, then `run(sink)` streams the answer."""

    def __init__(
        self,
        *,
        sessions: SessionStore,
        models: ModelStreamFactory,
        detector: Detector,
        prompts: PromptStore,
        settings: Settings,
        message: str,
        session_id: str | None,
        clock: Stopwatch | None = None,
        daily: DailyUsage | None = None,
        tools: ToolRunner | None = None,
        deadline: float | None = None,
    ) -> None:
        self._sessions = sessions
        self._deadline = deadline
        #: Input + output tokens of this turn's model calls so far.
        self._spent = 0
        self._daily = daily if settings.daily_ceiling_on else None
        self._tokens = TurnTokenCount(self._daily)
        self._models = models
        self._detector = detector
        self._prompts = prompts
        self._tools = tools
        self._settings = settings
        self._message = message
        self._session_id = session_id
        self._clock = clock or Stopwatch()
        self._new_session = session_id is None
        self._record: SessionRecord | None = None
        self._detection: asyncio.Future[Detection] | None = None
        self._prompt: asyncio.Future[str] | None = None
        self._model: ModelStream | None = None
        self._gone = False
        self._announced = False
        self.stats = TurnStats()

    @property
    def record(self) -> SessionRecord:
        """The turn's session, once `start` has returned."""
        if self._record is None:
            raise RuntimeError("ChatTurn.start() has not completed")
        return self._record

    async def start(self) -> None:
        """Send detection, the prompt fetch and the session load at once; return when the session is ready.

        Raises, before any event and with everything it started cancelled (and the lease given back):
        `SessionNotFound` and `StorageUnavailable` (loading the session or the daily count), `SessionBusy` (a
        turn of the session is running), `BudgetExhausted` (the session has spent its budget),
        `ServiceBudgetExhausted` (the stack has spent today's tokens: the model is never called).
        """
        clock = self._clock
        timings = self.stats.timings
        # Everything independent starts now. Detection hands its Comprehend calls over within `start`; the
        # lease with the session's Query and the daily count are handed over in their tasks' first steps.
        detection = self._detector.start(self._message)
        detection.add_done_callback(lambda _: timings.setdefault("detectionDoneMs", clock.ms()))
        prompt = asyncio.ensure_future(self._prompts.get())
        lease = Lease.new(lease_until(time.time(), self._deadline))
        claiming = asyncio.ensure_future(self._sessions.begin(self._session_id, lease))
        counted = asyncio.ensure_future(self._daily.used()) if self._daily is not None else None
        await asyncio.sleep(0)  # every call above is sent before any other work of this request
        record: SessionRecord | None = None
        try:
            record = await claiming
            if record.tokens_used >= self._settings.session_token_budget:
                raise BudgetExhausted()
            if counted is not None:
                self.stats.daily_tokens = await counted
                if ceiling_reached(self.stats.daily_tokens, self._settings.daily_token_ceiling):
                    raise ServiceBudgetExhausted()
        except BaseException:
            discard(pending for pending in (detection, prompt, claiming, counted) if pending is not None)
            if record is not None:
                await self._give_back(record)
            raise
        self._record, self._detection, self._prompt = record, detection, prompt
        timings["sessionReadyMs"] = clock.ms()

    def on_disconnect(self) -> None:
        """The client left: stop reading the model (Bedrock stops generating) and store what exists."""
        self._gone = True
        if self._model is not None:
            self._model.cancel()

    async def run(self, sink: EventSink) -> None:
        """Produce the event stream (session, tokens, done|error) and store the turn."""
        try:
            # The session event goes out once the model request has left (or with the first heartbeat of a
            # long wait): sent earlier, its CPU would delay the detection requests still being sent.
            await self._run(sink)
        except Exception:
            self.stats.error = errors.INTERNAL.code
            log_event("chat.turn.crashed", logging.ERROR, exc_info=True)
            await self._error(sink, errors.INTERNAL)
        finally:
            if self._record is not None:
                await self._give_back(self._record)
            await self._counted()
            self._log()

    async def _give_back(self, record: SessionRecord) -> None:
        """Release the lease if the turn still holds it (no answer stored), adding the tokens it spent; a
        failure is logged (the lease then expires on its own)."""
        if record.lease is None:
            return
        try:
            await self._sessions.release(record, self._spent)
        except (StorageUnavailable, SessionConflict) as failure:
            log_event("storage.failed", logging.WARNING, code=type(failure).__name__, step="release")

    async def _counted(self) -> None:
        """Wait for the turn's tokens to reach the daily count (a failure is logged: the answer stands)."""
        try:
            total = await self._tokens.total()
            if total is not None:
                self.stats.daily_tokens = total
        except Exception as error:
            code = getattr(error, "code", type(error).__name__)
            log_event("ceiling.count_failed", logging.WARNING, code=code)

    async def _run(self, sink: EventSink) -> None:
        """The turn's steps; a step that ends the turn has sent its error event (or the client left)."""
        detection = await self._detected(sink)
        if detection is None or self._gone:
            return  # nothing stored, the model never called
        user = self._pseudonymized(detection)
        if self._sessions.oversized(self.record, user.text, user.forms) is not None:
            await self._error(sink, errors.STORAGE_LIMIT_EXCEEDED)
            return
        system_prompt = await self._system_prompt(sink)
        if system_prompt is None or self._gone:
            return
        request, resend = self._model_request(system_prompt, user)
        model = await self._start_model(request, sink)
        write, answer_seq = self._store_user_side(model, user, resend)
        first = await self._stream(model, request, user.vault, sink)
        if not await self._user_stored(write, sink):
            return
        exchange = Exchange()
        final = await self._answer(request, exchange, first, user.vault, sink)
        if await self._store_answer(final, exchange, answer_seq, sink):
            await self._finish(final, sink)

    async def _detected(self, sink: EventSink) -> Detection | None:
        """Detection's result (heartbeats while it runs); None when it failed: fail closed."""
        assert self._detection is not None  # set with the record
        try:
            detection = await self._wait(self._detection, sink)
        except DetectionUnavailable as unavailable:
            log_event(
                "pii.detection.failed",
                logging.WARNING,
                operation=unavailable.operation,
                code=unavailable.error,
            )
            await self._error(sink, errors.PII_UNAVAILABLE)
            return None
        self._mark("detectedMs")
        return detection

    def _pseudonymized(self, detection: Detection) -> PseudonymizedMessage:
        """The message with the session's placeholders (`runtime.chat.user_message`), counted in the stats."""
        user = pseudonymize_message(self._message, detection.spans, self.record.vault)
        self.stats.spans, self.stats.new_placeholders = len(user.spans), len(user.new_entries)
        self.stats.pii_types = [span.entity_type for span in user.spans]
        self.stats.language, self.stats.comprehend_calls = detection.language, detection.comprehend_calls
        return user

    async def _system_prompt(self, sink: EventSink) -> str | None:
        """The system prompt (heartbeats while it is fetched); None when it could not be read."""
        assert self._prompt is not None  # set with the record
        try:
            return await self._wait(self._prompt, sink)
        except PromptUnavailable:
            await self._error(sink, errors.PROMPT_UNAVAILABLE)
            return None

    def _model_request(self, system_prompt: str, user: PseudonymizedMessage) -> tuple[ModelRequest, bool]:
        """The first model call's request, and whether the message re-sends the session's unanswered last one
        (then it is not stored again and the history before it is replayed)."""
        stored = self.record.messages
        resend = None if user.new_entries else unanswered_resend(stored, user.text)
        self.stats.resend = resend is not None
        replayed = model_history(stored if resend is None else stored[:resend])
        tool_config = self._tools.config() if self._tools is not None else None
        return ModelRequest(system_prompt, build_messages(replayed, user.text), tool_config), resend is not None

    async def _start_model(self, request: ModelRequest, sink: EventSink) -> ModelStream:
        """Send the first model call, then the `session` event once the request is on its way."""
        model = self._open_model(request)
        self._mark("modelCalledMs")
        if model.taken_up is not None:
            # Idle until the worker runs: it then builds and sends the request before this loop gets the
            # GIL back, so the response work below (session event) does not delay the model request.
            await model.taken_up
        await self._announce(sink)
        return model

    def _open_model(self, request: ModelRequest) -> ModelStream:
        """Start one model call; it is the one a client leaving cancels."""
        model = self._models(request)
        self._model = model
        model.start()
        return model

    def _store_user_side(
        self, model: ModelStream, user: PseudonymizedMessage, resend: bool
    ) -> tuple[asyncio.Future[None], int]:
        """Start writing the user's message (concurrently with the model call); the write and the answer's seq.

        A failed write stops the model at once (no answer for a message that is not stored).
        """
        user_seq = self.record.next_seq
        write = asyncio.ensure_future(
            self._store_user_message(model, user.vault, user_seq, user.text, user.new_entries, user.forms, resend)
        )
        write.add_done_callback(lambda task: model.cancel() if _failed(task) else None)
        return write, user_seq if resend else user_seq + 1

    async def _user_stored(self, write: asyncio.Future[None], sink: EventSink) -> bool:
        """Whether the user's message was stored (before `done`, an answer is never confirmed without it)."""
        try:
            await write
        except BudgetExhausted:
            await self._error(sink, errors.BUDGET_EXHAUSTED)
            return False
        except SessionConflict:
            await self._error(sink, errors.SESSION_CONFLICT)
            return False
        except StorageUnavailable as storage:
            log_event("storage.failed", logging.WARNING, code=storage.code, step="user_message")
            await self._error(sink, errors.STORAGE_UNAVAILABLE)
            return False
        self._mark("userStoredMs")
        return True

    async def _answer(
        self, request: ModelRequest, exchange: Exchange, first: ModelRound, vault: Vault, sink: EventSink
    ) -> ModelRound:
        """The whole answer: the first call's, or, when it asked for tools, that of every tool round after it
        (`runtime.chat.tool_round`; `exchange` holds what the rounds added)."""
        if first.stop_reason != "tool_use" or not first.calls or first.failure is not None or self._tools is None:
            return first
        rounds = ToolRounds(self._tools, self._detector, vault, sink, self._settings, lambda: self._gone)
        text, stop_reason, usage, failure = await rounds.run(
            request, exchange, first, lambda r: self._call_model(r, vault, sink)
        )
        return ModelRound(text, stop_reason, usage, failure, [])

    async def _store_answer(self, final: ModelRound, exchange: Exchange, seq: int, sink: EventSink) -> bool:
        """Store the answer (incomplete when the model failed or the client left); whether it was stored."""
        usage = final.usage
        self.stats.input_tokens, self.stats.output_tokens = usage["inputTokens"], usage["outputTokens"]
        complete = final.failure is None and not self._gone and final.stop_reason is not None
        try:
            await self._sessions.append_assistant_message(
                self.record, seq, final.text, complete, final.stop_reason, usage, **exchange.storage()
            )
        except (StorageUnavailable, SessionConflict) as storage:
            log_event("storage.failed", logging.WARNING, code=type(storage).__name__, step="assistant_message")
            await self._error(sink, errors.STORAGE_UNAVAILABLE)
            return False
        self._mark("assistantStoredMs")
        return True

    async def _finish(self, final: ModelRound, sink: EventSink) -> None:
        """The last event: the model's failure, else `done` (nothing when the client left)."""
        if final.failure is not None:
            await self._error(sink, final.failure)
        elif not self._gone:
            await sink.done(final.stop_reason, final.usage)
        self._mark("doneMs")

    async def _call_model(self, request: ModelRequest, vault: Vault, sink: EventSink) -> ModelRound:
        """One more model call of a tool exchange, streamed like the first; its tokens counted. Not made (a
        round with the refusal as its failure) when the budget or the ceiling has no room left."""
        refusal = await self._refusal()
        if refusal is not None:
            return ModelRound("", None, {"inputTokens": 0, "outputTokens": 0}, refusal, [])
        return await self._stream(self._open_model(request), request, vault, sink)

    async def _refusal(self) -> ErrorCode | None:
        """Why the next model call may not be made: the session's budget spent (its tokens before the turn plus
        the turn's), or the stack's daily ceiling reached (read now, after this turn's own calls were added);
        None when it may."""
        if self.record.tokens_used + self._spent >= self._settings.session_token_budget:
            return errors.BUDGET_EXHAUSTED
        if self._daily is None:
            return None
        with contextlib.suppress(Exception):  # a failed addition is reported at the turn's end
            await self._tokens.total()
        try:
            used = await self._daily.used()
        except StorageUnavailable as storage:
            log_event("storage.failed", logging.WARNING, code=storage.code, step="daily_count")
            return errors.STORAGE_UNAVAILABLE
        self.stats.daily_tokens = used
        if ceiling_reached(used, self._settings.daily_token_ceiling):
            return errors.SERVICE_BUDGET_EXHAUSTED
        return None

    async def _store_user_message(
        self,
        model: ModelStream,
        vault: Vault,
        seq: int,
        content: str,
        new_entries: dict[str, str],
        forms: list[str] | None,
        resend: bool,
    ) -> None:
        """Write the user message (and its vault entries) once the model request has left; for a re-sent
        message, only check that the session can take the turn (it is stored already).

        Building the DynamoDB request takes CPU (and the GIL) that would otherwise delay the model request;
        the write still overlaps the model's time to first token and is awaited before `done`. The vault
        look-up of the new values is compiled here too, while the model thinks, rather than on the next turn.
        """
        if model.request_sent is not None:
            await model.request_sent
        if new_entries:
            vault.prepare_search()
        if resend:
            await self._sessions.confirm_resend(self.record)
        else:
            await self._sessions.append_user_message(self.record, seq, content, new_entries, forms)

    async def _stream(self, model: ModelStream, request: ModelRequest, vault: Vault, sink: EventSink) -> ModelRound:
        """Relay one model call (`runtime.chat.model_relay`), counting its deltas, marking its timings and adding
        its tokens to the daily count (estimated when Bedrock reported no usage)."""

        def first_token() -> None:
            if "firstTokenMs" not in self.stats.timings:
                self._mark("firstTokenMs")

        relayed = await relay_answer(model, vault, sink, self._settings.heartbeat_seconds, first_token)
        self.stats.deltas += relayed.deltas
        self.stats.stop_reason = relayed.stop_reason
        self.stats.client_gone = self._gone
        self._mark("modelEndedMs")
        usage = relayed.usage or _unreported_usage(relayed, request)
        self._spent += usage["inputTokens"] + usage["outputTokens"]
        self._tokens.add(usage)
        return ModelRound(relayed.text, relayed.stop_reason, usage, relayed.failure, relayed.calls)

    async def _announce(self, sink: EventSink) -> None:
        """The `session` event: first in every stream, sent once."""
        if not self._announced:
            self._announced = True
            await sink.session(self.record.session_id)

    async def _wait(self, future: asyncio.Future[T], sink: EventSink) -> T:
        """Await a concurrent step, sending heartbeats while it takes long."""
        heartbeat = self._settings.heartbeat_seconds
        while not future.done():
            await asyncio.wait({future}, timeout=heartbeat)
            if not future.done():
                await self._announce(sink)
                await sink.ping()
        return future.result()

    async def _error(self, sink: EventSink, error: ErrorCode) -> None:
        """End the stream with a stream error (after the `session` event, if it was not sent yet), the lease
        given back first: a client may send its next message as soon as it reads the error."""
        self.stats.error = error.code
        if self._record is not None:
            await self._give_back(self._record)
        await self._announce(sink)
        await sink.error(error)

    def _mark(self, name: str) -> None:
        self.stats.timings[name] = self._clock.ms()

    def _log(self) -> None:
        log_turn(self.stats, new_session=self._new_session, history=len(self.record.messages), gone=self._gone)
        emit_turn_metrics(self._settings.metrics_namespace, self.stats, self._clock.ms())


def _unreported_usage(relayed: RelayedAnswer, request: ModelRequest) -> dict[str, int]:
    """The tokens of a call that ended before Bedrock reported usage: none when Bedrock refused it before any
    stream (no model ran), else the estimated input and one output token per delta (a conservative count)."""
    if relayed.refused:
        return {"inputTokens": 0, "outputTokens": 0}
    return {"inputTokens": estimate_tokens(request), "outputTokens": relayed.deltas}


def _failed(task: asyncio.Future[Any]) -> bool:
    return not task.cancelled() and task.exception() is not None
