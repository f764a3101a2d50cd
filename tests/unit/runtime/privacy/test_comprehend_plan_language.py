"""runtime.privacy.comprehend_plan: only the calls the identified language needs, every candidate's when unsure."""

from __future__ import annotations

import pytest

from runtime.privacy.comprehend_plan import (
    DETECT_ENTITIES,
    DETECT_PII_ENTITIES,
    MIN_CONFIDENCE,
    MIN_LETTERS,
    MODEL_RIVAL_SHARE,
    RIVAL_SHARE,
    call_spans,
    calls_comprehend,
    language_calls,
    message_calls,
    plan_message,
    stack_calls,
    stack_trusted,
    trusted_language,
    unsure_calls,
)
from runtime.privacy.language_id import LanguageGuess, LanguageIdentifier

PT_EN = ("pt", "en")


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


def sure(language: str, letters: int = 40) -> LanguageGuess:
    return LanguageGuess(((language, 0.97), ("xx", 0.03)), letters)


def test_each_language_takes_the_calls_that_read_it() -> None:
    assert language_calls("en") == language_calls("es") == (DETECT_PII_ENTITIES,)
    assert language_calls("pt") == language_calls("de") == (DETECT_ENTITIES,)
    assert language_calls("pl") == language_calls("nb") == ()


def test_the_stack_calls_per_configured_language() -> None:
    assert stack_calls(["pt", "en", "nl"]) == {"pt": (DETECT_ENTITIES,), "en": (DETECT_PII_ENTITIES,), "nl": ()}


def test_unsure_calls_are_every_configured_language_and_the_guess_pii_first() -> None:
    assert unsure_calls(PT_EN) == ((DETECT_PII_ENTITIES, "en"), (DETECT_ENTITIES, "pt"))
    assert unsure_calls(PT_EN, "de") == ((DETECT_PII_ENTITIES, "en"), (DETECT_ENTITIES, "pt"), (DETECT_ENTITIES, "de"))
    assert unsure_calls(PT_EN, "pt") == unsure_calls(PT_EN)
    assert unsure_calls(("nl", "pl"), "sv") == ()


def test_a_sure_guess_makes_its_language_calls_only() -> None:
    assert message_calls(sure("pt"), PT_EN) == ((DETECT_ENTITIES, "pt"),)
    assert message_calls(sure("en"), PT_EN) == ((DETECT_PII_ENTITIES, "en"),)
    assert message_calls(sure("de"), PT_EN) == ((DETECT_ENTITIES, "de"),)  # not configured: still read
    assert message_calls(sure("pl"), PT_EN) == ()  # built-in detectors only


def test_a_stack_of_languages_comprehend_cannot_read_never_calls_it() -> None:
    assert not calls_comprehend(["pl", "nl"]) and calls_comprehend(["pl", "de"])
    for guess in (sure("de"), sure("en"), LanguageGuess((), 0), LanguageGuess((("de", 0.5), ("en", 0.5)), 40)):
        assert message_calls(guess, ["pl", "nl"]) == ()
        assert message_calls(guess, ["pl", "de"]) != ()
    assert plan_message("Hello, I am Alice Johnson from London.", ["pl"], sure("en")).calls == ()


def test_a_guess_from_few_letters_or_split_between_calls_is_unsure() -> None:
    assert trusted_language(sure("pt", letters=5)) is None
    split = LanguageGuess((("pt", 0.6), ("gl", 0.35), ("es", 0.05)), 40)  # gl makes no call, pt does
    assert trusted_language(split) is None
    assert message_calls(split, PT_EN) == unsure_calls(PT_EN, "pt")
    assert trusted_language(LanguageGuess((), 0)) is None


def test_languages_making_the_same_calls_pool_their_probability() -> None:
    nordic = LanguageGuess((("nb", 0.55), ("da", 0.4), ("en", 0.01), ("fr", 0.04)), 40)
    assert trusted_language(nordic) == "nb"
    assert message_calls(nordic, PT_EN) == ()
    assert trusted_language(nordic, min_confidence=0.96) is None
    assert MIN_CONFIDENCE <= 0.95


def test_a_configured_language_with_a_share_of_the_probability_is_not_dropped() -> None:
    """A Portuguese message read as Italian pools with Portuguese (both DetectEntities) but would be read by
    Comprehend in Italian: in a stack configuring Portuguese, Portuguese's share makes the guess unsure."""
    italian = LanguageGuess((("it", 0.9), ("pt", RIVAL_SHARE), ("en", 0.01)), 40)
    assert trusted_language(italian) == "it"
    assert stack_trusted(italian, PT_EN) is None
    assert (DETECT_ENTITIES, "pt") in message_calls(italian, PT_EN)
    assert stack_trusted(italian, ("it", "en")) == "it"  # English holds too little
    assert stack_trusted(italian, ("nb", "pl")) == "it"  # configured languages that make no call drop nothing
    spanish = LanguageGuess((("es", 0.97), ("gl", 0.02), ("pt", 0.01)), 40)
    assert message_calls(spanish, PT_EN) == ((DETECT_PII_ENTITIES, "es"),)


