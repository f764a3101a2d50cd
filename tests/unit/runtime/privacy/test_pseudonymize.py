"""The per-session vault, known-value look-up and pseudonymization."""

import json
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.pseudonymize import PLACEHOLDER_PATTERN, Vault, pseudonymize
from runtime.privacy.reidentify import StreamingReidentifier, reidentify
from runtime.privacy.spans import merge_spans
from runtime.privacy.surface_forms import restore, surface_forms
from runtime.privacy.types import PiiSpan


def spans_of(text: str, *values_and_types: tuple[str, str]) -> list[PiiSpan]:
    """Spans as Comprehend would report them, for the given (value, type) pairs found in text."""
    spans = []
    for value, entity_type in values_and_types:
        start = text.index(value)
        spans.append(PiiSpan(start, start + len(value), entity_type, "comprehend-pii", 0.99))
    return spans


def test_placeholders_are_typed_and_numbered_per_type() -> None:
    vault = Vault()
    assert vault.placeholder_for("IBAN", "DE89 3704 0044 0532 0130 00") == "[IBAN_1]"
    assert vault.placeholder_for("NAME", "Ana") == "[NAME_1]"
    assert vault.placeholder_for("NAME", "Rui") == "[NAME_2]"
    assert vault.placeholder_for("IBAN", "PT50000201231234567890154") == "[IBAN_2]"
    assert vault.placeholder_for("weird type", "x1") == "[WEIRD_TYPE_1]"
    assert all(PLACEHOLDER_PATTERN.fullmatch(p) for p in vault.mapping)
    assert vault.original("[NAME_2]") == "Rui"
    assert vault.original("[NAME_3]") is None
    assert len(vault) == 5


@pytest.mark.parametrize(
    ("entity_type", "first", "again"),
    [
        ("IBAN", "DE89 3704 0044 0532 0130 00", "de89370400440532013000"),
        ("CARD", "4111 1111 1111 1111", "4111-1111-1111-1111"),
        ("PHONE", "+351 912 345 678", "00351912345678"),
        ("PHONE", "912 345 678", "912-345-678"),
        ("NIF_PT", "123 456 789", "123456789"),
        ("NAME", "José da Silva", "JOSE  DA SILVA"),
        ("NAME", "Müller", "mu\u0308ller"),  # decomposed ü
        ("EMAIL", "Ana.Silva@Example.PT", "ana.silva@example.pt"),
        ("EMAIL", "jose\u0301@example.es", "jos\u00e9@example.es"),  # NFC-equal
    ],
)
def test_equal_values_reuse_their_placeholder(entity_type: str, first: str, again: str) -> None:
    vault = Vault()
    placeholder = vault.placeholder_for(entity_type, first)
    assert vault.placeholder_for(entity_type, again) == placeholder
    assert vault.original(placeholder) == first  # the first spelling is what the user gets back
    assert len(vault) == 1


def test_different_values_get_different_placeholders() -> None:
    vault = Vault()
    assert vault.placeholder_for("NAME", "Ana") != vault.placeholder_for("NAME", "Anabela")
    assert vault.placeholder_for("EMAIL", "ana@example.pt") != vault.placeholder_for("EMAIL", "ana@example.es")


def test_serialization_round_trip_is_json_and_dynamodb_safe() -> None:
    vault = Vault()
    for entity_type, value in [
        ("NAME", "Zoë"),
        ("IBAN", "PT50000201231234567890154"),
        ("NAME", "Ana"),
        ("NIF_PT", "123456789"),
    ]:
        vault.placeholder_for(entity_type, value)
    stored = json.loads(json.dumps(vault.to_dict()))
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in stored.items())
    restored = Vault.from_dict(stored)
    assert restored.mapping == vault.mapping
    # Reuse and numbering continue where they were.
    assert restored.placeholder_for("NAME", "zoe") == "[NAME_1]"
    assert restored.placeholder_for("NAME", "Rui") == "[NAME_3]"
    assert restored.placeholder_for("NIF_PT", "123 456 789") == "[NIF_PT_1]"


def test_numbering_continues_after_gaps() -> None:
    restored = Vault.from_dict({"[NAME_4]": "Ana", "[NAME_2]": "Rui"})
    assert restored.placeholder_for("NAME", "Eva") == "[NAME_5]"


