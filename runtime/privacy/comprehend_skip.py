"""Whether a message provably holds nothing Amazon Comprehend would add to the built-in detectors (pure but for
reading its word list once): then it makes no Comprehend call (`runtime.privacy.comprehend_plan.plan_message`).

Comprehend adds names (DetectEntities' PERSON, DetectPiiEntities' NAME) and, in English and Spanish, the other
DetectPiiEntities types a stack enables. A message is left to the built-in detectors only when its language is
trusted (never when unsure) and every one of these holds (`nothing_to_add`):
- no digit, no ``@``, no character but letters, spaces and sentence punctuation, no dot, colon, slash or
  underscore inside a word (no number, e-mail, address, URL, user name, code or identifier can be written so);
- no capital letter but at a sentence's first letter (and English ``I``): names are written with one;
- every word is one of the language's most frequent words (`data/language_id/frequent_words.txt.gz`, built by
  `scripts/build_skip_words.py` from wordfreq, without town and country names), none is a given name of the
  runtime's lists (``will``, ``rose``, ``tom`` included), none a family name unless those lists count it as a
  common word (their family names hold ``does``, ``conta``), none starting a sentence with a capital is a family
  name unless it is also a common word among the language's `HEAD` most frequent (``Does``; not ``Costa``), and
  none is a street or address word or a label of a name or a credential (``password``, ``senha``, ``chamo``,
  ``morada``: `label_words`);
- the stack does not pseudonymize a type that frequent words alone can write (`WORD_VALUED_TYPES`: DATE_TIME,
  AGE): `skip_allowed`.
"""

from __future__ import annotations

import gzip
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from runtime.privacy.normalize import fold

__all__ = [
    "FREQUENT_FILE",
    "SKIP_LANGUAGES",
    "WORD_VALUED_TYPES",
    "CallSkipper",
    "SkipLexicon",
    "label_words",
    "nothing_to_add",
    "skip_allowed",
    "skip_statement",
]

FREQUENT_FILE = Path(__file__).resolve().parent / "data" / "language_id" / "frequent_words.txt.gz"
#: The languages whose messages may skip Comprehend: those it reads (the others never call it).
SKIP_LANGUAGES = ("de", "en", "es", "fr", "it", "pt")
#: Comprehend types whose values frequent words alone can write ("next friday", "forty-two"): a stack that
#: pseudonymizes one of them (or ALL) never skips.
WORD_VALUED_TYPES = ("DATE_TIME", "AGE")
#: How many of a language's most frequent words may start a sentence with a capital though they are names too.
HEAD = 1_000
#: Words that label a name (titles too), a credential or an address (hand-written; street words come from
#: `street_types`).
_LABELS = """
mr mrs ms miss mister madam sir dr sr sra srta dona doña senhor senhora señor señora herr frau monsieur madame
mme mlle signor signora sig dott
name names named called surname firstname lastname username user login password passcode passphrase pin code
nome apelido chamo chama chamam senha palavra passe utilizador usuário usuario código morada endereço
nombre apellido apellidos llamo llama llaman contraseña clave usuario código dirección domicilio
nom prénom appelle appelles appellent identifiant mot passe adresse
name vorname nachname heiße heisse heißt heisst benutzername benutzer kennwort passwort anschrift adresse
nome cognome chiamo chiama chiamano utente parola codice indirizzo
"""

_LETTERS = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NOT_ALLOWED = re.compile(r"[^\w\s.,;:!?'’\"“”()¿¡-]|[\d_]")
_INSIDE_A_WORD = re.compile(r"[^\W\d_][.:/][^\W\d_]")
_SENTENCE_END = frozenset(".!?¿¡\n")
_OPENERS = frozenset("\"'“(¿¡ \t\r")


@dataclass(frozen=True)
class SkipLexicon:
    """Per language, the lower-case words a skipped message may hold and those that may start a sentence with a
    capital though they are names; and the folded names no other word may start a sentence as."""

    words: Mapping[str, frozenset[str]]
    names: frozenset[str]
    capitalized: Mapping[str, frozenset[str]]


def label_words() -> frozenset[str]:
    """Lower-case words that label a name, a credential or an address, or name a street type, in any language."""
    from runtime.privacy.detectors.street_types import ADDRESS_FIELDS, AFTER, BEFORE, GLUED, LIVE_AT

    phrases = (*BEFORE, *AFTER, *GLUED, *LIVE_AT, *ADDRESS_FIELDS)
    words = {word for phrase in phrases for word in _LETTERS.findall(phrase.lower()) if len(word) >= 4}
    words |= {word for phrase in (*BEFORE, *AFTER, *GLUED) for word in _LETTERS.findall(phrase.lower())}
    return frozenset(words | set(_LABELS.split()))


class PerLanguage(Mapping[str, frozenset[str]]):
    """Word sets by language, each built on its first look-up (thread-safe) by `build`: a stack reads the
    lexicon of its own languages, not all of them (building one costs about 13 ms of CPU)."""

    def __init__(self, languages: Iterable[str], build: Callable[[str], frozenset[str]]) -> None:
        self._languages = tuple(languages)
        self._build = build
        self._built: dict[str, frozenset[str]] = {}
        self._lock = threading.Lock()

    def __getitem__(self, language: str) -> frozenset[str]:
        found = self._built.get(language)
        if found is not None:
            return found
        if language not in self._languages:
            raise KeyError(language)
        with self._lock:
            found = self._built.get(language)
            if found is None:
                found = self._built[language] = self._build(language)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._languages)

    def __len__(self) -> int:
        return len(self._languages)


