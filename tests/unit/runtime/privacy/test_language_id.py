"""runtime.privacy.language_id: the message's language from the shipped model, and how well it identifies
short chat messages in every language of the zone (fixtures: chat_languages and benign_corpus)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from runtime.privacy.comprehend_plan import language_calls, message_calls, trusted_language
from runtime.privacy.language_id import (
    MODEL_FILE,
    STAGES_READ,
    LanguageGuess,
    LanguageIdentifier,
    language_letters,
    words_of,
)
from runtime.privacy.language_id_words import WordMarks
from runtime.privacy.market_languages import MARKET_LANGUAGES

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
#: The zone's languages with chat messages to measure on (nn and no are written as nb; lb has no fixture).
ZONE = sorted(MARKET_LANGUAGES - {"lb", "nn", "no"})
#: The languages with chat fixtures the second stage (`language_id_evidence`) weighs the marks of...
CONFUSED = ("et", "ga", "mt")
#: ...and all it weighs (lb has no chat fixture).
MARKED = (*CONFUSED, "lb")


def chat_messages(language: str) -> list[str]:
    """The 3-30-word messages of the three fixture sets in `language`."""
    found = []
    for folder in ("chat_languages", "benign_corpus", "chat_languages_more"):
        path = FIXTURES / folder / f"{language}.txt"
        if path.exists():
            found += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [message for message in found if 3 <= len(message.split()) <= 30]


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


def test_words_of_keeps_only_words_in_lower_case() -> None:
    assert words_of("Olá! O IBAN PT50 0002 é meu, ok?\n2x") == "olá o iban pt é meu ok x"
    assert words_of("123 -- 45") == ""


def test_labels_become_zone_codes_ranked_by_probability() -> None:
    def predict(text: str, k: int) -> tuple[Sequence[str], Sequence[float]]:
        assert text == "hei jeg heter kari" and k == -1
        return ["__label__da", "__label__no", "__label__sv"], [0.2, 0.7, 0.1]

    guess = LanguageIdentifier(predict, second_stage=False).identify("Hei, jeg heter Kari!")
    assert guess.scores == (("nb", 0.7), ("da", 0.2), ("sv", 0.1))
    assert guess.language == "nb" and guess.letters == len("heijegheterkari")
    assert guess.best_of(["sv", "da"]) == "da"
    assert guess.best_of(["fi"]) is None


def test_letters_of_words_in_capitals_throughout_say_nothing_of_the_language() -> None:
    assert language_letters("IBAN GB45_KELL_0976, phone +44 114") == len("phone")
    assert language_letters("I need a NEW card") == len("Ineedacard")
    assert language_letters("НЕ МОГА ДА ВЛЯЗА В ПРИЛОЖЕНИЕТО!") == len("НЕМОГАДАВЛЯЗАВПРИЛОЖЕНИЕТО")  # a shout
    assert LanguageIdentifier(lambda text, k: (["__label__hu"], [1.0])).identify("IBAN GB45 KELL ok").letters == 2


def test_a_text_without_letters_is_not_given_to_the_model() -> None:
    def predict(text: str, k: int) -> tuple[Sequence[str], Sequence[float]]:
        raise AssertionError("the model must not be asked")

    assert LanguageIdentifier(predict).identify("+351 912 345 678") == LanguageGuess((), 0)
    assert LanguageGuess((), 0).language is None


def test_the_later_stages_read_the_start_of_a_long_message_only() -> None:
    def predict(text: str, k: int) -> tuple[Sequence[str], Sequence[float]]:
        return ["__label__it", "__label__mt"], [0.6, 0.4]

    identifier = LanguageIdentifier(predict)
    marked = "Il-ħlas tal-kera għandu jsir. "
    filler = "va bene " * (STAGES_READ // 8 + 1)
    assert identifier.identify(marked + filler).language == "mt"
    assert identifier.identify(filler + marked).language == "it"


def test_the_shipped_model_is_the_one_its_notice_names() -> None:
    notice = (MODEL_FILE.parent / "NOTICE.md").read_text(encoding="utf-8")
    digest = re.search(r"SHA-256 `([0-9a-f]{64})`", notice)
    assert digest is not None
    assert hashlib.sha256(MODEL_FILE.read_bytes()).hexdigest() == digest.group(1)


def test_the_model_identifies_portuguese_and_english(identifier: LanguageIdentifier) -> None:
    assert identifier.identify("Olá, chamo-me Maria Fernandes. Podes ajudar-me com o crédito?").language == "pt"
    assert identifier.identify("Hello, my name is Alice Johnson. Can you help me with my loan?").language == "en"


@pytest.mark.parametrize("language", ZONE)
def test_at_least_97_percent_of_short_messages_among_the_languages_a_stack_with_english_weighs(
    identifier: LanguageIdentifier, language: str
) -> None:
    """A stack configuring `language` and en tells them apart from each other and from the languages Comprehend
    reads (the ones whose calls differ) in at least 97% of its messages."""
    messages = chat_messages(language)
    assert len(messages) >= 25
    candidates = sorted({language, "en", "es", "de", "fr", "it", "pt"})
    right = sum(identifier.identify(message).best_of(candidates) == language for message in messages)
    assert right / len(messages) >= 0.97


@pytest.mark.parametrize("language", CONFUSED)
def test_the_second_stage_reads_the_confused_languages_better_than_the_model_alone(
    identifier: LanguageIdentifier, language: str
) -> None:
    alone = LanguageIdentifier(predict=identifier._model(), second_stage=False)  # the same model, first stage only
    candidates = sorted({language, "en", "es", "de", "fr", "it", "pt"})
    messages = chat_messages(language)
    right = sum(identifier.identify(message).best_of(candidates) == language for message in messages)
    right_alone = sum(alone.identify(message).best_of(candidates) == language for message in messages)
    assert right > right_alone


def test_the_second_stage_moves_no_message_of_another_language(identifier: LanguageIdentifier) -> None:
    """No message of another zone language is read as a confused language it was not read as by the model."""
    alone = LanguageIdentifier(predict=identifier._model(), second_stage=False)
    zone = [*ZONE, "lb"]
    for language in ZONE:
        for message in chat_messages(language) if language not in CONFUSED else []:
            before, after = alone.identify(message).best_of(zone), identifier.identify(message).best_of(zone)
            assert after == before or after not in MARKED, message


@pytest.mark.parametrize("language", ZONE)
def test_no_message_loses_the_comprehend_call_of_its_language(identifier: LanguageIdentifier, language: str) -> None:
    """Whatever the stack, a trusted guess never drops the call the message's own language needs."""
    needed = {(operation, language) for operation in language_calls(language)}
    for message in chat_messages(language):
        calls = set(message_calls(identifier.identify(message), ["pt", "en"]))
        assert needed <= calls, message