@pytest.mark.parametrize(
    "data",
    [{"NAME_1": "Ana"}, {"[name_1]": "Ana"}, {"[NAME_0]": "Ana"}, {"[NAME_1]": 5}, {"[NAME]": "Ana"}],
)
def test_from_dict_rejects_malformed_entries(data: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="malformed"):
        Vault.from_dict(data)


def test_mapping_is_read_only() -> None:
    vault = Vault()
    vault.placeholder_for("NAME", "Ana")
    with pytest.raises(TypeError):
        vault.mapping["[NAME_9]"] = "x"  # type: ignore[index]


def test_pseudonymize_replaces_every_span_and_round_trips() -> None:
    text = "Sou a Ana da Silva, IBAN PT50 0002 0123 1234 5678 9015 4, e-mail ana@example.pt."
    vault = Vault()
    spans = [*detect_builtin(text), *spans_of(text, ("Ana da Silva", "NAME"))]
    masked = pseudonymize(text, spans, vault)
    assert masked == "Sou a [NAME_1], IBAN [IBAN_1], e-mail [EMAIL_1]."
    assert reidentify(masked, vault.mapping) == text


def test_pseudonymize_merges_overlapping_detections_into_one_placeholder() -> None:
    text = "Falei com Maria da Silva ontem."
    spans = [
        PiiSpan(10, 18, "NAME", "comprehend-pii", 0.9),  # "Maria da"
        PiiSpan(10, 24, "NAME", "comprehend-entities", 0.95),  # "Maria da Silva"
        PiiSpan(19, 24, "NAME", "comprehend-pii", 0.8),  # "Silva"
    ]
    vault = Vault()
    assert pseudonymize(text, spans, vault) == "Falei com [NAME_1] ontem."
    assert vault.mapping == {"[NAME_1]": "Maria da Silva"}


def test_pseudonymize_trims_whitespace_and_ignores_out_of_range_spans() -> None:
    text = "Hello  Ana  bye"
    vault = Vault()
    spans = [PiiSpan(5, 12, "NAME", "comprehend-pii"), PiiSpan(40, 50, "NAME", "comprehend-pii")]
    assert pseudonymize(text, spans, vault) == "Hello  [NAME_1]  bye"
    assert vault.mapping == {"[NAME_1]": "Ana"}


def test_same_value_same_placeholder_across_turns() -> None:
    vault = Vault()
    first = "My IBAN is DE89 3704 0044 0532 0130 00."
    second = "Again: de89370400440532013000, and the other one GB29 NWBK 6016 1331 9268 19."
    assert pseudonymize(first, detect_builtin(first), vault) == "My IBAN is [IBAN_1]."
    restored = Vault.from_dict(vault.to_dict())  # as loaded from DynamoDB for the next turn
    assert pseudonymize(second, detect_builtin(second), restored) == "Again: [IBAN_1], and the other one [IBAN_2]."


# --- known values: later mentions found even where a detector misses them ---------------------


def vault_with(*values_and_types: tuple[str, str]) -> Vault:
    vault = Vault()
    for value, entity_type in values_and_types:
        vault.placeholder_for(entity_type, value)
    return vault


def known(vault: Vault, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in vault.known_value_spans(text)]


@pytest.mark.parametrize(
    ("value", "mention"),
    [
        ("Ana da Silva", "ana da silva"),
        ("Ana da Silva", "ANA DA  SILVA"),
        ("Sanne van der Berg", "sanne Van Der berg"),
        ("Javier de la Fuente", "javier de la fuente"),
        ("José Müller", "Jose Muller"),
        ("Jose Muller", "José Müller"),
        ("Élodie Lefèvre", "ELODIE LEFEVRE"),
        ("Zoë", "Zoe\u0308"),  # decomposed diaeresis on the mention
        ("Jürgen", "JÜRGEN"),
    ],
)
def test_known_names_case_and_accent_insensitive(value: str, mention: str) -> None:
    vault = vault_with((value, "NAME"))
    text = f"Ontem falei com {mention}, e depois?"
    assert known(vault, text) == [(mention, "NAME")]
    # And pseudonymizing the mention reuses the placeholder.
    assert pseudonymize(text, vault.known_value_spans(text), vault) == "Ontem falei com [NAME_1], e depois?"


