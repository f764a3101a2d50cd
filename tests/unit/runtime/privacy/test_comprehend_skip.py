"""runtime.privacy.comprehend_skip: a message of frequent words alone holds nothing Comprehend would add (pure:
a small lexicon built in the test; the shipped one checked against the personal-data corpora)."""

from __future__ import annotations

import pytest

from runtime.privacy.comprehend_skip import (
    WORD_VALUED_TYPES,
    CallSkipper,
    PerLanguage,
    SkipLexicon,
    build_lexicon,
    label_words,
    nothing_to_add,
    shipped_lexicon,
    skip_allowed,
)

FREQUENT = {
    "en": ["the", "i", "can", "my", "does", "change", "card", "thanks", "that", "helped", "a", "lot", "will", "rose",
           "password", "is", "it", "where", "money", "costa", "m", "paid", "back", "tom", "you", "help", "me",
           "don't", "don", "t", "i'm", "o"],
    "pt": ["obrigado", "o", "meu", "cartão", "costa", "onde", "está", "dinheiro"],
}  # fmt: skip
GIVEN = frozenset({"will", "rose", "tom", "don"})
FAMILY = frozenset({"does", "costa"})
COMMON = frozenset({"does", "will"})
LEXICON = build_lexicon(FREQUENT, GIVEN, FAMILY, COMMON, frozenset({"password"}))


def test_the_lexicon_leaves_out_given_names_labels_and_family_names_that_are_not_common_words() -> None:
    assert {"will", "rose", "tom", "password", "costa"}.isdisjoint(LEXICON.words["en"])
    assert "does" in LEXICON.words["en"]  # a family name the lists count as a common word
    assert LEXICON.capitalized["en"] == {"does"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thanks, that helped a lot!", "en"),
        ("Where is my money?", "en"),
        ("Does it help? I can change my card.", "en"),  # a common-word family name starts a sentence; English I
        ("(Where is my money?)", "en"),
        ("I don't change my card; I’m paid back.", "en"),  # elided words the list holds whole
        ("Obrigado! Onde está o meu dinheiro?", "pt"),
    ],
)
def test_a_message_of_frequent_words_alone_skips(text: str, language: str) -> None:
    assert nothing_to_add(text, language, LEXICON)


@pytest.mark.parametrize(
    ("text", "language", "why"),
    [
        ("I paid tom back.", "en", "a given name, even in lower case"),
        ("I paid o'tom back.", "en", "an elided word not held whole is read by its pieces"),
        ("Don't change my card.", "en", "a name starting a sentence, elided"),
        ("Will you help me?", "en", "a given name starting a sentence"),
        ("Thanks, Costa", "en", "a family name that is no common word"),
        ("Where is my money, Money?", "en", "a capital inside a sentence"),
        ("Where is my MONEY?", "en", "a word in capitals"),
        ("Where is my 100?", "en", "a digit"),
        ("Where is my money @ the card?", "en", "an @"),
        ("Where is money.card", "en", "a dot inside a word"),
        ("Where is my money #card", "en", "a symbol"),
        ("my password is money", "en", "a credential label"),
        ("Where is my wallet?", "en", "a word that is not frequent"),
        ("Where is my money?", "de", "a language without a lexicon"),
        ("Onde está o meu dinheiro?", "en", "words of another language"),
        ("   ", "en", "nothing to read"),
    ],
)
def test_anything_comprehend_might_read_keeps_the_call(text: str, language: str, why: str) -> None:
    assert not nothing_to_add(text, language, LEXICON), why


def test_a_stack_pseudonymizing_a_type_words_alone_can_write_never_skips() -> None:
    assert skip_allowed(lambda entity_type: entity_type in {"NAME", "EMAIL", "PASSWORD"})
    for entity_type in WORD_VALUED_TYPES:
        assert not skip_allowed({entity_type}.__contains__)
    assert not skip_allowed(lambda entity_type: True)  # ALL


def test_the_skipper_uses_its_lexicon_and_fails_closed_without_one() -> None:
    assert CallSkipper(LEXICON)("Where is my money?", "en")
    assert not CallSkipper(SkipLexicon({}, frozenset(), {}))("Where is my money?", "en")


def test_label_words_hold_street_types_and_address_labels() -> None:
    labels = label_words()
    assert {"rua", "street", "morada", "senha", "password", "chamo", "mr", "senhora", "herr"} <= labels


def test_the_shipped_lexicon_keeps_names_and_places_out() -> None:
    lexicon = shipped_lexicon()
    assert set(lexicon.words) == {"de", "en", "es", "fr", "it", "pt"}
    assert {"the", "money", "thanks"} <= lexicon.words["en"]
    assert {"maria", "john", "will", "london", "canada", "password"}.isdisjoint(lexicon.words["en"])
    assert {"maria", "joão", "ana", "lisboa", "portugal", "senha"}.isdisjoint(lexicon.words["pt"])


def test_a_language_s_words_are_built_once_and_only_when_looked_up() -> None:
    built: list[str] = []

    def build(language: str) -> frozenset[str]:
        built.append(language)
        return frozenset({language})

    words = PerLanguage(["en", "pt", "fr"], build)
    assert set(words) == {"en", "pt", "fr"} and len(words) == 3 and not built
    assert words["pt"] == {"pt"} and words.get("pt") == frozenset({"pt"})
    assert words.get("de") is None  # not a language of the list: nothing built
    assert built == ["pt"]


def test_the_eager_languages_are_sorted_out_at_once_and_the_others_alike_on_demand() -> None:
    eager = build_lexicon(FREQUENT, GIVEN, FAMILY, COMMON, frozenset({"password"}), eager=["pt"])
    for language in FREQUENT:
        assert eager.words[language] == LEXICON.words[language]
        assert eager.capitalized[language] == LEXICON.capitalized[language]


def test_a_skipper_that_cannot_sort_out_a_language_s_words_skips_nothing() -> None:
    def broken(language: str) -> frozenset[str]:
        raise ValueError(language)

    lexicon = SkipLexicon(PerLanguage(["en"], broken), frozenset(), {})
    assert not CallSkipper(lexicon)("Where is my money?", "en")
