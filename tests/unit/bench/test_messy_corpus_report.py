"""The independent corpus's page section: verdicts against the targets, worst misses, alterations, markers."""

from __future__ import annotations

import pytest

from bench.messy_corpus_report import (
    BLIND_END,
    BLIND_PAGE,
    BLIND_START,
    EIGHTH_END,
    EIGHTH_PAGE,
    EIGHTH_START,
    END,
    FIFTH_END,
    FIFTH_PAGE,
    FIFTH_START,
    FIRST_PAGE,
    FOURTH_END,
    FOURTH_PAGE,
    FOURTH_START,
    NINTH_END,
    NINTH_PAGE,
    NINTH_START,
    SEVENTH_END,
    SEVENTH_PAGE,
    SEVENTH_START,
    SIXTH_END,
    SIXTH_PAGE,
    SIXTH_START,
    START,
    THIRD_END,
    THIRD_PAGE,
    THIRD_START,
    PageSection,
    RunFacts,
    alterations,
    headline,
    replace_section,
    section,
    spread,
    worst_misses,
)
from bench.messy_corpus_tables import MessyFigures
from bench.privacy_corpus import Tally

FACTS = RunFacts(
    command="python -m bench.messy_corpus --update-doc",
    machine="2 × test CPU",
    commit="abc1234",
    date="2026-12-07 12:00 UTC",
    versions={"faker": "40.0", "python-stdnum": "2.2", "phonenumbers": "9.0"},
)


def _figures(kept: int, names: int, altered: dict[str, tuple[int, int]]) -> MessyFigures:
    return MessyFigures(
        by_type={"NAME": Tally(names, 100), "IBAN": Tally(kept - names, 100)},
        by_form={"plain": Tally(kept, 200)},
        by_language={"pl": Tally(kept, 200)},
        by_type_form={("NAME", "plain"): Tally(names, 100), ("IBAN", "plain"): Tally(kept - names, 100)},
        builtin_only_names={"pl": Tally(names, 100)},
        altered={language: Tally(hits, count) for language, (hits, count) in altered.items()},
    )


def test_the_headline_meets_a_target_only_at_or_beyond_it() -> None:
    met = "\n".join(headline(_figures(198, 95, {"pl": (8, 400), "pt": (0, 400)})))
    assert "**198/200 (99.0%)**; target at least 99%: met" in met
    assert "**95/100 (95.0%)**; target at least 95%: met" in met
    assert "**8/800 (1.0%)**; most in `pl`: 2.0%; target at most 2% in every language: met" in met
    missed = "\n".join(headline(_figures(197, 94, {"pl": (9, 400), "pt": (0, 400)})))
    assert missed.count("**not met**") == 3


def test_one_language_over_the_benign_target_fails_it_even_when_the_total_is_under() -> None:
    lines = "\n".join(headline(_figures(200, 100, {"pl": (10, 400), "pt": (0, 400), "sv": (0, 400)})))
    assert "(0.8%)**; most in `pl`: 2.5%" in lines and lines.endswith("**not met**.\n")


def test_worst_misses_rank_cells_by_values_missed_with_examples_from_several_languages() -> None:
    figures = _figures(150, 50, {})
    figures.misses = [
        ("cs", "NAME", "plain", "Jan|Novák"),
        ("pl", "NAME", "plain", "Ewa"),
        ("pl", "NAME", "plain", "Ola"),
        ("sk", "NAME", "plain", "Eva"),
        ("pl", "IBAN", "plain", "PL61\u200b1090"),
    ]
    table = worst_misses(figures, count=2)
    assert table[2] == "| NAME | plain | 4 | 100 | `cs: Jan\\|Novák`; `pl: Ola` |"
    assert table[3] == "| IBAN | plain | 1 | 100 | `pl: PL61\\u200b1090` |"
    assert len(table) == 5 and table[-1] == ""


def test_spread_takes_items_evenly_across_the_list() -> None:
    assert spread(["a", "b", "c", "d", "e", "f"], 2) == ["a", "d"]
    assert spread(["a"], 2) == ["a"]


def test_alterations_count_each_span_and_name_its_languages() -> None:
    figures = _figures(0, 0, {})
    figures.alterations = [("pt", "NAME", "Augusta"), ("it", "NAME", "Augusta"), ("hu", "NAME", "István")]
    table = alterations(figures)
    assert table[2:4] == ["| `Augusta` | NAME | 2 | it, pt |", "| `István` | NAME | 1 | hu |"]


