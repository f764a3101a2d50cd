"""The independent corpus's section of docs/privacy-detection.md, written from measured figures (pure).

`section` renders the whole section (how the corpora were made, their sources and licences, the command, machine
and commit, the headline against the targets, the tables, the worst missed forms and the benign alterations);
`replace_section` puts it between its markers in the page, so the page shows what the harness measured.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from bench.messy_corpus_tables import MessyFigures, render, total
from bench.privacy_corpus import Tally, family

START: Final = "<!-- independent-corpus:start (written by python -m bench.messy_corpus --update-doc) -->"
END: Final = "<!-- independent-corpus:end -->"
BLIND_START: Final = "<!-- blind-corpus:start (written by python -m bench.messy_corpus --corpus blind --update-doc) -->"
BLIND_END: Final = "<!-- blind-corpus:end -->"
THIRD_START: Final = "<!-- third-corpus:start (written by python -m bench.messy_corpus --corpus third --update-doc) -->"
THIRD_END: Final = "<!-- third-corpus:end -->"
FOURTH_START: Final = (
    "<!-- fourth-corpus:start (written by python -m bench.messy_corpus --corpus fourth --update-doc) -->"
)
FOURTH_END: Final = "<!-- fourth-corpus:end -->"
FIFTH_START: Final = "<!-- fifth-corpus:start (written by python -m bench.messy_corpus --corpus fifth --update-doc) -->"
FIFTH_END: Final = "<!-- fifth-corpus:end -->"
SIXTH_START: Final = "<!-- sixth-corpus:start (written by python -m bench.messy_corpus --corpus sixth --update-doc) -->"
SIXTH_END: Final = "<!-- sixth-corpus:end -->"
SEVENTH_START: Final = (
    "<!-- seventh-corpus:start (written by python -m bench.messy_corpus --corpus seventh --update-doc) -->"
)
SEVENTH_END: Final = "<!-- seventh-corpus:end -->"
EIGHTH_START: Final = (
    "<!-- eighth-corpus:start (written by python -m bench.messy_corpus --corpus eighth --update-doc) -->"
)
EIGHTH_END: Final = "<!-- eighth-corpus:end -->"
NINTH_START: Final = "<!-- ninth-corpus:start (written by python -m bench.messy_corpus --corpus ninth --update-doc) -->"
NINTH_END: Final = "<!-- ninth-corpus:end -->"
#: The issue's targets: personal values kept, names kept in languages Comprehend cannot read, benign altered.
TARGET_KEPT: Final = 0.99
TARGET_BUILTIN_NAMES: Final = 0.95
TARGET_ALTERED: Final = 0.02
WORST: Final = 10
EXAMPLES: Final = 2
WIDTH: Final = 118


@dataclass(frozen=True)
class RunFacts:
    """Where the measurement ran and with what: command, machine, commit, date, source package versions."""

    command: str
    machine: str
    commit: str
    date: str
    versions: Mapping[str, str]


def _share(tally: Tally) -> str:
    return f"{tally.share:.1%}" if tally.total else "–"


def _verdict(met: bool) -> str:
    return "met" if met else "**not met**"


def headline(figures: MessyFigures) -> list[str]:
    """The measured figures against the targets, one bullet each."""
    kept, names = figures.overall, total(figures.builtin_only_names.values())
    altered = total(figures.altered.values())
    worst_language = max(figures.altered.items(), key=lambda item: item[1].share, default=None)
    worst = f"; most in `{worst_language[0]}`: {_share(worst_language[1])}" if worst_language else ""
    return [
        f"- Personal values kept (built-in detectors only): **{kept.hits}/{kept.total} ({_share(kept)})**; "
        f"target at least {TARGET_KEPT:.0%}: {_verdict(kept.total > 0 and kept.share >= TARGET_KEPT)}. "
        f"Missed but hidden from the model all the same by a longer span (words around it hidden too): "
        f"{sum(figures.hidden.values())}. Found as one span with the adjacent values of their type (counted as "
        f"kept): {sum(figures.joined.values())}.",
        f"- Names kept in the languages Comprehend cannot read: **{names.hits}/{names.total} ({_share(names)})**; "
        f"target at least {TARGET_BUILTIN_NAMES:.0%}: "
        f"{_verdict(names.total > 0 and names.share >= TARGET_BUILTIN_NAMES)}.",
        f"- Ordinary messages altered: **{altered.hits}/{altered.total} ({_share(altered)})**{worst}; target at "
        f"most {TARGET_ALTERED:.0%} in every language: "
        f"{_verdict(all(t.share <= TARGET_ALTERED for t in figures.altered.values()))}.",
        "",
    ]


def shown(text: str) -> str:
    """A value as a code span shows it: invisible and unusual characters as escapes."""
    return repr(text)[1:-1]


def spread(items: list[str], count: int = EXAMPLES) -> list[str]:
    """`count` items spread evenly over the list (the misses come in language order: several languages shown)."""
    step = max(1, len(items) // count)
    return items[::step][:count]


def worst_misses(figures: MessyFigures, count: int = WORST) -> list[str]:
    """The type-and-form cells that miss the most values, with a few of the (generated) values missed."""
    examples: dict[tuple[str, str], list[str]] = {}
    for language, entity_type, form, value in figures.misses:
        examples.setdefault((family(entity_type), form), []).append(f"{language}: {shown(value)}")
    ranked = sorted(examples.items(), key=lambda item: (-len(item[1]), item[0]))[:count]
    lines = ["| type | form | missed | of | examples (generated values) |", "|---|---|---:|---:|---|"]
    for (kind, form), missed in ranked:
        cell = figures.by_type_form[(kind, form)]
        cited = "; ".join(f"`{example}`" for example in spread(missed)).replace("|", "\\|")
        lines.append(f"| {kind} | {form} | {len(missed)} | {cell.total} | {cited} |")
    return [*lines, ""]


def alterations(figures: MessyFigures, count: int = WORST) -> list[str]:
    """The words of ordinary messages most often taken for personal values."""
    spans = Counter((text, entity_type) for _, entity_type, text in figures.alterations)
    languages: dict[tuple[str, str], set[str]] = {}
    for language, entity_type, text in figures.alterations:
        languages.setdefault((text, entity_type), set()).add(language)
    lines = ["| taken for | as | times | languages |", "|---|---|---:|---|"]
    for (text, entity_type), times in sorted(spans.items(), key=lambda item: (-item[1], item[0]))[:count]:
        where = ", ".join(sorted(languages[(text, entity_type)]))
        lines.append(f"| `{shown(text)}` | {entity_type} | {times} | {where} |")
    return [*lines, ""]


def _paragraph(text: str) -> list[str]:
    return [*textwrap.wrap(text, WIDTH, break_long_words=False, break_on_hyphens=False), ""]


FIRST_MADE: Final = (
    "**How it was made.** A helper who did not read the detectors, their data files or their tests wrote, for "
    "every market language (the EU/EEA's official languages, Icelandic, Norwegian Bokmål and Nynorsk, "
    "Luxembourgish), messages as people write them to a bank's assistant "
    "(`tests/fixtures/messy_corpus/frames/`), each value slot tagged with the form it is written in: capitals, "
    "lower case, signature, after a relation word, inflected (written by hand in the language's case), pasted "
    "data (JSON, CSV, forms), invisible characters and odd separators, disguised e-mails, streets as people "
    "write them, labelled passport numbers and dates of birth, plain. `python -m bench.messy_corpus_build` "
    "fills the slots with generated values (fixed seed, fixed reference day: the files are reproducible and "
    "a test checks they are). The benign corpus (`tests/fixtures/benign_places/`, built by "
    "`python -m bench.messy_corpus_benign`) is ordinary messages with amounts, dates, rates, real towns, "
    "streets named without a house number (many named after people or saints) and well-known places."
)


BLIND_MADE: Final = (
    "**How it was made.** A second helper, who read neither the detectors, their data files, their tests and their "
    "documentation nor the first corpus's messages, wrote for every market language new messages as people write "
    "them to a bank's assistant (`tests/fixtures/messy_corpus_blind/frames/`), with the same forms and slot format "
    "as the first corpus, and built them with another seed (`python -m bench.messy_corpus_build --corpus blind`). "
    "Inflected names and streets are written by hand in the language's case. The benign corpus "
    "(`tests/fixtures/benign_blind/`, built by `python -m bench.messy_corpus_benign --corpus blind`) has its own "
    "frames and its own lists of towns, streets named without a house number and well-known places. It was the "
    "detectors' test set while they were tuned on the first corpus (nothing in it was changed after a run); its "
    "misses were then read, and since 2026-12-07 it is a second development set: the third corpus below is the "
    "test set now."
)


THIRD_MADE: Final = (
    "**How it was made.** A third helper, who read neither the detectors, their data files, their tests and their "
    "documentation nor the first two corpora's messages, wrote for every market language new messages as people "
    "write them to a bank's or a public service's assistant (`tests/fixtures/messy_corpus_third/frames/`): hurried "
    "phone typing without diacritics, capitals, lower case, greetings and signatures, relatives and contacts, surname "
    "first, forwarded e-mails with signature blocks, pasted rows, JSON and forms, copies with invisible characters, "
    "addresses over several lines, follow-up turns. It uses the same forms and slot format as the other two and its "
    "own seed (`python -m bench.messy_corpus_build --corpus third`); inflected names and streets are written by hand "
    "in the language's case. The benign corpus (`tests/fixtures/benign_third/`, built by "
    "`python -m bench.messy_corpus_benign --corpus third`) has its own frames and lists of towns, streets named "
    "without a house number and well-known places (a test checks that none is in an earlier corpus's lists), and "
    "messages wholly in capitals or in lower case. The detectors "
    "were tuned on the first two corpora; this one was their test set (nothing in it was changed after a run); "
    "since 2026-12-07 it is a third development set: the fourth corpus below is the test set now."
)


FOURTH_MADE: Final = (
    "**How it was made.** A fourth helper, who read neither the detectors, their data files, their tests and their "
    "documentation nor the earlier corpora's messages and frames, wrote for every market language new messages as "
    "people write them to the assistant of a bank, an insurer, a utility, a doctor's office, a landlord or a public "
    "service (`tests/fixtures/messy_corpus_fourth/frames/`): hurried phone typing without diacritics, whole "
    "messages in capitals or lower case, greetings and sign-offs on their own line and inline, relatives and "
    "colleagues, surname first, names inside sentences in the language's cases (written by hand), forwarded "
    "e-mails with signature blocks, pasted CSV, JSON, forms and tables, copies from PDFs and banking apps with "
    "invisible characters, addresses over several lines and in prose, follow-up turns. It uses the same forms and "
    "slot format as the others, values drawn from Faker (and the hand-written streets and towns of its own) with "
    "its own seed (`python -m bench.messy_corpus_build --corpus fourth`). The benign corpus "
    "(`tests/fixtures/benign_fourth/`, built by `python -m bench.messy_corpus_benign --corpus fourth`) has its own "
    "frames and lists of towns, streets named without a house number and well-known places (a test checks that "
    "none is in an earlier corpus's lists), and messages wholly in capitals or in lower case. It was the detectors' "
    "test set (nothing in it was changed after a run); since 2026-12-07 (fifth session) it is a development set: "
    "the fifth corpus below is the test set now."
)


FIFTH_MADE: Final = (
    "**How it was made.** Three writers, none of whom read the detectors, their data files, tests or documentation "
    "or the earlier corpora's messages and frames, each wrote the messages of their own group of market languages "
    "(en, de, fr, nl, lb, it, es, pt, ga; pl, cs, sk, sl, hr, hu, ro, bg, el, mt; da, sv, nb, nn, is, fi, et, lv, "
    "lt), with situations of their own per language and country (`tests/fixtures/messy_corpus_fifth/frames/`): "
    "hurried phone typing without diacritics, whole messages in capitals or lower case, sign-offs on their own line "
    "and inline, relatives, colleagues and contacts, surname first, names and streets in the language's cases, "
    "elisions, lenitions or pet forms (written by hand), forwarded e-mails, pasted CSV, JSON, vCards, forms and "
    "tables, copies with invisible characters, disguised e-mail addresses, addresses over several lines and in "
    "prose, follow-up turns. Values are drawn from Faker (and from hand-written streets and towns of the corpus's "
    "own for the eight countries Faker has no address data for) with the corpus's own seed "
    "(`python -m bench.messy_corpus_build --corpus fifth`): 6,580 messages holding 10,526 personal values, 212 to "
    "252 messages and 309 to 445 values a language. The benign corpus (`tests/fixtures/benign_fifth/`, "
    "`python -m bench.messy_corpus_benign --corpus fifth`) holds 420 ordinary messages a language (11,760) from its "
    "own frames and lists of towns, streets named without a house number and well-known places (a test checks that "
    "none is in an earlier corpus's lists), with messages wholly in capitals or in lower case. It was the detectors' "
    "test set (nothing in it was changed after a run); since 2026-12-08 (sixth session) it is a development set: "
    "the sixth corpus below is the test set now."
)


SIXTH_MADE: Final = (
    "**How it was made.** Three other writers, none of whom read the detectors, their data files, tests or "
    "documentation or the earlier corpora's messages and frames, each wrote the messages of their own group of "
    "market languages (en, de, es, pl, hu, el, da, fi, lv, mt; fr, it, nl, cs, sk, bg, sv, is, et; pt, ga, lb, sl, "
    "hr, ro, nb, nn, lt: other groups than the fifth's), inventing per language the situations of that country "
    "(`tests/fixtures/messy_corpus_sixth/frames/`): banks, tax offices, landlords, schools, doctors, deliveries, "
    "marketplace ads, forwarded e-mails, pasted CSV, JSON, forms and tables with headers in the language, hurried "
    "phone typing without diacritics, whole messages in capitals or lower case, sign-offs of many shapes on their "
    "own line and inline, relatives, colleagues and contacts, surname first, names and streets in the language's "
    "cases and pet forms (written by hand), copies with invisible characters, disguised e-mail addresses, addresses "
    "over several lines and in prose, follow-up turns. Values are drawn from Faker (and from hand-written streets "
    "and towns of the corpus's own for the eight countries Faker has no address data for) with the corpus's own "
    "seed (`python -m bench.messy_corpus_build --corpus sixth`): 5,755 messages holding 8,469 personal values, 193 "
    "to 225 messages and 271 to 348 values a language. The benign corpus (`tests/fixtures/benign_sixth/`, "
    "`python -m bench.messy_corpus_benign --corpus sixth`) holds 420 ordinary messages a language (11,760) from "
    "its own frames and lists of towns, streets named without a house number and well-known places (a test checks "
    "that none is in an earlier corpus's lists), with messages wholly in capitals or in lower case. It was the "
    "detectors' test set (nothing in it was changed after a run); since 2026-12-08 (seventh session) it is a "
    "development set: the seventh corpus below is the test set now."
)


SEVENTH_MADE: Final = (
    "**How it was made.** Three more writers, none of whom read the detectors, their data files, tests or "
    "documentation or the earlier corpora's messages and frames, each wrote the messages of their own group of "
    "market languages (en, fr, pl, el, fi, lt, ga, sl, is; de, it, cs, hu, sv, lv, mt, hr, nb, ro; es, pt, nl, sk, "
    "bg, da, et, lb, nn: other groups than the fifth's and the sixth's), inventing per language the situations of "
    "that country as its people write them (`tests/fixtures/messy_corpus_seventh/frames/`): their institutions, "
    "habits, spelling and slang, typos and missing diacritics, mixed languages and emojis, forwarded e-mails, pasted "
    "CSV, JSON, forms and tables with headers in the language, whole messages in capitals or lower case, sign-offs "
    "on their own line and inline, relatives, colleagues and contacts, surname first, lone given names, names and "
    "streets in the language's cases (written by hand), copies with invisible characters, disguised e-mail "
    "addresses, addresses over several lines and in prose, follow-up turns. Values are drawn from Faker (and from "
    "hand-written streets and towns of the corpus's own for the eight countries Faker has no address data for) "
    "with the corpus's own seed (`python -m bench.messy_corpus_build --corpus seventh`). The benign corpus "
    "(`tests/fixtures/benign_seventh/`, `python -m bench.messy_corpus_benign --corpus seventh`) holds 420 ordinary "
    "messages a language from its own frames and lists of towns, streets named without a house number and "
    "well-known places (a test checks that none is in an earlier corpus's lists), with messages wholly in capitals "
    "or in lower case. It is the detectors' test set: nothing in it was changed after a run."
)


def _later_blind_made(corpus: str, groups: str, earlier: str, alike: str) -> str:
    """The "how it was made" paragraph of a blind corpus written like the seventh (three more writers, each a group
    of languages): ``groups`` its language groups, ``earlier`` whose groups they differ from, ``alike`` the test
    sets it stands beside (``the seventh is``)."""
    return (
        "**How it was made.** Three more writers, none of whom read the detectors, their data files, tests or "
        "documentation or the earlier corpora's messages and frames, each wrote the messages of their own group of "
        f"market languages ({groups}: other groups than {earlier}), inventing per language the situations of that "
        f"country as its people write them (`tests/fixtures/messy_corpus_{corpus}/frames/`), without translating one "
        "language's messages into another: their institutions, habits, spelling and slang, typos and missing "
        "diacritics, mixed languages and emojis, forwarded e-mails, pasted CSV, JSON, forms and tables with headers in "
        "the language, whole messages in capitals or lower case, sign-offs on their own line and inline, relatives, "
        "colleagues and contacts, surname first, lone given names, names and streets in the language's cases (written "
        "by hand), copies with invisible characters, disguised e-mail addresses, addresses over several lines and in "
        "prose, follow-up turns. Values are drawn from Faker (and from hand-written streets and towns of the corpus's "
        "own for the eight countries Faker has no address data for) with the corpus's own seed (`python -m "
        f"bench.messy_corpus_build --corpus {corpus}`). The benign corpus (`tests/fixtures/benign_{corpus}/`, "
        f"`python -m bench.messy_corpus_benign --corpus {corpus}`) holds 420 ordinary messages a language from its own "
        "frames and lists of towns, streets named without a house number and well-known places (a test checks that "
        "none is in an earlier corpus's lists), with messages wholly in capitals or in lower case. It is a test set, "
        f"as {alike}: nothing in it was changed after a run."
    )


EIGHTH_MADE: Final = _later_blind_made(
    "eighth",
    "de, es, pl, el, sv, lt, ga, hr, nn; en, fr, cs, hu, da, lv, mt, sl, ro; it, pt, nl, sk, bg, fi, et, is, nb, lb",
    "the sixth's and the seventh's",
    "the seventh is",
)
NINTH_MADE: Final = _later_blind_made(
    "ninth",
    "en, es, cs, bg, fi, lv, mt, hr, nb, lb; de, pt, sk, el, da, lt, ga, sl, is; fr, it, nl, pl, hu, ro, sv, et, nn",
    "the seventh's and the eighth's",
    "the seventh and the eighth are",
)


@dataclass(frozen=True)
class PageSection:
    """Where a corpus's section goes in the page (its markers), its heading and how the corpus was made."""

    start: str
    end: str
    heading: str
    made: str
    #: Whether the page prints examples of what was missed and altered (a test set's stay unprinted: read once,
    #: the corpus would be spent as a test set).
    shows_misses: bool = True


