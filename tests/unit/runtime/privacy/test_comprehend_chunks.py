"""runtime.privacy.comprehend_results.chunk_sentences: Comprehend's size limit respected on long messages, cuts
after sentences, overlap, offsets that map back to the message."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.comprehend_plan import DETECT_ENTITIES, DETECT_PII_ENTITIES, call_spans, plan_message
from runtime.privacy.comprehend_results import MAX_TEXT_BYTES, chunk_sentences
from runtime.privacy.language_id import LanguageGuess
from runtime.settings import setting

SENTENCES = ("Olá, chamo-me Ana Silva.", "Vivo em Lisboa há dez anos!", "Ζω στην Αθήνα.", "Ça va… merci?", "ok")


def assert_covers(text: str, chunks: list[tuple[int, str]], max_bytes: int) -> None:
    reached = 0
    for offset, chunk in chunks:
        assert text[offset : offset + len(chunk)] == chunk
        assert len(chunk.encode("utf-8")) <= max_bytes
        assert offset <= reached  # no gap
        reached = max(reached, offset + len(chunk))
    assert reached == len(text)


def test_a_text_within_the_limit_is_one_chunk() -> None:
    assert chunk_sentences("Olá. Tudo bem?", 100) == [(0, "Olá. Tudo bem?")]
    assert chunk_sentences("", 100) == []


def test_chunks_end_after_a_sentence_and_the_next_repeats_the_last_one() -> None:
    text = "Frase 1 ok. Frase 2 ok! Frase 3 ok? Frase 4 ok. Frase 5 ok. Frase 6 ok."  # 12 bytes a sentence
    chunks = chunk_sentences(text, max_bytes=50, overlap_bytes=20)  # the overlap is capped at 50 // 4
    assert chunks[0] == (0, "Frase 1 ok. Frase 2 ok! Frase 3 ok? Frase 4 ok. ")
    assert chunks[1] == (36, "Frase 4 ok. Frase 5 ok. Frase 6 ok.")  # the last sentence again, whole
    assert_covers(text, chunks, 50)


def test_a_sentence_longer_than_a_chunk_is_cut_between_words_then_anywhere() -> None:
    text = "palavra " * 20
    chunks = chunk_sentences(text, max_bytes=30, overlap_bytes=8)
    assert all(chunk.endswith(" ") for _, chunk in chunks[:-1])
    assert_covers(text, chunks, 30)
    assert_covers("x" * 100, chunk_sentences("x" * 100, max_bytes=30), 30)


@given(st.lists(st.sampled_from(SENTENCES), max_size=80), st.integers(min_value=8, max_value=300))
def test_chunks_cover_the_text_within_the_limit(sentences: list[str], max_bytes: int) -> None:
    text = " ".join(sentences)
    assert_covers(text, chunk_sentences(text, max_bytes, overlap_bytes=max_bytes // 3), max_bytes)


def test_a_message_of_the_largest_configurable_size_is_read_whole_and_its_names_map_back() -> None:
    largest = int(setting("max_message_bytes").maximum or 0)  # the one declaration of the message limit
    assert largest > MAX_TEXT_BYTES  # the case this test is about: more than one call's worth
    filler = "A prestação do crédito é paga no início do mês. "  # 50 bytes, two of them in "ã", "é"
    text = filler * (largest // len(filler.encode()) - 1)
    cut = len(chunk_sentences(text)[0][1])
    name = "Ana Maria Fernandes"
    text = text[: cut - 8] + name + ". " + text[cut - 8 :]
    text += "." * (largest - len(text.encode()))  # exactly the largest size
    assert len(text.encode()) == largest
    guess = LanguageGuess((("pt", 0.99),), 1000)
    plan = plan_message(text, ["pt", "en"], guess)
    assert [call.operation for call in plan.calls] == [DETECT_ENTITIES] * len(plan.chunks) and len(plan.chunks) == 2
    assert_covers(text, list(plan.chunks), MAX_TEXT_BYTES)
    found = set()
    for call in plan.calls:
        begin = call.text.find(name)
        if begin >= 0:
            entity = {"Type": "PERSON", "Score": 0.9, "BeginOffset": begin, "EndOffset": begin + len(name)}
            answer = {"Entities": [entity]}
            found |= {(span.start, span.end) for span in call_spans(call, answer, 0.5, lambda _: True)}
    start = text.index(name)
    assert found == {(start, start + len(name))}
    english = plan_message(text, ["pt", "en"], LanguageGuess((), 0))
    assert {call.operation for call in english.calls} == {DETECT_ENTITIES, DETECT_PII_ENTITIES}
