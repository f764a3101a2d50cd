"""Personal data never reaches the model or the logs; names in every market language."""

from __future__ import annotations

import json

import pytest

from devstack.launcher import LocalStack
from devstack.standins.bedrock import last_user_text
from runtime.privacy.comprehend_plan import language_calls
from tests.fixtures.local_stack import app_log_text
from tests.integration import db
from tests.integration.sse_client import chat, history

pytestmark = pytest.mark.integration

# (language, message, personal values that must never reach the model)
MESSAGES = [
    (
        "pt",
        "Olá, chamo-me João da Silva e o meu NIF é 123456789. O meu amigo é Ana Luísa Gonçalves.",
        ["João", "Silva", "123456789", "Ana Luísa Gonçalves"],
    ),
    (
        "de",
        "Hallo, ich heiße Jürgen Müller und mein Freund ist Hans van der Berg. Mail: j.mueller@example.de",
        ["Jürgen", "Müller", "Hans van der Berg", "j.mueller@example.de"],
    ),
    (
        "fr",
        "Bonjour, je m'appelle Françoise Dubois et mon amie est Anne-Marie Lefèvre, tél. +33 6 12 34 56 78",
        ["Françoise", "Dubois", "Anne-Marie", "Lefèvre", "6 12 34 56 78"],
    ),
    (
        "it",
        "Ciao, mi chiamo Giulia Rossi e il mio amico è Luca Bianchi. IBAN IT60X0542811101000000123456",
        ["Giulia", "Rossi", "Luca Bianchi", "IT60X0542811101000000123456"],
    ),
    (
        "es",
        "Hola, me llamo José de la Fuente y mi amigo es Carlos García, DNI 12345678Z",
        ["José", "de la Fuente", "Carlos García", "12345678Z"],
    ),
    (
        "en",
        "Hello, my name is Alice Johnson and my friend is Robert Smith, card 4111 1111 1111 1111",
        ["Alice", "Johnson", "Robert Smith", "4111 1111 1111 1111"],
    ),
]


@pytest.mark.parametrize(("language", "message", "values"), MESSAGES, ids=[m[0] for m in MESSAGES])
def test_names_in_every_language_reach_the_model_only_as_placeholders(
    local_stack: LocalStack, language: str, message: str, values: list[str]
) -> None:
    assert local_stack.bedrock is not None and local_stack.comprehend is not None
    local_stack.bedrock.clear()
    local_stack.comprehend.clear()
    result = chat(local_stack.url, message)
    assert result.last["type"] == "done"
    sent = local_stack.bedrock.received_text()
    for value in values:
        assert value not in sent, f"{value!r} reached the model"
        assert value in result.text  # ...and the user sees it re-identified
    seen = last_user_text(local_stack.bedrock.requests[-1].body)
    assert seen.count("[NAME_") >= 2
    operations = {(c.operation, c.language) for c in local_stack.comprehend.calls}
    assert {(op, language) for op in language_calls(language)} <= operations  # its language's calls, at least


def test_same_name_keeps_its_placeholder_across_turns_in_any_spelling(local_stack: LocalStack) -> None:
    assert local_stack.bedrock is not None
    first = chat(local_stack.url, "O meu nome é João da Silva e a minha irmã é Maria Fernandes.")
    sid = first.session_id
    local_stack.bedrock.clear()
    # Lower case and without accents: the Comprehend stand-in misses these; the session's vault does not.
    chat(local_stack.url, "o joao da silva e a maria fernandes vêm jantar. JOÃO DA SILVA traz vinho.", sid)
    seen = last_user_text(local_stack.bedrock.requests[-1].body)
    assert seen == "o [NAME_1] e a [NAME_2] vêm jantar. [NAME_1] traz vinho."
    sent = local_stack.bedrock.received_text().lower()
    assert "joao" not in sent and "silva" not in sent and "fernandes" not in sent
    # The user gets their own spelling back in history, the vault kept the first one.
    shown = history(local_stack.url, sid)
    assert shown.events[2]["content"].startswith("o joao da silva e a maria fernandes")
    assert db.vault(local_stack, sid) == {"[NAME_1]": "João da Silva", "[NAME_2]": "Maria Fernandes"}


def test_nothing_personal_in_logs_and_no_session_ids(local_stack: LocalStack) -> None:
    secret_values = ["Ana Luísa Gonçalves", "ana.luisa@example.pt", "PT50000201231234567890154"]
    first = chat(local_stack.url, f"I am {secret_values[0]}, mail {secret_values[1]}, IBAN {secret_values[2]}")
    second = chat(local_stack.url, "again [[fault:midstream]]", first.session_id)
    chat(local_stack.url, "ok", "B" * 43)  # 404
    history(local_stack.url, first.session_id)
    logs = app_log_text(local_stack)
    assert '"event": "chat.turn"' in logs
    for value in [*secret_values, "Gonçalves", "[NAME_1]", first.session_id, second.session_id, "B" * 43]:
        assert value not in logs
    for line in logs.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            assert "message" not in record and "content" not in record