FIRST_PAGE: Final = PageSection(START, END, "## Measured on an independent corpus", FIRST_MADE)
BLIND_PAGE: Final = PageSection(BLIND_START, BLIND_END, "## Measured on a blind test corpus", BLIND_MADE)
THIRD_PAGE: Final = PageSection(THIRD_START, THIRD_END, "## Measured on a third blind test corpus", THIRD_MADE)
FOURTH_PAGE: Final = PageSection(FOURTH_START, FOURTH_END, "## Measured on a fourth blind test corpus", FOURTH_MADE)
FIFTH_PAGE: Final = PageSection(FIFTH_START, FIFTH_END, "## Measured on a fifth blind test corpus", FIFTH_MADE)
SIXTH_PAGE: Final = PageSection(SIXTH_START, SIXTH_END, "## Measured on a sixth blind test corpus", SIXTH_MADE)
SEVENTH_PAGE: Final = PageSection(
    SEVENTH_START, SEVENTH_END, "## Measured on a seventh blind test corpus", SEVENTH_MADE, shows_misses=False
)
EIGHTH_PAGE: Final = PageSection(
    EIGHTH_START, EIGHTH_END, "## Measured on an eighth blind test corpus", EIGHTH_MADE, shows_misses=False
)
NINTH_PAGE: Final = PageSection(
    NINTH_START, NINTH_END, "## Measured on a ninth blind test corpus", NINTH_MADE, shows_misses=False
)