def test_known_names_respect_word_boundaries() -> None:
    vault = vault_with(("Ana", "NAME"), ("Rui", "NAME"))
    assert known(vault, "Anabela e Mariana foram com o Ruizinho") == []
    assert known(vault, "Ana, a ana e a ANA.") == [("Ana", "NAME"), ("ana", "NAME"), ("ANA", "NAME")]


def test_known_compact_values_ignore_spacing_and_case() -> None:
    vault = vault_with(
        ("DE89 3704 0044 0532 0130 00", "IBAN"), ("+351 912 345 678", "PHONE"), ("4111111111111111", "CARD")
    )
    text = "iban de89370400440532013000; tel 00351-912-345-678; card 4111 1111 1111 1111; not 412345678"
    assert known(vault, text) == [
        ("de89370400440532013000", "IBAN"),
        ("00351-912-345-678", "PHONE"),
        ("4111 1111 1111 1111", "CARD"),
    ]
    assert known(vault, "x DE89370400440532013000123 y") == []  # glued to more digits


def test_known_values_prefer_the_longest() -> None:
    vault = vault_with(("Maria", "NAME"), ("Maria da Silva", "NAME"))
    assert known(vault, "maria da silva e maria") == [("maria da silva", "NAME"), ("maria", "NAME")]


def test_known_values_offsets_survive_expanding_characters() -> None:
    vault = vault_with(("Strauss", "NAME"))
    text = "ﬁne: Herr Strauß und STRAUSS"  # 'ﬁ' and 'ß' fold to two characters each
    assert known(vault, text) == [("Strauß", "NAME"), ("STRAUSS", "NAME")]


def test_known_values_email_and_empty_vault() -> None:
    assert Vault().known_value_spans("anything") == []
    vault = vault_with(("Ana.Silva@Example.pt", "EMAIL"))
    assert known(vault, "write to ana.silva@example.pt.") == [("ana.silva@example.pt", "EMAIL")]


def test_one_letter_values_are_not_looked_for() -> None:
    vault = vault_with(("A", "NAME"))
    assert known(vault, "A casa é a minha") == []


def test_known_values_after_round_trip() -> None:
    vault = Vault.from_dict(vault_with(("Sanne van der Berg", "NAME")).to_dict())
    text = "Is sanne van der berg er?"
    assert pseudonymize(text, vault.known_value_spans(text), vault) == "Is [NAME_1] er?"


names = st.text(alphabet="abcdeéèüöñçãAÁBCÉÑ ", min_size=2, max_size=12).filter(lambda s: len(s.split()) > 0)


@given(names, st.sampled_from([str.lower, str.upper, str.title, lambda s: unicodedata.normalize("NFD", s)]))
def test_known_name_any_case_or_decomposition(name: str, transform) -> None:
    name = " ".join(name.split())
    if sum(c.isalnum() for c in name) < 2:
        return
    vault = vault_with((name, "NAME"))
    mention = transform(name)
    text = f"<{mention}>"
    spans = vault.known_value_spans(text)
    assert [(s.start, s.end) for s in spans] == [(1, len(text) - 1)]


# --- phone numbers: international and national forms of one number share a placeholder --------------------


@pytest.mark.parametrize(
    ("international", "national"),
    [
        ("+351 912 345 678", "912 345 678"),  # PT: no trunk prefix
        ("+44 20 7946 0958", "020 7946 0958"),  # GB: trunk 0
        ("0044 20 7946 0958", "020-7946-0958"),
        ("+44 (0)20 7946 0958", "020 7946 0958"),  # the trunk 0 in parentheses
        ("+49 30 1234567", "030 1234567"),  # DE
        ("+33 6 12 34 56 78", "06 12 34 56 78"),  # FR
        ("+39 06 1234 5678", "06 1234 5678"),  # IT: the leading 0 stays in the international form
        ("+34 612 34 56 78", "612 34 56 78"),  # ES
        ("+36 1 234 5678", "06 1 234 5678"),  # HU: trunk 06
    ],
)
def test_national_and_international_forms_share_a_placeholder(international: str, national: str) -> None:
    for first, later in ((international, national), (national, international)):
        vault = vault_with((first, "PHONE"))
        text = f"Ligue para {later}, por favor."
        assert known(vault, text) == [(later, "PHONE")]
        spans = [*detect_builtin(text), *vault.known_value_spans(text)]
        assert pseudonymize(text, spans, vault) == "Ligue para [PHONE_1], por favor."
        assert vault.to_dict() == {"[PHONE_1]": first}
        assert vault.mapping == {"[PHONE_1]": later}  # this turn's answer writes it as this turn did