def personal_messages() -> list[tuple[str, str]]:
    """(language, plain text) of the personal-data corpora (markers removed)."""
    found = []
    for name in ("corpus.txt", "countries.txt"):
        for line in (FIXTURES / "personal_corpus" / name).read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 2 and not line.startswith("#"):
                found.append((fields[-2], re.sub(r"\[[A-Z_]+:([^\]]*)\]", r"\1", fields[-1])))
    return found


def test_every_personal_corpus_message_is_read_by_comprehend_in_its_own_language(
    identifier: LanguageIdentifier,
) -> None:
    """Comprehend's recall depends on the language it is called in: in a pt,en stack and in a stack of the
    message's language alone, a message keeps the call its language needs."""
    messages = personal_messages()
    assert len(messages) > 50
    for language, text in messages:
        needed = {(operation, language) for operation in language_calls(language)}
        guess = identifier.identify(text)
        assert needed <= set(message_calls(guess, ["pt", "en"])), text
        assert needed <= set(message_calls(guess, [language])), text


#: Luxembourgish and Nynorsk have no chat fixture: a few messages written for these checks (not a measurement).
LUXEMBOURGISH = [
    "Moien, ech hätt gär meng Kaart blockéiert, well ech se verluer hunn.",
    "Wéi vill kascht eng Iwwerweisung an d'Ausland?",
    "Kënnt Dir mir w.e.g. soen, wou déi nächst Filial ass?",
]
NYNORSK = [
    "Eg har mista bankkortet mitt og treng eit nytt.",
    "Kan de hjelpe meg med å opne ein ny konto?",
    "Kva er renta på bustadlånet no?",
]
GERMAN = [
    "Ich möchte meine Karte sperren lassen, weil ich sie verloren habe.",
    "Wie viel kostet eine Überweisung ins Ausland?",
    "Können Sie mir bitte sagen, wo die nächste Filiale ist?",
]


@pytest.mark.parametrize("message", LUXEMBOURGISH)
def test_luxembourgish_is_read_as_luxembourgish_and_makes_no_call(identifier: LanguageIdentifier, message: str) -> None:
    guess = identifier.identify(message)
    assert guess.language == "lb"
    assert message_calls(guess, ["lb", "de"]) == ()


