"""The messy corpus and benign places corpus: files parse, values are valid, sizes meet the minimums, the committed
corpus is what its generator writes, and the harness counts found, missed and too-long spans correctly."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from bench.messy_corpus import BENIGN_PLACES_DIR, DOC, MESSY_DIR, hidden, measure, read_messy, render, value_run
from bench.messy_corpus_benign import FRAMES_DIR as BENIGN_FRAMES_DIR
from bench.messy_corpus_benign import build_benign, read_source
from bench.messy_corpus_build import FRAMES_DIR, build_language, read_frames
from bench.messy_corpus_checks import compact, valid
from bench.messy_corpus_disguise import transform_all
from bench.messy_corpus_format import FORMS, MessyMessage, escape, mark, parse_line, unescape
from bench.messy_corpus_locales import LOCALES
from bench.messy_corpus_report import END, START
from bench.privacy_corpus import read_benign
from runtime.privacy.detectors.national_id_catalog import NATIONAL_ID_TYPES
from runtime.privacy.market_languages import MARKET_LANGUAGES
from runtime.privacy.types import ADDRESS, CARD, EMAIL, IBAN, NAME, PHONE, PiiSpan

MIN_VALUES_PER_LANGUAGE = 40
MIN_VALUES = 1500
MIN_FRAMES_PER_LANGUAGE = 25
#: The issue's minimum of ordinary messages per market language.
MIN_BENIGN_PER_LANGUAGE = 400
#: The market languages with a corpus each: Norwegian as Bokmål and Nynorsk (`no` names both).
CORPUS_LANGUAGES = MARKET_LANGUAGES - {"no"}
MARKED_TYPES = {NAME, ADDRESS, EMAIL, PHONE, IBAN, CARD, "PASSPORT", "BIRTH_DATE"} | NATIONAL_ID_TYPES


@pytest.fixture(scope="module")
def messages() -> list[MessyMessage]:
    return read_messy()


@pytest.fixture(scope="module")
def benign() -> dict[str, list[str]]:
    return read_benign(BENIGN_PLACES_DIR)


def _stems(directory: Path) -> set[str]:
    return {path.stem for path in directory.glob("*.txt")}


def test_every_market_language_has_frames_a_corpus_and_benign_places() -> None:
    assert set(LOCALES) == CORPUS_LANGUAGES
    assert _stems(FRAMES_DIR) == CORPUS_LANGUAGES
    assert _stems(MESSY_DIR) == CORPUS_LANGUAGES
    assert _stems(BENIGN_PLACES_DIR) == CORPUS_LANGUAGES
    assert _stems(BENIGN_FRAMES_DIR) == CORPUS_LANGUAGES


def test_every_line_parses_into_its_language_country_and_known_forms() -> None:
    for path in sorted(MESSY_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            message = parse_line(line)
            assert message.language == path.stem
            assert message.country == LOCALES[path.stem].country
            assert message.form in FORMS
            assert message.values, line
            assert "{{" not in message.text and "[NAME:" not in message.text, line
            for value in message.values:
                assert value.form in FORMS and value.entity_type in MARKED_TYPES, line
                assert message.text[value.start : value.end].strip(), line


def test_every_marked_value_is_valid_for_its_type(messages: list[MessyMessage]) -> None:
    invalid = [
        (m.language, v.entity_type, m.text[v.start : v.end])
        for m in messages
        for v in m.values
        if not valid(v.entity_type, m.text[v.start : v.end])
    ]
    assert invalid == []


def test_every_phone_number_is_valid_for_its_country_as_written(messages: list[MessyMessage]) -> None:
    invalid = []
    for message in messages:
        for value in message.values:
            if value.entity_type == PHONE:
                written = compact(message.text[value.start : value.end]).replace("(", "").replace(")", "")
                parsed = phonenumbers.parse(written, message.country)
                if not phonenumbers.is_valid_number(parsed) or parsed.extension:
                    invalid.append((message.language, message.text[value.start : value.end]))
    assert invalid == []


def test_checks_reject_what_is_not_valid() -> None:
    assert valid("IBAN", "PT50 0002\u200b0123 1234 5678 9015 4")
    assert not valid("IBAN", "PT50 0002 0123 1234 5678 9015 5")
    assert valid("CARD", "4111\u00ad1111 1111 1111") and not valid("CARD", "4111 1111 1111 1112")
    assert valid("PESEL_PL", "44051401359") and not valid("PESEL_PL", "44051401358")
    assert valid("TAJ_HU", "123 456 788") and not valid("TAJ_HU", "123 456 789")
    assert valid("MATRICULE_LU", "1978 0718 291 46") and not valid("MATRICULE_LU", "1978071829147")
    assert not valid("MATRICULE_LU", "1978071829156")


def test_sizes_meet_the_minimums(messages: list[MessyMessage], benign: dict[str, list[str]]) -> None:
    per_language = Counter(m.language for m in messages for _ in m.values)
    assert min(per_language.values()) >= MIN_VALUES_PER_LANGUAGE, per_language
    assert sum(per_language.values()) >= MIN_VALUES
    for path in FRAMES_DIR.glob("*.txt"):
        assert len(read_frames(path)) >= MIN_FRAMES_PER_LANGUAGE, path.name
    assert min(len(texts) for texts in benign.values()) >= MIN_BENIGN_PER_LANGUAGE
    assert {v.form for m in messages for v in m.values} == FORMS


def test_benign_places_hold_no_marked_values(benign: dict[str, list[str]]) -> None:
    assert not [text for texts in benign.values() for text in texts if "\t" in text or "[" in text]


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_the_committed_corpus_is_what_the_generator_writes(language: str) -> None:
    built = build_language(language, read_frames(FRAMES_DIR / f"{language}.txt"))
    assert (MESSY_DIR / f"{language}.txt").read_text(encoding="utf-8").splitlines() == built


def test_another_seed_fills_the_same_frames_with_other_valid_values() -> None:
    frames = read_frames(FRAMES_DIR / "pt.txt")
    committed = [parse_line(line) for line in build_language("pt", frames)]
    held_out = [parse_line(line) for line in build_language("pt", frames, base_seed=4711)]
    assert [m.form for m in held_out] == [m.form for m in committed]  # the same frames, in the same order
    values = {(v.entity_type, m.text[v.start : v.end]) for m in committed for v in m.values}
    other = {(v.entity_type, m.text[v.start : v.end]) for m in held_out for v in m.values}
    assert len(other - values) > len(other) // 2  # mostly new values
    assert all(valid(v.entity_type, m.text[v.start : v.end]) for m in held_out for v in m.values)


@pytest.mark.parametrize("language", sorted(CORPUS_LANGUAGES))
def test_the_committed_benign_places_are_what_their_generator_writes(language: str) -> None:
    built = build_benign(language, read_source(BENIGN_FRAMES_DIR / f"{language}.txt"))
    assert (BENIGN_PLACES_DIR / f"{language}.txt").read_text(encoding="utf-8").splitlines() == built


def test_every_benign_frames_file_names_streets_without_house_numbers_towns_and_places() -> None:
    for path in sorted(BENIGN_FRAMES_DIR.glob("*.txt")):
        source = read_source(path)
        assert all(len(names) >= 8 for names in source.pools.values()), path.name
        assert not [street for street in source.pools["street"] if street[-1].isdigit()], path.name
        slots = {slot for frame in source.frames for slot in ("{{town", "{{street", "{{place") if slot in frame}
        assert slots == {"{{town", "{{street", "{{place"}, path.name


def test_escapes_and_marks_read_back() -> None:
    value = "ana[at]mail[dot]pt\u200b"
    line = f"PT\tpt\tdisguised\tescreve para {mark(EMAIL, value)}\\nobrigada {mark(NAME, 'Rui', 'signature')}"
    message = parse_line(line)
    assert message.text == f"escreve para {value}\nobrigada Rui"
    assert [(v.entity_type, v.form, message.text[v.start : v.end]) for v in message.values] == [
        (EMAIL, "disguised", value),
        (NAME, "signature", "Rui"),
    ]
    assert unescape(escape("a\tb\\c\u00ad")) == "a\tb\\c\u00ad"


def _span(text: str, part: str, entity_type: str, extra: int = 0) -> PiiSpan:
    start = text.index(part)
    return PiiSpan(start, start + len(part) + extra, entity_type, "builtin")


def test_the_harness_counts_found_missed_and_too_long_spans() -> None:
    lines = [
        "PL\tpl\tplain\tkonto [IBAN:PL61 1090 1014 0000 0712 1981 2874] dla [NAME:Jana Kowalskiego]",
        "PL\tpl\tcapitals\tJESTEM [NAME:ANNA NOWAK], proszę o kontakt. [NAME@plain:Ewa]",
        "PT\tpt\tlower\tfalei com a [NAME:ana silva] ontem",
    ]
    messages = [parse_line(line) for line in lines]
    benign = {"pl": ["Oddział przy ulicy Marszałkowskiej", "Ile kosztuje karta?"], "lb": ["Wéivill kascht d'Kaart?"]}

    def detect(text: str, regions: tuple[str, ...]) -> list[PiiSpan]:
        if text.startswith("konto"):  # the IBAN found; the name only partly
            return [_span(text, "PL61 1090 1014 0000 0712 1981 2874", IBAN), _span(text, "Jana", NAME)]
        if text.startswith("JESTEM"):  # 4 characters too long; the wrong type
            return [_span(text, "ANNA NOWAK", NAME, 4), _span(text, "Ewa", PHONE)]
        if text.startswith("falei"):  # 3 characters longer: still found
            return [_span(text, "ana silva", NAME, 3)]
        if text.startswith("Oddział"):
            return [_span(text, "Marszałkowskiej", NAME)]
        return []

    figures = measure(messages, benign, detect)
    assert {k: (t.hits, t.total) for k, t in figures.by_type.items()} == {IBAN: (1, 1), NAME: (1, 4)}
    assert {k: (t.hits, t.total) for k, t in figures.by_form.items()} == {
        "plain": (1, 3),
        "capitals": (0, 1),
        "lower": (1, 1),
    }
    assert {k: (t.hits, t.total) for k, t in figures.builtin_only_names.items()} == {"pl": (0, 3)}
    assert figures.partly == {NAME: 1} and figures.hidden == {NAME: 1}  # too long: hidden; `Jana` only: partly
    assert {k: (t.hits, t.total) for k, t in figures.altered.items()} == {"pl": (1, 2), "lb": (0, 1)}
    assert figures.alterations == [("pl", NAME, "Marszałkowskiej")]
    assert sorted(value for *_, value in figures.misses) == ["ANNA NOWAK", "Ewa", "Jana Kowalskiego"]
    table = render(figures)
    assert "| NAME | 4 | 1 | 25.0% | 0 | 1 | 1 |" in table and "| pl | 1/4 | 0/3 | 1/2 |" in table
    assert "| pt | 1/1 | (Comprehend reads) | 0/0 |" in table and "| lb | – | – | 0/1 |" in table


def test_disguises_write_values_as_people_do() -> None:
    assert transform_all("Θρασύβουλος Ταβερνάρης", "u") == "ΘΡΑΣΥΒΟΥΛΟΣ ΤΑΒΕΡΝΑΡΗΣ"
    assert transform_all("PT50 0002 0123", "c.zw") == "PT5000\u200b020123"
    assert transform_all("085.532.0580", "nbsp") == "085\u00a0532\u00a00580"
    assert transform_all("ana@mail.pt", "say=arroba/ponto") == "ana arroba mail ponto pt"
    assert transform_all("ana@mail.pt", "brk") == "ana[at]mail[dot]pt"
    assert transform_all("Rua Augusta 5", "l.plus=, 2º Esq.") == "rua augusta 5, 2º Esq."
    assert transform_all("Anna Buchholz", "gen") == "Anna Buchholz'" and transform_all("Ole Berg", "gen") == "Ole Bergs"
    assert transform_all("12 rue Pasteur", "bis") == "12 bis rue Pasteur"
    assert transform_all("Łukasz Wójcik-Ørsted", "a") == "Lukasz Wojcik-Orsted"
    assert transform_all("Þórður Sæmundsson", "a.l") == "thordur saemundsson"
    assert transform_all("Йордан Ώρα", "a") == "Йордан Ωρα"  # Cyrillic letters kept, Greek accents dropped


def test_the_page_measures_the_committed_corpora(messages: list[MessyMessage], benign: dict[str, list[str]]) -> None:
    page = DOC.read_text(encoding="utf-8")
    assert page.count(START) == 1 and page.count(END) == 1
    written = page.split(START, 1)[1].split(END, 1)[0]
    values = sum(len(m.values) for m in messages)
    ordinary = sum(len(texts) for texts in benign.values())
    assert f"Corpus: {values} personal values in {len(LOCALES)} languages; {ordinary} ordinary messages" in written
    assert f"in {len(benign)} languages" in written
    assert f"| **all** | {values} |" in written


def test_a_value_covered_only_by_spans_longer_than_it_or_by_pieces_counts_as_hidden() -> None:
    text = "Pozdrawiam Jan Kowalski\nul. Polna 3"
    name_start, name_end = text.index("Jan"), text.index("Kowalski") + len("Kowalski")
    too_long = [_span(text, "Pozdrawiam Jan Kowalski", NAME)]
    pieces = [_span(text, "Jan", NAME), _span(text, "Kowalski", NAME)]
    half = [_span(text, "Jan", NAME)]
    other_type = [_span(text, "Pozdrawiam Jan Kowalski", PHONE)]
    assert hidden(too_long, NAME, text, name_start, name_end)
    assert hidden(pieces, NAME, text, name_start, name_end)
    assert not hidden(half, NAME, text, name_start, name_end)
    assert not hidden(other_type, NAME, text, name_start, name_end)


def test_adjacent_values_of_one_type_found_as_one_span_count_as_found_and_apart() -> None:
    line = (
        "SE\tsv\tpasted\tKassör: [NAME:Tuva] [NAME:Johansson], [PHONE:08-303 268 49]; "
        "[NAME:Marita];[NAME:Andersson] och [NAME:Per]"
    )
    message = parse_line(line)
    text = message.text
    names = [index for index, value in enumerate(message.values) if value.entity_type == NAME]
    tuva, johansson, marita, andersson, per = names
    assert value_run(message, tuva) == value_run(message, johansson) == (text.index("Tuva"), text.index(","))
    assert text[slice(*value_run(message, marita))] == "Marita;Andersson" and value_run(message, andersson)[1] == (
        text.index(" och")
    )
    assert value_run(message, per) == (text.index("Per"), len(text))  # " och " holds letters: a run of its own
    phone = message.values[2]
    assert value_run(message, 2) == (phone.start, phone.end)  # the phone joins no name

    def detect(text: str, regions: tuple[str, ...]) -> list[PiiSpan]:
        return [_span(text, "Tuva Johansson", NAME), _span(text, "Marita;Andersson och", NAME)]

    figures = measure([message], {}, detect)
    assert (figures.by_type[NAME].hits, figures.by_type[NAME].total) == (2, 5)
    assert figures.joined == {NAME: 2}  # Tuva and Johansson; Marita;Andersson swallowed "och": not found
    assert figures.hidden == {NAME: 2}
    assert "| NAME | 5 | 2 | 40.0% | 2 | 2 | 0 |" in render(figures)
