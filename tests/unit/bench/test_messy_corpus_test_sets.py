"""The blind corpora (the blind one, the third, the fourth, the fifth, the sixth, the seventh, the eighth and the
ninth, each written without reading the detectors or the earlier corpora): every market language, valid values in
every type and form, enough values and ordinary messages, files that are what their generator writes, and
independence from each other and from the first corpus (no shared frame, message, street or town)."""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from pathlib import Path

import phonenumbers
import pytest

from bench.messy_corpus import DOC, read_messy
from bench.messy_corpus_benign import TARGET, build_benign, read_source
from bench.messy_corpus_build import build_language, corpus_option, read_frames
from bench.messy_corpus_checks import compact, valid
from bench.messy_corpus_corpora import (
    BLIND,
    CORPORA,
    EIGHTH,
    FIFTH,
    FIRST,
    FOURTH,
    NINTH,
    SEVENTH,
    SIXTH,
    THIRD,
    Corpus,
)
from bench.messy_corpus_format import FORMS, MessyMessage, parse_line
from bench.messy_corpus_report import BLIND_END, BLIND_START
from bench.privacy_corpus import family, read_benign
from runtime.privacy.market_languages import MARKET_LANGUAGES
from runtime.privacy.types import PHONE

#: At least this many personal values in every language.
MIN_VALUES_PER_LANGUAGE = 100
#: The issue's minimum of ordinary messages per market language.
MIN_BENIGN_PER_LANGUAGE = 400
CORPUS_LANGUAGES = MARKET_LANGUAGES - {"no"}
TYPE_FAMILIES = {"NAME", "ADDRESS", "EMAIL", "PHONE", "IBAN", "CARD", "NATIONAL_ID", "PASSPORT", "BIRTH_DATE"}
TEST_CORPORA = (BLIND, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH)
#: The corpora written after the others, each with its own lists of towns, streets and places and its own messages.
LATER_CORPORA = (THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH)


@pytest.fixture(scope="module", params=TEST_CORPORA, ids=lambda corpus: corpus.name)
def corpus(request: pytest.FixtureRequest) -> Corpus:
    chosen: Corpus = request.param
    return chosen


def _stems(directory: Path) -> set[str]:
    return {path.stem for path in directory.glob("*.txt")}


@pytest.fixture(scope="module")
def languages(corpus: Corpus) -> set[str]:
    return set(CORPUS_LANGUAGES)


@pytest.fixture(scope="module")
def messages(corpus: Corpus) -> list[MessyMessage]:
    return read_messy(corpus.messy_dir)


@pytest.fixture(scope="module")
def benign(corpus: Corpus) -> dict[str, list[str]]:
    return read_benign(corpus.benign_dir)


def _frames(corpus: Corpus) -> set[str]:
    return {frame for path in corpus.frames_dir.glob("*.txt") for _, frame in read_frames(path)}


def _benign_frames(corpus: Corpus) -> set[str]:
    return {frame for path in corpus.benign_frames_dir.glob("*.txt") for frame in read_source(path).frames}


def _benign_messages(corpus: Corpus) -> set[str]:
    return {text for path in corpus.benign_frames_dir.glob("*.txt") for text in read_source(path).messages}


def test_every_corpus_has_its_own_folders_seeds_and_country_data() -> None:
    assert CORPORA == {
        "first": FIRST,
        "blind": BLIND,
        "third": THIRD,
        "fourth": FOURTH,
        "fifth": FIFTH,
        "sixth": SIXTH,
        "seventh": SEVENTH,
        "eighth": EIGHTH,
        "ninth": NINTH,
    }
    hand_written = [language for language, locale in FIRST.locales.items() if locale.streets]
    assert hand_written
    for one, other in combinations(CORPORA.values(), 2):
        assert {one.messy_dir, one.benign_dir}.isdisjoint({other.messy_dir, other.benign_dir})
        assert {one.seed, one.benign_seed}.isdisjoint({other.seed, other.benign_seed})
        assert set(one.locales) == set(other.locales) == CORPUS_LANGUAGES
        for language in hand_written:
            ours, theirs = one.locales[language], other.locales[language]
            shared = (set(ours.streets) & set(theirs.streets)) | (set(ours.towns) & set(theirs.towns))
            assert len(shared) == 0, (one.name, other.name, language, sorted(map(str, shared)))