def test_the_section_carries_its_run_facts_tables_and_markers() -> None:
    written = section(_figures(198, 95, {"pl": (0, 420)}), FACTS)
    assert written.startswith(START) and written.rstrip().endswith(END)
    assert "`python -m bench.messy_corpus --update-doc`" in written and "`abc1234`" in written
    assert "| **all** | 200 | 198 | **99.0%** | 0 |" in written
    assert "Corpus: 200 personal values in 1 languages; 420 ordinary messages in 1 languages (at least 420" in written
    assert all(len(line) <= 120 for line in written.splitlines() if not line.startswith(("|", "-")))


def test_the_section_is_appended_once_then_replaced_in_place() -> None:
    page = "# Page\n\nintro\n"
    first = replace_section(page, f"{START}\nold\n{END}\n")
    assert first == f"# Page\n\nintro\n\n{START}\nold\n{END}\n"
    later = first + "\n## After\n"
    replaced = replace_section(later, f"{START}\nnew\n{END}\n")
    assert replaced == f"# Page\n\nintro\n\n{START}\nnew\n{END}\n\n## After\n"
    assert replace_section(replaced, f"{START}\nnew\n{END}\n") == replaced


def test_the_blind_corpus_has_its_own_section_markers_and_heading() -> None:
    written = section(_figures(198, 95, {"pl": (0, 420)}), FACTS, BLIND_PAGE)
    assert written.startswith(BLIND_START) and written.rstrip().endswith(BLIND_END)
    assert "## Measured on a blind test corpus" in written and "messy_corpus_blind/frames" in written
    assert START not in written and "tests/fixtures/messy_corpus/frames" not in written
    assert all(len(line) <= 120 for line in written.splitlines() if not line.startswith(("|", "-")))


def test_the_third_corpus_has_its_own_section_markers_and_heading() -> None:
    written = section(_figures(198, 95, {"pl": (0, 420)}), FACTS, THIRD_PAGE)
    assert written.startswith(THIRD_START) and written.rstrip().endswith(THIRD_END)
    assert "## Measured on a third blind test corpus" in written and "messy_corpus_third/frames" in written
    assert START not in written and BLIND_START not in written and "messy_corpus_blind/frames" not in written
    assert all(len(line) <= 120 for line in written.splitlines() if not line.startswith(("|", "-")))


def test_the_fourth_corpus_has_its_own_section_markers_and_heading() -> None:
    written = section(_figures(198, 95, {"pl": (0, 420)}), FACTS, FOURTH_PAGE)
    assert written.startswith(FOURTH_START) and written.rstrip().endswith(FOURTH_END)
    assert "## Measured on a fourth blind test corpus" in written and "messy_corpus_fourth/frames" in written
    assert THIRD_START not in written and "messy_corpus_third/frames" not in written
    assert all(len(line) <= 120 for line in written.splitlines() if not line.startswith(("|", "-")))


@pytest.mark.parametrize(
    ("page", "start", "end", "ordinal", "session"),
    [(FIFTH_PAGE, FIFTH_START, FIFTH_END, "fifth", "sixth"), (SIXTH_PAGE, SIXTH_START, SIXTH_END, "sixth", "seventh")],
    ids=["fifth", "sixth"],
)
def test_a_spent_corpus_has_become_a_development_set_whose_section_shows_its_misses(
    page: PageSection, start: str, end: str, ordinal: str, session: str
) -> None:
    figures = _figures(198, 95, {"pl": (3, 420)})
    figures.misses.append(("pl", "NAME", "plain", "Ewa Wiewiórka"))
    figures.alterations.append(("pl", "NAME", "Tarnów"))
    written = section(figures, FACTS, page)
    assert written.startswith(start) and written.rstrip().endswith(end)
    assert f"## Measured on a {ordinal} blind test corpus" in written and f"messy_corpus_{ordinal}/frames" in written
    assert "Ewa Wiewiórka" in written and "Tarnów" in written and "not printed here" not in written
    assert f"since 2026-12-08 ({session} session) it is a development set" in " ".join(written.split())
    assert all(len(line) <= 120 for line in written.splitlines() if not line.startswith(("|", "-")))


def test_the_seventh_corpus_is_the_test_set_and_its_section_prints_no_miss_nor_alteration() -> None:
    figures = _figures(198, 95, {"pl": (3, 420)})
    figures.misses.append(("pl", "NAME", "plain", "Ewa Wiewiórka"))
    figures.alterations.append(("pl", "NAME", "Tarnów"))
    written = section(figures, FACTS, SEVENTH_PAGE)
    assert written.startswith(SEVENTH_START) and written.rstrip().endswith(SEVENTH_END)
    assert "## Measured on a seventh blind test corpus" in written and "messy_corpus_seventh/frames" in written
    assert SIXTH_START not in written and "messy_corpus_sixth/frames" not in written
    assert "Ewa Wiewiórka" not in written and "Tarnów" not in written and "not printed here" in written
    assert "| **all** | 200 | 198 | **99.0%** |" in written  # the figures are all there
    assert all(len(line) <= 120 for line in written.splitlines() if not line.startswith(("|", "-")))
    shown = section(figures, FACTS, FOURTH_PAGE)
    assert "Ewa Wiewiórka" in shown and "Tarnów" in shown  # a development set's section shows them