@pytest.mark.parametrize(
    ("stored", "other"),
    [
        ("+351 912 345 678", "0912 345 678"),  # PT has no trunk prefix
        ("+44 20 7946 0958", "20 7946 0958"),  # GB numbers are dialled with their trunk 0
        ("+39 06 1234 5678", "6 1234 5678"),  # IT keeps its 0
        ("+351 912 345 678", "912 345 679"),  # another number
        ("+351 912 345 678", "+34 912 345 678"),  # same digits, another country
        ("020 7946 0958", "+44 20 7946 0959"),
        ("020 7946 0958", "+351 20 7946 0958"),  # PT has no trunk 0 to drop
        ("912 345 678", "+44 912 345 678"),  # a GB national form would start with 0
    ],
)
def test_different_numbers_are_not_linked(stored: str, other: str) -> None:
    vault = vault_with((stored, "PHONE"))
    text = f"Ligue para {other}, por favor."
    assert known(vault, text) == []
    assert vault.placeholder_for("PHONE", other) == "[PHONE_2]"


def test_phone_links_survive_the_vault_round_trip_and_prefer_the_first_number() -> None:
    vault = Vault.from_dict(vault_with(("+351 912 345 678", "PHONE"), ("+34 912 345 678", "PHONE")).to_dict())
    assert vault.placeholder_for("PHONE", "912345678") == "[PHONE_1]"  # ambiguous: the first stored number
    assert vault.placeholder_for("PHONE", "+34 912-345-678") == "[PHONE_2]"
    assert len(vault) == 2


def test_a_national_form_inside_another_international_number_is_not_linked() -> None:
    vault = vault_with(("+351 912 345 678", "PHONE"))
    text = "O número espanhol é +34 912 345 678."
    assert known(vault, text) == []
    assert pseudonymize(text, detect_builtin(text), vault) == "O número espanhol é [PHONE_2]."


# --- partial later mentions of a known name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Silva called yesterday.", "Silva"),
        ("Can you ask Maria?", "Maria"),
        ("A SÍLVA ligou.", "SÍLVA"),  # case and accents
        ("a maria silva ligou", "maria silva"),  # several tokens, particle left out: one span
        ("Silva, Maria escreveu", "Silva"),
    ],
)
def test_a_token_of_a_known_name_gets_its_placeholder(text: str, mention: str) -> None:
    vault = vault_with(("Maria da Silva", "NAME"))
    assert known(vault, text)[0] == (mention, "NAME")
    masked = pseudonymize(text, vault.known_value_spans(text), vault)
    assert "[NAME_1]" in masked and "Silva" not in masked.replace("[NAME_1]", "") and len(vault) == 1
    assert "maria" not in masked.lower() and "sílva" not in masked.lower()


def test_name_tokens_respect_word_boundaries_particles_and_length() -> None:
    vault = vault_with(("Maria da Silva", "NAME"), ("Sanne van der Berg", "NAME"), ("Li Na", "NAME"))
    text = "Silvana e Mariana: da, van der, de; Bergen; Li, Na e li na"
    assert known(vault, text) == [("li na", "NAME")]  # the whole two-letter name still, its tokens never


def test_only_values_of_name_type_lend_their_tokens() -> None:
    vault = vault_with(("Rua da Silva 12", "ADDRESS"), ("silva@example.pt", "EMAIL"))
    assert known(vault, "A Silva mora na rua") == []


def test_name_token_links_to_the_placeholder_that_has_it() -> None:
    vault = vault_with(("Maria da Silva", "NAME"), ("João Pereira", "NAME"))
    assert vault.placeholder_for("NAME", "Pereira") == "[NAME_2]"
    assert vault.placeholder_for("NAME", "silva") == "[NAME_1]"
    assert vault.placeholder_for("NAME", "Dr. Maria Silva") == "[NAME_1]"  # honorific and order ignored
    assert vault.placeholder_for("NAME", "Maria Pereira") == "[NAME_3]"  # tokens of two people: someone else
    assert vault.placeholder_for("NAME", "Mar") == "[NAME_4]"  # not a token