def test_every_market_language_has_frames_messages_and_benign_messages(corpus: Corpus) -> None:
    for directory in (corpus.frames_dir, corpus.messy_dir, corpus.benign_frames_dir, corpus.benign_dir):
        assert _stems(directory) == set(CORPUS_LANGUAGES), directory


def test_every_value_is_of_a_known_type_and_form_and_valid(corpus: Corpus, messages: list[MessyMessage]) -> None:
    invalid = []
    for message in messages:
        assert message.country == corpus.locales[message.language].country
        assert message.values and message.form in FORMS
        for value in message.values:
            written = message.text[value.start : value.end]
            assert value.form in FORMS and family(value.entity_type) in TYPE_FAMILIES, message.text
            if not written.strip() or not valid(value.entity_type, written):
                invalid.append((message.language, value.entity_type, written))
    assert invalid == []


def test_every_phone_number_is_valid_for_its_country_as_written(messages: list[MessyMessage]) -> None:
    invalid = []
    for message in messages:
        for value in (v for v in message.values if v.entity_type == PHONE):
            written = compact(message.text[value.start : value.end]).replace("(", "").replace(")", "")
            parsed = phonenumbers.parse(written, message.country)
            if not phonenumbers.is_valid_number(parsed) or parsed.extension:
                invalid.append((message.language, message.text[value.start : value.end]))
    assert invalid == []


def test_every_language_has_enough_values_of_every_type_and_the_corpus_every_form(
    languages: set[str], messages: list[MessyMessage], benign: dict[str, list[str]]
) -> None:
    per_language = Counter(m.language for m in messages for _ in m.values)
    assert set(per_language) == set(benign) == languages
    assert min(per_language.values()) >= MIN_VALUES_PER_LANGUAGE, per_language
    for language in languages:
        kinds = {family(v.entity_type) for m in messages if m.language == language for v in m.values}
        assert kinds == TYPE_FAMILIES, language
    assert {v.form for m in messages for v in m.values} == FORMS
    assert min(len(texts) for texts in benign.values()) >= MIN_BENIGN_PER_LANGUAGE
    assert not [text for texts in benign.values() for text in texts if "\t" in text or "{{" in text or "[" in text]


@pytest.mark.parametrize(("one", "other"), list(combinations(CORPORA.values(), 2)), ids=lambda c: c.name)
def test_no_two_corpora_share_a_frame(one: Corpus, other: Corpus) -> None:
    shared = _frames(one) & _frames(other)
    shared_benign = _benign_frames(one) & _benign_frames(other)
    assert (len(shared), len(shared_benign)) == (0, 0), sorted(shared | shared_benign)


def _earlier(corpus: Corpus) -> list[tuple[Corpus, Corpus]]:
    order = list(CORPORA.values())
    return [(corpus, other) for other in order[: order.index(corpus)]]


EARLIER_PAIRS = [pair for corpus in LATER_CORPORA for pair in _earlier(corpus)]


@pytest.mark.parametrize(("later", "other"), EARLIER_PAIRS, ids=lambda c: c.name)
def test_a_later_corpus_shares_no_whole_ordinary_message_with_an_earlier_one(later: Corpus, other: Corpus) -> None:
    shared = _benign_messages(later) & _benign_messages(other)
    assert len(shared) == 0, sorted(shared)


@pytest.mark.parametrize(("later", "other"), EARLIER_PAIRS, ids=lambda c: c.name)
def test_a_later_corpus_names_no_town_street_or_place_of_an_earlier_one(later: Corpus, other: Corpus) -> None:
    shared = []
    for path in sorted(later.benign_frames_dir.glob("*.txt")):
        ours, theirs = read_source(path), read_source(other.benign_frames_dir / path.name)
        locale = other.locales[path.stem]
        addresses = {street.replace("#", "").strip(" ,").lower() for street in locale.streets}
        addresses |= {town.lower() for _, town in locale.towns}
        for kind, names in ours.pools.items():
            shared += [(path.stem, name) for name in names if name in theirs.pools[kind] or name.lower() in addresses]
    assert len(shared) == 0, shared


