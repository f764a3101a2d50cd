"""Every example conversation the README and docs/local-stack.md show for the local stack, sent through it: the
model stand-in receives exactly the documented text, and no value a placeholder stands for reaches the model.

An example is a markdown table with the header `| you type | the model receives |`, one conversation per table,
each cell one message in backticks. The personal values are read off each row: what the typed text has where the
documented text has a placeholder.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from devstack.launcher import LocalStack
from devstack.standins.bedrock import last_user_text
from runtime.privacy.name_tokens import IGNORED_WORDS
from runtime.privacy.placeholders import PLACEHOLDER_PATTERN
from tests.integration.sse_client import chat

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = ("README.md", "docs/local-stack.md")
HEADER = "| you type | the model receives |"
ROW = re.compile(r"^\| `([^`]+)` \| `([^`]+)` \|$")

Conversation = list[tuple[str, str]]


def conversations(document: str) -> list[Conversation]:
    """The example tables of a markdown document, each as (typed, received) pairs."""
    found: list[Conversation] = []
    current: Conversation | None = None
    for line in (REPO / document).read_text(encoding="utf-8").splitlines():
        if line.strip() == HEADER:
            current = []
            found.append(current)
        elif current is not None and line.startswith("|---"):
            continue
        elif current is not None and (row := ROW.match(line.strip())):
            current.append((row.group(1), row.group(2)))
        else:
            current = None
    return found


def personal_values(typed: str, received: str) -> list[tuple[str, str]]:
    """(placeholder type, value): what `typed` has where `received` has placeholders (fails when the rest of the
    two texts differ)."""
    pieces = PLACEHOLDER_PATTERN.split(received)  # text, type, number, text, type, number, ..., text
    literals, types = pieces[::3], pieces[1::3]
    pattern = "(.+?)".join(re.escape(literal) for literal in literals)
    match = re.fullmatch(pattern, typed, flags=re.DOTALL)
    assert match is not None, f"the documented row does not line up: {typed!r} / {received!r}"
    return list(zip(types, match.groups(), strict=True))


def forms(entity_type: str, value: str) -> set[str]:
    """A value and the shapes it may take elsewhere: without invisible characters, without spaces; for a name, each
    of its words."""
    value = "".join(char for char in value if unicodedata.category(char) != "Cf")
    shapes = {value, value.replace(" ", "")}
    if entity_type == "NAME":
        shapes |= {word for word in re.findall(r"[^\W\d_]{3,}", value) if word.lower() not in IGNORED_WORDS}
    return shapes


EXAMPLES = [(document, index, conv) for document in DOCUMENTS for index, conv in enumerate(conversations(document))]


def test_the_documents_show_example_conversations() -> None:
    counts = {document: len(conversations(document)) for document in DOCUMENTS}
    assert counts["README.md"] >= 1 and counts["docs/local-stack.md"] >= 6, counts
    readme = conversations("README.md")[0]
    assert readme[0][0].startswith("Olá, sou a Ana Silva") and readme[1][1].startswith("A [NAME_1]")


def test_the_row_parser_reads_values_off_a_row() -> None:
    row = personal_values("Olá Ana Silva, IBAN PT50 1", "Olá [NAME_1], IBAN [IBAN_1]")
    assert row == [("NAME", "Ana Silva"), ("IBAN", "PT50 1")]
    assert personal_values("A Silva também", "A [NAME_1] também") == [("NAME", "Silva")]
    assert forms("NAME", "Ursula von der Leyen") >= {"Ursula", "Leyen"} and "der" not in forms("NAME", "a der b")
    assert forms("EMAIL", "pedro@example.pt") == {"pedro@example.pt"}
    assert forms("IBAN", "PT50 00\u200b02") == {"PT50 0002", "PT500002"}
    with pytest.raises(AssertionError):
        personal_values("Olá Ana", "Bom dia [NAME_1]")


@pytest.mark.parametrize(
    ("document", "index", "conversation"), EXAMPLES, ids=[f"{doc}#{index + 1}" for doc, index, _ in EXAMPLES]
)
def test_a_documented_conversation_reaches_the_model_as_documented(
    local_stack: LocalStack, document: str, index: int, conversation: Conversation
) -> None:
    bedrock = local_stack.bedrock
    assert bedrock is not None
    first_request = len(bedrock.requests)
    session_id = None
    values: set[str] = set()
    for typed, documented in conversation:
        since = len(bedrock.requests)
        result = chat(local_stack.url, typed, session_id)
        assert result.last["type"] == "done", result.events[-2:]
        session_id = result.session_id
        assert last_user_text(bedrock.requests[since].body) == documented
        values |= {shape for kind, value in personal_values(typed, documented) for shape in forms(kind, value)}
    assert values, "an example without personal data proves nothing"
    received = "\n".join(json.dumps(r.body, ensure_ascii=False) for r in bedrock.requests[first_request:])
    received = "".join(char for char in received if unicodedata.category(char) != "Cf")
    leaked = sorted(value for value in values if value in received)
    assert leaked == [], f"{document} example {index + 1}: {leaked} reached the model"