def test_shared_name_tokens_go_to_the_first_name_and_survive_round_trip() -> None:
    vault = Vault.from_dict(vault_with(("Ana Silva", "NAME"), ("Rui Silva", "NAME")).to_dict())
    text = "A Silva e o Rui"
    assert pseudonymize(text, vault.known_value_spans(text), vault) == "A [NAME_1] e o [NAME_2]"


def test_name_tokens_next_to_other_values() -> None:
    # Comprehend finds "Maria Santos" (someone else): the merged span gets its own placeholder.
    vault = vault_with(("Maria da Silva", "NAME"))
    text = "A Maria Santos e a Maria."
    spans = [*vault.known_value_spans(text), *spans_of(text, ("Maria Santos", "NAME"))]
    assert pseudonymize(text, spans, vault) == "A [NAME_2] e a [NAME_1]."


def test_conjunctions_do_not_join_two_mentions() -> None:
    vault = vault_with(("Maria da Silva", "NAME"))
    text = "a Maria e a Silva"
    assert pseudonymize(text, vault.known_value_spans(text), vault) == "a [NAME_1] e a [NAME_1]"


name_words_strategy = st.lists(st.text(alphabet="abcdeéilmnorsuü", min_size=3, max_size=8), min_size=2, max_size=4)


@given(name_words_strategy, st.data())
def test_any_run_of_a_names_tokens_is_pseudonymized(words: list[str], data: st.DataObject) -> None:
    from runtime.privacy.name_tokens import significant_tokens

    name = " ".join(word.capitalize() for word in words)
    tokens = significant_tokens(name)
    if not tokens:
        return
    vault = vault_with((name, "NAME"))
    mentioned = data.draw(st.lists(st.sampled_from(tokens), min_size=1, max_size=3))
    text = f"Ontem, {' '.join(mentioned).upper()}: ok"
    masked = pseudonymize(text, vault.known_value_spans(text), vault)
    # Every token is replaced, all by the name's placeholder (a run may be split where the whole name
    # matches first: "AAA AAAA AAA" for "Aaa Aaaa" is "[NAME_1] [NAME_1]").
    assert re.fullmatch(r"Ontem, \[NAME_1\](?: \[NAME_1\])*: ok", masked), masked
    assert len(vault) == 1


def test_the_look_up_compiles_each_value_once_not_the_whole_vault_per_turn() -> None:
    from runtime.privacy.known_values import value_patterns

    value_patterns.cache_clear()
    stored = {"[NAME_1]": "Maria da Silva", "[PHONE_1]": "+351 912 345 678"}
    text = "A Silva ligou do 912 345 678."
    assert len(Vault.from_dict(stored).known_value_spans(text)) == 2
    assert value_patterns.cache_info().misses == 2
    Vault.from_dict(stored).known_value_spans(text)  # the next turn's vault: nothing compiled again
    assert value_patterns.cache_info().misses == 2
    grown = Vault.from_dict({**stored, "[EMAIL_1]": "maria@example.pt"})
    grown.prepare_search()  # after a turn added a value: only that one is compiled
    assert value_patterns.cache_info().misses == 3
    assert [s.entity_type for s in grown.known_value_spans("maria@example.pt, Silva")] == ["EMAIL", "NAME"]


def test_overlapping_matches_of_several_values_keep_the_leftmost_longest() -> None:
    vault = Vault.from_dict({"[NAME_1]": "Alice Johnson", "[NAME_2]": "Alice Johnson Smith"})
    text = "alice johnson smith and alice johnson"
    spans = [(text[s.start : s.end], s.entity_type) for s in vault.known_value_spans(text)]
    assert spans == [("alice johnson smith", "NAME"), ("alice johnson", "NAME")]
    assert pseudonymize(text, vault.known_value_spans(text), vault) == "[NAME_2] and [NAME_1]"


def one_turn(stored: dict[str, str], message: str, answer: list[str]) -> tuple[str, str, str | None]:
    """A turn as the chat runs it: (what the model gets, the streamed answer shown, the message in the history)."""
    vault = Vault.from_dict(stored)
    spans = merge_spans([*detect_builtin(message), *vault.known_value_spans(message)])
    sent = pseudonymize(message, spans, vault)
    forms = surface_forms(message, spans, sent)
    reidentifier = StreamingReidentifier(vault.mapping)
    shown = "".join(reidentifier.feed(delta) for delta in answer) + reidentifier.flush()
    return sent, shown, restore(sent, forms) if forms is not None else None