@pytest.mark.parametrize("message", NYNORSK)
def test_nynorsk_is_read_as_norwegian_and_makes_no_call(identifier: LanguageIdentifier, message: str) -> None:
    """nn and nb make the same calls (none): either name will do, Danish or Swedish too."""
    guess = identifier.identify(message)
    assert guess.language in {"nn", "nb", "da", "sv"}
    assert message_calls(guess, ["nn", "nb"]) == message_calls(guess, ["pt", "en"]) == ()


@pytest.mark.parametrize("message", GERMAN)
def test_german_keeps_its_call_beside_luxembourgish(identifier: LanguageIdentifier, message: str) -> None:
    guess = identifier.identify(message)
    assert guess.language == "de"
    assert message_calls(guess, ["lb", "de"]) == (("DetectEntities", "de"),)


#: Messages switching between a marked language and English (written for this check, not a measurement).
MIXED = [
    "Hi, nixtieq inbiddel il-PIN tal-card tiegħi please, my name is John Smith and I need help with the transfer",
    "Can you send the money to my sister? Agus go raibh maith agat",
    "Please call me back tomorrow, kui saate, aitäh",
]


@pytest.mark.parametrize("message", MIXED)
def test_a_message_mixing_a_marked_language_with_english_is_unsure_and_keeps_the_english_call(
    identifier: LanguageIdentifier, message: str
) -> None:
    guess = identifier.identify(message)
    assert trusted_language(guess) is None
    assert ("DetectPiiEntities", "en") in message_calls(guess, ["mt", "en"])


#: Messages written for this test, typed without their diacritics as people often do.
WITHOUT_DIACRITICS = {
    "sk": "dobry den, potrebujem zmenit heslo, lebo si ho nepamatam",
    "hr": "molim vas, trebam novu karticu jer je stara ostecena",
    "lt": "laba diena, noreciau suzinoti kodel man nuskaiciavo pinigus",
    "lv": "labdien, es gribetu uzzinat kapec man nonema naudu",
    "pt": "bom dia, nao consigo entrar na minha conta desde ontem",
    "is": "godan daginn, eg tharf ad breyta lykilordinu minu",
}


@pytest.mark.parametrize("language", sorted(WITHOUT_DIACRITICS))
def test_the_word_stage_reads_messages_typed_without_diacritics(identifier: LanguageIdentifier, language: str) -> None:
    text = WITHOUT_DIACRITICS[language]
    candidates = sorted({language, "en", "de", "es", "fr", "it", "pt"})
    assert identifier.identify(text).best_of(candidates) == language


#: Messages of the languages read least well, typed without their diacritics (written for this test).
PLAINLY_TYPED = {
    "ga": ["nior fhuair me an t-airgead fos", "conas is feidir liom an aip a usaid", "ta fadhb agam le mo chuntas"],
    "mt": ["il-karta tieghi ma tahdimx aktar", "ghandi problema bil-kont tieghi", "ma nistax nidhol fl-app"],
    "lv": ["man nav piekluves internetbankai", "nauda vel nav ienakusi konta", "gribu mainit savu adresi"],
    "ro": ["nu pot sa intru in contul meu", "am platit factura de doua ori", "vreau sa schimb adresa de livrare"],
    "sk": ["kedy mi pride nova karta", "nemozem sa prihlasit do aplikacie", "chcem zmenit adresu"],
    "is": ["kortid mitt virkar ekki", "hvenaer faer eg nytt kort", "peningarnir eru ekki komnir inn"],
}


@pytest.mark.parametrize(
    ("language", "text"), [(lang, text) for lang, texts in PLAINLY_TYPED.items() for text in texts]
)
def test_short_messages_typed_without_diacritics_make_their_language_s_calls(
    identifier: LanguageIdentifier, language: str, text: str
) -> None:
    """Each is read as its language among those a stack with English weighs, and makes no Comprehend call."""
    guess = identifier.identify(text)
    assert guess.best_of(sorted({language, "en", "de", "es", "fr", "it", "pt"})) == language
    assert language_calls(guess.best_of(ZONE) or "") == ()


def test_the_word_stage_reads_every_language_at_least_as_well_as_without_it(identifier: LanguageIdentifier) -> None:
    """Over the chat messages, no language is read right less often with the word stage than without it."""
    without = LanguageIdentifier(predict=identifier._model(), words=WordMarks({}))
    for language in ZONE:
        candidates = sorted({language, "en", "de", "es", "fr", "it", "pt"})
        messages = chat_messages(language)
        right = sum(identifier.identify(message).best_of(candidates) == language for message in messages)
        assert right >= sum(without.identify(message).best_of(candidates) == language for message in messages)
