"""`GET /c`: a session's history as an event stream, with the user's original values put back."""

from __future__ import annotations

from runtime.chat.session import SessionRecord
from runtime.http.event_stream import EventSink, Producer
from runtime.http.sse import done_event, message_event
from runtime.privacy.reidentify import reidentify
from runtime.privacy.surface_forms import restore


def history_producer(record: SessionRecord) -> Producer:
    """The producer of the history stream: one `message` event per stored message, then `done`."""

    async def produce(sink: EventSink) -> None:
        for message in record.messages:
            if sink.gone:
                return
            content = None
            if message.surface_forms is not None:
                content = restore(message.content, message.surface_forms)
            if content is None:
                content = reidentify(message.content, record.vault)
            event = message_event(message.role, content, message.created_at, message.complete, message.tools)
            await sink.event(event)
        await sink.event(done_event())

    return produce
