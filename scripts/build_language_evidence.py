"""Build runtime/privacy/data/language_id/function_words.txt: the function words the language identifier's second
stage counts for the languages fastText's compressed model confuses with a neighbour (et, ga, mt).

- Estonian and Irish: the words of three letters or more of their `stopwords-iso` 1.1.0 lists (MIT, (c) 2016
  Gene Diaz) that are in no other zone language's list of the same collection (``kui`` stays; ``on``, ``ja``,
  ``le``, ``mo`` go; shorter words such as ``í`` and ``ár`` are words of Icelandic, which has no list there);
- Estonian too: the words of three letters or more among its `TOP_WORDS` most frequent of the FrequencyWords
  2018 lists (hermitdave/FrequencyWords, OpenSubtitles 2018; content CC BY-SA 4.0), ``milline``, ``palun``,
  ``väga``;
- Luxembourgish: the words of three letters or more of spaCy 3.8.18's list (``spacy/lang/lb/stop_words.py``,
  MIT, (c) ExplosionAI GmbH) in no other zone language's list (``hunn``, ``wéi``, ``iwwer``);
- for all three, a word among the `OTHERS_RANK` most frequent of another zone language's FrequencyWords list is
  left out (Irish ``mar`` and ``leis`` are Spanish and Portuguese words too, ``sinn`` a German one);
- Irish and Maltese: their grammar words (`GRAMMAR_WORDS`, written from the two grammars: prepositions inflected
  for person, pronouns, forms of "to be" and of the irregular verbs, question words, adverbs, polite formulas),
  by the same rule as the stop words;
- every word also without its diacritics (``níor`` -> ``nior``, ``għandi`` -> ``ghandi``), when no other zone
  language writes that form, with or without its own diacritics;
- Maltese (not in stopwords-iso): the article and preposition forms written with a hyphen of the `malti` 0.4.0
  package (``malti/data/tokens_with_dash_end.json``, MIT, (c) 2023 MLRS) but ``t-`` and ``n-``, which Irish
  writes too (``an t-airgead``, ``na n-úll``), and those with a leading apostrophe (``'il-``).

No measurement message is read. Usage::

    npm pack stopwords-iso@1.1.0 && tar xzf stopwords-iso-1.1.0.tgz   # package/stopwords-iso.json
    pip download --no-deps malti==0.4.0 && unzip malti-0.4.0-py3-none-any.whl 'malti/data/*'
    # FrequencyWords: the files content/2018/<xx>/<xx>_50k.txt of the repository, in one folder as <xx>.txt
    .venv/bin/python -m scripts.build_language_evidence package/stopwords-iso.json \
        malti/data/tokens_with_dash_end.json frequency_words/ spacy/lang/lb/stop_words.py
    # (spacy/lang/lb/stop_words.py: from `pip download --no-deps spacy==3.8.18`, unzipped)
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

from runtime.privacy.language_id_evidence import FUNCTION_WORDS_FILE

#: The zone's languages with a stop-word list: stopwords-iso's (no: Norwegian; is, lb, mt have none), and lb's
#: from spaCy.
STOPWORD_LANGUAGES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lb", "lt", "lv", "nl",
    "no", "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip
#: The zone's languages FrequencyWords 2018 has a list for (no: Norwegian; ga, lb, mt have none).
FREQUENCY_LANGUAGES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "is", "it", "lt", "lv", "nl", "no",
    "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip
#: How many of Estonian's most frequent words are read...
TOP_WORDS = 1_000
#: ...and how far down another language's list a word is taken as that language's too.
OTHERS_RANK = 10_000
#: Maltese hyphenated forms Irish writes too.
IRISH_HYPHEN_FORMS = frozenset({"t-", "n-"})
#: The languages whose distinctive stop words are kept.
WORD_LANGUAGES = ("et", "ga", "lb", "mt")
#: Words of Irish and Maltese grammar that people write in nearly every message, beside the stop words (written
#: for this list from the two languages' grammars; none is a noun of a message's subject): the prepositions
#: inflected for person (Irish ``orm``, ``liom``, ``agam``; Maltese ``miegħi``, ``għandi``), the personal,
#: possessive and demonstrative pronouns, the forms of "to be" and of the irregular verbs, the question words,
#: the adverbs of time and place, the polite formulas (Irish ``le do thoil``, Maltese ``jekk jogħġbok``). Like the
#: stop words they are kept only when no other zone language writes them often.
GRAMMAR_WORDS = {
    "ga": """
        agam agat aige aici againn agaibh acu orm ort air uirthi orainn oraibh orthu liom leat leis léi linn libh
        leo dom duit dó di dúinn daoibh dóibh dhom dhuit uaim uait uaidh uaithi uainn uaibh uathu chugam chugat
        chuige chuici chugainn chugaibh chucu díom díot dínn díbh díobh fúm fút faoi fúithi fúinn fúibh fúthu
        ionam ionat ann inti ionainn ionaibh iontu romham romhat roimhe roimpi romhainn romhaibh rompu tharam
        tharat thairis thairsti tharainn tharaibh tharstu tríom tríot tríd tríthi trínn tríbh tríothu asam asat
        aisti asainn asaibh astu eadrainn eadraibh eatarthu mé tú sé sí muid sinn sibh siad mise tusa seisean
        sise muidne sinne sibhse siadsan iad bhur tá táim táimid atá níl nílim bhfuil raibh bhí bhíos bhíomar
        beidh beimid bheidh bheadh bheinn gurb nárbh níorbh arbh téigh chuaigh rachaidh théann dtéann tháinig
        tagann thagann dtagann tiocfaidh teacht rinne déan déanamh dhéanamh déanfaidh fuair faigh gheobhaidh
        bhfaighidh chonaic feic feiceáil fheiceáil dúirt abair deir chuala cloisim thug tabhair tugann tabhairt
        conas céard cén cathain cérbh fáth mhéad anois inniu inné amárach arís fós freisin ansin anseo ansiúd
        isteach amach abhaile istigh amuigh thuas thíos suas síos riamh choíche cheana fiú áfach nuair sula
        toisc mura muna níos thoil maith slán fáilte buíochas leithscéal ceart leor iontach hiontach
    """.split(),  # noqa: SIM905
    "mt": """
        jien jiena inti huwa hija aħna intom huma tiegħi tiegħek tiegħu tagħha tagħna tagħkom tagħhom dawn dak
        dik dawk miegħi miegħek miegħu magħha magħna magħkom magħhom lili lilek lilu lilha lilna lilkom lilhom
        għalija għalik għalih għaliha għalina għalikom għalihom fija fiha fina fikom fihom minni minnek minnu
        minnha minna minnkom minnhom bija biha bina bikom bihom għandi għandek għandu għandha għandna għandkom
        għandhom fuq taħt wara qabel bejn quddiem ħdejn lejn sabiex biex għal għall bħal kif fejn meta għaliex
        kemm liema issa illum għada ilbieraħ diġà ukoll biss imma iżda jekk iva lanqas qatt dejjem sewwa tajjeb
        ħafna xejn kollox kulħadd ħadd hemm hawn hemmhekk kien kienet kienu jkun tkun ikun qed qiegħed qiegħda
        qegħdin nista tista jista nistgħu tistgħu jistgħu nixtieq tixtieq jixtieq irrid trid jrid nagħmel
        tagħmel jagħmel għamilt għamel ngħid tgħid jgħid immur tmur jmur nġib tġib jġib grazzi jogħġbok bonġu
        bonswa saħħa skużani mhux mhix mhuwiex m'hemmx nistax tistax jistax
    """.split(),  # noqa: SIM905
}
#: Letters people type without their mark that do not lose it by Unicode decomposition (Maltese ħ; għ is g + ħ).
PLAIN = {"ħ": "h"}
HEADER = """\
# Function words of languages fastText's compressed model confuses with a neighbour: the second stage of
# runtime/privacy/language_id.py counts them. Built by scripts/build_language_evidence.py from stopwords-iso
# 1.1.0 (et, ga: the words of 3 letters or more in no other zone language's list; MIT, (c) 2016 Gene Diaz),
# FrequencyWords 2018 (et: its 1,000 most frequent words of 3 letters or more; et, ga: none among another zone
# language's 10,000 most frequent; (c) Hermit Dave, from OpenSubtitles 2018, CC BY-SA 4.0) and malti 0.4.0 (mt:
# article and preposition forms with a hyphen, but t- and n-, which Irish writes too; MIT, (c) 2023 MLRS), and
# spaCy 3.8.18 (lb: its stop words of 3 letters or more in no other zone language's list nor among another zone
# language's 10,000 most frequent words; MIT, (c) ExplosionAI GmbH); ga, mt: grammar words written for this
# project (scripts/build_language_evidence.py, GRAMMAR_WORDS), by the same rule; every word also without its
# diacritics when no other zone language writes that form. This file is shared under CC BY-SA 4.0. See NOTICE.md.
# Format: language<TAB>word (a word ending in '-' is a prefix written with its hyphen).
"""


def distinctive_words(
    lists: Mapping[str, Sequence[str]],
    language: str,
    frequent: Mapping[str, Sequence[str]] | None = None,
    grammar: Mapping[str, Sequence[str]] = GRAMMAR_WORDS,
) -> list[str]:
    """The words of three letters or more of `language`'s stop-word list, of its `TOP_WORDS` most frequent
    (`frequent`: FrequencyWords lists, most frequent first) and of its `grammar` words, in no other zone language's
    stop-word list nor among its `OTHERS_RANK` most frequent, and their forms without diacritics, in none of those
    either nor among their forms without diacritics, sorted."""
    frequent = frequent or {}
    others = {word for code in STOPWORD_LANGUAGES if code != language for word in lists.get(code, ())}
    others |= {
        word for code in FREQUENCY_LANGUAGES if code != language for word in frequent.get(code, ())[:OTHERS_RANK]
    }
    words = {*lists.get(language, ()), *frequent.get(language, ())[:TOP_WORDS], *grammar.get(language, ())}
    typed = {plain(word) for word in words} - words  # forms typed without diacritics, checked against others' too
    kept = {word for word in words if word not in others} | (typed - others - {plain(word) for word in others})
    return sorted(word for word in kept if len(word) >= 3 and word.isalpha())


def plain(word: str) -> str:
    """`word` without its diacritics, as people type it on a keyboard without them (``níor`` -> ``nior``,
    ``għandi`` -> ``ghandi``, ``m'hemmx`` unchanged)."""
    decomposed = unicodedata.normalize("NFKD", "".join(PLAIN.get(char, char) for char in word.lower()))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def read_frequency_lists(folder: Path) -> dict[str, list[str]]:
    """The FrequencyWords lists found in `folder` (`<code>.txt`, lines `word count`), most frequent first."""
    found = {}
    for code in FREQUENCY_LANGUAGES:
        path = folder / f"{code}.txt"
        if path.exists():
            found[code] = [line.split(" ")[0] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return found


def hyphen_forms(tokens: Sequence[str]) -> list[str]:
    """The Maltese hyphenated forms Irish does not write (no leading apostrophe either), also without their
    diacritics (``għall-``, ``ghall-``), sorted."""
    kept = {token for token in tokens if not token.startswith("'")}
    return sorted({form for token in kept for form in (token, plain(token))} - IRISH_HYPHEN_FORMS)


def lines(
    lists: Mapping[str, Sequence[str]],
    maltese: Sequence[str],
    frequent: Mapping[str, Sequence[str]] | None = None,
    grammar: Mapping[str, Sequence[str]] = GRAMMAR_WORDS,
) -> list[str]:
    """The file's lines after its header."""
    found = [
        f"{language}\t{word}"
        for language in WORD_LANGUAGES
        for word in distinctive_words(lists, language, frequent, grammar)
    ]
    return found + [f"mt\t{form}" for form in hyphen_forms(maltese)]


def read_spacy_stop_words(path: Path) -> list[str]:
    """The words of a spaCy `stop_words.py` (written as one triple-quoted string, split on white space)."""
    text = path.read_text(encoding="utf-8")
    start = text.index('"""') + 3
    return text[start : text.index('"""', start)].split()


def main(argv: list[str] | None = None) -> int:
    """Write the file from the sources."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("stopwords_iso", type=Path, help="stopwords-iso.json of the stopwords-iso 1.1.0 package")
    parser.add_argument("malti", type=Path, help="tokens_with_dash_end.json of the malti 0.4.0 package")
    parser.add_argument("frequency_words", type=Path, help="folder of FrequencyWords 2018 lists, <code>.txt")
    parser.add_argument("luxembourgish", type=Path, help="spacy/lang/lb/stop_words.py of spaCy 3.8.18")
    args = parser.parse_args(argv)
    lists = json.loads(args.stopwords_iso.read_text(encoding="utf-8"))
    lists["lb"] = read_spacy_stop_words(args.luxembourgish)
    maltese = json.loads(args.malti.read_text(encoding="utf-8"))
    frequent = read_frequency_lists(args.frequency_words)
    FUNCTION_WORDS_FILE.write_text(HEADER + "\n".join(lines(lists, maltese, frequent)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
