"""The name-bounds probe: every market language's frames, names marked where they are, spans measured exactly."""

from pathlib import Path

from faker import Faker

from bench.messy_corpus_locales import LOCALES
from bench.name_bounds_probe import measure_all, measure_language
from bench.name_bounds_probe_build import FRAMES_DIR, PROBE_DIR, mark_frame

#: Least share of the probe's names found with their exact span, and most spans too long, over all languages.
_FLOOR_EXACT = 0.8
_MOST_TOO_LONG = 30


def test_every_language_has_its_frames_and_probe() -> None:
    """Each market language has frames and the probe built from them (four lines per frame)."""
    for language in LOCALES:
        frames = (FRAMES_DIR / f"{language}.txt").read_text(encoding="utf-8").split("\n")
        probe = (PROBE_DIR / f"{language}.txt").read_text(encoding="utf-8").split("\n")
        assert len([line for line in probe if line]) == 4 * len([line for line in frames if line]), language


def test_a_frame_is_marked_where_the_name_is() -> None:
    fake = Faker("pl_PL")
    fake.seed_instance(1)
    line = mark_frame("Mój kuzyn {fm} dzwonił.", fake, lower=True)
    assert line.startswith("mój kuzyn [NAME:") and line.endswith("] dzwonił.")
    assert line.replace("[NAME:", "[") == line.replace("[NAME:", "[").lower()


def test_a_span_swallowing_a_word_counts_as_too_long(tmp_path: Path) -> None:
    """A name found inside a longer span is no exact find but a span too long."""
    probe = tmp_path / "nn.txt"
    probe.write_text("Helsing [NAME:Arne]\n", encoding="utf-8")
    figures = measure_language(probe)
    assert figures.exact.total == 1
    assert figures.exact.hits + figures.too_long <= 1


def test_spans_on_the_probe_are_exact() -> None:
    everything = measure_all()
    hits = sum(figures.exact.hits for figures in everything.values())
    total = sum(figures.exact.total for figures in everything.values())
    assert hits / total >= _FLOOR_EXACT
    assert sum(figures.too_long for figures in everything.values()) <= _MOST_TOO_LONG
