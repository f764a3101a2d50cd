"""runtime.chat.model_events: the turn's model request and the tool calls assembled from an answer's events."""

from __future__ import annotations

import pytest

from runtime.chat.model_events import ModelRequest, ToolCall, ToolCalls, ToolInputDelta, ToolUseStarted


def test_a_follow_up_request_appends_messages_and_keeps_the_rest() -> None:
    first = ModelRequest("p", [{"role": "user", "content": [{"text": "a"}]}], {"tools": []})
    added = [{"role": "assistant", "content": [{"text": "b"}]}]
    second = first.followed_by(added)
    assert second.messages == [*first.messages, *added]
    assert (second.system_prompt, second.tool_config) == ("p", {"tools": []})
    assert len(first.messages) == 1  # the first call's request is left as it was


@pytest.mark.parametrize(("pieces", "arguments"), [([], {}), (["{not json"], None), (["[1, 2]"], None)])
def test_a_tool_input_that_is_not_a_json_object_has_no_arguments(pieces: list[str], arguments: object) -> None:
    calls = ToolCalls()
    calls.feed(ToolUseStarted(0, "id", "calc"))
    for piece in pieces:
        calls.feed(ToolInputDelta(0, piece))
    assert calls.calls() == [ToolCall("id", "calc", arguments)]  # type: ignore[arg-type]
