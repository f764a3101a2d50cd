"""The blind corpus (the detectors' test set): every market language, valid values in every type and form, enough
values and ordinary messages, files that are what their generator writes, and independence from the first corpus."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from bench.messy_corpus import DOC, read_messy
from bench.messy_corpus_benign import TARGET, build_benign, read_source
from bench.messy_corpus_build import build_language, corpus_option, read_frames
from bench.messy_corpus_checks import compact, valid
from bench.messy_corpus_corpora import BLIND, CORPORA, FIRST
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


@pytest.fixture(scope="module")
def messages() -> list[MessyMessage]:
    return read_messy(BLIND.messy_dir)


@pytest.fixture(scope="module")
def benign() -> dict[str, list[str]]:
    return read_benign(BLIND.benign_dir)


def _stems(directory: Path) -> set[str]:
    return {path.stem for path in directory.glob("*.txt")}


def test_the_blind_corpus_has_its_own_folders_seeds_and_country_data() -> None:
    assert CORPORA == {"first": FIRST, "blind": BLIND}
    assert {BLIND.messy_dir, BLIND.benign_dir}.isdisjoint({FIRST.messy_dir, FIRST.benign_dir})
    assert (BLIND.seed, BLIND.benign_seed) != (FIRST.seed, FIRST.benign_seed)
    assert set(BLIND.locales) == set(FIRST.locales) == CORPUS_LANGUAGES
    hand_written = [language for language, locale in FIRST.locales.items() if locale.streets]
    assert hand_written
    for language in hand_written:
        blind, first = BLIND.locales[language], FIRST.locales[language]
        shared = (set(blind.streets) & set(first.streets)) | (set(blind.towns) & set(first.towns))
        assert len(shared) == 0, (language, sorted(map(str, shared)))


def test_every_market_language_has_blind_frames_messages_and_benign_messages() -> None:
    for directory in (BLIND.frames_dir, BLIND.messy_dir, BLIND.benign_frames_dir, BLIND.benign_dir):
        assert _stems(directory) == CORPUS_LANGUAGES, directory


def test_every_value_is_of_a_known_type_and_form_and_valid(messages: list[MessyMessage]) -> None:
    invalid = []
    for message in messages:
        assert message.country == BLIND.locales[message.language].country
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
    messages: list[MessyMessage], benign: dict[str, list[str]]
) -> None:
    per_language = Counter(m.language for m in messages for _ in m.values)
    assert min(per_language.values()) >= MIN_VALUES_PER_LANGUAGE, per_language
    for language in CORPUS_LANGUAGES:
        kinds = {family(v.entity_type) for m in messages if m.language == language for v in m.values}
        assert kinds == TYPE_FAMILIES, language
    assert {v.form for m in messages for v in m.values} == FORMS
    assert min(len(texts) for texts in benign.values()) >= MIN_BENIGN_PER_LANGUAGE
    assert not [text for texts in benign.values() for text in texts if "\t" in text or "{{" in text]


def test_no_blind_frame_is_a_frame_of_the_first_corpus() -> None:
    def frames(directory: Path) -> set[str]:
        return {frame for path in directory.glob("*.txt") for _, frame in read_frames(path)}

    def benign_frames(directory: Path) -> set[str]:
        return {frame for path in directory.glob("*.txt") for frame in read_source(path).frames}

    shared = frames(BLIND.frames_dir) & frames(FIRST.frames_dir)
    shared_benign = benign_frames(BLIND.benign_frames_dir) & benign_frames(FIRST.benign_frames_dir)
    assert (len(shared), len(shared_benign)) == (0, 0), sorted(shared | shared_benign)


@pytest.mark.parametrize("language", sorted(CORPUS_LANGUAGES))
def test_the_committed_blind_corpus_is_what_its_generator_writes(language: str) -> None:
    built = build_language(language, read_frames(BLIND.frames_dir / f"{language}.txt"), None, BLIND)
    assert (BLIND.messy_dir / f"{language}.txt").read_text(encoding="utf-8").splitlines() == built
    source = read_source(BLIND.benign_frames_dir / f"{language}.txt")
    written = (BLIND.benign_dir / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    assert written == build_benign(language, source, TARGET, BLIND.benign_seed)


def test_the_blind_corpus_fills_its_frames_with_other_values_than_the_first_seed_would() -> None:
    frames = read_frames(BLIND.frames_dir / "pl.txt")
    blind = [parse_line(line) for line in build_language("pl", frames, None, BLIND)]
    first_seed = [parse_line(line) for line in build_language("pl", frames, FIRST.seed, BLIND)]
    assert [m.form for m in blind] == [m.form for m in first_seed]
    ours = {m.text[v.start : v.end] for m in blind for v in m.values}
    theirs = {m.text[v.start : v.end] for m in first_seed for v in m.values}
    assert len(ours - theirs) > len(ours) // 2


def test_every_blind_benign_frames_file_names_streets_without_house_numbers_towns_and_places() -> None:
    for path in sorted(BLIND.benign_frames_dir.glob("*.txt")):
        source = read_source(path)
        assert all(len(names) >= 8 for names in source.pools.values()), path.name
        assert not [street for street in source.pools["street"] if street[-1].isdigit()], path.name
        slots = {slot for frame in source.frames for slot in ("{{town", "{{street", "{{place") if slot in frame}
        assert slots == {"{{town", "{{street", "{{place"}, path.name


def test_the_corpus_option_names_a_corpus_and_defaults_to_the_first() -> None:
    assert corpus_option("build", "", []) is FIRST
    assert corpus_option("build", "", ["--corpus", "blind"]) is BLIND
    with pytest.raises(SystemExit):
        corpus_option("build", "", ["--corpus", "third"])


def test_the_page_has_one_place_for_the_blind_corpus_section() -> None:
    page = DOC.read_text(encoding="utf-8")
    assert page.count(BLIND_START) == 1 and page.count(BLIND_END) == 1
    assert page.index(BLIND_START) < page.index(BLIND_END)