def test_the_eighth_corpus_is_a_test_set_too_and_its_section_prints_no_miss_nor_alteration() -> None:
    figures = _figures(198, 95, {"pl": (3, 420)})
    figures.misses.append(("pl", "NAME", "plain", "Ewa Wiewiórka"))
    figures.alterations.append(("pl", "NAME", "Tarnów"))
    written = section(figures, FACTS, EIGHTH_PAGE)
    assert written.startswith(EIGHTH_START) and written.rstrip().endswith(EIGHTH_END)
    assert "## Measured on an eighth blind test corpus" in written and "messy_corpus_eighth/frames" in written
    assert SEVENTH_START not in written and "messy_corpus_seventh/frames" not in written
    assert "Ewa Wiewiórka" not in written and "Tarnów" not in written and "not printed here" in written
    assert "| **all** | 200 | 198 | **99.0%** |" in written  # the figures are all there
    assert all(len(line) <= 120 for line in written.splitlines() if not line.startswith(("|", "-")))
    still = section(figures, FACTS, SEVENTH_PAGE)
    assert "Ewa Wiewiórka" not in still and "not printed here" in still  # the seventh stays a test set


def test_the_ninth_corpus_is_a_test_set_too_and_its_section_prints_no_miss_nor_alteration() -> None:
    figures = _figures(198, 95, {"pl": (3, 420)})
    figures.misses.append(("pl", "NAME", "plain", "Ewa Wiewiórka"))
    figures.alterations.append(("pl", "NAME", "Tarnów"))
    written = section(figures, FACTS, NINTH_PAGE)
    assert written.startswith(NINTH_START) and written.rstrip().endswith(NINTH_END)
    assert "## Measured on a ninth blind test corpus" in written and "messy_corpus_ninth/frames" in written
    assert EIGHTH_START not in written and "messy_corpus_eighth/frames" not in written
    assert "Ewa Wiewiórka" not in written and "Tarnów" not in written and "not printed here" in written
    assert "| **all** | 200 | 198 | **99.0%** |" in written  # the figures are all there
    assert all(len(line) <= 120 for line in written.splitlines() if not line.startswith(("|", "-")))
    for earlier in (SEVENTH_PAGE, EIGHTH_PAGE):
        still = section(figures, FACTS, earlier)
        assert "Ewa Wiewiórka" not in still and "not printed here" in still  # they stay test sets


PAGES = (
    FIRST_PAGE,
    BLIND_PAGE,
    THIRD_PAGE,
    FOURTH_PAGE,
    FIFTH_PAGE,
    SIXTH_PAGE,
    SEVENTH_PAGE,
    EIGHTH_PAGE,
    NINTH_PAGE,
)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.heading)
def test_each_corpus_section_is_written_between_its_own_markers_only(page: PageSection) -> None:
    pages = PAGES
    text = "# Page\n\n" + "\n".join(f"{p.start}\nold\n{p.end}\n" for p in pages) + "\n## After\n"
    replaced = replace_section(text, f"{page.start}\nnew\n{page.end}\n", page)
    assert replaced.count("new") == 1 and replaced.count("old") == len(pages) - 1
    assert replaced.split(page.start, 1)[1].startswith("\nnew\n") and replaced.endswith("## After\n")


def test_writing_one_corpus_section_leaves_the_other_in_place() -> None:
    page = f"# Page\n\n{START}\nfirst\n{END}\n\n{BLIND_START}\nold\n{BLIND_END}\n\n## After\n"
    replaced = replace_section(page, f"{BLIND_START}\nnew\n{BLIND_END}\n", BLIND_PAGE)
    assert replaced == f"# Page\n\n{START}\nfirst\n{END}\n\n{BLIND_START}\nnew\n{BLIND_END}\n\n## After\n"
    assert replace_section(replaced, f"{START}\nfirst\n{END}\n") == replaced
    appended = replace_section("# Page\n", f"{BLIND_START}\nnew\n{BLIND_END}\n", BLIND_PAGE)
    assert appended == f"# Page\n\n{BLIND_START}\nnew\n{BLIND_END}\n"
