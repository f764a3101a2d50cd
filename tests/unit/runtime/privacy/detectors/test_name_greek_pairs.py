"""Greek given and family names the lists lack, capitalized mid-sentence: Greek capitalizes names and places
only, so the pair is a name unless a word is a frequent one, a town, or a neuter article names a place before
it. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Μίλησα χθες με την Ευπραξία Κοντού για το δάνειο.", ["Ευπραξία Κοντού"]),
        ("Η αδελφή μου, η Θεανώ Μπαλτά, έχει κάρτα.", ["Θεανώ Μπαλτά"]),
        ("Έστειλα τα χρήματα στον Ανδρόνικο Καλλέργη.", ["Ανδρόνικο Καλλέργη"]),  # accusative
    ],
)
def test_a_greek_pair_mid_sentence_is_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Μένω στο Παλαιό Φάληρο εδώ και χρόνια.",  # a neuter article: a place
        "Η απόφαση της Ευρωπαϊκής Κεντρικής Τράπεζας.",  # frequent words
        "Θα πάω στη Νέα Ερυθραία αύριο.",
        "Ευπραξία Κοντού έστειλε μήνυμα.",  # opening a sentence: a capitalized word like any other
    ],
)
def test_greek_places_and_institutions_stay(text: str) -> None:
    assert found(text) == []