def _sources(facts: RunFacts, page: PageSection) -> list[str]:
    faker, stdnum, phones = (facts.versions.get(name, "?") for name in ("faker", "python-stdnum", "phonenumbers"))
    return [
        *_paragraph(page.made),
        *_paragraph(
            f"**Sources and licences.** Names, e-mails, cards, passport numbers, dates of birth and, where it has "
            f"them, streets, towns, phones, IBANs and national ids: [Faker](https://github.com/joke2k/faker) {faker} "
            f"(MIT licence), a different source from the detectors' name list (see Names above); Luxembourgish "
            f"messages take their names from Faker's German locale, Faker having no Luxembourgish one. Where Faker "
            f"has no data for a country, numbers are drawn at random and completed with the check digits of "
            f"[python-stdnum](https://arthurdejong.org/python-stdnum/) {stdnum} (LGPL 2.1 or later), and a few real "
            f"street and town names are written by hand. Every IBAN, card and national id passes python-stdnum's "
            f"check; every phone number is valid for its country in "
            f"[libphonenumber](https://github.com/daviddrysdale/python-phonenumbers) {phones} (Apache 2.0) "
            f"(the runtime uses these two libraries too, but here they only check that a value is real). Frames, "
            f"benign messages and place names are hand-written for this corpus."
        ),
        *_paragraph(
            "**What is counted.** The built-in detectors only, as the function runs them without Comprehend (phone "
            "forms of the message's language's countries): this is all that protects a language Comprehend cannot "
            "read, and a lower bound for the others. A value counts as kept when one merged span of its type family "
            "covers it with at most 3 characters more, or covers so the run of adjacent values of its type it stands "
            "in (a given and a family name marked as two values, `Tuva Johansson`, found as one name; counted apart "
            "since 2026-12-08, before which such values counted as missed); a value covered only by longer spans is "
            "counted apart too (the model does not get it, but it does not get the words around it either); an "
            "ordinary message counts as altered when anything in it "
            "would be replaced. Not measured here: what Comprehend adds in the languages it reads, later "
            "mentions found through the session's vault, and placeholders the user types."
        ),
        *_paragraph(f"Measured with `{facts.command}` on {facts.machine}, commit `{facts.commit}`, {facts.date}."),
    ]


