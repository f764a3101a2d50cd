"""The census given-name builder keeps names and leaves words, short syllables and towns out; the shipped list
holds English names the other lists lack and no common word."""

import gzip
from pathlib import Path

from runtime.privacy.detectors.name_words import CENSUS_FILE, COMMON_WORDS, FREQUENT_WORDS, RARE_GIVEN_NAMES
from scripts import build_given_names_census as census


def test_census_names_are_read_capitalized(tmp_path: Path) -> None:
    (tmp_path / "dist.female.first").write_text("MARY           2.629  2.629      1\n", encoding="ascii")
    (tmp_path / "dist.male.first").write_text("JOSHUA         0.435 21.005     40\n", encoding="ascii")
    assert census.census_names(tmp_path) == ["Mary", "Joshua"]


def test_an_english_word_is_no_name() -> None:
    assert census.is_word("Melody", frozenset({"melody"}))


def test_the_shipped_list_holds_names_and_no_words() -> None:
    lines = gzip.decompress(CENSUS_FILE.read_bytes()).decode("utf-8").splitlines()
    names = [line.lower() for line in lines if not line.startswith("#")]
    assert lines[0].startswith("#") and "darrell" in names and "kaylee" in names
    assert all(len(name) >= census.MIN_LETTERS for name in names)
    assert not {"melody", "bee", "wei"} & set(names)
    assert not set(names) & (COMMON_WORDS | FREQUENT_WORDS)
    assert "darrell" in RARE_GIVEN_NAMES  # rare: alone and capitalized, such a name needs more to count


def test_a_census_name_begins_a_name() -> None:
    from runtime.privacy.detectors import names

    text = "Ir-raġel tiegħi, Darrell Whitfield, se jċempel għada."
    assert [text[s.start : s.end] for s in names.detect(text)] == ["Darrell Whitfield"]