def test_a_language_the_model_read_before_the_later_stages_is_not_dropped() -> None:
    """A message mixing Portuguese with English, whose Portuguese words the later stages weigh, is unsure."""
    weighed = (("pt", 0.99), ("en", 0.01))
    mixed = LanguageGuess(weighed, 40, model=(("pt", 0.7), ("en", MODEL_RIVAL_SHARE), ("ro", 0.1)))
    assert trusted_language(mixed) == "pt" and stack_trusted(mixed, PT_EN) is None
    assert (DETECT_PII_ENTITIES, "en") in message_calls(mixed, PT_EN)
    read_alike = LanguageGuess(weighed, 40, model=(("pt", 0.85), ("en", 0.1), ("ro", 0.05)))
    assert stack_trusted(read_alike, PT_EN) == "pt"


def test_a_portuguese_name_in_a_portuguese_message_goes_to_detect_entities_in_portuguese(
    identifier: LanguageIdentifier,
) -> None:
    text = "Bom dia, o meu amigo João da Silva também quer saber o saldo da conta, obrigado."
    plan = plan_message(text, PT_EN, identifier.identify(text))
    [call] = plan.calls
    assert (call.operation, call.language, call.text) == (DETECT_ENTITIES, "pt", text)
    start = text.index("João")
    answer = {"Entities": [{"Type": "PERSON", "Score": 0.99, "BeginOffset": start, "EndOffset": start + 13}]}
    [span] = call_spans(call, answer, 0.5, lambda _: True)
    assert text[span.start : span.end] == "João da Silva"


def test_an_english_name_in_an_english_message_goes_to_detect_pii_entities_in_english(
    identifier: LanguageIdentifier,
) -> None:
    text = "Please call me back tomorrow, my name is Alice Johnson and I am his friend."
    plan = plan_message(text, PT_EN, identifier.identify(text))
    [call] = plan.calls
    assert (call.operation, call.language) == (DETECT_PII_ENTITIES, "en")
    start = text.index("Alice")
    answer = {"Entities": [{"Type": "NAME", "Score": 0.99, "BeginOffset": start, "EndOffset": start + 13}]}
    [span] = call_spans(call, answer, 0.5, lambda _: True)
    assert text[span.start : span.end] == "Alice Johnson"


def test_a_greeting_or_a_mixed_message_makes_every_configured_call(identifier: LanguageIdentifier) -> None:
    for text in ("Olá!", "Obrigado, thanks a lot, muito obrigado and see you"):
        plan = plan_message(text, PT_EN, identifier.identify(text))
        operations = {(call.operation, call.language) for call in plan.calls}
        assert {(DETECT_PII_ENTITIES, "en"), (DETECT_ENTITIES, "pt")} <= operations, text


def test_every_call_covers_every_chunk() -> None:
    text = "Olá. Chamo-me Ana Silva. " * 10
    plan = plan_message(text, PT_EN, LanguageGuess((), 0), max_bytes=60)
    assert 4 <= len(plan.chunks) <= 8
    assert [(call.offset, call.text) for call in plan.calls if call.language == "pt"] == list(plan.chunks)
    assert [(call.offset, call.text) for call in plan.calls if call.language == "en"] == list(plan.chunks)
    assert plan.calls[0].operation == DETECT_PII_ENTITIES and plan.entity_languages == ("pt",)


def test_a_trusted_message_that_holds_nothing_to_add_makes_no_call() -> None:
    asked: list[tuple[str, str]] = []

    def quiet(text: str, language: str) -> bool:
        asked.append((text, language))
        return True

    assert plan_message("Where is my money?", PT_EN, sure("en"), quiet=quiet).calls == ()
    assert asked == [("Where is my money?", "en")]
    kept = plan_message("Where is my money?", PT_EN, sure("en"), quiet=lambda text, language: False)
    assert [call.operation for call in kept.calls] == [DETECT_PII_ENTITIES]


def test_an_unsure_message_never_skips_whatever_quiet_says() -> None:
    unsure = LanguageGuess((("en", 0.5), ("pt", 0.5)), 40)
    plan = plan_message("Where is my money?", PT_EN, unsure, quiet=lambda text, language: True)
    assert {(call.operation, call.language) for call in plan.calls} == set(unsure_calls(PT_EN, "en"))


def test_a_pasted_portuguese_record_read_as_italian_keeps_its_portuguese_call(identifier: LanguageIdentifier) -> None:
    text = '{"nome": "rita lopes", "nif": "123456789", "iban": "PT50000201231234567890154"}'
    assert identifier.identify(text).language != "pt"  # the model reads the keys as Italian
    assert (DETECT_ENTITIES, "pt") in message_calls(identifier.identify(text), PT_EN)


def test_codes_in_capitals_do_not_make_a_guess_sure(identifier: LanguageIdentifier) -> None:
    guess = identifier.identify("IBAN GB45_KELL_0976_4486_6014_47, phone +44114 496 0766")
    assert guess.letters < MIN_LETTERS
    assert (DETECT_PII_ENTITIES, "en") in message_calls(guess, PT_EN)