def build_lexicon(
    frequent: Mapping[str, Sequence[str]],
    given: frozenset[str],
    family: frozenset[str],
    common: frozenset[str],
    labels: frozenset[str],
    eager: Iterable[str] = (),
) -> SkipLexicon:
    """The lexicon: `frequent` words (most frequent first) but `labels`, `given` names and `family` names that are
    not `common` words (all folded); of the first `HEAD`, the family names that are common words may start a
    sentence. A language's words are sorted out on its first look-up, those of the `eager` languages now."""

    def allowed(word: str) -> bool:
        folded = fold(word)
        return word not in labels and folded not in given and (folded not in family or folded in common)

    words = PerLanguage(frequent, lambda language: frozenset(filter(allowed, frequent[language])))
    capitalized = PerLanguage(
        frequent,
        lambda language: frozenset(w for w in frequent[language][:HEAD] if w in words[language] and fold(w) in family),
    )
    for language in eager:
        capitalized.get(language)  # and its words
    return SkipLexicon(words, given | family, capitalized)


def read_frequent(path: Path = FREQUENT_FILE) -> dict[str, list[str]]:
    """The frequent words per language of the shipped file."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    rows = (line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return {language: words.split() for language, words in rows}


@cache
def shipped_lexicon(eager: tuple[str, ...] = ()) -> SkipLexicon:
    """The lexicon from the shipped word list and the runtime's name lists (built once per container), the words
    of the `eager` languages sorted out now, the others' on their first look-up."""
    from runtime.privacy.detectors.name_words import COMMON_WORDS, FAMILY_NAMES, GIVEN_NAMES

    return build_lexicon(read_frequent(), GIVEN_NAMES, FAMILY_NAMES, COMMON_WORDS, label_words(), eager)


def skip_statement() -> str:
    """What a stack's review says of the messages that make no Comprehend call though it reads their language."""
    return (
        "no call for a message whose language is sure and which provably holds nothing Comprehend would add: "
        f"in {', '.join(SKIP_LANGUAGES)}, only frequent words of its language, none a name, a town, a country or "
        "a name, credential or address label, no digit, @ or other symbol, no capital inside a sentence (not "
        f"when comprehend.piiEntityTypes lists {', '.join(WORD_VALUED_TYPES)} or ALL)"
    )


def skip_allowed(enabled: Callable[[str], bool]) -> bool:
    """Whether a stack that pseudonymizes the Comprehend types `enabled` says yes to may skip Comprehend at all."""
    return not any(enabled(entity_type) for entity_type in WORD_VALUED_TYPES)


def nothing_to_add(text: str, language: str, lexicon: SkipLexicon) -> bool:
    """Whether `text`, written in `language`, provably holds nothing Comprehend would add (module docstring)."""
    known = lexicon.words.get(language)
    if not known or not text.strip() or _NOT_ALLOWED.search(text) or _INSIDE_A_WORD.search(text):
        return False
    for match in _WORDS.finditer(text):
        whole = match.group().replace("’", "'")
        elided_whole = "'" in whole and whole.lower() in known  # an elided word the list holds whole (don't, I'm)
        for piece in [whole] if elided_whole else whole.split("'"):
            if piece.lower() not in known:
                return False
            first = piece.split("'")[0]
            if piece != piece.lower() and not _capital_allowed(text, match.start(), first, language, lexicon):
                return False
    return True


def _capital_allowed(text: str, start: int, word: str, language: str, lexicon: SkipLexicon) -> bool:
    """A word written with a capital is allowed only as English ``I`` or as a sentence's first word, its other
    letters in lower case, that is no name (or a family name among the language's most frequent common words)."""
    if language == "en" and word == "I":
        return True
    if not word[1:].islower() and len(word) > 1:
        return False
    before = text[:start].rstrip("".join(_OPENERS))
    if before and before[-1] not in _SENTENCE_END:
        return False
    return fold(word) not in lexicon.names or word.lower() in lexicon.capitalized.get(language, frozenset())


class CallSkipper:
    """`nothing_to_add` with the shipped lexicon, built by a daemon thread at start-up (`in_background`) or on
    first use, the words of `languages` (the stack's) first; any failure to build it means no message skips
    (fail closed)."""

    def __init__(
        self, lexicon: SkipLexicon | None = None, in_background: bool = False, languages: Sequence[str] = ()
    ) -> None:
        self._lexicon = lexicon
        self._languages = tuple(languages)
        self._loader: threading.Thread | None = None
        if lexicon is None and in_background:
            self._loader = threading.Thread(target=self._load, name="skip-lexicon", daemon=True)
            self._loader.start()

    def _load(self) -> None:
        try:
            self._lexicon = shipped_lexicon(self._languages)
        except Exception:  # no lexicon: nothing skips
            self._lexicon = SkipLexicon({}, frozenset(), {})

    def __call__(self, text: str, language: str) -> bool:
        """Whether `text` in `language` may skip Comprehend."""
        if self._loader is not None:
            self._loader.join()
        elif self._lexicon is None:
            self._load()
        if self._lexicon is None:
            return False
        try:
            return nothing_to_add(text, language, self._lexicon)
        except Exception:  # the language's words could not be sorted out: no skip
            return False
