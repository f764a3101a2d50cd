"""runtime.privacy.language_id_evidence: the marks of the languages the model confuses, and how they reweigh its
probabilities (pure: marks passed in, no model)."""

from __future__ import annotations

import pytest

from runtime.privacy.language_id_evidence import FACTOR, Marks, evidence, reweigh, shipped_marks

MARKS = Marks.parse(
    [
        "# a comment",
        *("et\tkui", "et\tmida", "ga\tagus", "ga\tfaoi", "lb\thunn", "lb\twéi", "mt\ttal-", "mt\til-"),
        *("mt\tfejn", "mt\ttieghi", ""),
    ]
)


def test_marks_are_read_per_language_with_hyphenated_forms_apart() -> None:
    assert MARKS.words["et"] == {"kui", "mida"}
    assert MARKS.prefixes == {"tal-", "il-"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il-ħlas tal-kera", {"mt": 2}),  # il- with ħ counts once, tal- once
        ("Kif nista' nħallas?", {"mt": 2}),  # a long word elided after a vowel, ħ
        ("Tá mé ag iarraidh cuntas a bhfuil agus faoi", {"ga": 4}),  # -dh, bhf start, two function words
        ("i nGaeilge, hÉireann", {"ga": 2}),  # a mutation before a capital
        ("Kui palju mida", {"et": 2}),
        ("Mul on vaja tõendit, ära ütle", {"et": 1}),  # õ with ä: Estonian letters
        ("Não há opções disponíveis", {}),  # õ alone is Portuguese too
        ("un po' di tempo, jusqu'à demain", {}),  # short elisions are Italian and French
        ("The man-made lake and my t-shirt", {}),  # no Maltese form there
        ("tal-", {}),  # a form alone, nothing after its hyphen
        ("il-kont ta' ommi, x'inhu u f'liema", {"mt": 4}),  # ta' and the particles x', f' joined to a word
        ("b'xejn, le b'fhéidir ná b'éigean", {"mt": 1}),  # b' before a consonant; Irish writes it before fh, vowels
        ("qed nitlob qabel", {"mt": 2}),  # q alone before a vowel
        ("Chaill mé mo chárta, mo phasfhocal", {"ga": 2}),  # mo lenites the word after it
        ("do chefe, a thing", {}),  # do and a lenite in Irish too, but are other languages' words
        ("jghaddi minghajr nibghat", {"mt": 3}),  # għ typed gh, after a consonant, before a, o or u
        ("gheorghe, margherita, daughter, ghost", {}),  # gh before e or i, after a vowel, at a word's start
        ("Lindqvist, Villeneuve-d'Ascq, FAQ, QA team, quote", {}),  # qv, a final q, acronyms, qu
        ("m'aider, l'anno, s'il vous plaît", {}),  # m', l', s' are Italian, French and Irish too
        ("m'hemmx", {"mt": 1}),  # but a verb negated with a final x is Maltese
        ("Kas see on õige summa", {"et": 1}),  # õ where Portuguese never writes it, with no ä, ö or ü
        ("põe as opções que compõem", {}),  # Portuguese õ before a final e, es or em
        ("KUI PALJU, mida", {"et": 1}),  # a listed word in capitals throughout is an acronym or a shout
        ("Wéi vill Suen hunn ech?", {"lb": 2}),  # Luxembourgish function words
        ("Faoi dheireadh. Agus\nMida", {"ga": 3, "et": 1}),  # capitalized where a sentence or a line starts
        ("Paid by Agus Mida, the Faoi Company", {}),  # capitalized inside a sentence: names, not function words
        ("an applikazzjoni", {"mt": 1}),  # Maltese -zzjoni for the Romance -tion
        ("íocfaidh mé an seoladh, athraigh é, na daoine", {"ga": 4}),  # Irish -dh, -aigh, aoi
        ("Flights to Riyadh, high, weigh, Sindh, the Aoi Hotel", {}),  # names, and English -gh words
        ("fejn hu l-kont tieghi", {"mt": 2}),  # Maltese listed words, one typed without its letters
        ("ghandi karta, ghadu hawn", {"mt": 2}),  # għ typed gh at a word's start, before a or u
        ("il-karta ma tahdimx, ma wasalx", {"mt": 3}),  # a verb negated with a final x after a consonant
        ("ghost, the sphinx and a lynx, Karl Marx, relax, index", {}),  # gho, -nx, a name, x after a vowel
    ],
)
def test_words_bearing_a_language_s_marks_are_counted_once_each(text: str, expected: dict[str, int]) -> None:
    assert evidence(text, MARKS) == expected


def test_without_marks_the_model_s_scores_are_unchanged() -> None:
    scores = (("it", 0.6), ("mt", 0.1), ("en", 0.3))
    assert reweigh(scores, {}) == scores


def test_one_stray_mark_leaves_a_confident_guess_on_top() -> None:
    reweighed = dict(reweigh((("it", 0.99), ("mt", 0.0001)), {"mt": 1}))
    assert max(reweighed, key=lambda language: reweighed[language]) == "it"
    assert 0.1 < reweighed["mt"] < 0.3  # unsure now: the caller makes every candidate's calls
    assert sum(reweighed.values()) == pytest.approx(1.0)


def test_two_marks_make_a_spread_guess_the_marked_language() -> None:
    reweighed = reweigh((("it", 0.4), ("hr", 0.3), ("en", 0.2), ("mt", 0.0)), {"mt": 2})
    assert reweighed[0][0] == "mt"
    assert [language for language, _ in reweighed] == ["mt", "it", "hr", "en"]


def test_the_boost_stops_after_the_most_words_counted() -> None:
    three = dict(reweigh((("it", 0.5), ("mt", 0.5)), {"mt": 3}))
    many = dict(reweigh((("it", 0.5), ("mt", 0.5)), {"mt": 30}))
    assert three == many
    assert three["it"] == pytest.approx(0.5 / (0.5 + 0.5 * FACTOR**3))


def test_the_shipped_marks_hold_each_confused_language() -> None:
    marks = shipped_marks()
    assert {"et", "ga", "lb", "mt"} <= set(marks.words)
    assert {"hunn", "iwwer"} <= marks.words["lb"] and not {"und", "ist", "ech"} & marks.words["lb"]
    assert "tal-" in marks.prefixes and "t-" not in marks.prefixes  # t- is Irish too
    assert all(len(word) >= 3 for language in ("et", "ga", "lb") for word in marks.words[language])
    assert {"milline", "palun", "väga", "aitah", "koik"} <= marks.words["et"]  # frequent words, also plainly typed
    assert {"liom", "conas", "níl", "nior", "níor", "thoil"} <= marks.words["ga"]  # Irish grammar words
    assert not {"nil", "vaga", "orm"} & (marks.words["ga"] | marks.words["et"])  # English, Portuguese, Danish
    assert {"tiegħi", "tieghi", "għandi", "ghandi", "fejn", "ghall-", "għall-"} <= marks.words["mt"]
    assert not {"mar", "leis", "sinn"} & marks.words["ga"]  # frequent words of Spanish, Portuguese, German too
