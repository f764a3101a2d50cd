"""The benign places generator: numbers written as each country writes them, frames filled up to the target."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from bench.messy_corpus_benign import BenignSource, amount, build_benign, day, rate, read_source


def test_amounts_are_written_as_the_country_writes_them() -> None:
    rnd = random.Random(7)
    pt = [amount("pt", rnd) for _ in range(200)]
    assert all(a.endswith(" €") for a in pt)
    assert any(re.fullmatch(r"\d{1,2}\.\d{3}(,\d\d)? €", a) for a in pt)
    en = [amount("en", rnd) for _ in range(200)]
    assert all(a.startswith("£") for a in en) and any("," in a for a in en)
    assert all(a.endswith(" zł") for a in (amount("pl", rnd) for _ in range(20)))
    assert all(a.startswith("€") for a in (amount("ga", rnd) for _ in range(20)))


def test_dates_and_rates_follow_the_language() -> None:
    rnd = random.Random(3)
    assert re.fullmatch(r"\d{4}\.\d\d\.\d\d\.", day("hu", rnd))
    assert re.fullmatch(r"\d\d/\d\d/202[5-8]", day("pt", rnd))
    rates = [rate("de", rnd) for _ in range(50)]
    assert all(r.endswith("%") and "." not in r for r in rates) and any("," in r for r in rates)


def test_whole_messages_come_first_then_frames_are_filled_in_turn_without_repeats() -> None:
    source = BenignSource(
        messages=["Ist die Filiale offen?", "Ist die Filiale offen?"],
        frames=["Filiale {{street}} in {{town}}", "Wie weit ist es bis {{place.u}}?"],
        pools={"town": ["Graz", "Linz", "Wels"], "street": ["Goethestraße", "Ring"], "place": ["Dom", "Bahnhof"]},
    )
    built = build_benign("de", source, target=9)
    assert built[0] == "Ist die Filiale offen?" and len(built) == 9 == len(set(built))
    assert {"Wie weit ist es bis DOM?", "Wie weit ist es bis BAHNHOF?"} <= set(built)
    assert build_benign("de", source, target=9) == built


def test_too_few_names_for_the_target_is_an_error() -> None:
    source = BenignSource(frames=["Filiale in {{town}}"], pools={"town": ["Graz"], "street": [], "place": []})
    with pytest.raises(ValueError, match="too few"):
        build_benign("de", source, target=3)


def test_an_unknown_kind_of_line_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text("# comment\nmessage\tHallo\nstreets\tRing\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown kind"):
        read_source(path)