def test_a_placeholder_the_user_typed_is_never_reidentified() -> None:
    sent, shown, history = one_turn(
        {"[NAME_1]": "Ana Ferreira"}, "Quem é [NAME_1]?", ["Não sei quem é ［NAM", "E_1］; a [NAME_1] sei."]
    )
    assert sent == "Quem é ［NAME_1］?"
    assert shown == "Não sei quem é [NAME_1]; a Ana Ferreira sei."
    assert history == "Quem é [NAME_1]?"


def test_a_name_found_inside_a_typed_look_alike_is_left_to_it() -> None:
    vault = Vault()
    text = "O que significa [NAME_1] aqui?"
    start = text.index("NAME")
    assert pseudonymize(text, [PiiSpan(start, start + 6, "NAME", "comprehend-entities")], vault) == (
        "O que significa ［NAME_1］ aqui?"
    )
    assert len(vault) == 0


def test_an_answer_writes_a_value_as_the_user_wrote_it_in_that_turn() -> None:
    stored = {"[IBAN_1]": "PT50 0002 0123 1234 5678 9015 4", "[PHONE_1]": "+351 912 345 678"}
    message = "Confirme o IBAN PT50000201231234567890154 e o telemóvel 912 345 678."
    sent, shown, history = one_turn(stored, message, ["O IBAN [IBAN_1] e o número [PHONE_1] estão certos."])
    assert sent == "Confirme o IBAN [IBAN_1] e o telemóvel [PHONE_1]."
    assert shown == "O IBAN PT50000201231234567890154 e o número 912 345 678 estão certos."
    assert history == message
    # Values the turn does not mention come back as stored.
    _, shown, _ = one_turn(stored, "Qual é o meu IBAN?", ["É [IBAN_1]."])
    assert shown == "É PT50 0002 0123 1234 5678 9015 4."


def test_a_part_of_a_stored_name_does_not_shorten_the_name_in_the_answer() -> None:
    _, shown, _ = one_turn({"[NAME_1]": "Maria da Silva"}, "A Silva pode assinar?", ["Sim, [NAME_1] pode."])
    assert shown == "Sim, Maria da Silva pode."


def test_the_first_spelling_in_a_turn_wins() -> None:
    vault = Vault.from_dict({"[IBAN_1]": "PT50 0002 0123 1234 5678 9015 4"})
    assert vault.placeholder_for("IBAN", "pt50000201231234567890154") == "[IBAN_1]"
    assert vault.placeholder_for("IBAN", "PT50-0002-0123-1234-5678-9015-4") == "[IBAN_1]"
    assert vault.mapping["[IBAN_1]"] == "pt50000201231234567890154"
    assert vault.to_dict() == {"[IBAN_1]": "PT50 0002 0123 1234 5678 9015 4"}


TYPED_PIECES = st.sampled_from(
    [
        "Quem é [NAME_1]? ", "Ana Ferreira ", "PT50 0002 0123 1234 5678 9015 4 ", "［IBAN_1］", "[", "］", "［［",
        "o meu NIF é 245 678 913. ", "ana (at) gmail (dot) com ", "[NAME_1]", "[nome]", "\u200b", " ",
    ]
)  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(TYPED_PIECES, max_size=8).map("".join))
def test_the_user_gets_every_message_back_as_typed(text: str) -> None:
    vault = Vault.from_dict({"[NAME_1]": "Ana Ferreira", "[IBAN_1]": "PT50 0002 0123 1234 5678 9015 4"})
    spans = merge_spans([*detect_builtin(text), *vault.known_value_spans(text)])
    sent = pseudonymize(text, spans, vault)
    forms = surface_forms(text, spans, sent)
    assert forms is not None and restore(sent, forms) == text
    # The model never gets a value, nor a look-alike it could take for a placeholder of this session.
    assert "Ana Ferreira" not in sent and "PT50 0002" not in sent
    assert len(PLACEHOLDER_PATTERN.findall(sent)) == len(forms)
