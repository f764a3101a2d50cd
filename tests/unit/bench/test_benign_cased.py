"""bench.benign_cased: the hand-written ordinary messages, read without comments, measured as written, in capitals
and in lower case."""

from __future__ import annotations

from pathlib import Path

from bench.benign_cased import FORMS, alterations, languages, read_cased
from runtime.privacy.types import NAME, PiiSpan


def test_messages_are_read_without_comments_and_blank_lines(tmp_path: Path) -> None:
    (tmp_path / "xx.txt").write_text("# a comment\nFirst message.\n\n  # another\nSecond one.\n", encoding="utf-8")
    assert read_cased("xx", tmp_path) == ["First message.", "Second one."]
    assert languages(tmp_path) == ["xx"]


def test_each_form_writes_the_message_its_way() -> None:
    assert FORMS["written"]("Na Štěpána") == "Na Štěpána"
    assert FORMS["capitals"]("Καλημέρα Αθήνα") == "ΚΑΛΗΜΕΡΑ ΑΘΗΝΑ"  # capitals without the Greek accents
    assert FORMS["lower"]("Na Štěpána") == "na štěpána"


def test_alterations_name_the_written_message_and_the_span() -> None:
    def detect(text: str, regions: tuple[str, ...]) -> list[PiiSpan]:
        return [PiiSpan(0, 4, NAME, "builtin", 0.9)] if text.startswith("ANNA") else []

    found = alterations("en", ["Anna came.", "Nothing here."], "capitals", detect)
    assert found == [("ANNA CAME.", "NAME: 'ANNA'")]


def test_the_set_covers_every_language_of_the_corpora() -> None:
    assert len(languages()) == 28
    assert all(len(read_cased(language)) >= 40 for language in languages())