@pytest.mark.parametrize("corpus", TEST_CORPORA, ids=lambda c: c.name)
@pytest.mark.parametrize("language", sorted(CORPUS_LANGUAGES))
def test_the_committed_corpus_is_what_its_generator_writes(corpus: Corpus, language: str) -> None:
    built = build_language(language, read_frames(corpus.frames_dir / f"{language}.txt"), None, corpus)
    assert (corpus.messy_dir / f"{language}.txt").read_text(encoding="utf-8").splitlines() == built
    source = read_source(corpus.benign_frames_dir / f"{language}.txt")
    written = (corpus.benign_dir / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    assert written == build_benign(language, source, TARGET, corpus.benign_seed)


def test_a_test_corpus_fills_its_frames_with_other_values_than_the_first_seed_would(
    corpus: Corpus, languages: set[str]
) -> None:
    language = "pl" if "pl" in languages else min(languages)
    frames = read_frames(corpus.frames_dir / f"{language}.txt")
    own = [parse_line(line) for line in build_language(language, frames, None, corpus)]
    first_seed = [parse_line(line) for line in build_language(language, frames, FIRST.seed, corpus)]
    assert [m.form for m in own] == [m.form for m in first_seed]
    ours = {m.text[v.start : v.end] for m in own for v in m.values}
    theirs = {m.text[v.start : v.end] for m in first_seed for v in m.values}
    assert len(ours - theirs) > len(ours) // 2


def test_every_benign_frames_file_names_streets_without_house_numbers_towns_and_places(corpus: Corpus) -> None:
    for path in sorted(corpus.benign_frames_dir.glob("*.txt")):
        source = read_source(path)
        assert all(len(names) >= 8 for names in source.pools.values()), path.name
        assert not [street for street in source.pools["street"] if street[-1].isdigit()], path.name
        slots = {slot for frame in source.frames for slot in ("{{town", "{{street", "{{place") if slot in frame}
        assert slots == {"{{town", "{{street", "{{place"}, path.name


@pytest.mark.parametrize("later", LATER_CORPORA, ids=lambda c: c.name)
def test_a_later_benign_corpus_has_messages_wholly_in_capitals_and_wholly_in_lower_case(later: Corpus) -> None:
    for language, texts in read_benign(later.benign_dir).items():
        letters = ["".join(ch for ch in text if ch.isalpha()) for text in texts]
        assert any(word.isupper() for word in letters), language
        assert any(word.islower() for word in letters), language


def test_the_corpus_option_names_a_corpus_and_defaults_to_the_first() -> None:
    assert corpus_option("build", "", []) is FIRST
    assert corpus_option("build", "", ["--corpus", "blind"]) is BLIND
    assert corpus_option("build", "", ["--corpus", "third"]) is THIRD
    assert corpus_option("build", "", ["--corpus", "fourth"]) is FOURTH
    assert corpus_option("build", "", ["--corpus", "fifth"]) is FIFTH
    assert corpus_option("build", "", ["--corpus", "sixth"]) is SIXTH
    assert corpus_option("build", "", ["--corpus", "seventh"]) is SEVENTH
    assert corpus_option("build", "", ["--corpus", "eighth"]) is EIGHTH
    assert corpus_option("build", "", ["--corpus", "ninth"]) is NINTH
    with pytest.raises(SystemExit):
        corpus_option("build", "", ["--corpus", "tenth"])


def test_the_page_has_one_place_for_the_blind_corpus_section() -> None:
    page = DOC.read_text(encoding="utf-8")
    assert page.count(BLIND_START) == 1 and page.count(BLIND_END) == 1
    assert page.index(BLIND_START) < page.index(BLIND_END)
