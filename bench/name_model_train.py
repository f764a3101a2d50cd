"""`python -m bench.name_model_train [--train first,...] [--measure seventh,eighth] [--threshold 0.8]`: train the
learned name model (`runtime.privacy.detectors.name_model`) on the development corpora, then measure the function's
rules alone and the rules with the freshly trained model, on the corpora given (figures only: no miss and no message
is printed). `scripts/build_name_model.py` trains it the same way and writes the shipped weights.

Training: each development corpus's messages (a candidate word inside a marked NAME value is a positive example,
every other candidate a negative one) and its ordinary messages (negatives only), as written and copied into lower
case and into capitals; a logistic regression fitted by
stochastic gradient descent with AdaGrad's per-bucket steps (a fixed seed and order: the same corpora give the same
weights), in about half a minute. The blind test corpora (seventh and later) never train it.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from bench.messy_corpus import measure, read_messy
from bench.messy_corpus_case import CASES, fold
from bench.messy_corpus_corpora import CORPORA
from bench.messy_corpus_format import MessyMessage
from bench.privacy_corpus import Detect, read_benign, total
from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.name_model import BUCKETS, THRESHOLD, NameModel, bucket, features
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.detectors.name_words import COMMON_WORDS, FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import NAME, PiiSpan

#: The corpora whose misses the team has read (development sets); never a blind test corpus.
DEVELOPMENT_CORPORA = ("first", "blind", "third", "fourth", "fifth", "sixth")
#: The features' version: raise it whenever `name_model.features` or the training changes (the shipped weights are
#: then stale until `scripts/build_name_model.py` runs).
TRAINING_VERSION = 1


def training_digest(corpora: Iterable[str] = DEVELOPMENT_CORPORA) -> bytes:
    """SHA-256 of what the weights are trained from: ``TRAINING_VERSION``, the lists the features read (given names,
    family names, frequent and common words) and the corpora's files."""
    digest = hashlib.sha256(f"version {TRAINING_VERSION}\n".encode())
    for words in (GIVEN_NAMES, FAMILY_NAMES, FREQUENT_WORDS, COMMON_WORDS):
        digest.update("\n".join(sorted(words)).encode("utf-8", "surrogatepass") + b"\0")
    for name in corpora:
        corpus = CORPORA[name]
        for directory in (corpus.messy_dir, corpus.benign_dir):
            for path in sorted(Path(directory).glob("*.txt")):
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


#: One example: its feature buckets and whether the word lies in a name.
Example = tuple[tuple[int, ...], bool]


def examples(text: str, names: Sequence[tuple[int, int]]) -> list[Example]:
    """The candidate words of one message, labelled by whether they overlap one of ``names`` (offsets)."""
    words = Words(text)
    found = []
    for index, feature_names in features(words):
        start, end = words.spans[index]
        inside = any(start < last and end > first for first, last in names)
        found.append((tuple(bucket(name) for name in feature_names), inside))
    return found


def _copied(text: str, case: str | None) -> str | None:
    """``text`` as written (``case`` None), or its copy into ``case`` when that copy differs and keeps its length."""
    if case is None:
        return text
    copy = fold(text, case)
    return copy if copy != text else None


def corpus_examples(corpora: Iterable[str], cases: Sequence[str] = CASES) -> list[Example]:
    """Every example of the corpora's messages and ordinary messages, in file order, then again with every message
    copied into each of ``cases`` (lower case, capitals: the model meets hurried and caps-lock messages too; a
    message whose length the copy would change is left out)."""
    found: list[Example] = []
    for case in (None, *cases):
        for name in corpora:
            corpus = CORPORA[name]
            for message in read_messy(corpus.messy_dir):
                if (text := _copied(message.text, case)) is not None:
                    found += examples(text, [(v.start, v.end) for v in message.values if v.entity_type == NAME])
            for texts in read_benign(corpus.benign_dir).values():
                for written in texts:
                    if (text := _copied(written, case)) is not None:
                        found += examples(text, [])
    return found


def fit(data: Sequence[Example], epochs: int = 6, rate: float = 0.2, l2: float = 1e-7, seed: int = 7) -> list[float]:
    """Logistic regression weights by stochastic gradient descent with AdaGrad's per-bucket steps (frequent
    features settle, rare ones still learn)."""
    weights = [0.0] * BUCKETS
    squares = [1e-8] * BUCKETS
    order = list(range(len(data)))
    shuffle = random.Random(seed)
    for _ in range(epochs):
        shuffle.shuffle(order)
        for position in order:
            buckets, label = data[position]
            score = sum(weights[b] for b in buckets)
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score)))) - label
            for b in buckets:
                gradient = error + l2 * weights[b]
                squares[b] += gradient * gradient
                weights[b] -= rate * gradient / math.sqrt(squares[b])
    return weights


def train(corpora: Iterable[str] = DEVELOPMENT_CORPORA, epochs: int = 6) -> list[float]:
    """The model's weights fitted on the corpora's messages and ordinary messages."""
    return fit(corpus_examples(corpora), epochs=epochs)


def with_model(model: NameModel | None) -> Detect:
    """The function's built-in detection with ``model`` as its learned second opinion (None: the rules alone)."""

    def detect(text: str, regions: tuple[str, ...]) -> list[PiiSpan]:
        return merge_spans(detect_builtin(text, regions, name_model=model), text)

    return detect


def figures_line(messages: list[MessyMessage], benign: Mapping[str, list[str]], detect: Detect) -> str:
    """Values found, names found in languages Comprehend cannot read, ordinary messages altered."""
    figures = measure(messages, benign, detect)
    values, names = figures.overall, total(figures.builtin_only_names.values())
    altered = total(figures.altered.values())
    return (
        f"{values.hits}/{values.total} ({values.share:.1%}) | {names.hits}/{names.total} ({names.share:.1%}) | "
        f"{altered.hits}/{altered.total}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Train on the development corpora; print the rules' and the rules-with-model figures per corpus measured."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", default=",".join(DEVELOPMENT_CORPORA))
    parser.add_argument("--measure", default="seventh,eighth")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--epochs", type=int, default=6)
    arguments = parser.parse_args(argv)
    data = corpus_examples(arguments.train.split(","))
    model = NameModel(fit(data, epochs=arguments.epochs), threshold=arguments.threshold)
    print(f"trained on {arguments.train}: {len(data):,} words, {sum(label for _, label in data):,} in names")
    print("| corpus | detectors | values found | names found (built-in only) | ordinary messages altered |")
    print("|---|---|---:|---:|---:|")
    rules, learned = with_model(None), with_model(model)
    for corpus in arguments.measure.split(","):
        messages, benign = read_messy(CORPORA[corpus].messy_dir), read_benign(CORPORA[corpus].benign_dir)
        print(f"| {corpus} | rules | {figures_line(messages, benign, rules)} |")
        print(f"| {corpus} | rules + model ({arguments.threshold}) | {figures_line(messages, benign, learned)} |")


if __name__ == "__main__":
    main()