def section(figures: MessyFigures, facts: RunFacts, page: PageSection = FIRST_PAGE) -> str:
    """The whole section of `page`'s corpus, between its markers."""
    sizes = _paragraph(
        f"Corpus: {sum(t.total for t in figures.by_language.values())} personal values in "
        f"{len(figures.by_language)} languages; {sum(t.total for t in figures.altered.values())} ordinary messages "
        f"in {len(figures.altered)} languages (at least {min((t.total for t in figures.altered.values()), default=0)} "
        f"per language)."
    )
    lines = [
        page.start,
        page.heading,
        "",
        *_sources(facts, page),
        *sizes,
        *headline(figures),
        *_paragraph(
            "Recall per type, per form, per type and form, and per language (names: languages Comprehend cannot "
            "read; benign: ordinary messages altered):"
        ),
        render(figures).rstrip("\n"),
        "",
        *(_examples(figures) if page.shows_misses else _unprinted()),
        page.end,
    ]
    return "\n".join(lines) + "\n"


def _examples(figures: MessyFigures) -> list[str]:
    return [
        f"The {WORST} type-and-form cells with the most values missed:",
        "",
        *worst_misses(figures),
        f"The {WORST} spans of ordinary messages most often replaced:",
        "",
        *alterations(figures),
    ]


def _unprinted() -> list[str]:
    return _paragraph(
        "What was missed and altered is not printed here: the corpus is the detectors' test set, and stays blind "
        "only as long as nobody tuning them reads its misses."
    )


def replace_section(page: str, new_section: str, where: PageSection = FIRST_PAGE) -> str:
    """The page with the section between `where`'s markers replaced (or appended when it has none yet)."""
    start, end = where.start, where.end
    if start in page and end in page:
        before, rest = page.split(start, 1)
        after = rest.split(end, 1)[1].lstrip("\n")
        return before + new_section + ("\n" + after if after else "")
    return page.rstrip("\n") + "\n\n" + new_section
