"""Names written in forms people use that the name lists alone miss: in lower case after a verb (inflected too,
or a given name that is also a word), in capitals with a hyphenated double surname or an Irish particle,
Bulgarian and Greek names in their own script, a soft hyphen inside a name. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names.detect(text) if s.entity_type == NAME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("przelałem pieniądze do katarzyny wiśniewskiej", ["katarzyny wiśniewskiej"]),  # inflected, lower case
        ("poslal jsem peníze tereze svobodové", ["tereze svobodové"]),
        ("έστειλα χρήματα στον δημήτρη παπαδάκη", ["δημήτρη παπαδάκη"]),
        ("j'ai viré 50 euros à léa moreau", ["léa moreau"]),  # a given name that is also a word
        ("eile helistas mari tamm", ["mari tamm"]),
        ("sent money to seán o'sullivan", ["seán o'sullivan"]),
    ],
)
def test_lower_case_names_after_a_verb(text: str, expected: list[str]) -> None:
    assert found(text) == expected
