"""Re-identification of the model's answer, whole and streamed delta by delta."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from runtime.privacy.reidentify import StreamingReidentifier, reidentify

MAPPING = {
    "[NAME_1]": "Ana da Silva",
    "[NAME_2]": "Jürgen [the] Müller",  # an original may itself contain brackets
    "[NAME_12]": "Zoë",
    "[IBAN_1]": "PT50 0002 0123 1234 5678 9015 4",
    "[NIF_PT_1]": "123456789",
    "[CODICE_FISCALE_IT_1]": "RSSMRA85T10A562S",
}


def stream(deltas: list[str], mapping: dict[str, str] = MAPPING) -> tuple[list[str], str]:
    reidentifier = StreamingReidentifier(mapping)
    outputs = [reidentifier.feed(d) for d in deltas]
    return outputs, reidentifier.flush()


def test_reidentify_whole_text() -> None:
    text = "Olá [NAME_1], o IBAN [IBAN_1] e o NIF [NIF_PT_1]. [NAME_12]!"
    assert reidentify(text, MAPPING) == (
        "Olá Ana da Silva, o IBAN PT50 0002 0123 1234 5678 9015 4 e o NIF 123456789. Zoë!"
    )


def test_unknown_and_garbled_placeholders_pass_through() -> None:
    text = "[IBAN_9] [iban_1] [IBAN 1] [IBAN_1 [NAME_] [_1] [NAME_01] [] [ [NAME_1]]"
    assert reidentify(text, MAPPING) == "[IBAN_9] [iban_1] [IBAN 1] [IBAN_1 [NAME_] [_1] [NAME_01] [] [ Ana da Silva]"


def test_replacement_is_not_reinterpreted() -> None:
    assert reidentify("[NAME_2]", {"[NAME_2]": "[NAME_1]", "[NAME_1]": "x"}) == "[NAME_1]"


def test_placeholder_split_across_deltas() -> None:
    outputs, tail = stream(["Olá [NA", "ME_", "1", "], o IBAN é [IBAN_1", "]."])
    assert outputs == ["Olá ", "", "", "Ana da Silva, o IBAN é ", "PT50 0002 0123 1234 5678 9015 4."]
    assert tail == ""


def test_only_a_possible_placeholder_prefix_is_held_back() -> None:
    reidentifier = StreamingReidentifier(MAPPING)
    assert reidentifier.feed("a [X") == "a [X"  # no known placeholder starts with "[X"
    assert reidentifier.feed("b [NAME_3") == "b [NAME_3"  # no known placeholder starts so
    assert reidentifier.feed("c [NAME_1") == "c "
    assert reidentifier.held_back == "[NAME_1"
    assert reidentifier.feed("x") == "[NAME_1x"  # garbled: released as written
    assert reidentifier.feed("[") == ""
    assert reidentifier.feed("[") == "["  # the first "[" can no longer start a placeholder
    assert reidentifier.flush() == "["
    assert reidentifier.held_back == ""


def test_prefix_of_a_longer_placeholder_waits() -> None:
    outputs, tail = stream(["[NAME_1", "2] and [NAME_1", "]"])
    assert "".join(outputs) + tail == "Zoë and Ana da Silva"
    assert outputs[0] == ""


def test_flush_releases_an_unfinished_placeholder() -> None:
    outputs, tail = stream(["end [IBAN_"])
    assert outputs == ["end "]
    assert tail == "[IBAN_"


def test_empty_mapping_holds_nothing_back() -> None:
    reidentifier = StreamingReidentifier({})
    assert reidentifier.feed("[NAME_") == "[NAME_"
    assert reidentifier.flush() == ""


def test_malformed_mapping_keys_are_never_replaced() -> None:
    mapping = {"NAME_1": "x", "[name_1]": "y", "[NAME_1]": "z"}
    assert reidentify("NAME_1 [name_1] [NAME_1]", mapping) == "NAME_1 [name_1] z"
    assert "".join(stream(list("NAME_1 [name_1] [NAME_1]"), mapping)[0]) == "NAME_1 [name_1] z"


# Text made mostly of placeholder material, so that splits land inside placeholders often; with the user's
# escaped look-alikes and full-width brackets.
WIDE = ["［NAME_1］", "［", "］", "［［", "］］", "［NAME_"]
fragments = st.sampled_from(
    [*MAPPING, *WIDE, "[NAME_3]", "[IBAN_", "[", "]", "_", "1", "2", "NAME", "IBAN", "[NAME_1", " ", "olá ", "é", "\n"]
)
texts = st.lists(fragments | st.text(max_size=4), max_size=30).map("".join)


@st.composite
def text_and_split(draw: st.DrawFn) -> tuple[str, list[str]]:
    text = draw(texts)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    bounds = [0, *cuts, len(text)]
    return text, [text[a:b] for a, b in itertools.pairwise(bounds)]


@given(text_and_split())
def test_any_split_gives_the_whole_reidentified_text(case: tuple[str, list[str]]) -> None:
    text, deltas = case
    outputs, tail = stream(deltas)
    assert "".join(outputs) + tail == reidentify(text, MAPPING)


@given(text_and_split())
def test_nothing_but_a_placeholder_prefix_is_held_back(case: tuple[str, list[str]]) -> None:
    _, deltas = case
    reidentifier = StreamingReidentifier(MAPPING)
    received = ""
    emitted = ""
    for delta in deltas:
        received += delta
        emitted += reidentifier.feed(delta)
        held = reidentifier.held_back
        assert received.endswith(held)
        # What is held back is a proper prefix of a known placeholder, or the start of an escaped look-alike...
        assert held == "" or any(key.startswith(held) and key != held for key in MAPPING) or held[0] in "［］"
        assert len(held) <= 66
        # ...and everything before it has been emitted, re-identified.
        assert emitted == reidentify(received[: len(received) - len(held)], MAPPING)


@given(st.text(max_size=200), st.lists(st.integers(1, 7), max_size=40))
def test_arbitrary_text_and_chunking(text: str, sizes: list[int]) -> None:
    deltas, position = [], 0
    for size in sizes:
        deltas.append(text[position : position + size])
        position += size
    deltas.append(text[position:])
    outputs, tail = stream(deltas)
    assert "".join(outputs) + tail == reidentify(text, MAPPING)


def test_a_look_alike_the_user_typed_comes_back_as_typed() -> None:
    answer = "Não sei quem é ［NAME_1］; falo com [NAME_1]."
    assert reidentify(answer, MAPPING) == "Não sei quem é [NAME_1]; falo com Ana da Silva."
    outputs, tail = stream(["Não sei quem é ［NA", "ME_1", "］; falo com [NAME_", "1]."])
    assert outputs[0] == "Não sei quem é "
    assert "".join(outputs) + tail == "Não sei quem é [NAME_1]; falo com Ana da Silva."


def test_a_lone_full_width_bracket_waits_only_for_the_next_delta() -> None:
    outputs, tail = stream(["a ］", "b ［", "x"])
    assert outputs == ["a ", "］b ", "［x"]
    assert tail == ""
