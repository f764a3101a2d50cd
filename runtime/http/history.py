"""`GET /c`: a session's history as an event stream, with the user's original values put back and each user
message also as the model received it (`runtime.http.history_items`)."""

from __future__ import annotations

from runtime.chat.session import SessionRecord
from runtime.http.event_stream import EventSink, Producer
from runtime.http.history_items import history_item
from runtime.http.sse import done_event


def history_producer(record: SessionRecord) -> Producer:
    """The producer of the history stream: one `message` event per stored message, then `done`."""

    async def produce(sink: EventSink) -> None:
        for message in record.messages:
            if sink.gone:
                return
            await sink.event(history_item(message, record.vault))
        await sink.event(done_event())

    return produce
