"""The language of a message, identified on the function: no AWS call, no download.

fastText's compressed language-identification model (`lid.176.ftz`, 176 languages, 0.9 MB, shipped in
`data/language_id/` with its licence notice) read by the `fasttext-predict` package (predict only, no numpy).
The text is reduced to its words in lower case (digits, punctuation and symbols weigh nothing for a language
and confuse the model on short messages); a second stage (`runtime.privacy.language_id_evidence`) weighs the
letters and function words of the languages the model confuses with a neighbour (mt, ga, et), a word stage
(`runtime.privacy.language_id_words`) the frequent words that tell a language from the others, typed with or
without their diacritics, and a third (`runtime.privacy.language_id_pairs`) shares the probability of Estonian
and Finnish by how their words are built (both make no call: no call changes). The model's own scores are kept
beside the reweighed ones (`LanguageGuess.model`). The probability
of every label is returned, so that the caller can judge how sure the guess is (`runtime.privacy.comprehend_plan`
sums the probabilities of the languages that would make the same Comprehend calls). Measured accuracy:
docs/language-id.md.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from runtime.privacy.language_id_evidence import Marks, read_marks, reweigh
from runtime.privacy.language_id_mixed import MIN_WORDS, reads_comprehend
from runtime.privacy.language_id_pairs import contrast, share
from runtime.privacy.language_id_words import FACTOR as WORD_FACTOR
from runtime.privacy.language_id_words import WordMarks, listed_words, shipped_words, tally, unlisted_counts

__all__ = ["MODEL_FILE", "LanguageGuess", "LanguageIdentifier", "language_letters", "words_of"]

#: The model file shipped with the function.
MODEL_FILE = Path(__file__).resolve().parent / "data" / "language_id" / "lid.176.ftz"
#: The model's labels that the zone spells otherwise ("no": Norwegian, written Bokmål in most messages).
LABEL_CODES = {"no": "nb"}
_LABEL_PREFIX = "__label__"
#: The second and third stages read a message's first characters only: they count three words at most, and they
#: are for short messages (the model reads long ones well); a 100 KB message would cost them some 40 ms.
STAGES_READ = 2_000
#: The second stage's marks that name a language with no list of frequent words (et, ga, lb, mt): the word stage,
#: whose lists hold their neighbours' words (Maltese writes many Italian ones), does not read such a message.
MARKS_NAMING = 2
_NOT_A_LETTER = re.compile(r"[\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]+")

#: (text, k) -> (labels, probabilities), as `fasttext` models predict.
Predict = Callable[[str, int], tuple[Sequence[str], Sequence[float]]]


def words_of(text: str) -> str:
    """`text` reduced to its words, in lower case, on one line (what the model reads)."""
    return _NOT_A_LETTER.sub(" ", text).strip().lower()


def language_letters(text: str) -> int:
    """How many letters of `text` say something of its language: beside words in lower case, those of words in
    capitals throughout (``IBAN``, ``GB``, ``KELL``: acronyms and codes, in no language's spelling) do not count;
    a message written in capitals throughout (a shout) counts them all."""
    runs = _LETTERS.findall(text)
    if not any(run.lower() != run.upper() and not run.isupper() for run in runs):  # no word but in capitals
        return sum(map(len, runs))
    return sum(len(run) for run in runs if len(run) == 1 or not run.isupper())


class LanguageGuess(NamedTuple):
    """The model's probability of each language (ISO 639-1 where it has one), best first, how many letters it
    read outside words in capitals throughout (a guess from a few letters is not one to trust), and whether the
    message mixes a language named from its marks with one Comprehend reads (`language_id_mixed`: not one to
    trust either)."""

    scores: tuple[tuple[str, float], ...]
    letters: int
    mixed: bool = False
    #: The scores before the word stage reweighed them (empty when it did not): a language read there is still a
    #: candidate whose calls a stack may not drop (`comprehend_plan.stack_trusted`; English words, frequent in
    #: every language's lists, are not listed; a message mixing a marked language is the mixed check's).
    model: tuple[tuple[str, float], ...] = ()

    def share(self, language: str) -> tuple[float, float]:
        """`language`'s probability, and the one before the word stage (0 when not named)."""
        final = dict(self.scores).get(language, 0.0)
        return final, dict(self.model).get(language, final)

    @property
    def language(self) -> str | None:
        """The most probable language, None when nothing was read."""
        return self.scores[0][0] if self.scores else None

    def best_of(self, languages: Sequence[str]) -> str | None:
        """The most probable of `languages` (None when the model gave none of them any probability)."""
        wanted = set(languages)
        return next((language for language, _ in self.scores if language in wanted), None)


class LanguageIdentifier:
    """Identifies a message's language with the shipped model (one instance per container: loading the
    model takes some 50 ms; `in_background`, a daemon thread loads it and the first `identify` waits for it)."""

    def __init__(
        self,
        predict: Predict | None = None,
        model_file: Path = MODEL_FILE,
        in_background: bool = False,
        second_stage: bool = True,
        marks: Marks | None = None,
        words: WordMarks | None = None,
    ):
        self._predict = predict
        self._second_stage = second_stage
        self._marks = marks
        self._words = words
        self._loader: threading.Thread | None = None
        if predict is None and in_background:
            self._loader = threading.Thread(target=self._load, args=(model_file,), name="language-model", daemon=True)
            self._loader.start()
        elif predict is None:
            self._load(model_file)

    def _load(self, model_file: Path) -> None:
        self._predict = _load(model_file)
        if self._second_stage and self._words is None:
            self._words = shipped_words()  # some 30 ms: off the request path when loaded in the background

    def _model(self) -> Predict:
        if self._loader is not None:
            self._loader.join()
        if self._predict is None:
            raise RuntimeError("the language model did not load")
        return self._predict

    def identify(self, text: str) -> LanguageGuess:
        """The probability of every language the model knows for `text`, reweighed by the marks of the languages it
        confuses and shared between Estonian and Finnish, `mixed` when its unmarked words read as languages
        Comprehend reads (`second_stage`); no scores for a text without letters."""
        words = words_of(text)
        if not words:
            return LanguageGuess((), 0)
        letters = language_letters(text)
        ranked = self._scores(words)
        if not self._second_stage:
            return LanguageGuess(ranked, letters)
        head = text[:STAGES_READ]
        counts, unmarked = read_marks(head, self._marks)
        ranked = model = reweigh(ranked, counts)
        if sum(counts.values()) < MARKS_NAMING:  # two marks name a language without a list (et, ga, lb, mt)
            listed = listed_words(head, self._words)
            ranked = reweigh(
                reweigh(ranked, tally(listed), WORD_FACTOR), unlisted_counts(listed), WORD_FACTOR, floor=0.0
            )
        ranked = share(ranked, contrast(head))
        mixed = False
        if counts.get(ranked[0][0]) and len(unmarked) >= MIN_WORDS:  # named from its marks: is the rest another?
            mixed = reads_comprehend(self._scores(words_of(" ".join(unmarked))))
        return LanguageGuess(ranked, letters, mixed, model if ranked != model else ())

    def _scores(self, words: str) -> tuple[tuple[str, float], ...]:
        """The model's probability of each language for `words` (zone codes), best first."""
        labels, probabilities = self._model()(words, -1)
        scores: dict[str, float] = {}
        for label, probability in zip(labels, probabilities, strict=True):
            code = label.removeprefix(_LABEL_PREFIX)
            code = LABEL_CODES.get(code, code)
            scores[code] = scores.get(code, 0.0) + float(probability)
        return tuple(sorted(scores.items(), key=lambda item: -item[1]))


def _load(model_file: Path) -> Predict:
    """The model's predict function (fastText prints nothing on load; a missing file raises ValueError)."""
    import fasttext  # type: ignore[import-untyped]  # the package ships no type information

    model = fasttext.load_model(str(model_file))

    def predict(text: str, k: int) -> tuple[Sequence[str], Sequence[float]]:
        labels, probabilities = model.predict(text, k=k, threshold=0.0)
        return labels, probabilities

    return predict
