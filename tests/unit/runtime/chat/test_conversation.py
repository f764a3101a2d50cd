"""runtime.chat.conversation: a Converse message list Bedrock accepts, whatever the stored history."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from devstack.standins.bedrock import validation_problem
from runtime.chat.conversation import MAX_HISTORY_MESSAGES, build_messages, model_history, unanswered_resend


def roles(messages: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [m["role"] for m in messages]


def test_regular_history() -> None:
    messages = build_messages([("user", "hi"), ("assistant", "hello")], "next")
    assert roles(messages) == ["user", "assistant", "user"]
    assert messages[-1]["content"] == [{"text": "next"}]


def test_failed_turns_are_joined_and_empty_answers_dropped() -> None:
    history = [("assistant", "orphan"), ("user", "a"), ("assistant", "  "), ("user", "b")]
    messages = build_messages(history, "c")
    assert roles(messages) == ["user"]
    assert messages[0]["content"][0]["text"] == "a\n\nb\n\nc"


def test_history_is_capped() -> None:
    history = [("user" if i % 2 == 0 else "assistant", f"m{i}") for i in range(3 * MAX_HISTORY_MESSAGES)]
    assert len(build_messages(history, "new")) <= MAX_HISTORY_MESSAGES + 1


@given(st.lists(st.tuples(st.sampled_from(["user", "assistant", "system"]), st.text(max_size=5)), max_size=12))
def test_any_history_gives_a_valid_conversation(history: list[tuple[str, str]]) -> None:
    body = {"messages": build_messages(history, "the new message")}
    assert validation_problem(body) is None
    assert body["messages"][-1]["content"][0]["text"].endswith("the new message")


@dataclass
class Msg:
    role: str
    content: str
    complete: bool = True
    exchange: list[dict[str, Any]] | None = None


def test_a_repeat_of_an_unanswered_message_is_a_resend() -> None:
    asked = [Msg("user", "hi"), Msg("assistant", "hello"), Msg("user", "I am [NAME_1]")]
    assert unanswered_resend(asked, "I am [NAME_1]") == 2  # the answer was never stored
    failed = [*asked, Msg("assistant", "", complete=False)]
    assert unanswered_resend(failed, "I am [NAME_1]") == 2  # throttled, or cut short
    failed_twice = [*failed, Msg("assistant", "Hel", complete=False)]
    assert unanswered_resend(failed_twice, "I am [NAME_1]") == 2


def test_a_repeat_after_a_complete_answer_or_a_different_text_is_a_new_message() -> None:
    answered = [Msg("user", "yes"), Msg("assistant", "Fine.")]
    assert unanswered_resend(answered, "yes") is None
    failed = [Msg("user", "yes"), Msg("assistant", "", complete=False)]
    assert unanswered_resend(failed, "no") is None
    assert unanswered_resend([], "yes") is None
    assert unanswered_resend([Msg("assistant", "orphan", complete=False)], "orphan") is None


def test_an_incomplete_answer_replaced_by_a_retry_is_not_replayed() -> None:
    history = [
        Msg("user", "q"),
        Msg("assistant", "partial", complete=False),
        Msg("assistant", "full answer"),
        Msg("user", "next"),
        Msg("assistant", "cut", complete=False),
    ]
    assert model_history(history) == [
        ("user", "q"),
        ("assistant", "full answer"),
        ("user", "next"),
        ("assistant", "cut"),
    ]


def test_a_message_that_got_no_answer_text_is_not_joined_to_the_next() -> None:
    throttled = [Msg("user", "hi"), Msg("assistant", "hello"), Msg("user", "first"), Msg("assistant", "", False)]
    never_written = [Msg("user", "hi"), Msg("assistant", "hello"), Msg("user", "first")]
    for history in (throttled, never_written):
        messages = build_messages(model_history(history), "second")
        assert roles(messages) == ["user", "assistant", "user"]
        assert messages[-1]["content"] == [{"text": "second"}]
        assert all("first" not in str(m["content"]) for m in messages)


def test_a_cut_answer_with_text_or_tools_keeps_its_question() -> None:
    cut = [Msg("user", "q"), Msg("assistant", "Hel", complete=False)]
    assert model_history(cut) == [("user", "q"), ("assistant", "Hel")]
    exchange = [{"role": "assistant", "content": [{"toolUse": {"toolUseId": "t", "name": "x", "input": {}}}]}]
    tools = [Msg("user", "q"), Msg("assistant", "", complete=False, exchange=exchange)]
    assert model_history(tools)[0] == ("user", "q")
