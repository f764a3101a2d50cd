"""Whole names: a NAME span covering part of a name grows over the rest, and later partial mentions link to it."""

from runtime.privacy.pseudonymize import Vault, pseudonymize
from runtime.privacy.reidentify import reidentify
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import PiiSpan


def comprehend(text: str, *parts: str) -> list[PiiSpan]:
    spans = []
    for part in parts:
        start = text.index(part)
        spans.append(PiiSpan(start, start + len(part), "NAME", "comprehend-entities", 0.95))
    return spans


def grown(text: str, *parts: str) -> list[str]:
    return [text[s.start : s.end] for s in merge_spans(comprehend(text, *parts), text)]


def test_given_name_grows_over_surname_and_particles() -> None:
    assert grown("Hello, Ana Silva here.", "Ana") == ["Ana Silva"]
    assert grown("A Maria da Silva pediu o extrato.", "Maria") == ["Maria da Silva"]
    assert grown("Ik ben Jan van der Berg.", "Jan") == ["Jan van der Berg"]


def test_surname_grows_left_over_given_name_and_particles() -> None:
    assert grown("A Maria da Silva pediu o extrato.", "Silva") == ["Maria da Silva"]
    assert grown("Ik ben Jan van der Berg.", "Berg") == ["Jan van der Berg"]


def test_two_parts_become_one_span() -> None:
    assert grown("Olá, sou Ana Silva.", "Ana", "Silva") == ["Ana Silva"]


def test_growth_stops_at_sentence_start_lowercase_and_conjunctions() -> None:
    assert grown("Ontem Silva ligou.", "Silva") == ["Silva"]  # a sentence-initial ordinary word
    assert grown("Falei com Ana hoje.", "Ana") == ["Ana"]
    assert grown("Maria e Ana Silva vieram.", "Ana") == ["Ana Silva"]  # "e" joins two people
    assert grown("Dear Ana Silva,", "Ana") == ["Ana Silva"]  # a greeting is not part of the name
    assert grown("Herr Thomas Weber", "Thomas") == ["Thomas Weber"]  # nor a title


def test_without_text_merge_is_unchanged() -> None:
    text = "Hello, Ana Silva here."
    assert [text[s.start : s.end] for s in merge_spans(comprehend(text, "Ana"))] == ["Ana"]


def test_pseudonymized_text_never_keeps_part_of_a_name() -> None:
    text = "Olá, o meu nome é Ana Silva e o meu colega é Jan van der Berg."
    vault = Vault()
    masked = pseudonymize(text, comprehend(text, "Ana", "Berg"), vault)
    assert masked == "Olá, o meu nome é [NAME_1] e o meu colega é [NAME_2]."
    assert vault.mapping == {"[NAME_1]": "Ana Silva", "[NAME_2]": "Jan van der Berg"}
    assert reidentify(masked, vault.mapping) == text


def test_later_partial_mentions_link_to_the_grown_name() -> None:
    vault = Vault()
    first = "Chamo-me Maria da Silva."
    pseudonymize(first, comprehend(first, "Maria"), vault)
    assert vault.mapping == {"[NAME_1]": "Maria da Silva"}
    later = "A Silva pode assinar? Pergunte à Maria."
    masked = pseudonymize(later, vault.known_value_spans(later), vault)
    assert masked == "A [NAME_1] pode assinar? Pergunte à [NAME_1]."


def test_particles_after_a_title_belong_to_the_surname() -> None:
    assert grown("Frau von der Leyen möchte einen Kredit.", "Leyen") == ["von der Leyen"]
    assert grown("La signora della Rovere chiama.", "Rovere") == ["della Rovere"]
    assert grown("Madame de la Tour arrive.", "Tour") == ["de la Tour"]
    assert grown("Herr Weber", "Weber") == ["Weber"]  # no particle: the title stays outside
    assert grown("O carro de Silva", "Silva") == ["Silva"]  # a particle after an ordinary word is not a name's


def test_a_later_mention_after_a_title_keeps_no_particle_of_the_name() -> None:
    vault = Vault()
    first = "Ich heiße Ursula von der Leyen."
    pseudonymize(first, comprehend(first, "Ursula"), vault)
    assert vault.mapping == {"[NAME_1]": "Ursula von der Leyen"}
    later = "Frau von der Leyen möchte einen Kredit."
    masked = pseudonymize(later, merge_spans(vault.known_value_spans(later), later), vault)
    assert masked == "Frau [NAME_1] möchte einen Kredit."


def test_growth_takes_middle_initials_and_stops_at_relation_phrases() -> None:
    assert grown("Hoje falei com Ana M. Silva sobre isso.", "Ana") == ["Ana M. Silva"]
    assert grown("Hoje falei com Ana M. Silva sobre isso.", "Silva") == ["Ana M. Silva"]
    assert grown("Ich bin Betreuerin von Anna Schneider.", "Anna") == ["Anna Schneider"]
    assert grown("Kowalski Jan dzwonił.", "Jan") == ["Kowalski Jan"]
    assert grown("Ontem Silva ligou.", "Silva") == ["Silva"]
