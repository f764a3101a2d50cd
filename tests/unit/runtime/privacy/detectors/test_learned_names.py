from __future__ import annotations

import pytest

from runtime.privacy.detectors import learned_names
from runtime.privacy.detectors.name_model import BUCKETS, NameModel, bucket
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME, PiiSpan


def _capitals_model(weight: float = 10.0, mixed: float = 0.0, lower: float = 0.0) -> NameModel:
    """A fake model: every capitalized word or word in capitals of two letters or more scores the logistic of
    ``weight - 5``, a word of mixed case (``dell'Ornella``) that of ``mixed - 5``, one in lower case ``lower - 5``."""
    weights = [0.0] * BUCKETS
    weights[bucket("b")] = -5.0
    weights[bucket("sh=Cap")] = weight
    weights[bucket("sh=UP")] = weight
    weights[bucket("sh=mix")] = mixed
    weights[bucket("sh=low")] = lower
    weights[bucket("len=1")] = -100.0
    return NameModel(weights)


def _found(text: str, model: NameModel | None = None, others: list[PiiSpan] | None = None) -> list[str]:
    spans = learned_names.detect(text, model or _capitals_model(), others or [])
    return [text[span.start : span.end] for span in spans]


def test_a_person_named_in_passing_is_found() -> None:
    assert _found("yesterday my neighbour Orsolya Bartha parked in front of my garage") == ["Orsolya Bartha"]


@pytest.mark.parametrize(
    "text",
    [
        "we visited Jane Austen's House yesterday",  # a place named after a person
        "there is a charge from John Lewis that I did not make",  # a shop
        "is the branch in via Prof. Luigi Einaudi open",  # a street after its title, grown over the name
        "kan ik pinnen in het Anne Frank Huis",  # a landmark
        "Η Στρατηγού Μακρυγιάννη έκλεισε για έργα;",  # a Greek street: a man's genitive after the feminine article
        "a Pázmány Péter Katolikus Egyetemben dolgozom",  # an institution named after a person
        "Nome;Telefone;Nascimento\nrui neves;912 345 678;12/03/1985",  # a table's header line
    ],
)
def test_the_rules_vetoes_drop_places_shops_and_headers(text: str) -> None:
    assert _found(text) == []


def test_a_word_in_capitals_that_no_name_list_holds_is_dropped() -> None:
    assert _found("ECH SI CLIENT ZËNTER MENGER GEBUERT") == []  # ``menger``: my, a frequent word


def test_a_frequent_word_alone_in_capitals_is_dropped_but_a_name_beside_it_is_kept() -> None:
    assert _found("MEITAS DZIMŠANAS DIENA IR 12. MARTĀ, GRIBU PĀRSKAITĪT 50 €.") == []
    assert _found("Meitas vārds ir MARTA BĒRZIŅA") == ["MARTA BĒRZIŅA"]


def test_one_unlisted_word_opening_a_sentence_is_dropped() -> None:
    assert _found("Autogiro works well. Orsolya Bartha") == ["Orsolya Bartha"]


def test_a_lone_doubtful_word_needs_the_higher_threshold() -> None:
    below = _capitals_model(5.0 + 1.5)  # a score of about 0.82: over the model's threshold, under the lone one
    assert _found("det heter Autogiro hos er", below) == []
    assert _found("det heter Autogiro hos er") == ["Autogiro"]  # a score near 1


def test_a_lone_word_in_lower_case_is_dropped_but_a_lower_case_pair_is_kept() -> None:
    model = _capitals_model(lower=10.0)
    assert _found("go raibh maith agat arís! seolfaidh mé an cead amárach", model) == []
    assert _found("yesterday i met orsolya bartha at the bank", model) == ["orsolya bartha"]


def test_an_elided_preposition_stays_out_of_the_name() -> None:
    text = "devo fare gli auguri dell'Ornella entro stasera"
    assert _found(text, _capitals_model(mixed=10.0)) == ["Ornella"]


def test_another_value_over_the_run_keeps_the_run_out() -> None:
    text = "please call Orsolya Bartha today"
    other = PiiSpan(text.index("Bartha"), len(text), NAME, "builtin")
    assert _found(text, others=[other]) == []


def test_grown_reaches_the_words_of_the_runs_case_but_no_frequent_word_before_it() -> None:
    words = Words("Η Στρατηγού Μακρυγιάννη έκλεισε")
    assert learned_names.grown(words, 1, 2) == (1, 3)


def test_a_listed_word_opening_a_sentence_that_goes_on_is_dropped_but_a_signature_line_is_kept() -> None:
    assert _found("Fekete pénteken vettem egy tévét") == []  # black: a frequent word and a surname
    assert _found("Köszönöm a segítséget!\nPéter") == ["Péter"]


def test_the_end_of_a_brands_name_is_dropped() -> None:
    assert _found("refund from Marks and Spencer has not arrived") == []
